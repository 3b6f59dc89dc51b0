/**
 * Side-by-side alignment of partnership records: one column per record,
 * one row per standard question (catalogue order), matched by question id,
 * never by position. Questions outside the catalogue follow as extra rows,
 * grouped by their folded wording.
 */

import { QUESTIONS, type QuestionId } from '../questions/catalogue';
import type { Answer, Interviewee, PartnershipRecord } from '../record/types';
import { isNonEmptyAnswer, joinAnswers } from './answers';
import { questionKey } from '../questions/normalise';

export interface ComparisonColumn {
  id: string;
  title: string;
  partners: string[];
  kind: string | null;
  interviewee: Interviewee | null;
  interviewer: string | null;
  capturedAt: string;
  url: string;
}

export type MetaRowKey = 'partners' | 'kind' | 'interviewee' | 'interviewer' | 'captured' | 'source';

export const META_ROW_KEYS: readonly MetaRowKey[] = [
  'partners',
  'kind',
  'interviewee',
  'interviewer',
  'captured',
  'source',
];

export interface MetaRow {
  key: MetaRowKey;
  /** Display text per column; null when the record has no value. `source` holds the URL. */
  values: (string | null)[];
}

export interface StandardRow {
  questionId: QuestionId;
  number: number;
  /** Short English label from the catalogue, e.g. "Funding tips". */
  label: string;
  /** The catalogue's German question text. */
  question: string;
  /** One cell per column; null marks a missing (or empty) answer. */
  cells: (Answer | null)[];
}

export interface ExtraRow {
  questionId: null;
  /** Folded wording that groups the same extra question across records. */
  key: string;
  /** The wording as first seen (record order, then page order). */
  question: string;
  cells: (Answer | null)[];
}

/** A record had several answers for one row; they were joined in page order. */
export interface DuplicateNote {
  recordId: string;
  /** The standard id, or the extra row's key. */
  row: string;
  count: number;
}

export interface ComparisonMatrix {
  columns: ComparisonColumn[];
  metaRows: MetaRow[];
  rows: StandardRow[];
  extraRows: ExtraRow[];
  duplicates: DuplicateNote[];
}

function columnOf(r: PartnershipRecord): ComparisonColumn {
  return {
    id: r.id,
    title: r.title,
    partners: [...r.partners],
    kind: r.kind,
    interviewee: r.interviewee,
    interviewer: r.interviewer,
    capturedAt: r.capturedAt,
    url: r.url,
  };
}

function orNull(value: string | null | undefined): string | null {
  const t = value?.trim();
  return t ? t : null;
}

/** "Lydia Steinhauer, Stadt Duisburg" */
export function formatInterviewee(i: Interviewee | null): string | null {
  if (!i) return null;
  return orNull([i.name, i.affiliation].filter((p) => p && p.trim()).join(', '));
}

/** Partners joined with the title's en dash, NRW side first. */
export function formatPartners(partners: readonly string[]): string | null {
  return orNull(partners.join(' – '));
}

function metaValue(key: MetaRowKey, c: ComparisonColumn): string | null {
  switch (key) {
    case 'partners':
      return formatPartners(c.partners) ?? orNull(c.title);
    case 'kind':
      return orNull(c.kind);
    case 'interviewee':
      return formatInterviewee(c.interviewee);
    case 'interviewer':
      return orNull(c.interviewer);
    case 'captured':
      // The date is what people compare; the full timestamp stays on the column.
      return orNull(c.capturedAt.slice(0, 10));
    case 'source':
      return orNull(c.url);
  }
}

/** Groups a record's non-empty answers by a row key, keeping page order within each group. */
function groupAnswers(answers: readonly Answer[], keyOf: (a: Answer) => string | null): Map<string, Answer[]> {
  const groups = new Map<string, Answer[]>();
  for (const a of answers) {
    if (!isNonEmptyAnswer(a)) continue;
    const key = keyOf(a);
    if (key === null) continue;
    const list = groups.get(key);
    if (list) list.push(a);
    else groups.set(key, [a]);
  }
  return groups;
}

function extraKeyOf(a: Answer): string | null {
  if (a.questionId !== null) return null;
  const key = questionKey(a.question);
  return key === '' ? null : key;
}

export function alignRecords(records: readonly PartnershipRecord[]): ComparisonMatrix {
  const columns = records.map(columnOf);
  const duplicates: DuplicateNote[] = [];

  const cellFrom = (recordId: string, groups: Map<string, Answer[]>, key: string): Answer | null => {
    const list = groups.get(key);
    if (!list) return null;
    if (list.length > 1) duplicates.push({ recordId, row: key, count: list.length });
    return joinAnswers(list);
  };

  const standard = records.map((r) => groupAnswers(r.answers, (a) => a.questionId));
  const extra = records.map((r) => groupAnswers(r.answers, extraKeyOf));

  const rows: StandardRow[] = QUESTIONS.map((q) => ({
    questionId: q.id,
    number: q.number,
    label: q.label,
    question: q.text,
    cells: records.map((r, i) => cellFrom(r.id, standard[i]!, q.id)),
  }));

  // Extra rows in order of first appearance: record order, then page order.
  const extraKeys: string[] = [];
  const firstWording = new Map<string, string>();
  extra.forEach((groups) => {
    for (const [key, list] of groups) {
      if (firstWording.has(key)) continue;
      firstWording.set(key, list[0]!.question.trim());
      extraKeys.push(key);
    }
  });
  const extraRows: ExtraRow[] = extraKeys.map((key) => ({
    questionId: null,
    key,
    question: firstWording.get(key)!,
    cells: records.map((r, i) => cellFrom(r.id, extra[i]!, key)),
  }));

  const metaRows: MetaRow[] = META_ROW_KEYS.map((key) => ({
    key,
    values: columns.map((c) => metaValue(key, c)),
  }));

  return { columns, metaRows, rows, extraRows, duplicates };
}

export { answeredCount } from './answers';
