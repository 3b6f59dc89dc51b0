/**
 * What the toolbar badge says, per tab: the recognition state of the page
 * ("portrait recognised", "already in your collection") and the short
 * confirmation after a clip. Pure: it returns the state as a code with its
 * parameters; the browser layer (src/browser/tab-badge.ts) turns that into
 * a title in the UI language.
 */

import type { ClipOutcome, ClipStatus } from '../messaging/map';
import type { RefusalCode } from '../refusals/codes';

/** The badge title as a code plus parameters, translated by the browser layer. */
export type BadgeTitle =
  | { state: 'recognised' }
  | { state: 'clipped'; capturedAt: string }
  | { state: ClipStatus; name: string }
  | { state: 'refused'; code: RefusalCode; reason: string };

export interface BadgeLook {
  text: string;
  title: BadgeTitle;
  /** CSS colour for the badge background. */
  color: string;
}

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

/**
 * The day the user clipped the page, in their time zone and date format
 * ("25.11.2026" in German): a clip at 00:30 in Berlin is that day, not the
 * previous one as in UTC.
 */
export function formatClipDate(iso: string, locale?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  try {
    return date.toLocaleDateString(locale, { year: 'numeric', month: '2-digit', day: '2-digit' });
  } catch {
    // An unknown locale tag: the runtime's default format.
    return date.toLocaleDateString(undefined, { year: 'numeric', month: '2-digit', day: '2-digit' });
  }
}

/** null = no badge (not a portrait and not in the collection). */
export function recognitionBadge(state: RecognitionState): BadgeLook | null {
  // A stored record is matched on the canonical URL, so this is never a guess.
  if (state.clippedAt) return { text: '✓', title: { state: 'clipped', capturedAt: state.clippedAt }, color: OK_COLOR };
  if (state.isPortrait) return { text: '+', title: { state: 'recognised' }, color: RECOGNISED_COLOR };
  return null;
}

/** The confirmation shown for a few seconds after a clip by shortcut or context menu. */
export function clipFeedbackBadge(outcome: ClipOutcome): BadgeLook {
  if (!outcome.ok) return { text: '!', title: { state: 'refused', code: outcome.code, reason: outcome.reason }, color: ERROR_COLOR };
  const name = outcome.record.partners.length > 0 ? outcome.record.partners.join(' – ') : outcome.record.title;
  return { text: '✓', title: { state: outcome.status, name }, color: OK_COLOR };
}
