/**
 * The message map: every message the extension's parts exchange, with its
 * request and response types. The compiler checks both sides, so there is no
 * string switch anywhere: handlers are looked up in a typed table.
 */

import type { ExtractResult } from '../extract/types';
import type { PartnershipRecord } from '../record/types';

export type ClipStatus = 'created' | 'updated' | 'unchanged';

export type ClipOutcome =
  | { ok: true; status: ClipStatus; record: PartnershipRecord; questionCount: number; warnings: string[] }
  | { ok: false; code: string; reason: string };

export interface PortraitLink {
  url: string;
  title: string;
}

export interface MessageMap {
  /** Popup → background: clip the page shown in this tab. */
  clipTab: { request: { tabId: number }; response: ClipOutcome };
  /** Background → content script: run the extractors on this page. */
  extractPage: { request: Record<string, never>; response: ExtractResult };
  /** Background → content script: portrait links on this page (for bulk clip). */
  listPortraitLinks: { request: Record<string, never>; response: PortraitLink[] };
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
