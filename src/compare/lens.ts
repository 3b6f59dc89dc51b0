/**
 * The question lens: one question, every partnership's answer stacked.
 *
 * Decision: records without an answer are kept (the UI shows "no answer"),
 * listed after all answered ones; order is otherwise the input order.
 * A query filters on the answer text and the partnership's name, folded
 * (case, umlauts, ae/oe/ue); every query word must occur somewhere.
 */

import type { QuestionId } from '../questions/catalogue';
import type { Answer, PartnershipRecord } from '../record/types';
import { isNonEmptyAnswer, joinAnswers } from './answers';
import { matchesQuery, queryWords } from '../text/fold';

export interface LensEntry {
  recordId: string;
  title: string;
  partners: string[];
  /** The source page, printed under each entry. */
  url: string;
  /** null when the record has no (non-empty) answer to the question. */
  answer: Answer | null;
}

function answerTo(record: PartnershipRecord, questionId: QuestionId): Answer | null {
  const found = record.answers.filter((a) => a.questionId === questionId && isNonEmptyAnswer(a));
  return found.length === 0 ? null : joinAnswers(found);
}

/** The same words rule as the list search: every typed word begins a word of the title, partners or answer. */
function matches(entry: LensEntry, words: string[][]): boolean {
  return matchesQuery([entry.title, ...entry.partners, entry.answer?.text ?? ''].join(' '), words);
}

export function questionLens(
  records: readonly PartnershipRecord[],
  questionId: QuestionId,
  query = '',
): LensEntry[] {
  const words = queryWords(query);
  const entries = records
    .map((r): LensEntry => ({
      recordId: r.id,
      title: r.title,
      partners: [...r.partners],
      url: r.url,
      answer: answerTo(r, questionId),
    }))
    .filter((e) => matches(e, words));
  return [...entries.filter((e) => e.answer), ...entries.filter((e) => !e.answer)];
}
