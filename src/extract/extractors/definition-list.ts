/** `<dl><dt>Question?</dt><dd>answer</dd>…</dl>` lists (several <dd> per <dt> are joined). */

import { answerFromNodes } from '../answer';
import { isChromeElement } from '../chrome';
import { hasAncestor, tagOf, textOf } from '../../dom/nodes';
import { genericResult, guard, internalError, mostlyQuestions, type QaPair } from '../generic';
import { isQuestionLine } from '../question-line';
import type { ExtractResult, Extractor } from '../types';

function pairsOf(dl: Element, doc: Document): QaPair[] {
  const result: QaPair[] = [];
  // <dl> may wrap its pairs in <div>s (allowed by HTML).
  const items = Array.from(dl.children).flatMap((c) => (tagOf(c) === 'DIV' ? Array.from(c.children) : [c]));
  let question: string | null = null;
  let answers: Element[] = [];
  const flush = () => {
    if (question !== null) result.push({ question, answer: answerFromNodes(answers, doc) });
    answers = [];
  };
  for (const item of items) {
    if (tagOf(item) === 'DT') {
      flush();
      question = textOf(item);
    } else if (tagOf(item) === 'DD' && question !== null) {
      answers.push(item);
    }
  }
  flush();
  return result;
}

/** The definition list with the most question-like terms. */
function bestList(doc: Document): QaPair[] {
  let best: QaPair[] = [];
  let bestQuestions = 0;
  for (const dl of Array.from(doc.querySelectorAll('dl'))) {
    if (hasAncestor(dl, isChromeElement)) continue;
    const pairs = pairsOf(dl, doc).filter((p) => p.question && p.answer.text);
    const questions = pairs.filter((p) => isQuestionLine(p.question)).length;
    if (questions > bestQuestions) [best, bestQuestions] = [pairs, questions];
  }
  return best;
}

function detect(doc: Document): number {
  return guard(0, () => {
    const pairs = bestList(doc);
    const questions = pairs.filter((p) => isQuestionLine(p.question)).length;
    if (pairs.length < 2 || !mostlyQuestions(questions, pairs.length)) return 0;
    return 0.5 + 0.2 * (questions / pairs.length);
  });
}

function extract(doc: Document, url: string): ExtractResult {
  try {
    return genericResult(doc, url, definitionListExtractor.id, bestList(doc), detect(doc));
  } catch (error) {
    return internalError(definitionListExtractor.id, error);
  }
}

export const definitionListExtractor: Extractor = { id: 'definition-list', detect, extract };
