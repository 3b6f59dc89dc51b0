/**
 * Heading or bold questions ending in "?", each followed by answer blocks.
 * Prose with the odd rhetorical question (event reports, news) is refused:
 * we need at least three answered questions, and most headings must be questions.
 */

import { answerFromBlocks } from '../answer';
import { type Block, contentBlocks } from '../blocks';
import { memoForRun } from '../../dom/run-cache';
import { genericResult, guard, internalError, type QaPair } from '../generic';
import type { ExtractResult, Extractor } from '../types';
import { canonicalUrlForRun, isKnownNonPortraitUrl } from '../url';

const MIN_PAIRS = 3;
const QUESTION = /\?["“”»«')]*$/u;

const isHeadingLike = (b: Block): boolean => !b.atomic && (b.heading >= 2 || b.bold) && b.text.length <= 250;
const isQuestion = (b: Block): boolean => isHeadingLike(b) && QUESTION.test(b.text);

interface RawPair {
  question: string;
  body: Block[];
}

interface Analysis {
  pairs: RawPair[];
  headings: number;
  questions: number;
}

function analyse(doc: Document): Analysis {
  return memoForRun(doc, 'heading-qa', () => analyseNow(doc));
}

function analyseNow(doc: Document): Analysis {
  const blocks = contentBlocks(doc).filter((b) => b.heading !== 1);
  const pairs: RawPair[] = [];
  let headings = 0;
  let questions = 0;
  for (let i = 0; i < blocks.length; i += 1) {
    const block = blocks[i] as Block;
    if (!isHeadingLike(block)) continue;
    headings += 1;
    if (!isQuestion(block)) continue;
    questions += 1;
    const body: Block[] = [];
    for (let j = i + 1; j < blocks.length && !isHeadingLike(blocks[j] as Block); j += 1) {
      // Skipped site chrome ends an answer.
      if (body.length > 0 && (blocks[j] as Block).gapBefore) break;
      body.push(blocks[j] as Block);
    }
    pairs.push({ question: block.text, body });
  }
  return { pairs, headings, questions };
}

function confidence(a: Analysis): number {
  const answered = a.pairs.filter((p) => p.body.length > 0).length;
  if (answered < MIN_PAIRS || a.questions * 2 <= a.headings) return 0;
  return Math.min(0.7, 0.35 + 0.05 * answered) * (a.questions / a.headings);
}

/** Event reports and project pages of the portrait site are prose, whatever their headings. */
function isKnownProse(doc: Document, url: string): boolean {
  return isKnownNonPortraitUrl(canonicalUrlForRun(doc, url));
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
    return genericResult(doc, url, headingQaExtractor.id, pairs, c);
  } catch (error) {
    return internalError(headingQaExtractor.id, error);
  }
}

export const headingQaExtractor: Extractor = { id: 'heading-qa', detect, extract };
