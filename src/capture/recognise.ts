/**
 * The light portrait check the recognition content script runs on every page
 * of the known site. It reuses the portrait extractor's segmentation and
 * question finder but not its answer conversion, so the script stays small
 * (no turndown) and cheap at document_idle.
 */

import { withRunCache } from '../dom/run-cache';
import { findContentRoot, segmentBlocks } from '../extract/blocks';
import { analysePortrait, portraitConfidence } from '../extract/portrait-score';
import { contentHeadingTitle, metaTitle } from '../extract/title';
import { canonicalUrl, isKnownNonPortraitUrl } from '../extract/url';
import type { PageRecognition } from '../messaging/map';

/** The registry's MIN_CONFIDENCE, repeated so this file does not pull in every extractor (a unit test keeps them equal). */
export const RECOGNITION_THRESHOLD = 0.3;

/** The portrait extractor's own score (src/extract/portrait-score.ts), so "recognised" means "the clip will take it". */
export function portraitScore(doc: Document, url: string): number {
  return withRunCache(() => portraitScoreNow(doc, url));
}

function portraitScoreNow(doc: Document, url: string): number {
  try {
    if (isKnownNonPortraitUrl(canonicalUrl(doc, url))) return 0;
    return portraitConfidence(analysePortrait(segmentBlocks(findContentRoot(doc))));
  } catch {
    return 0;
  }
}

export function recognisePage(doc: Document, url: string): PageRecognition {
  const title = contentHeadingTitle(doc) ?? metaTitle(doc) ?? (doc.title || '');
  return { url: canonicalUrl(doc, url), isPortrait: portraitScore(doc, url) >= RECOGNITION_THRESHOLD, title };
}
