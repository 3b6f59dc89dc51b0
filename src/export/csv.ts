/**
 * CSV for spreadsheets: one row per partnership, metadata columns, then one
 * column per standard question (header "<id> <German question>"), then one
 * column for answers to questions outside the catalogue, then the topics of
 * each of those answer columns (header "<id> topics"; appended last so the
 * columns of earlier exports keep their places). UTF-8 with BOM and CRLF so
 * Excel detects the encoding; RFC 4180 quoting.
 */

import { answerIdeasOf, type AnswerIdeasSource } from '../ideas/summary';
import { QUESTIONS } from '../questions/catalogue';
import type { PartnershipRecord } from '../record/types';
import type { CsvDelimiter } from '../settings/values';

export interface CsvOptions {
  delimiter?: CsvDelimiter;
  /** Each record's per-answer ideas (the pages pass those of the ideas cache); analysed from the text by default. */
  ideas?: AnswerIdeasSource<PartnershipRecord>;
}

export const BOM = '\uFEFF';
export const OTHER_QUESTIONS_HEADER = 'other questions';
export const TOPICS_SUFFIX = ' topics';

/**
 * Clipped text ends up in spreadsheets: a cell starting with = + - @ could be
 * run as a formula, so such cells get a leading apostrophe (OWASP advice).
 */
export function defuseFormula(field: string): string {
  return /^[=+\-@\t\r]/.test(field) ? `'${field}` : field;
}

/** One RFC 4180 field: formula-safe, quoted when it holds quotes, the delimiter, line breaks or edge spaces. */
export function csvField(value: string, delimiter: string = ','): string {
  const v = defuseFormula(value);
  return v.includes('"') || v.includes(delimiter) || /[\r\n]/.test(v) || v !== v.trim() ? `"${v.replace(/"/g, '""')}"` : v;
}

const METADATA: Array<[header: string, get: (r: PartnershipRecord) => string]> = [
  ['title', (r) => r.title],
  ['partners', (r) => r.partners.join(' – ')],
  ['kind', (r) => r.kind ?? ''],
  ['interviewee', (r) => r.interviewee?.name ?? ''],
  ['affiliation', (r) => r.interviewee?.affiliation ?? ''],
  ['interviewer', (r) => r.interviewer ?? ''],
  ['url', (r) => r.url],
  ['capturedAt', (r) => r.capturedAt],
  ['updatedAt', (r) => r.updatedAt],
  ['tags', (r) => r.tags.join(', ')],
  ['note', (r) => r.note],
];

export function csvHeader(): string[] {
  return [
    ...METADATA.map(([h]) => h),
    ...QUESTIONS.map((q) => `${q.id} ${q.text}`),
    OTHER_QUESTIONS_HEADER,
    ...QUESTIONS.map((q) => `${q.id}${TOPICS_SUFFIX}`),
    `${OTHER_QUESTIONS_HEADER}${TOPICS_SUFFIX}`,
  ];
}

/** The topic ids of the answers in one column, each once, in catalogue order: "civil-protection, energy". */
function topicsCell(topicLists: readonly (readonly string[])[]): string {
  return [...new Set(topicLists.flat())].join(', ');
}

export function csvRow(record: PartnershipRecord, ideasOf: AnswerIdeasSource<PartnershipRecord> = answerIdeasOf): string[] {
  const byId = (id: string) =>
    record.answers
      .filter((a) => a.questionId === id)
      .map((a) => a.text)
      .join('\n\n');
  const other = record.answers
    .filter((a) => a.questionId === null)
    .map((a) => `${a.question}\n${a.text}`)
    .join('\n\n');
  const ideas = ideasOf(record);
  const topicsOf = (questionId: string | null) =>
    topicsCell(record.answers.flatMap((a, i) => (a.questionId === questionId ? [ideas[i]!.topics] : [])));
  return [
    ...METADATA.map(([, get]) => get(record)),
    ...QUESTIONS.map((q) => byId(q.id)),
    other,
    ...QUESTIONS.map((q) => topicsOf(q.id)),
    topicsOf(null),
  ];
}

export function recordsToCsv(records: readonly PartnershipRecord[], opts: CsvOptions = {}): string {
  const d = opts.delimiter ?? ',';
  const ideasOf = opts.ideas ?? answerIdeasOf;
  const lines = [csvHeader(), ...records.map((r) => csvRow(r, ideasOf))].map((row) => row.map((f) => csvField(f, d)).join(d));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
