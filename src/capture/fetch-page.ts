/**
 * Fetch a linked page and run the extractors on it, for the context menu on a
 * link and for bulk clip. fetchAndExtract runs in the content script: the
 * service worker has no DOM, and a fetch from the page is same-origin for
 * links on the page's own site. fetchHtml is the fetch alone, with the same
 * error classification; the background uses it for links to other sites it
 * has a host permission for (see link-route.ts). `fetch` and the parser are
 * injected so this is unit-tested.
 */

import type { ExtractResult } from '../extract/types';
import type { UrlExtractResult } from '../messaging/map';
import type { FetchFailureCode } from '../refusals/codes';

export interface FetchPageDeps {
  fetch: (url: string, init: { signal?: AbortSignal; credentials: RequestCredentials }) => Promise<Response>;
  parse: (html: string) => Document;
  extract: (doc: Document, url: string) => ExtractResult;
}

function isAbort(error: unknown, signal?: AbortSignal): boolean {
  return signal?.aborted === true || (error instanceof Error && error.name === 'AbortError');
}

export type FetchFn = FetchPageDeps['fetch'];

export type FetchHtmlResult = { ok: true; html: string } | { ok: false; code: FetchFailureCode; reason: string };

/** Fetches one page's HTML; classifies failures as http, network or aborted. */
export async function fetchHtml(
  url: string,
  fetchFn: FetchFn,
  signal?: AbortSignal,
  credentials: RequestCredentials = 'same-origin',
): Promise<FetchHtmlResult> {
  let html: string;
  try {
    const response = await fetchFn(url, { signal, credentials });
    if (!response.ok) {
      return { ok: false, code: 'http', reason: `The server answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.` };
    }
    html = await response.text();
  } catch (error) {
    if (isAbort(error, signal)) return { ok: false, code: 'aborted', reason: 'Cancelled.' };
    return { ok: false, code: 'network', reason: `The page could not be loaded: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (signal?.aborted) return { ok: false, code: 'aborted', reason: 'Cancelled.' };
  return { ok: true, html };
}

export async function fetchAndExtract(
  url: string,
  pageUrl: string,
  deps: FetchPageDeps,
  signal?: AbortSignal,
): Promise<UrlExtractResult> {
  let target: URL;
  try {
    target = new URL(url, pageUrl);
  } catch {
    return { ok: false, code: 'network', reason: `Not a web address: ${url}` };
  }
  if (target.origin !== new URL(pageUrl).origin) {
    return {
      ok: false,
      code: 'cross-origin',
      reason: `The link goes to another site (${target.host}); open it and clip it there.`,
    };
  }
  const fetched = await fetchHtml(target.href, deps.fetch, signal);
  if (!fetched.ok) return fetched;
  return deps.extract(deps.parse(fetched.html), target.href);
}
