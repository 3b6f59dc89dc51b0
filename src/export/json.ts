/** The JSON v1 records file: building it and writing it with a stable key order. */

import { stripInternal } from '../db/content';
import { RECORDS_FORMAT, RECORDS_FORMAT_VERSION, type PartnershipRecord, type RecordsFileV1 } from '../record/types';

/** Key order of a record in the file, as documented in docs/record-format.md. */
const RECORD_KEY_ORDER = [
  'id', 'url', 'title', 'partners', 'kind', 'interviewee', 'interviewer', 'photoCredit', 'intro',
  'answers', 'extractor', 'warnings', 'capturedAt', 'updatedAt', 'tags', 'note',
];
const ANSWER_KEY_ORDER = ['number', 'questionId', 'question', 'markdown', 'text'];
const INTERVIEWEE_KEY_ORDER = ['name', 'affiliation'];

function ordered<T extends object>(obj: T, order: readonly string[]): T {
  const src = obj as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k of order) if (k in src) out[k] = src[k];
  // Unknown keys (a newer field) keep a deterministic place at the end.
  for (const k of Object.keys(src).sort()) if (!(k in out)) out[k] = src[k];
  return out as T;
}

/** A record as it appears in an export: no internal fields, canonical key order. */
export function toExportRecord(record: PartnershipRecord): PartnershipRecord {
  const r = stripInternal(record);
  return ordered(
    {
      ...r,
      interviewee: r.interviewee && ordered(r.interviewee, INTERVIEWEE_KEY_ORDER),
      answers: r.answers.map((a) => ordered(a, ANSWER_KEY_ORDER)),
    },
    RECORD_KEY_ORDER,
  );
}

export function buildRecordsFile(records: readonly PartnershipRecord[], now: Date = new Date()): RecordsFileV1 {
  return {
    format: RECORDS_FORMAT,
    version: RECORDS_FORMAT_VERSION,
    exportedAt: now.toISOString(),
    records: records.map(toExportRecord),
  };
}

/** Pretty JSON (2 spaces) with a final newline; key order is fixed by buildRecordsFile. */
export function serialise(file: unknown): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}
