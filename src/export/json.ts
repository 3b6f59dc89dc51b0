/** The JSON records file (version 2): building it and writing it with a stable key order. */

import { answerIdeasOf, type AnswerIdeasInFile } from '../ideas/summary';
import { INTERNAL_FIELDS } from '../record/content';
import {
  RECORDS_FORMAT,
  type ExportedRecord,
  type PartnershipRecord,
  type RecordsFileV2,
} from '../record/types';

/** Key order of a record in the file, as documented in docs/record-format.md. */
const RECORD_KEY_ORDER = [
  'id', 'url', 'title', 'partners', 'kind', 'interviewee', 'interviewer', 'photoCredit', 'intro',
  'answers', 'extractor', 'warnings', 'capturedAt', 'updatedAt', 'tags', 'note',
];
const ANSWER_KEY_ORDER = ['number', 'questionId', 'question', 'markdown', 'text'];
const INTERVIEWEE_KEY_ORDER = ['name', 'affiliation'];
const INTERNAL = new Set<string>(INTERNAL_FIELDS);

/**
 * A copy of `obj` with the keys of `order` first, without `skip`. Runs for
 * every record and answer of an export, so the usual case (exactly the known
 * keys) costs one pass; unknown keys (a newer field) keep a deterministic
 * place at the end, sorted.
 */
function ordered<T extends object>(obj: T, order: readonly string[], skip?: ReadonlySet<string>): T {
  const src = obj as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  let copied = 0;
  for (const k of order) {
    if (!Object.hasOwn(src, k)) continue;
    out[k] = src[k];
    copied++;
  }
  const keys = Object.keys(src);
  if (keys.length !== copied) {
    for (const k of keys.sort()) if (!Object.hasOwn(out, k) && !skip?.has(k)) out[k] = src[k];
  }
  return out as T;
}

/** A record as it appears in an export: no internal fields, canonical key order. */
export function toExportRecord(record: PartnershipRecord): PartnershipRecord {
  const r = ordered(record, RECORD_KEY_ORDER, INTERNAL);
  if (r.interviewee) r.interviewee = ordered(r.interviewee, INTERVIEWEE_KEY_ORDER);
  r.answers = r.answers.map((a) => ordered(a, ANSWER_KEY_ORDER));
  return r;
}

/**
 * A record as a version 2 file carries it: each answer followed by its topics and named organisations
 * (computed here unless the ideas cache already has them).
 */
export function withIdeas(record: PartnershipRecord, ideas: readonly AnswerIdeasInFile[] = answerIdeasOf(record)): ExportedRecord {
  return { ...record, answers: record.answers.map((a, i) => ({ ...a, ...ideas[i]! })) };
}

export function buildRecordsFile(records: readonly PartnershipRecord[], now: Date = new Date()): RecordsFileV2 {
  return {
    format: RECORDS_FORMAT,
    version: 2,
    exportedAt: now.toISOString(),
    records: records.map((r) => withIdeas(toExportRecord(r))),
  };
}

/**
 * Compact JSON with one array element per line: `{"format":…,"records":[⏎{…},⏎{…}⏎]}⏎`.
 * Parses to exactly what JSON.stringify gives (same keys, same order), but is
 * much smaller than an indented file, fast to write, and still diff-friendly:
 * a changed record is a changed line. Top-level arrays of an object (records,
 * revisions, settings) are split into lines; anything else is plain JSON.
 *
 * Returned as pieces, about one per line, for `new Blob(parts)`: a download of
 * 50,000 records never becomes one giant string.
 */
export function serialiseParts(file: unknown): string[] {
  if (!file || typeof file !== 'object' || Array.isArray(file) || typeof (file as { toJSON?: unknown }).toJSON === 'function') {
    return [`${JSON.stringify(file)}\n`];
  }
  const parts: string[] = ['{'];
  let first = true;
  for (const [key, value] of Object.entries(file)) {
    const name = `${first ? '' : ','}${JSON.stringify(key)}:`;
    if (Array.isArray(value)) {
      first = false;
      if (value.length === 0) {
        parts.push(`${name}[]`);
        continue;
      }
      // A plain loop, not map: a sparse array's holes are written as null, as JSON.stringify does.
      for (let i = 0; i < value.length; i++) parts.push(`${i === 0 ? `${name}[\n` : ',\n'}${JSON.stringify(value[i]) ?? 'null'}`);
      parts.push('\n]');
      continue;
    }
    const json = JSON.stringify(value);
    if (json === undefined) continue;
    first = false;
    parts.push(`${name}${json}`);
  }
  parts.push('}\n');
  return parts;
}

/** serialiseParts as one string, for small files and tests. */
export function serialise(file: unknown): string {
  return serialiseParts(file).join('');
}
