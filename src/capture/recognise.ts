/**
 * The light portrait check the recognition content script runs on every page
 * of the known site. It reuses the portrait extractor's segmentation and
 * question finder but not its answer conversion, so the script stays small
 * (no turndown) and cheap at document_idle.
 */

import { withRunCache } from '../dom/run-cache';
import { findContentRoot, segmentBlocks } from '../extract/blocks';
import { isIntro, isSubtitle, parseInterviewee } from '../extract/portrait-lines';
import { interviewLines } from '../extract/portrait-region';
import { contentHeadingTitle, metaTitle } from '../extract/title';
import { canonicalUrl, isKnownNonPortraitUrl } from '../extract/url';
import type { PageRecognition } from '../messaging/map';

/** The registry's MIN_CONFIDENCE, repeated so this file does not pull in every extractor (a unit test keeps them equal). */
export const RECOGNITION_THRESHOLD = 0.3;

/** Same weighting as the portrait extractor's detect(), so "recognised" means "the clip will find it". */
export function portraitScore(doc: Document, url: string): number {
  return withRunCache(() => portraitScoreNow(doc, url));
}

function portraitScoreNow(doc: Document, url: string): number {
  try {
    if (isKnownNonPortraitUrl(canonicalUrl(doc, url))) return 0;
    const { blocks, hits } = interviewLines(segmentBlocks(findContentRoot(doc)));
    const catalogue = new Set(hits.map((h) => h.id).filter(Boolean)).size;
    if (catalogue === 0) return 0;
    const head = blocks.slice(0, hits[0]?.index ?? blocks.length).map((b) => b.text);
    const score =
      Math.min(0.6, catalogue * 0.1) +
      (head.some(isSubtitle) ? 0.15 : 0) +
      (head.some(isIntro) ? 0.15 : 0) +
      (head.some((line) => parseInterviewee(line) !== null) ? 0.1 : 0);
    return Math.min(1, score);
  } catch {
    return 0;
  }
}

export function recognisePage(doc: Document, url: string): PageRecognition {
  const title = contentHeadingTitle(doc) ?? metaTitle(doc) ?? (doc.title || '');
  return { url: canonicalUrl(doc, url), isPortrait: portraitScore(doc, url) >= RECOGNITION_THRESHOLD, title };
}
