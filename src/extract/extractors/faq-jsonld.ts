/**
 * schema.org FAQPage / QAPage in JSON-LD, including @graph containers and
 * top-level arrays. Answers may hold HTML; it is parsed inertly.
 */

import { answerFromNodes } from '../answer';
import { parseFragment, textOf } from '../../dom/nodes';
import { scratchDocumentForRun } from '../../dom/inert';
import { genericResult, guard, internalError, type QaPair } from '../generic';
import type { ExtractResult, Extractor } from '../types';

type Json = unknown;

function asArray(value: Json): Json[] {
  return Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
}

function hasType(node: Json, type: string): boolean {
  if (!node || typeof node !== 'object') return false;
  return asArray((node as Record<string, Json>)['@type']).some((t) => typeof t === 'string' && t.toLowerCase() === type.toLowerCase());
}

function jsonLdNodes(doc: Document): Json[] {
  const out: Json[] = [];
  const visit = (node: Json, depth: number) => {
    if (depth > 8 || !node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach((n) => visit(n, depth + 1));
    out.push(node);
    for (const n of asArray((node as Record<string, Json>)['@graph'])) visit(n, depth + 1);
  };
  for (const script of Array.from(doc.querySelectorAll('script'))) {
    if ((script.getAttribute('type') || '').toLowerCase().trim() !== 'application/ld+json') continue;
    try {
      visit(JSON.parse(script.textContent || ''), 0);
    } catch {
      // Broken JSON-LD is common in the wild; skip it.
    }
  }
  return out;
}

function stringOf(value: Json): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && typeof (value as Record<string, Json>)['@value'] === 'string') {
    return (value as Record<string, string>)['@value'] as string;
  }
  return '';
}

function answerText(question: Record<string, Json>): string {
  for (const key of ['acceptedAnswer', 'suggestedAnswer']) {
    for (const answer of asArray(question[key])) {
      if (answer && typeof answer === 'object') {
        const text = stringOf((answer as Record<string, Json>).text);
        if (text.trim()) return text;
      }
    }
  }
  return '';
}

function pairs(doc: Document): QaPair[] {
  const result: QaPair[] = [];
  for (const node of jsonLdNodes(doc)) {
    if (!hasType(node, 'FAQPage') && !hasType(node, 'QAPage')) continue;
    for (const q of asArray((node as Record<string, Json>).mainEntity)) {
      if (!hasType(q, 'Question')) continue;
      const question = q as Record<string, Json>;
      const html = answerText(question);
      const name = stringOf(question.name) || stringOf(question.text);
      const scratch = scratchDocumentForRun(doc);
      const fragment = parseFragment(scratch, html);
      result.push({ question: textOf(parseFragment(scratch, name)), answer: answerFromNodes(Array.from(fragment.childNodes), doc) });
    }
  }
  return result;
}

function detect(doc: Document): number {
  return guard(0, () => (pairs(doc).some((p) => p.question && p.answer.text) ? 0.9 : 0));
}

function extract(doc: Document, url: string): ExtractResult {
  try {
    return genericResult(doc, url, faqJsonLdExtractor.id, pairs(doc), detect(doc));
  } catch (error) {
    return internalError(faqJsonLdExtractor.id, error);
  }
}

export const faqJsonLdExtractor: Extractor = { id: 'faq-jsonld', detect, extract };
