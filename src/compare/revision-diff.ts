/**
 * What differs between two versions of a record, as data a page can render as
 * plain text: metadata fields first, then question by question, each answer as
 * lines (paragraphs and list items, see answerLines) with the words added and
 * removed inside a changed line (the `diff` package, word level).
 *
 * Whitespace and Markdown formatting do not count: lines are compared as the
 * plain text a reader sees, so a re-flowed paragraph is no change. A line
 * that only moved inside an answer is shown once, at its new place, as moved.
 */

import { diffArrays, diffWordsWithSpace } from 'diff';
import type { Answer, ClippedContent } from '../record/types';
import { wordingKey } from '../text/fold';
import { answerBlocks } from './plain-lines';

export interface DiffPart {
  text: string;
  change: 'same' | 'added' | 'removed';
}

export type LineChange = 'same' | 'changed' | 'added' | 'removed' | 'moved';

export interface LineDiff {
  change: LineChange;
  parts: DiffPart[];
}

export type QuestionChange = 'same' | 'changed' | 'added' | 'removed';

export interface QuestionDiff {
  change: QuestionChange;
  /** The number shown for the question: printed number, else its position. */
  number: number;
  /** The question as the newer version writes it (the older one for a removed question). */
  question: string;
  /** Word diff of the question's own wording when it changed, else null. */
  questionParts: DiffPart[] | null;
  lines: LineDiff[];
}

export const DIFF_FIELDS = ['title', 'partners', 'kind', 'interviewee', 'interviewer', 'photoCredit', 'intro'] as const;
export type DiffField = (typeof DIFF_FIELDS)[number];

export interface FieldDiff {
  field: DiffField;
  before: string;
  after: string;
  parts: DiffPart[];
}

export interface RecordDiff {
  fields: FieldDiff[];
  questions: QuestionDiff[];
  /** True when anything a reader sees differs. */
  changed: boolean;
}

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** A field as the one line of text it is compared and shown as. */
export function fieldText(content: ClippedContent, field: DiffField): string {
  switch (field) {
    case 'partners':
      return content.partners.map(collapse).join(' – ');
    case 'interviewee': {
      const who = content.interviewee;
      if (!who) return '';
      return collapse(who.affiliation ? `${who.name} (${who.affiliation})` : who.name);
    }
    default:
      return collapse(content[field] ?? '');
  }
}

/**
 * Word-level parts from older to newer text. Changes separated only by spaces
 * are joined into one removal followed by one addition, so "Erika Beispiel" →
 * "Jana Neumann" reads as two phrases, not four interleaved words.
 */
export function wordParts(before: string, after: string): DiffPart[] {
  const changes = diffWordsWithSpace(before, after);
  const out: DiffPart[] = [];
  for (let i = 0; i < changes.length; ) {
    const c = changes[i]!;
    if (!c.added && !c.removed) {
      out.push({ text: c.value, change: 'same' });
      i++;
      continue;
    }
    let removed = '';
    let added = '';
    for (; i < changes.length; i++) {
      const part = changes[i]!;
      if (part.removed) removed += part.value;
      else if (part.added) added += part.value;
      else if (/^\s+$/.test(part.value) && changes[i + 1] && (changes[i + 1]!.added || changes[i + 1]!.removed)) {
        removed += part.value;
        added += part.value;
      } else break;
    }
    if (removed) out.push({ text: removed, change: 'removed' });
    if (added) out.push({ text: added, change: 'added' });
  }
  return out;
}

const same = (text: string): DiffPart[] => [{ text, change: 'same' }];

/** Lines of one answer: equal lines stay, replaced lines get a word diff, moved lines show once. */
export function diffLines(before: readonly string[], after: readonly string[]): LineDiff[] {
  const hunks = diffArrays([...before], [...after]);
  const removedAll = new Set(hunks.filter((h) => h.removed).flatMap((h) => h.value));
  const addedAll = new Set(hunks.filter((h) => h.added).flatMap((h) => h.value));
  const moved = (line: string) => removedAll.has(line) && addedAll.has(line);
  const out: LineDiff[] = [];
  for (let i = 0; i < hunks.length; i++) {
    const hunk = hunks[i]!;
    if (!hunk.added && !hunk.removed) {
      for (const line of hunk.value) out.push({ change: 'same', parts: same(line) });
      continue;
    }
    // A removal directly followed by an addition is an edit: pair the lines up for a word diff.
    const removed = hunk.removed ? hunk.value.filter((l) => !moved(l)) : [];
    const nextAdded = hunk.removed && hunks[i + 1]?.added ? hunks[++i]!.value : hunk.added ? hunk.value : [];
    const added = nextAdded.filter((l) => !moved(l));
    for (let k = 0; k < Math.max(removed.length, added.length); k++) {
      const was = removed[k];
      const now = added[k];
      if (was !== undefined && now !== undefined) out.push({ change: 'changed', parts: wordParts(was, now) });
      else if (now !== undefined) out.push({ change: 'added', parts: [{ text: now, change: 'added' }] });
      else if (was !== undefined) out.push({ change: 'removed', parts: [{ text: was, change: 'removed' }] });
    }
    // Moved lines appear where they are now; their old place shows nothing.
    for (const line of nextAdded) if (moved(line)) out.push({ change: 'moved', parts: same(line) });
  }
  return out;
}

/** Identity of a question across versions: its catalogue id, else its wording key (src/text/fold.ts), plus the occurrence. */
function questionKeys(answers: readonly Answer[]): string[] {
  const seen = new Map<string, number>();
  return answers.map((a) => {
    const base = a.questionId ?? `q:${wordingKey(a.question)}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return `${base}#${n}`;
  });
}

function numberOf(answer: Answer, index: number): number {
  return answer.number ?? index + 1;
}

function questionDiff(was: Answer | undefined, now: Answer | undefined, number: number): QuestionDiff {
  const before = was ? answerBlocks(was) : [];
  const after = now ? answerBlocks(now) : [];
  const question = collapse((now ?? was)!.question);
  if (!was || !now) {
    const change = now ? 'added' : 'removed';
    const lines = (now ? after : before).map((line): LineDiff => ({ change, parts: [{ text: line, change }] }));
    return { change, number, question, questionParts: null, lines };
  }
  const lines = diffLines(before, after);
  const reworded = collapse(was.question) !== question;
  const changed = reworded || lines.some((l) => l.change !== 'same');
  return {
    change: changed ? 'changed' : 'same',
    number,
    question,
    questionParts: reworded ? wordParts(collapse(was.question), question) : null,
    lines,
  };
}

/** The diff from `older` to `newer`. */
export function diffContent(older: ClippedContent, newer: ClippedContent): RecordDiff {
  const fields: FieldDiff[] = [];
  for (const field of DIFF_FIELDS) {
    const before = fieldText(older, field);
    const after = fieldText(newer, field);
    if (before !== after) fields.push({ field, before, after, parts: wordParts(before, after) });
  }

  const oldKeys = questionKeys(older.answers);
  const newKeys = questionKeys(newer.answers);
  const oldByKey = new Map(oldKeys.map((k, i) => [k, i]));
  const newByKey = new Map(newKeys.map((k, i) => [k, i]));
  const questions: QuestionDiff[] = [];
  // Walk the key sequences in order; a question that moved is compared where it is now.
  for (const hunk of diffArrays(oldKeys, newKeys)) {
    for (const key of hunk.value) {
      const oi = oldByKey.get(key);
      const ni = newByKey.get(key);
      if (hunk.removed && ni !== undefined) continue; // shown at its new place
      const was = oi === undefined ? undefined : older.answers[oi];
      const now = ni === undefined ? undefined : newer.answers[ni];
      const number = now && !hunk.removed ? numberOf(now, ni!) : numberOf(was!, oi!);
      questions.push(questionDiff(was, hunk.removed ? undefined : now, number));
    }
  }
  const changed = fields.length > 0 || questions.some((q) => q.change !== 'same');
  return { fields, questions, changed };
}

/** The short account of a diff that one line of text is made from. */
export interface ChangeSummary {
  fields: DiffField[];
  changedAnswers: number[];
  addedQuestions: number[];
  removedQuestions: number[];
  /** Nothing a reader sees differs, only how it is written (whitespace, formatting). */
  nothingVisible: boolean;
}

export function summariseDiff(diff: RecordDiff): ChangeSummary {
  const numbers = (change: QuestionChange) => diff.questions.filter((q) => q.change === change).map((q) => q.number);
  return {
    fields: diff.fields.map((f) => f.field),
    changedAnswers: numbers('changed'),
    addedQuestions: numbers('added'),
    removedQuestions: numbers('removed'),
    nothingVisible: !diff.changed,
  };
}
