/**
 * An answer as plain lines for table exports: Markdown syntax light-stripped,
 * one entry per paragraph line or list item, so line structure survives
 * ("Erster Austausch … / Planung einer Ausstellung …").
 */

import type { Answer } from '../record/types';

const ESCAPED = /\\([\\`*_{}[\]()#+\-.!|>~])/g;

function stripInline(line: string): string {
  return line
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1') // image → alt text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') // link → text
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/`([^`]*)`/g, '$1')
    .replace(ESCAPED, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

export function answerLines(answer: Answer): string[] {
  const lines = answer.markdown
    .split(/\r?\n/)
    .map((l) => l.replace(/^\s*(?:>\s*)*(?:#{1,6}\s+|[-*+]\s+|\d+[.)]\s+)?/, ''))
    .map(stripInline)
    .filter((l) => l !== '');
  if (lines.length > 0) return lines;
  const text = answer.text.replace(/\s+/g, ' ').trim();
  return text === '' ? [] : [text];
}
