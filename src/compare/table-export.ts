/**
 * The comparison table as CSV (RFC 4180) or as a GFM Markdown table.
 *
 * Both start from the same grid: a header row (question label, then one
 * partnership per column), the metadata rows, the 12 standard rows, then the
 * extra questions. Each cell is a list of plain-text lines (see plain-lines.ts).
 * CSV keeps the lines as line breaks inside a quoted field; Markdown tables
 * cannot hold line breaks, so the lines are joined with " / " (decision: plain
 * text rather than <br>, so the table reads the same rendered or raw).
 */

import { csvField } from '../export/csv';
import type { ComparisonMatrix, MetaRowKey } from './align';
import { answerLines } from './plain-lines';

export const META_ROW_LABELS_EN: Readonly<Record<MetaRowKey, string>> = {
  partners: 'Partners',
  kind: 'Kind',
  interviewee: 'Interviewee',
  interviewer: 'Interviewer',
  captured: 'Captured',
  source: 'Source',
};

export interface TableOptions {
  /** Header of the first column. Default "Question". */
  corner?: string;
  /** Labels of the metadata rows (e.g. German ones from the UI). */
  metaLabels?: Readonly<Record<MetaRowKey, string>>;
  /** Standard rows as "5. Funding tips" (label, default) or with the German question text. */
  questionStyle?: 'label' | 'question';
  /** Text for a missing answer or value. */
  missing?: string;
}

export type TableCell = string[];

function lines(value: string | null, missing: string): TableCell {
  return value === null || value.trim() === '' ? (missing === '' ? [] : [missing]) : [value.trim()];
}

/** The grid both formats share: rows of cells, each cell a list of lines. */
export function comparisonGrid(matrix: ComparisonMatrix, options: TableOptions = {}): TableCell[][] {
  const missing = options.missing ?? '';
  const metaLabels = options.metaLabels ?? META_ROW_LABELS_EN;
  const answerCell = (a: Parameters<typeof answerLines>[0] | null): TableCell => {
    const l = a ? answerLines(a) : [];
    return l.length > 0 ? l : lines(null, missing);
  };
  const header: TableCell[] = [
    [options.corner ?? 'Question'],
    ...matrix.columns.map((c) => [c.title.trim() || c.partners.join(' – ')]),
  ];
  const meta = matrix.metaRows.map((r) => [[metaLabels[r.key]], ...r.values.map((v) => lines(v, missing))]);
  const standard = matrix.rows.map((r) => [
    [`${r.number}. ${options.questionStyle === 'question' ? r.question : r.label}`],
    ...r.cells.map(answerCell),
  ]);
  const extra = matrix.extraRows.map((r) => [[r.question], ...r.cells.map(answerCell)]);
  return [header, ...meta, ...standard, ...extra];
}

export interface CsvOptions extends TableOptions {
  /** Field delimiter; default ",". Use ";" for German Excel. */
  delimiter?: string;
  /** Prefix a UTF-8 byte order mark so Excel reads umlauts right; default true. */
  bom?: boolean;
}

export function comparisonToCsv(matrix: ComparisonMatrix, options: CsvOptions = {}): string {
  const delimiter = options.delimiter ?? ',';
  if (delimiter.length !== 1 || /["\r\n]/.test(delimiter)) {
    throw new Error(`Unusable CSV delimiter: ${JSON.stringify(delimiter)}`);
  }
  const body = comparisonGrid(matrix, options)
    .map((row) => row.map((cell) => csvField(cell.join('\n'), delimiter)).join(delimiter))
    .join('\r\n');
  return `${options.bom === false ? '' : '\uFEFF'}${body}\r\n`;
}

/** One Markdown table cell: single line, pipes escaped, no raw HTML. */
export function markdownCell(cell: TableCell): string {
  return cell
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l) => l !== '')
    .join(' / ')
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

export function comparisonToMarkdown(matrix: ComparisonMatrix, options: TableOptions = {}): string {
  const grid = comparisonGrid(matrix, { ...options, missing: options.missing ?? '—' });
  const [header = [], ...rows] = grid;
  const line = (cells: TableCell[]) => `| ${cells.map(markdownCell).join(' | ')} |`;
  return [line(header), `|${header.map(() => ' --- ').join('|')}|`, ...rows.map(line)].join('\n') + '\n';
}
