/** Small helpers about answers that several compare views share. */

import { QUESTIONS } from '../questions/catalogue';
import type { Answer, PartnershipRecord } from '../record/types';

/** An answer counts only if it has some text; an empty placeholder is treated as missing. */
export function isNonEmptyAnswer(answer: Answer | null | undefined): answer is Answer {
  return !!answer && (answer.text.trim() !== '' || answer.markdown.trim() !== '');
}

/**
 * Joins several answers to the same question into one, in page order.
 * Decision: when a page yields two answers for one question id, keep both
 * (joined) rather than silently dropping the second; the matrix notes it.
 */
export function joinAnswers(answers: readonly Answer[]): Answer {
  const [first, ...rest] = answers;
  if (!first) throw new Error('joinAnswers needs at least one answer');
  if (rest.length === 0) return first;
  const all = [first, ...rest];
  return {
    number: first.number,
    questionId: first.questionId,
    question: first.question,
    markdown: all
      .map((a) => a.markdown.trim())
      .filter((m) => m !== '')
      .join('\n\n'),
    text: all
      .map((a) => a.text.trim())
      .filter((t) => t !== '')
      .join(' '),
  };
}

/** How many of the 12 standard questions a record answers with some text. */
export function answeredCount(record: Pick<PartnershipRecord, 'answers'>): number {
  const answered = new Set<string>();
  for (const a of record.answers) {
    if (a.questionId !== null && isNonEmptyAnswer(a)) answered.add(a.questionId);
  }
  return QUESTIONS.filter((q) => answered.has(q.id)).length;
}
