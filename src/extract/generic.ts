/**
 * Shared shape of the generic Q&A extractors (pages from other sites): a
 * title, no partners or kind, and question ids where a question happens to be
 * one of the catalogue's.
 */

import { matchQuestion, splitQuestionNumber } from '../questions/match';
import type { Answer, ClippedContent } from '../record/types';
import type { AnswerBody } from './answer';
import { collapseWhitespace } from '../dom/nodes';
import { firstHeading, metaTitle } from './title';
import type { ExtractResult } from './types';
import { canonicalUrlForRun } from './url';

export interface QaPair {
  question: string;
  answer: AnswerBody;
}

export function genericTitle(doc: Document): string {
  return firstHeading(doc) ?? metaTitle(doc) ?? collapseWhitespace(doc.querySelector('title')?.textContent ?? '');
}

export function toAnswer(pair: QaPair): Answer {
  const { number, text } = splitQuestionNumber(pair.question);
  const m = matchQuestion(text, number);
  return { number, questionId: m.id, question: text, markdown: pair.answer.markdown, text: pair.answer.text };
}

/** Builds the result, refusing when no pair has both a question and an answer. */
export function genericResult(doc: Document, url: string, extractor: string, pairs: QaPair[], confidence: number): ExtractResult {
  const usable = pairs.filter((p) => p.question !== '' && p.answer.text !== '');
  if (usable.length === 0) return { ok: false, code: 'no-qa', reason: 'No questions and answers found on this page.' };
  const content: ClippedContent = {
    url: canonicalUrlForRun(doc, url),
    title: genericTitle(doc),
    partners: [],
    kind: null,
    interviewee: null,
    interviewer: null,
    photoCredit: null,
    intro: null,
    answers: usable.map(toAnswer),
    extractor,
    warnings: [],
  };
  return { ok: true, content, confidence };
}

/**
 * The one threshold every generic extractor uses: more than half of the
 * headings (or terms, or summaries) are questions. Fewer, and the page is
 * prose with the odd rhetorical question.
 */
export function mostlyQuestions(questions: number, total: number): boolean {
  return total > 0 && questions * 2 > total;
}

/** Wraps an extractor step so it never throws. */
export function guard<T>(fallback: T, fn: () => T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}

export function internalError(extractor: string, error: unknown): ExtractResult {
  return { ok: false, code: 'internal-error', reason: `The ${extractor} extractor failed: ${String(error)}` };
}
