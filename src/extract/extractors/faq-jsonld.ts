/**
 * schema.org FAQPage / QAPage in JSON-LD, found anywhere in the graph
 * (@graph, top-level arrays, a WebPage's mainEntity, subjectOf, hasPart).
 * Answers may hold HTML; it is parsed inertly.
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

/** Deep enough for any SEO plugin's nesting; bounded so a hostile page cannot make us walk forever. */
const MAX_DEPTH = 32;
const MAX_NODES = 20_000;

/**
 * Every object in the page's JSON-LD, however it is nested: SEO plugins put the
 * FAQPage in @graph, under a WebPage's mainEntity, in subjectOf or hasPart.
 */
function jsonLdNodes(doc: Document): Json[] {
  const out: Json[] = [];
  const visit = (node: Json, depth: number) => {
    if (depth > MAX_DEPTH || out.length >= MAX_NODES || !node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach((n) => visit(n, depth + 1));
    out.push(node);
    for (const value of Object.values(node as Record<string, Json>)) visit(value, depth + 1);
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

/** Nodes by their @id, so a reference (`{"@id": "…#faq-question-1"}`, as Yoast writes mainEntity) finds its node. */
function byId(nodes: readonly Json[]): Map<string, Json> {
  const map = new Map<string, Json>();
  for (const node of nodes) {
    const id = (node as Record<string, Json>)['@id'];
    if (typeof id === 'string' && Object.keys(node as object).length > 1 && !map.has(id)) map.set(id, node);
  }
  return map;
}

function resolve(node: Json, ids: Map<string, Json>): Json {
  if (!node || typeof node !== 'object' || Array.isArray(node)) return node;
  const id = (node as Record<string, Json>)['@id'];
  return typeof id === 'string' && Object.keys(node).length === 1 ? (ids.get(id) ?? node) : node;
}

function pairs(doc: Document): QaPair[] {
  const result: QaPair[] = [];
  const seen = new Set<string>();
  const nodes = jsonLdNodes(doc);
  const ids = byId(nodes);
  for (const node of nodes) {
    if (!hasType(node, 'FAQPage') && !hasType(node, 'QAPage')) continue;
    for (const ref of asArray((node as Record<string, Json>).mainEntity)) {
      const q = resolve(ref, ids);
      if (!hasType(q, 'Question')) continue;
      const question = q as Record<string, Json>;
      const html = answerText(question);
      const name = stringOf(question.name) || stringOf(question.text);
      // Plugins often print the same FAQ twice (in @graph and on its own): each question counts once.
      const key = `${name}\u0000${html}`;
      if (seen.has(key)) continue;
      seen.add(key);
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
