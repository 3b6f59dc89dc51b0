// Links to portraits from ANOTHER site (a search result page, a partner
// town's site), in real Chromium with the built extension. The tab's content
// script cannot fetch them (cross-origin), so the background fetches the
// portrait site, which it holds the host permission for, and the content
// script only parses the HTML. Portraits are served ONLY under the portrait
// host: a fetch that went to the wrong host would find nothing.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page, WebWorker } from 'puppeteer-core';
import { OTHER_HOST, openPopup } from './support/extension';
import { useExtensionSession } from './support/extension-session';
import { HOST, portraitHtml, slugOf, titleOf, type PortraitSpec } from './support/portrait-page';
import { contextMenuClick, serviceWorker, storedState, tabIdOf } from './support/service-worker';

const A: PortraitSpec = { nrw: 'Wiesenbruck', ukraine: 'Poltawa' };
const B: PortraitSpec = { nrw: 'Kreis Talheim', ukraine: 'Tschernihiw' };
/** For the cancel test: one fast portrait, one that answers late. */
const FAST: PortraitSpec = { nrw: 'Birkenfeld', ukraine: 'Lwiw' };
const SLOW: PortraitSpec = { nrw: 'Eschenau', ukraine: 'Odesa' };
const THIRD_SITE = 'partnerstadt.example.test';

const portraitUrl = (spec: PortraitSpec) => `http://${HOST}${slugOf(spec)}`;
const canonical = (spec: PortraitSpec) => `https://${HOST}${slugOf(spec)}`;
const SEARCH = `http://${OTHER_HOST}/links/`;
const SEARCH_SLOW = `http://${OTHER_HOST}/links-langsam/`;

/** A search result page on another host: two portrait links, a local link, and a link to a third site. */
function searchHtml(specs: PortraitSpec[]): string {
  const hits = specs.map((s) => `<li><a href="${portraitUrl(s)}">${titleOf(s)}</a></li>`).join('\n');
  return `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Suche: Partnerschaft</title></head><body>
<h1>Suchergebnisse für „Partnerschaft“</h1>
<ul>${hits}
<li><a href="/faq-partnerschaften/">Häufige Fragen zu Partnerschaften</a></li>
<li><a href="http://${THIRD_SITE}/wiesenbruck-poltawa/">Die Partnerschaft aus Sicht der Partnerstadt</a></li>
</ul></body></html>`;
}

let worker: WebWorker;

interface Snapshot {
  jobId: string;
  phase: 'running' | 'cancelled' | 'done';
  items: { url: string; title: string; state: string; reason?: string }[];
  summary: { created: number; updated: number; unchanged: number; notPortrait: number; failed: number; cancelled: number };
}

/** The extension API slice evaluated inside the popup page. */
declare const chrome: {
  runtime: { sendMessage(m: unknown): Promise<unknown> };
  storage: { session: { get(k: string): Promise<Record<string, unknown>> } };
};

/**
 * Opens `url` in a new tab. Opening the toolbar popup grants activeTab, as the
 * real context-menu click does (the test hook cannot grant it itself).
 */
async function openWithActiveTab(url: string): Promise<{ page: Page; popup: Page; tabId: number }> {
  const page = await session.browser.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const popup = await openPopup(session, page);
  return { page, popup, tabId: await tabIdOf(worker, url) };
}

/** Sends a typed envelope from the popup page, as BulkClip.svelte does. */
function send<T>(popup: Page, type: string, data: unknown): Promise<T> {
  return popup.evaluate((t, d) => chrome.runtime.sendMessage({ channel: 'partnership-clipper', type: t, data: d }), type, data as object) as Promise<T>;
}

async function waitForJob(popup: Page, tabId: number, jobId: string, phase: Snapshot['phase'], timeoutMs = 20_000): Promise<Snapshot> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const s = (await popup.evaluate(async (id) => (await chrome.storage.session.get(`bulkJob:${id}`))[`bulkJob:${id}`] ?? null, tabId)) as Snapshot | null;
    if (s?.jobId === jobId && s.phase === phase) return s;
    if (Date.now() > deadline) throw new Error(`Bulk job never reached ${phase}; last: ${JSON.stringify(s)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Records, inside the service worker, every fetch it makes and how it ended
 * ("ok" or the error's name): proof that the background fetched, and that a
 * cancel aborted its fetch.
 */
async function logWorkerFetches(): Promise<void> {
  await worker.evaluate(() => {
    const g = globalThis as unknown as { fetch: typeof fetch; fetchLog: [string, string][] };
    const original = g.fetch.bind(globalThis);
    g.fetchLog = [];
    g.fetch = (input, init) => {
      const answer = original(input, init);
      answer.then(
        () => g.fetchLog.push([String(input), 'ok']),
        (error: Error) => g.fetchLog.push([String(input), error.name]),
      );
      return answer;
    };
  });
}

const workerFetches = () => worker.evaluate(() => (globalThis as unknown as { fetchLog: [string, string][] }).fetchLog);

const requestsTo = (host: string, from: number) => server.requests.slice(from).filter((r) => r.startsWith(`${host} `));

const { server, session } = useExtensionSession({
  pages: (server) => {
    for (const spec of [A, B, FAST]) server.page(portraitUrl(spec), portraitHtml(spec));
    server.page(portraitUrl(SLOW), portraitHtml(SLOW), { delayMs: 3000 });
    server.page(`http://${THIRD_SITE}/wiesenbruck-poltawa/`, portraitHtml(A));
    server.page(SEARCH, searchHtml([A, B]));
    server.page(SEARCH_SLOW, searchHtml([FAST, SLOW]));
  },
});

beforeAll(async () => {
  worker = await serviceWorker(session);
  await logWorkerFetches();
});

describe('context menu on a link to the portrait site, from another site', () => {
  it('fetches the portrait in the background, stores the record, and leaves the tab where it was', async () => {
    const { page, popup, tabId } = await openWithActiveTab(SEARCH);
    await popup.close();
    await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
    const before = server.requests.length;

    const outcome = await contextMenuClick(worker, tabId, { pageUrl: SEARCH, linkUrl: portraitUrl(A) });
    expect(outcome.reason).toBeUndefined();
    expect(outcome.ok).toBe(true);
    expect(outcome.status).toBe('created');
    expect(outcome.record?.url).toBe(canonical(A));
    expect(outcome.record?.title).toBe(titleOf(A));
    expect(requestsTo(HOST, before)).toEqual([`${HOST} ${slugOf(A)}`]);
    // The background made that request (the tab could not: it is cross-origin there).
    expect(await workerFetches()).toEqual([[portraitUrl(A), 'ok']]);
    expect((await storedState(worker)).urls).toEqual([canonical(A)]);
    // Same page, same window: no navigation, no reload.
    expect(page.url()).toBe(SEARCH);
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded === true)).toBe(true);
    await page.close();
  });

  it('still refuses a link to a site the extension has no permission for, and fetches nothing', async () => {
    const { page, popup, tabId } = await openWithActiveTab(SEARCH);
    await popup.close();
    const before = server.requests.length;
    const outcome = await contextMenuClick(worker, tabId, { pageUrl: SEARCH, linkUrl: `http://${THIRD_SITE}/wiesenbruck-poltawa/` });
    expect(outcome.ok).toBe(false);
    expect(outcome.code).toBe('cross-origin');
    expect(outcome.reason).toContain('open it and clip it there');
    expect(requestsTo(THIRD_SITE, before)).toEqual([]);
    expect((await storedState(worker)).urls).toEqual([canonical(A)]);
    await page.close();
  });
});

describe('bulk clip from another site', () => {
  it('lists only the links to portraits, and stores both', async () => {
    const { page, popup, tabId } = await openWithActiveTab(SEARCH);
    const listed = await send<{ ok: boolean; links: { url: string; title: string }[] }>(popup, 'tabPortraitLinks', { tabId });
    expect(listed.ok).toBe(true);
    expect(listed.links).toEqual([
      { url: portraitUrl(A), title: titleOf(A) },
      { url: portraitUrl(B), title: titleOf(B) },
    ]);
    const started = await send<{ ok: boolean; jobId: string }>(popup, 'startBulk', { tabId, items: listed.links });
    expect(started.ok).toBe(true);
    const done = await waitForJob(popup, tabId, started.jobId, 'done');
    expect(done.items.map((i) => [i.title, i.state])).toEqual([
      [titleOf(A), 'unchanged'],
      [titleOf(B), 'created'],
    ]);
    expect(done.summary).toMatchObject({ created: 1, unchanged: 1, failed: 0, notPortrait: 0 });
    expect((await storedState(worker)).urls).toEqual([canonical(B), canonical(A)].sort());
    expect(page.url()).toBe(SEARCH);
    await popup.close();
    await page.close();
  });

  it('cancel aborts the background fetch in flight: what finished stays, the slow page is never stored', async () => {
    const { page, popup, tabId } = await openWithActiveTab(SEARCH_SLOW);
    const listed = await send<{ ok: boolean; links: { url: string; title: string }[] }>(popup, 'tabPortraitLinks', { tabId });
    const started = await send<{ ok: boolean; jobId: string }>(popup, 'startBulk', { tabId, items: listed.links });
    expect(started.ok).toBe(true);
    // Wait until the fast one is stored and the slow one is being fetched.
    const deadline = Date.now() + 10_000;
    while (!(await storedState(worker)).urls.includes(canonical(FAST))) {
      if (Date.now() > deadline) throw new Error('The fast portrait was never stored.');
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(server.requests).toContain(`${HOST} ${slugOf(SLOW)}`);
    await send(popup, 'cancelBulk', { tabId });
    const cancelled = await waitForJob(popup, tabId, started.jobId, 'cancelled');
    expect(cancelled.items.map((i) => [i.title, i.state])).toEqual([
      [titleOf(FAST), 'created'],
      [titleOf(SLOW), 'cancelled'],
    ]);
    // The background's fetch of the slow page was aborted, not left to finish.
    const aborted = Date.now() + 2000;
    while (!(await workerFetches()).some(([url, end]) => url === portraitUrl(SLOW) && end === 'AbortError')) {
      if (Date.now() > aborted) throw new Error(`The slow fetch was not aborted: ${JSON.stringify(await workerFetches())}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    // Past the slow page's answer time: nothing of it was stored.
    await new Promise((r) => setTimeout(r, 3000));
    const stored = (await storedState(worker)).urls;
    expect(stored).toContain(canonical(FAST));
    expect(stored).not.toContain(canonical(SLOW));
    await popup.close();
    await page.close();
  });
});
