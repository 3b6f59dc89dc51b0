/**
 * The one configured turndown instance: atx headings, fenced code, "-"
 * bullets, escaping tuned for German prose and our table policy. Nodes are
 * cleaned (scripts, styles, hidden and empty nodes removed) before conversion.
 *
 * Pass DOM nodes, not strings: turndown then works on any DOM (the page's,
 * happy-dom's, linkedom's) instead of needing its own parser.
 */

import TurndownService from 'turndown';
import { collapseWhitespace, isElement, isNonContent, tagOf, textOf } from '../extract/dom';
import { escapeMarkdown } from './escape';
import { addTableRules } from './tables';

export function createTurndown(): TurndownService {
  const service = new TurndownService({
    headingStyle: 'atx',
    codeBlockStyle: 'fenced',
    bulletListMarker: '-',
    emDelimiter: '_',
    strongDelimiter: '**',
    hr: '---',
  });
  service.escape = escapeMarkdown;
  service.remove(['script', 'style', 'noscript', 'template']);
  service.addRule('listItem', {
    filter: 'li',
    replacement: (content, node) => {
      const parent = node.parentNode;
      let prefix = '- ';
      if (parent && tagOf(parent) === 'OL') {
        const start = Number((parent as Element).getAttribute('start') || '1');
        const items = Array.from((parent as Element).children).filter((c) => tagOf(c) === 'LI');
        prefix = `${(Number.isFinite(start) ? start : 1) + items.indexOf(node as Element)}. `;
      }
      const body = content.replace(/^\n+/, '').replace(/\n+$/, '\n').replace(/\n/g, `\n${' '.repeat(prefix.length)}`);
      return prefix + body.trimEnd() + '\n';
    },
  });
  addTableRules(service);
  return service;
}

let shared: TurndownService | null = null;
function turndown(): TurndownService {
  shared ??= createTurndown();
  return shared;
}

/** Elements that count as content even without text. */
const MEANINGFUL_EMPTY = new Set(['IMG', 'HR', 'BR', 'VIDEO', 'AUDIO', 'PICTURE', 'TD', 'TH', 'TR', 'INPUT']);

function hasMeaningfulContent(el: Element): boolean {
  if (MEANINGFUL_EMPTY.has(tagOf(el))) return true;
  if (textOf(el) !== '') return true;
  return el.querySelector('img, hr, video, audio, picture, td, th') !== null;
}

/** Removes scripts, styles, hidden and empty nodes from a (cloned) tree, in place. */
export function cleanTree(root: Node): void {
  for (const child of Array.from(root.childNodes)) {
    if (isNonContent(child)) {
      root.removeChild(child);
      continue;
    }
    if (!isElement(child)) continue;
    cleanTree(child);
    if (!hasMeaningfulContent(child)) root.removeChild(child);
  }
}

function nodeFromHtml(html: string): Node | null {
  const doc = (globalThis as { document?: Document }).document;
  if (!doc) return null;
  const template = doc.createElement('template');
  template.innerHTML = html;
  const wrapper = doc.createElement('div');
  wrapper.appendChild(template.content);
  return wrapper;
}

/** Markdown for a node (or an HTML string, where a global document exists). */
export function htmlToMarkdown(input: Node | string): string {
  let node: Node | null = typeof input === 'string' ? nodeFromHtml(input) : input;
  if (node === null) return turndown().turndown(input as string).trim();
  if (node.nodeType === 9) node = (node as Document).body ?? (node as Document).documentElement;
  if (!node) return '';
  const clone = node.cloneNode(true);
  if (isNonContent(clone)) return '';
  cleanTree(clone);
  if (clone.nodeType === 3) return escapeMarkdown(collapseWhitespace(clone.nodeValue ?? ''));
  return turndown().turndown(clone as unknown as TurndownService.Node).trim();
}

/** Plain text, whitespace collapsed; hidden and non-content nodes are skipped. */
export function collapseText(input: Node | string): string {
  return typeof input === 'string' ? collapseWhitespace(input) : textOf(input);
}
