/**
 * The message map: every message the extension's parts exchange, with its
 * request and response types. The compiler checks both sides, so there is no
 * string switch anywhere: handlers are looked up in a typed table.
 */

import type { BulkItemInput, BulkSnapshot } from './bulk';
import type { ExtractResult, PortraitLink } from '../extract/types';
import type { PartnershipRecord } from '../record/types';
import type { FetchFailureCode, RefusalCode } from '../refusals/codes';

export type ClipStatus = 'created' | 'updated' | 'unchanged';

export type ClipOutcome =
  | { ok: true; status: ClipStatus; record: PartnershipRecord; questionCount: number; warnings: string[] }
  | { ok: false; code: RefusalCode; reason: string };

/** The extract result for a page fetched by URL (context menu on a link, bulk clip). */
export type UrlExtractResult = ExtractResult | { ok: false; code: FetchFailureCode; reason: string };

/** What the recognition content script reports about the page it runs on. */
export interface PageRecognition {
  /** Canonical URL (the key records are stored under). */
  url: string;
  isPortrait: boolean;
  title: string;
}

/** A refused start or retry: `code` for the UI's message (src/refusals/messages.ts), `reason` in English for logs. */
export type BulkStartResult = { ok: true; jobId: string } | { ok: false; code: RefusalCode; reason: string };

export interface MessageMap {
  /** Popup → background: clip the page shown in this tab. */
  clipTab: { request: { tabId: number }; response: ClipOutcome };
  /** Background → content script: run the extractors on this page. */
  extractPage: { request: Record<string, never>; response: ExtractResult };
  /** Background → content script: portrait links on this page (for bulk clip). */
  listPortraitLinks: { request: Record<string, never>; response: PortraitLink[] };
  /**
   * Background → content script: fetch this same-origin URL from the page,
   * parse it with DOMParser and run the extractors. `jobId` groups fetches
   * so `abortExtract` can cancel them.
   */
  extractUrl: { request: { url: string; jobId?: string }; response: UrlExtractResult };
  /**
   * Background → content script: parse this HTML (fetched by the background
   * from another site it has a host permission for) with DOMParser and run
   * the extractors, as if the page at `url` had been fetched from the tab.
   */
  extractHtml: { request: { html: string; url: string }; response: ExtractResult };
  /** Background → content script: abort the in-flight fetches of a job. */
  abortExtract: { request: { jobId: string }; response: number };
  /** Recognition content script → background: what this page is (sender.tab is the tab). */
  pageRecognised: { request: PageRecognition; response: void };
  /** Popup → background: the portrait links on the page in this tab (injects the extract script). */
  tabPortraitLinks: { request: { tabId: number }; response: { ok: true; links: PortraitLink[] } | { ok: false; code: RefusalCode; reason: string } };
  /**
   * Popup → background: start a bulk clip of these links, fetched through the
   * tab (same site) or by the background (other permitted sites), and parsed in
   * the tab. Progress is published to storage.session under bulkJobKey(tabId).
   */
  startBulk: { request: { tabId: number; items: BulkItemInput[] }; response: BulkStartResult };
  /** Popup → background: stop scheduling and abort in-flight fetches; finished items stay stored. */
  cancelBulk: { request: { tabId: number }; response: BulkSnapshot | null };
  /** Popup → background: fetch the failed items again (all failed ones when `urls` is omitted). */
  retryBulk: { request: { tabId: number; urls?: string[] }; response: BulkStartResult };
  /** Popup → background: the current job snapshot for the tab (also in storage.session). */
  bulkStatus: { request: { tabId: number }; response: BulkSnapshot | null };
}

export type MessageType = keyof MessageMap;
export type RequestOf<K extends MessageType> = MessageMap[K]['request'];
export type ResponseOf<K extends MessageType> = MessageMap[K]['response'];

/** The wire shape: a tagged envelope so foreign messages are ignored. */
export interface Envelope<K extends MessageType = MessageType> {
  channel: typeof CHANNEL;
  type: K;
  data: RequestOf<K>;
}

export const CHANNEL = 'partnership-clipper';

export function envelope<K extends MessageType>(type: K, data: RequestOf<K>): Envelope<K> {
  return { channel: CHANNEL, type, data };
}

export function isEnvelope(value: unknown): value is Envelope {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { channel?: unknown }).channel === CHANNEL &&
    typeof (value as { type?: unknown }).type === 'string'
  );
}
