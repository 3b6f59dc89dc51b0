/**
 * Table policy: a simple table (one value per cell, no spans, no nested
 * blocks) becomes a GFM table; anything richer is kept as HTML, because a GFM
 * table cannot express it without losing content. That HTML is rebuilt from
 * an allow-list (see safe-html.ts), never copied.
 */

import type TurndownService from 'turndown';
import { isElement, tagOf } from '../dom/nodes';
import { safeHtml } from './safe-html';

const BLOCKS_INSIDE_CELL = 'table, ul, ol, pre, blockquote, h1, h2, h3, h4, h5, h6, dl, p + p, div p';

function closestTable(node: Node): Element | null {
  for (let cur = node.parentNode; cur; cur = cur.parentNode) if (isElement(cur) && tagOf(cur) === 'TABLE') return cur;
  return null;
}

export function isSimpleTable(table: Element): boolean {
  const rows = Array.from(table.querySelectorAll('tr')).filter((r) => closestTable(r) === table);
  if (rows.length === 0) return false;
  let width = -1;
  for (const row of rows) {
    const cells = Array.from(row.children).filter((c) => tagOf(c) === 'TD' || tagOf(c) === 'TH');
    if (cells.length === 0) return false;
    if (width !== -1 && cells.length !== width) return false;
    width = cells.length;
    for (const cell of cells) {
      if (Number(cell.getAttribute('colspan') || '1') > 1 || Number(cell.getAttribute('rowspan') || '1') > 1) return false;
      if (cell.querySelector(BLOCKS_INSIDE_CELL)) return false;
    }
  }
  return true;
}

function cellText(content: string): string {
  return content.trim().replace(/\s*\n+\s*/g, ' ').replace(/\|/g, '\\|');
}

export function addTableRules(service: TurndownService): void {
  service.addRule('complexTable', {
    filter: (node) => tagOf(node) === 'TABLE' && !isSimpleTable(node),
    replacement: (_content, node) => `\n\n${safeHtml(node as Element)}\n\n`,
  });
  service.addRule('tableSection', {
    filter: ['thead', 'tbody', 'tfoot'],
    replacement: (content) => content,
  });
  service.addRule('tableCaption', { filter: 'caption', replacement: () => '' });
  service.addRule('tableCell', {
    filter: ['th', 'td'],
    replacement: (content) => `| ${cellText(content)} `,
  });
  service.addRule('tableRow', {
    filter: 'tr',
    replacement: (content, node) => {
      const table = closestTable(node);
      const isHeader = table !== null && table.querySelector('tr') === node;
      const width = Array.from((node as Element).children).filter((c) => tagOf(c) === 'TD' || tagOf(c) === 'TH').length;
      const separator = isHeader ? `\n${'| --- '.repeat(width)}|` : '';
      return `${content}|${separator}\n`;
    },
  });
  // turndown tries the most recently added rule first, so each filter is exact.
  service.addRule('simpleTable', {
    filter: (node) => tagOf(node) === 'TABLE' && isSimpleTable(node),
    replacement: (content, node) => {
      const caption = (node as Element).querySelector('caption')?.textContent?.trim();
      const rows = content.replace(/\n{2,}/g, '\n').trim();
      return `\n\n${caption ? `${caption}\n\n` : ''}${rows}\n\n`;
    },
  });
}
