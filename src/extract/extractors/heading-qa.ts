/**
 * Heading or bold questions ending in "?", each followed by answer blocks.
 * Prose with the odd rhetorical question (event reports, news) is refused:
 * we need at least three answered questions, and at least half of the
 * headings must be questions. Subheadings ranked below the questions stay in
 * the answers; a heading of the questions' rank starts a new section.
 */

import { answerFromBlocks } from '../answer';
import { asksForInput, type Block, contentBlocks } from '../blocks';
import { memoForRun } from '../../dom/run-cache';
import { genericResult, guard, internalError, mostlyQuestions, type QaPair } from '../generic';
import { isQuestionLine } from '../question-line';
import { commonAncestor, isInside } from '../region';
import type { ExtractResult, Extractor } from '../types';
import { isKnownNonPortraitPageForRun } from '../url';

const MIN_PAIRS = 3;
/** A call to action ("Interested in learning more?" over a sign-up form) says at most this much. */
const MAX_CALL_TO_ACTION = 300;

const isHeadingLike = (b: Block): boolean => !b.atomic && (b.heading >= 2 || b.bold);
const isQuestion = (b: Block): boolean => isHeadingLike(b) && isQuestionLine(b.text);
/** Headings outrank bold lines; a smaller number is a higher rank. */
const rankOf = (b: Block): number => (b.heading >= 2 ? b.heading : 7);

interface RawPair {
  question: string;
  body: Block[];
}

interface Analysis {
  pairs: RawPair[];
  /** Questions and the headings that start sections between them (subheadings inside answers do not count). */
  headings: number;
  questions: number;
  /** Headings of sections between Q&A pairs that answer no question. */
  sectionsWithoutQuestion: string[];
}

function analyse(doc: Document): Analysis {
  return memoForRun(doc, 'heading-qa', () => analyseNow(doc));
}

/**
 * The answer under the question at `start`: every line up to the next
 * question, skipped site chrome, or a heading of the question's rank or
 * higher (a new section). Lower-ranked subheadings stay in the answer.
 */
function answerEnd(blocks: readonly Block[], start: number): number {
  const rank = rankOf(blocks[start] as Block);
  let j = start + 1;
  for (; j < blocks.length; j += 1) {
    const block = blocks[j] as Block;
    if (isQuestion(block) || (j > start + 1 && block.gapBefore)) break;
    if (isHeadingLike(block) && rankOf(block) <= rank) break;
  }
  return j;
}

/** A question over a line or two and a sign-up field is a call to action, not an answered question. */
function isCallToAction(question: Block, body: readonly Block[]): boolean {
  const last = body[body.length - 1] ?? question;
  return last.chromeAfter !== null && asksForInput(last.chromeAfter) && body.length <= 2 && body.reduce((n, b) => n + b.text.length, 0) <= MAX_CALL_TO_ACTION;
}

function analyseNow(doc: Document): Analysis {
  const blocks = contentBlocks(doc).filter((b) => b.heading !== 1);
  const questionAt = blocks.map(isQuestion);
  const first = questionAt.indexOf(true);
  const last = questionAt.lastIndexOf(true);
  // Headings count within the questions' common container only: the headings
  // of teaser cards or reader comments beside it say nothing about the Q&A.
  const region = commonAncestor(blocks.filter((_, i) => questionAt[i]).map((b) => b.container));
  const pairs: RawPair[] = [];
  const sectionsWithoutQuestion: string[] = [];
  let headings = 0;
  let questions = 0;
  for (let i = 0; i < blocks.length; ) {
    const block = blocks[i] as Block;
    if (!isHeadingLike(block) || !region || !isInside(block.container, region)) {
      i += 1;
      continue;
    }
    const end = answerEnd(blocks, i);
    const body = blocks.slice(i + 1, end);
    headings += 1;
    if (!questionAt[i]) {
      // A section between Q&A pairs that answers no question: its text is not stored, so say so.
      if (i > first && i < last && body.some((b) => !isHeadingLike(b))) sectionsWithoutQuestion.push(block.text);
    } else if (!isCallToAction(block, body)) {
      questions += 1;
      pairs.push({ question: block.text, body });
    }
    i = end;
  }
  return { pairs, headings, questions, sectionsWithoutQuestion };
}

function confidence(a: Analysis): number {
  const answered = a.pairs.filter((p) => p.body.length > 0).length;
  if (answered < MIN_PAIRS || !mostlyQuestions(a.questions, a.headings)) return 0;
  return Math.min(0.7, 0.35 + 0.05 * answered) * (a.questions / a.headings);
}

/** Event reports and project pages of the portrait site are prose, whatever their headings. */
function isKnownProse(doc: Document, url: string): boolean {
  return isKnownNonPortraitPageForRun(doc, url);
}

function detect(doc: Document, url: string): number {
  return guard(0, () => (isKnownProse(doc, url) ? 0 : confidence(analyse(doc))));
}

function extract(doc: Document, url: string): ExtractResult {
  try {
    const a = analyse(doc);
    const c = isKnownProse(doc, url) ? 0 : confidence(a);
    if (c === 0) return { ok: false, code: 'no-qa', reason: 'No questions and answers found on this page.' };
    // Markdown is built only now: detect() must stay cheap.
    const pairs: QaPair[] = a.pairs.map((p) => ({ question: p.question, answer: answerFromBlocks(p.body, doc) }));
    const result = genericResult(doc, url, headingQaExtractor.id, pairs, c);
    if (result.ok) for (const heading of a.sectionsWithoutQuestion) result.content.warnings.push(`section without a question not kept: ${heading}`);
    return result;
  } catch (error) {
    return internalError(headingQaExtractor.id, error);
  }
}

export const headingQaExtractor: Extractor = { id: 'heading-qa', detect, extract };
