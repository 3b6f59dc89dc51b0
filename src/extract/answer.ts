/**
 * Turns the source of an answer (segmented blocks, or plain DOM nodes) into
 * the stored pair: Markdown built from the original HTML, and the visible text.
 */

import type { Answer } from '../record/types';
import { escapeMarkdown } from '../html-to-markdown/escape';
import { ownTreeToMarkdown } from '../html-to-markdown/turndown';
import type { Block } from './blocks';
import { collapseWhitespace, hasVisibleText, visibleText } from '../dom/nodes';
import { scratchDocumentForRun as buildDocument } from '../dom/inert';

export type AnswerBody = Pick<Answer, 'markdown' | 'text'>;

/** Runs of ASCII whitespace to one space, none at the edges: what turndown does to a paragraph's text. */
const ASCII_SPACE_TO_COLLAPSE = /[ \r\n\t]{2,}|[\r\n\t]/g;
function collapseAsciiSpace(text: string): string {
  // A single plain space stays as it is, so prose is scanned, not rebuilt.
  let out = text.replace(ASCII_SPACE_TO_COLLAPSE, ' ');
  if (out.startsWith(' ')) out = out.slice(1);
  if (out.endsWith(' ')) out = out.slice(0, -1);
  return out;
}

/**
 * The Markdown of lines that are each one plain text node, as turndown would
 * write their paragraphs (tests/unit/extract/plain-answer.test.ts checks it
 * against turndown), or null when any line has markup. Most answers are plain
 * prose, and turndown's tree copy and walk were most of the parse time.
 */
export function plainLinesMarkdown(blocks: readonly Block[]): string | null {
  const paragraphs: string[] = [];
  for (const block of blocks) {
    const node = block.nodes[0];
    if (block.atomic || block.heading > 0 || block.nodes.length !== 1 || node?.nodeType !== 3) return null;
    // A line with nothing visible is dropped, as cleanTree drops its paragraph.
    if (!hasVisibleText(node)) continue;
    // The line's text is the node's, whitespace collapsed: when collapsing
    // changed nothing, turndown's spacing changes nothing either (no scan).
    const value = node.nodeValue ?? '';
    paragraphs.push(escapeMarkdown(value === block.text ? value : collapseAsciiSpace(value)));
  }
  return paragraphs.join('\n\n').trim();
}

/** The tree turndown converts for lines: each line a paragraph (a heading stays one), lists and tables whole. */
export function linesTree(blocks: readonly Block[], doc: Document): Element {
  const target = buildDocument(doc);
  const wrapper = target.createElement('div');
  for (const block of blocks) {
    if (block.atomic && block.nodes.length === 1) {
      wrapper.appendChild(target.importNode(block.nodes[0] as Node, true));
      continue;
    }
    // A subheading kept inside an answer stays a heading.
    const p = target.createElement(block.heading > 0 ? `h${block.heading}` : 'p');
    for (const node of block.nodes) p.appendChild(target.importNode(node, true));
    wrapper.appendChild(p);
  }
  return wrapper;
}

/** Each line becomes a paragraph; lists and tables are copied whole. */
export function answerFromBlocks(blocks: readonly Block[], doc: Document): AnswerBody {
  if (blocks.length === 0) return { markdown: '', text: '' };
  const markdown = plainLinesMarkdown(blocks) ?? ownTreeToMarkdown(linesTree(blocks, doc));
  return { markdown, text: blocks.map((b) => b.text).join(' ') };
}

/** Consecutive sibling nodes (e.g. a <dd>, or a <details> body) as one answer. */
export function answerFromNodes(nodes: readonly Node[], doc: Document): AnswerBody {
  const target = buildDocument(doc);
  const wrapper = target.createElement('div');
  for (const node of nodes) wrapper.appendChild(target.importNode(node, true));
  return { markdown: ownTreeToMarkdown(wrapper), text: collapseWhitespace(nodes.map(visibleText).join('')) };
}
