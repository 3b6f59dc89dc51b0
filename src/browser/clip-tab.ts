/**
 * The clip flow on the extension side: inject the extractor into the tab
 * (activeTab + scripting, on demand), ask it for the page's record by typed
 * message, and store what comes back. Parsing happens in the page, where the
 * DOM is; the service worker has none.
 */

import { browser } from 'wxt/browser';
import type { ClipperDB } from '../db/schema';
import { saveClip } from '../db/records';
import { describeStorageError } from '../db/errors';
import type { ClipOutcome, UrlExtractResult } from '../messaging/map';
import { sendToTab } from './messaging';

export const EXTRACT_SCRIPT = '/content-scripts/extract.js';

/** Injects the extract content script (idempotent: it registers its listener once). */
export async function injectExtractor(tabId: number): Promise<ClipOutcome | null> {
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [EXTRACT_SCRIPT] });
    return null;
  } catch (error) {
    return {
      ok: false,
      code: 'cannot-access',
      reason: `This page cannot be clipped: the browser does not let extensions read it (${errorText(error)}).`,
    };
  }
}

/** Stores an extract result as one saveClip transaction and describes the outcome. */
export async function storeExtracted(db: ClipperDB, result: UrlExtractResult): Promise<ClipOutcome> {
  if (!result.ok) return { ok: false, code: result.code, reason: result.reason };
  try {
    const saved = await saveClip(db, result.content);
    return {
      ok: true,
      status: saved.status,
      record: saved.record,
      questionCount: result.content.answers.length,
      warnings: result.content.warnings,
    };
  } catch (error) {
    return { ok: false, code: 'storage', reason: describeStorageError(error) };
  }
}

export async function clipTab(db: ClipperDB, tabId: number): Promise<ClipOutcome> {
  const refused = await injectExtractor(tabId);
  if (refused) return refused;
  let result;
  try {
    result = await sendToTab(tabId, 'extractPage', {});
  } catch (error) {
    return { ok: false, code: 'no-answer', reason: `The page did not answer: ${errorText(error)}. Reload it and try again.` };
  }
  return storeExtracted(db, result);
}

/**
 * Clips a page linked from the tab without opening it: the content script
 * fetches it same-origin and parses it (context menu on a link).
 */
export async function clipLinkInTab(db: ClipperDB, tabId: number, url: string): Promise<ClipOutcome> {
  const refused = await injectExtractor(tabId);
  if (refused) return refused;
  let result;
  try {
    result = await sendToTab(tabId, 'extractUrl', { url });
  } catch (error) {
    return { ok: false, code: 'no-answer', reason: `The page did not answer: ${errorText(error)}. Reload it and try again.` };
  }
  return storeExtracted(db, result);
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
