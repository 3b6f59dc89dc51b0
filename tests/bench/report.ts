/** Medians, the printed tables of the benchmark run, and the previous run to compare with. */
import { existsSync, readFileSync } from 'node:fs';

export interface Figure {
  id: string;
  label: string;
  /** The median (or, for ratio figures, the ratio of medians). */
  value: number;
  unit: 'ms' | 'KB' | 'MB' | '×' | 'n';
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

export function fmt(value: number, unit: Figure['unit']): string {
  if (!Number.isFinite(value)) return '–';
  if (unit === '×') return `${value.toFixed(2)}×`;
  if (unit === 'KB') return `${value.toFixed(1)} KB`;
  if (unit === 'MB') return `${value.toFixed(1)} MB`;
  if (unit === 'n') return String(Math.round(value));
  return `${value < 10 ? value.toFixed(2) : value.toFixed(0)} ms`;
}

/** A previous run's medians by figure id (results.json of an earlier run). */
export interface PreviousRun {
  date: string;
  mode: string;
  source: string;
  values: Map<string, number>;
}

interface ResultsFile {
  date: string;
  mode: string;
  records?: { small: number; big: number };
  source?: string;
  figures: Array<{ id: string; median: number }>;
}

/**
 * Figure ids of the first harness (one small and one big size) under the ids of
 * this one (one id per collection size), so its files still compare.
 */
function currentId(id: string, records: ResultsFile['records']): string {
  if (!records) return id;
  const renamed: Record<string, string> = {
    'popup-ready-small': `popup-ready-${records.small}`,
    'popup-ready-big': `popup-ready-${records.big}`,
    search: `search-${records.big}`,
    export: `export-${records.big}`,
    import: `import-${records.big}`,
  };
  return renamed[id] ?? id;
}

/** The first of `paths` that holds a run of the same mode (a quick run compares only with a quick one). */
export function readPrevious(paths: readonly string[], mode: string): PreviousRun | null {
  for (const path of paths) {
    if (!existsSync(path)) continue;
    try {
      const file = JSON.parse(readFileSync(path, 'utf8')) as ResultsFile;
      if (file.mode !== mode || !Array.isArray(file.figures)) continue;
      const values = new Map(file.figures.map((f) => [currentId(f.id, file.records), f.median]));
      return { date: file.date, mode: file.mode, source: file.source ?? path, values };
    } catch {
      // An unreadable old file is no reason to lose this run.
    }
  }
  return null;
}

function markdownTable(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

/** A Markdown table: paste-able into docs/performance.md. With a previous run, its figures stand beside the new ones. */
export function renderTable(figures: readonly Figure[], previous: PreviousRun | null = null): string {
  const rows = figures.map((f) => {
    const before = previous?.values.get(f.id);
    return [
      f.label,
      fmt(f.value, f.unit),
      ...(previous ? [before === undefined ? '–' : fmt(before, f.unit)] : []),
      f.target === null ? '–' : `≤ ${fmt(f.target, f.unit)}`,
      f.target === null ? '–' : `${(f.value / f.target).toFixed(2)}`,
      f.target === null ? '' : f.value <= f.target ? 'met' : 'MISSED',
      f.detail ?? '',
    ];
  });
  const head = ['figure', 'median', ...(previous ? ['previous'] : []), 'target', 'ratio to target', '', 'detail'];
  return markdownTable(head, rows);
}

/** One figure measured at several collection sizes. */
export interface Series {
  name: string;
  unit: Figure['unit'];
  /** Collection size → median. */
  points: Map<number, number>;
}

/** The curve table: each series at each size, and its growth from one size to the next. */
export function renderGrowth(series: readonly Series[], sizes: readonly number[]): string {
  const n = (size: number) => size.toLocaleString('en');
  const head = ['figure', ...sizes.map((s) => `at ${n(s)}`), ...sizes.slice(1).map((s, i) => `${n(sizes[i]!)} → ${n(s)}`)];
  const rows = series.map((s) => [
    s.name,
    ...sizes.map((size) => (s.points.has(size) ? fmt(s.points.get(size)!, s.unit) : '–')),
    ...sizes.slice(1).map((size, i) => {
      const from = s.points.get(sizes[i]!);
      const to = s.points.get(size);
      if (from === undefined || to === undefined) return '–';
      return s.unit === 'MB' ? `${to - from >= 0 ? '+' : ''}${(to - from).toFixed(1)} MB` : `${(to / from).toFixed(2)}×`;
    }),
  ]);
  return markdownTable(head, rows);
}
