/**
 * How sure we are that a page is a portrait: the one score behind the
 * portrait extractor's detect() and the recognition script's badge, so the
 * badge says "portrait" exactly when a clip would take the page as one.
 * Free of turndown: the recognition script runs it on every page of the site.
 */

import type { Interviewee } from '../record/types';
import type { Block } from './blocks';
import { isIntro, isSubtitle, parseInterviewee } from './portrait-lines';
import type { QuestionHit } from './portrait-questions';
import { interviewLines } from './portrait-region';

/** What a page shows of a portrait's fixed parts, before its first question. */
export interface PortraitAnalysis {
  blocks: Block[];
  hits: QuestionHit[];
  /** Index of the subtitle block ("Porträt einer NRW-ukrainischen …"), or -1. */
  subtitle: number;
  intro: boolean;
  interviewee: Interviewee | null;
}

/** `contentBlocks`: the blocks of the page's content root; the interview region is found here. */
export function analysePortrait(contentBlocks: Block[]): PortraitAnalysis {
  const { blocks, hits } = interviewLines(contentBlocks);
  const head = blocks.slice(0, hits[0]?.index ?? blocks.length);
  return {
    blocks,
    hits,
    subtitle: head.findIndex((b) => isSubtitle(b.text)),
    intro: head.some((b) => isIntro(b.text)),
    interviewee: head.map((b) => parseInterviewee(b.text)).find((i) => i !== null) ?? null,
  };
}

/**
 * 0 without a catalogue question. Catalogue questions are the strongest sign:
 * one reaches the registry's threshold (0.3), three outrank any generic
 * extractor; subtitle, intro and interview line add to it.
 */
export function portraitConfidence(a: PortraitAnalysis): number {
  const catalogue = new Set(a.hits.map((h) => h.id).filter(Boolean)).size;
  if (catalogue === 0) return 0;
  const score = Math.min(0.7, 0.2 + catalogue * 0.1) + (a.subtitle >= 0 ? 0.15 : 0) + (a.intro ? 0.1 : 0) + (a.interviewee ? 0.05 : 0);
  return Math.min(1, score);
}
