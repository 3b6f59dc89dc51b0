/**
 * The clip flow on the extension side: inject the extractor into the tab
 * (activeTab + scripting, on demand), ask it for the page's record by typed
 * message, and store what comes back. Parsing happens in the page, where the
 * DOM is; the service worker has none (it only fetches pages of other sites
 * it has a host permission for, and hands the HTML to the page to parse).
 */

import { browser } from 'wxt/browser';
import type { ClipperDB } from '../db/schema';
import { saveClip } from '../db/records';
import { describeStorageError } from '../db/errors';
import type { ClipOutcome, UrlExtractResult } from '../messaging/map';
import { fetchHtml } from '../capture/fetch-page';
import { decideLinkRoute, type HostPermissionCheck } from '../capture/link-route';
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

/** Whether the extension holds a host permission (required or granted) for this origin. */
export function hasHostPermission(origin: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [`${origin}/*`] });
}

/** The URL of the page in the tab (activeTab or a host permission lets us see it). */
export async function tabUrl(tabId: number): Promise<string> {
  try {
    return (await browser.tabs.get(tabId)).url ?? '';
  } catch {
    return '';
  }
}

export interface LinkExtractOptions {
  /** The tab's page URL, when the caller knows it (the context menu's info.pageUrl). */
  pageUrl?: string;
  /** Groups in-tab fetches so `abortExtract` can cancel them (bulk clip). */
  jobId?: string;
  /** Aborts a background fetch (bulk cancel). */
  signal?: AbortSignal;
  mayFetch?: HostPermissionCheck;
}

/**
 * Fetches and parses a page linked from the tab, by the route link-route.ts
 * decides: same-origin through the tab's content script, another site with a
 * host permission through the background (the content script only parses).
 * The extractor must already be injected.
 */
export async function extractLink(tabId: number, url: string, options: LinkExtractOptions = {}): Promise<UrlExtractResult> {
  const pageUrl = options.pageUrl || (await tabUrl(tabId));
  const route = await decideLinkRoute(url, pageUrl, options.mayFetch ?? hasHostPermission);
  if (route.via === 'refused') return { ok: false, code: route.code, reason: route.reason };
  if (route.via === 'tab') return sendToTab(tabId, 'extractUrl', { url: route.url, jobId: options.jobId });
  // Public pages: no cookies of the other site go with the request.
  const fetched = await fetchHtml(route.url, (u, init) => fetch(u, init), options.signal, 'omit');
  if (!fetched.ok) return fetched;
  if (options.signal?.aborted) return { ok: false, code: 'aborted', reason: 'Cancelled.' };
  return sendToTab(tabId, 'extractHtml', { html: fetched.html, url: route.url });
}

/**
 * Clips a page linked from the tab without opening it (context menu on a
 * link): same-origin through the tab, another permitted site through the
 * background.
 */
export async function clipLinkInTab(db: ClipperDB, tabId: number, url: string, pageUrl?: string): Promise<ClipOutcome> {
  const refused = await injectExtractor(tabId);
  if (refused) return refused;
  let result;
  try {
    result = await extractLink(tabId, url, { pageUrl });
  } catch (error) {
    return { ok: false, code: 'no-answer', reason: `The page did not answer: ${errorText(error)}. Reload it and try again.` };
  }
  return storeExtracted(db, result);
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
