/**
 * An answer as plain lines for table exports: Markdown syntax light-stripped,
 * one entry per paragraph line or list item, so line structure survives
 * ("Erster Austausch … / Planung einer Ausstellung …").
 */

import type { Answer } from '../record/types';

const ESCAPED = /\\([\\`*_{}[\]()#+\-.!|>~])/g;

export function stripInline(line: string): string {
  return line
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1') // image → alt text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') // link → text
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/`([^`]*)`/g, '$1')
    .replace(ESCAPED, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

const BLOCK_MARK = /^\s*(?:>\s*)*(?:#{1,6}\s+|[-*+]\s+|\d+[.)]\s+)?/;

export function answerLines(answer: Answer): string[] {
  const lines = answer.markdown
    .split(/\r?\n/)
    .map((l) => l.replace(BLOCK_MARK, ''))
    .map(stripInline)
    .filter((l) => l !== '');
  if (lines.length > 0) return lines;
  const text = answer.text.replace(/\s+/g, ' ').trim();
  return text === '' ? [] : [text];
}

/**
 * An answer as the units a reader sees: paragraphs (soft line breaks joined)
 * and list items, as plain text. Used to diff versions, where re-wrapping a
 * paragraph must not count as a change.
 */
export function answerBlocks(answer: Answer): string[] {
  const blocks: string[] = [];
  let open = false;
  for (const raw of answer.markdown.split(/\r?\n/)) {
    if (raw.trim() === '') {
      open = false;
      continue;
    }
    const startsItem = /^\s*(?:>\s*)*(?:#{1,6}\s|[-*+]\s|\d+[.)]\s)/.test(raw);
    const line = raw.replace(BLOCK_MARK, '').replace(/\\$/, '');
    if (open && !startsItem) blocks[blocks.length - 1] += ` ${line}`;
    else blocks.push(line);
    open = true;
  }
  const out = blocks.map(stripInline).filter((b) => b !== '');
  if (out.length > 0) return out;
  const text = answer.text.replace(/\s+/g, ' ').trim();
  return text === '' ? [] : [text];
}
