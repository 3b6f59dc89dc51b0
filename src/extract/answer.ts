/**
 * Turns the source of an answer (segmented blocks, or plain DOM nodes) into
 * the stored pair: Markdown built from the original HTML, and the visible text.
 */

import type { Answer } from '../record/types';
import { ownTreeToMarkdown } from '../markdown/turndown';
import type { Block } from './blocks';
import { collapseWhitespace, visibleText } from './dom';

export type AnswerBody = Pick<Answer, 'markdown' | 'text'>;

/** Each line becomes a paragraph; lists and tables are copied whole. */
export function answerFromBlocks(blocks: readonly Block[], doc: Document): AnswerBody {
  if (blocks.length === 0) return { markdown: '', text: '' };
  const wrapper = doc.createElement('div');
  for (const block of blocks) {
    if (block.atomic && block.nodes.length === 1) {
      wrapper.appendChild((block.nodes[0] as Node).cloneNode(true));
      continue;
    }
    const p = doc.createElement('p');
    for (const node of block.nodes) p.appendChild(node.cloneNode(true));
    wrapper.appendChild(p);
  }
  return { markdown: ownTreeToMarkdown(wrapper), text: blocks.map((b) => b.text).join(' ') };
}

/** Consecutive sibling nodes (e.g. a <dd>, or a <details> body) as one answer. */
export function answerFromNodes(nodes: readonly Node[], doc: Document): AnswerBody {
  const wrapper = doc.createElement('div');
  for (const node of nodes) wrapper.appendChild(node.cloneNode(true));
  return { markdown: ownTreeToMarkdown(wrapper), text: collapseWhitespace(nodes.map(visibleText).join('')) };
}
