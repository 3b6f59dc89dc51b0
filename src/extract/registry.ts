/**
 * The extractor registry: asks every extractor how sure it is, tries them from
 * the most confident down, and never throws.
 */

import { accordionExtractor } from './extractors/accordion';
import { withRunCache } from '../dom/run-cache';
import { definitionListExtractor } from './extractors/definition-list';
import { isChromeElement } from './chrome';
import { collapseWhitespace, hasAncestor, textOf } from '../dom/nodes';
import { faqJsonLdExtractor } from './extractors/faq-jsonld';
import { headingQaExtractor } from './extractors/heading-qa';
import { portraitExtractor } from './extractors/portrait';
import type { ExtractResult, Extractor, PortraitLink } from './types';
import { looksLikePortraitUrl, normaliseUrl } from './url';

export const EXTRACTORS: readonly Extractor[] = [
  portraitExtractor,
  faqJsonLdExtractor,
  accordionExtractor,
  definitionListExtractor,
  headingQaExtractor,
];

/** Below this an extractor's claim is not taken seriously. */
export const MIN_CONFIDENCE = 0.3;

const NO_QA: ExtractResult = { ok: false, code: 'no-qa', reason: 'No questions and answers found on this page.' };

/** The extractor's confidence, 0 … 1 (more counts as 1: certain). */
function safeDetect(extractor: Extractor, doc: Document, url: string): number {
  try {
    const c = extractor.detect(doc, url);
    return Number.isFinite(c) ? Math.min(1, c) : 0;
  } catch {
    return 0;
  }
}

function safeExtract(extractor: Extractor, doc: Document, url: string): ExtractResult | null {
  try {
    const result = extractor.extract(doc, url);
    return result.ok ? result : null;
  } catch {
    // A broken extractor must not hide the others.
    return null;
  }
}

export function extractPage(doc: Document, url: string, extractors: readonly Extractor[] = EXTRACTORS): ExtractResult {
  return withRunCache(() => runExtractors(doc, url, extractors));
}

function runExtractors(doc: Document, url: string, extractors: readonly Extractor[]): ExtractResult {
  try {
    if (!doc || typeof doc.querySelector !== 'function') {
      return { ok: false, code: 'invalid-input', reason: 'This is not a web page.' };
    }
    const asked: { extractor: Extractor; confidence: number }[] = [];
    let triedFirst: Extractor | null = null;
    for (const extractor of extractors) {
      const confidence = safeDetect(extractor, doc, url);
      asked.push({ extractor, confidence });
      // Certain: those asked before are less sure, and one after can only tie, which ranks it after this one.
      // So this one is tried before the others are even asked (a portrait with its header is certain).
      if (confidence === 1 && triedFirst === null) {
        const result = safeExtract(extractor, doc, url);
        if (result) return result;
        triedFirst = extractor;
      }
    }
    const ranked = asked
      .filter((r) => r.extractor !== triedFirst && r.confidence >= MIN_CONFIDENCE)
      .sort((a, b) => b.confidence - a.confidence);
    for (const { extractor } of ranked) {
      const result = safeExtract(extractor, doc, url);
      if (result) return result;
    }
    return NO_QA;
  } catch (error) {
    return { ok: false, code: 'internal-error', reason: `Extraction failed: ${String(error)}` };
  }
}

/**
 * Links on the page to portrait pages, deduplicated by canonical URL. They
 * may come from any page (the site's own overview, a search result, a
 * partner town's site): looksLikePortraitUrl only accepts the portrait site.
 */
export function findPortraitLinks(doc: Document, baseUrl: string): PortraitLink[] {
  try {
    const base = new URL(baseUrl);
    const seen = new Map<string, PortraitLink>();
    for (const a of Array.from(doc.querySelectorAll('a[href]'))) {
      let href: URL;
      try {
        href = new URL(a.getAttribute('href') || '', base);
      } catch {
        continue;
      }
      const url = normaliseUrl(href.href);
      if (!looksLikePortraitUrl(url)) continue;
      const title = collapseWhitespace(textOf(a) || a.getAttribute('title') || '');
      const prev = seen.get(url);
      // Prefer link text from the content over a menu entry.
      if (!prev || (!prev.title && title) || (hasAncestor(a, isChromeElement) === false && prev.title.length < title.length)) {
        seen.set(url, { url, title: title || prev?.title || '' });
      }
    }
    return Array.from(seen.values());
  } catch {
    return [];
  }
}
