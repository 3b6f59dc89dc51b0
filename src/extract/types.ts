/**
 * The extractor contract, in the spirit of Zotero translators: each extractor
 * is one file that says how sure it is a page is its kind (`detect`) and turns
 * the page into record fields (`extract`). Extractors see only a Document and
 * a URL: never browser APIs, Dexie or the UI.
 */

import type { ClippedContent } from '../record/types';
import type { NotExtractableCode } from '../refusals/codes';


export type ExtractResult =
  | { ok: true; content: ClippedContent; confidence: number }
  | { ok: false; code: NotExtractableCode; reason: string };

/** A link to a portrait page found on another page (bulk clip). */
export interface PortraitLink {
  url: string;
  title: string;
}

export interface Extractor {
  /** Stable name stored in `record.extractor`, e.g. "portrait". */
  readonly id: string;
  /**
   * 0 = not mine, 1 = certainly mine (more counts as 1). Must never throw. A certain extractor is tried
   * before those listed after it are asked; they are asked only if its extract fails.
   */
  detect(doc: Document, url: string): number;
  /** Record fields plus warnings, or a typed refusal. Must never throw. */
  extract(doc: Document, url: string): ExtractResult;
}
