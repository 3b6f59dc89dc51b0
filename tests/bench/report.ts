/** Medians and the printed table of the benchmark run. */

export interface Figure {
  id: string;
  label: string;
  /** The median (or, for the parse figures, the ratio of medians). */
  value: number;
  unit: 'ms' | 'KB' | '×';
  /** Upper bound in the same unit; null for a reference figure without a target. */
  target: number | null;
  detail?: string;
  samples?: number[] | Record<string, number[]>;
  /** Anything else worth keeping in results.json (e.g. per-file sizes). */
  extra?: unknown;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function fmt(value: number, unit: Figure['unit']): string {
  if (unit === '×') return `${value.toFixed(2)}×`;
  if (unit === 'KB') return `${value.toFixed(1)} KB`;
  return `${value < 10 ? value.toFixed(2) : value.toFixed(0)} ms`;
}

/** A Markdown table: paste-able into docs/performance.md. */
export function renderTable(figures: readonly Figure[]): string {
  const rows = figures.map((f) => [
    f.label,
    fmt(f.value, f.unit),
    f.target === null ? '–' : `≤ ${fmt(f.target, f.unit)}`,
    f.target === null ? '–' : `${(f.value / f.target).toFixed(2)}`,
    f.target === null ? '' : f.value <= f.target ? 'met' : 'MISSED',
    f.detail ?? '',
  ]);
  const head = ['figure', 'median', 'target', 'ratio to target', '', 'detail'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}
