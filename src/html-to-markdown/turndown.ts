/**
 * The one configured turndown instance: atx headings, fenced code, "-"
 * bullets, escaping tuned for German prose and our table policy. Nodes are
 * cleaned (scripts, styles, hidden and empty nodes removed) before conversion.
 *
 * The Markdown leaves the extension (exports for note apps that render raw
 * HTML), so it must be safe on its own: page text never becomes a tag (see
 * escape.ts), links with unsafe targets keep only their text, and images are
 * reduced to their alt text.
 *
 * Pass DOM nodes, not strings: turndown then works on any DOM (the page's,
 * happy-dom's, linkedom's) instead of needing its own parser.
 */

import TurndownService from 'turndown';
import { collapseWhitespace, hasVisibleText, isBlockElement, isElement, isNonContent, tagOf, textOf } from '../dom/nodes';
import { scratchDocument } from '../dom/inert';
import { escapeMarkdown } from './escape';
import { isSafeHref } from '../links/safe-url';
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
      // Always on a line of its own, even when the page put an <li> outside a
      // list: a code block inside must start a line to stay a code block.
      // An HTML table (our only raw HTML) runs on to the next blank line: keep one after it.
      const end = body.trimEnd().endsWith('</table>') ? '\n\n' : '\n';
      return '\n' + prefix + body.trimEnd() + end;
    },
  });
  service.addRule('safeLink', {
    filter: (node) => tagOf(node) === 'A' && (node as Element).hasAttribute('href'),
    replacement: (content, node) => {
      const href = ((node as Element).getAttribute('href') ?? '').trim();
      if (!isSafeHref(href) || content.trim() === '') return content;
      const title = collapseWhitespace((node as Element).getAttribute('title') ?? '');
      // "!" right before "[" would make the link an image.
      const gap = charBefore(node) === '!' ? ' ' : '';
      return `${gap}[${content}](${linkDestination(href)}${title ? ` "${title.replace(/(["\\])/g, '\\$1')}"` : ''})`;
    },
  });
  service.addRule('inlineCode', {
    filter: (node) => tagOf(node) === 'CODE' && !(node.parentNode && tagOf(node.parentNode) === 'PRE' && !node.previousSibling && !node.nextSibling),
    replacement: (content, node) => {
      if (!content) return '';
      const code = content.replace(/\r?\n|\r/g, ' ');
      const pad = /^`|^ .*?[^ ].* $|`$/.test(code) ? ' ' : '';
      let fence = '`';
      const runs: string[] = code.match(/`+/g) ?? [];
      while (runs.includes(fence)) fence += '`';
      // Code keeps "<" raw. GFM's bare-URL autolinks run on through a
      // backtick ("http://x.de`<script>`"), which would leave the "<" outside
      // the code span: such a span gets a space before it.
      const gap = code.includes('<') && !/\s/.test(charBefore(node)) ? ' ' : '';
      return `${gap}${fence}${pad}${code}${pad}${fence}`;
    },
  });
  service.addRule('codeBlockInsideInline', {
    filter: (node) => tagOf(node) === 'PRE' && insideInline(node),
    // A fence needs lines of its own; inside "**…**", "[…](…)" or "### …" it
    // would break and leave the code (raw "<") as Markdown. Plain text instead.
    replacement: (_content, node) => ` ${escapeMarkdown(collapseWhitespace(node.textContent ?? ''))} `,
  });
  service.addRule('imageAltOnly', {
    filter: 'img',
    replacement: (_content, node) => escapeMarkdown(collapseWhitespace((node as Element).getAttribute('alt') ?? '')),
  });
  addTableRules(service);
  return service;
}

/** True inside an element whose Markdown puts syntax on the same line (emphasis, link, heading). */
function insideInline(node: Node): boolean {
  for (let cur = node.parentNode; cur && isElement(cur); cur = cur.parentNode) {
    if (!isBlockElement(cur) || /^H[1-6]$/.test(tagOf(cur))) return true;
  }
  return false;
}

/** The last character a node contributes to the Markdown text (an image's alt text counts). */
function lastChar(node: Node): string {
  if (!isElement(node)) return (node.nodeValue ?? '').slice(-1);
  if (tagOf(node) === 'IMG') return (node.getAttribute('alt') ?? '').trim().slice(-1);
  for (let child = node.lastChild; child; child = child.previousSibling) {
    const c = lastChar(child);
    if (c !== '') return c;
  }
  return '';
}

/** The last character just before a node in the same block ('' at a block start). */
function charBefore(node: Node): string {
  for (let cur: Node | null = node; cur; cur = cur.parentNode) {
    for (let prev = cur.previousSibling; prev; prev = prev.previousSibling) {
      if (isBlockElement(prev)) return '';
      const c = lastChar(prev);
      if (c !== '') return c;
    }
    if (!cur.parentNode || isBlockElement(cur.parentNode)) return '';
  }
  return '';
}

/**
 * A link target as a Markdown destination that cannot break out of "(…)":
 * whitespace, controls and angle brackets percent-encoded, brackets and
 * backslashes escaped.
 */
function linkDestination(href: string): string {
  return href
    .replace(/[\u0000-\u0020\u007f<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)
    .replace(/([\\()])/g, '\\$1');
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
  if (hasVisibleText(el)) return true;
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
  // Parsed and kept in a document without a browsing context: in the page's
  // own document an <img onerror> would load and run.
  const inert = scratchDocument(doc);
  const template = inert.createElement('template');
  template.innerHTML = html;
  const wrapper = inert.createElement('div');
  wrapper.appendChild(template.content);
  return wrapper;
}

/** Markdown for a node (or an HTML string, where a global document exists). The node is copied into an inert document first. */
export function htmlToMarkdown(input: Node | string): string {
  let node: Node | null = typeof input === 'string' ? nodeFromHtml(input) : input;
  if (node === null) return turndown().turndown(input as string).trim();
  if (node.nodeType === 9) node = (node as Document).body ?? (node as Document).documentElement;
  if (!node) return '';
  const owner = node.ownerDocument;
  return ownTreeToMarkdown(owner ? scratchDocument(owner).importNode(node, true) : node.cloneNode(true));
}

/**
 * Markdown for a tree the caller built for this purpose (e.g. clones of page
 * nodes in a wrapper): it is cleaned in place, so it is not cloned once more.
 */
export function ownTreeToMarkdown(tree: Node): string {
  if (isNonContent(tree)) return '';
  cleanTree(tree);
  if (tree.nodeType === 3) return escapeMarkdown(collapseWhitespace(tree.nodeValue ?? ''));
  return turndown().turndown(tree as unknown as TurndownService.Node).trim();
}

/** Plain text, whitespace collapsed; hidden and non-content nodes are skipped. */
export function collapseText(input: Node | string): string {
  return typeof input === 'string' ? collapseWhitespace(input) : textOf(input);
}
