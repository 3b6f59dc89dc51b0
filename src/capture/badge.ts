/**
 * What the toolbar badge says, per tab: the recognition state of the page
 * ("portrait recognised", "already in your collection") and the short
 * confirmation after a clip. Pure, so the wording is unit-tested; the
 * background only applies it.
 */

import type { ClipOutcome } from '../messaging/map';

export interface BadgeLook {
  text: string;
  title: string;
  /** CSS colour for the badge background. */
  color: string;
}

export const DEFAULT_TITLE = 'Partnership Clipper';
export const RECOGNISED_COLOR = '#1a73e8';
export const OK_COLOR = '#188038';
export const ERROR_COLOR = '#c5221f';
/** How long a clip confirmation stays before the recognition badge returns. */
export const FEEDBACK_MS = 3000;

export interface RecognitionState {
  isPortrait: boolean;
  /** capturedAt of the stored record with this canonical URL, or null. */
  clippedAt: string | null;
}

/** "25.11.2026": the date the user clipped the page. */
export function formatClipDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toISOString().slice(0, 10);
}

/** null = no badge (not a portrait and not in the collection). */
export function recognitionBadge(state: RecognitionState): BadgeLook | null {
  // A stored record is matched on the canonical URL, so this is never a guess.
  if (state.clippedAt) {
    return { text: '✓', title: `Already in your collection (clipped ${formatClipDate(state.clippedAt)})`, color: OK_COLOR };
  }
  if (state.isPortrait) return { text: '+', title: 'Portrait recognised — click to clip', color: RECOGNISED_COLOR };
  return null;
}

const STATUS_TITLE = {
  created: 'Clipped',
  updated: 'Updated, previous version kept',
  unchanged: 'Already clipped, nothing changed',
} as const;

/** The confirmation shown for a few seconds after a clip by shortcut or context menu. */
export function clipFeedbackBadge(outcome: ClipOutcome): BadgeLook {
  if (!outcome.ok) return { text: '!', title: `Not clipped: ${outcome.reason}`, color: ERROR_COLOR };
  const name = outcome.record.partners.length > 0 ? outcome.record.partners.join(' – ') : outcome.record.title;
  return { text: '✓', title: `${STATUS_TITLE[outcome.status]}: ${name}`, color: OK_COLOR };
}
