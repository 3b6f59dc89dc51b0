/** `<details><summary>Question?</summary>answer…</details>` accordions. */

import { answerFromNodes } from '../answer';
import { isChromeElement } from '../chrome';
import { hasAncestor, tagOf, textOf } from '../../dom/nodes';
import { genericResult, guard, internalError, mostlyQuestions, type QaPair } from '../generic';
import { isQuestionLine } from '../question-line';
import type { ExtractResult, Extractor } from '../types';

function pairs(doc: Document): QaPair[] {
  const result: QaPair[] = [];
  for (const details of Array.from(doc.querySelectorAll('details'))) {
    if (hasAncestor(details, isChromeElement)) continue;
    const children = Array.from(details.childNodes);
    const summary = children.find((c) => tagOf(c) === 'SUMMARY') as Element | undefined;
    if (!summary) continue;
    result.push({ question: textOf(summary), answer: answerFromNodes(children.filter((c) => c !== summary), doc) });
  }
  return result;
}

/** Two or more answered items, most of them phrased as questions. */
function detect(doc: Document): number {
  return guard(0, () => {
    const items = pairs(doc).filter((p) => p.question && p.answer.text);
    if (items.length < 2) return 0;
    const questions = items.filter((p) => isQuestionLine(p.question)).length;
    return mostlyQuestions(questions, items.length) ? 0.6 + 0.2 * (questions / items.length) : 0;
  });
}

function extract(doc: Document, url: string): ExtractResult {
  try {
    return genericResult(doc, url, accordionExtractor.id, pairs(doc), detect(doc));
  } catch (error) {
    return internalError(accordionExtractor.id, error);
  }
}

export const accordionExtractor: Extractor = { id: 'accordion', detect, extract };
