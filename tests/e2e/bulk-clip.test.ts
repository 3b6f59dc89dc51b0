// Bulk clip in real Chromium: an overview page linking 12 pages (9 portraits,
// 2 pages that are not portraits, 1 answering HTTP 500). The popup's messages
// start the job; the tab's content script fetches same-origin (≤ 2 at a
// time), the background stores each record; progress is read from
// storage.session as the popup does. Then a retry, and a cancel in the middle.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page, WebWorker } from 'puppeteer-core';
import { openPopup } from './support/extension';
import { useExtensionSession } from './support/extension-session';
import { BULK_TOWNS, HOST, overviewHtml, portraitHtml, reportHtml, slugOf, titleOf, type PortraitSpec } from './support/portrait-page';
import { serviceWorker, storedState, tabIdOf } from './support/service-worker';

interface Snapshot {
  jobId: string;
  phase: 'running' | 'cancelled' | 'done';
  total: number;
  finished: number;
  current: string[];
  etaMs: number | null;
  items: { url: string; title: string; state: string; reason?: string }[];
  summary: { created: number; updated: number; unchanged: number; notPortrait: number; failed: number; cancelled: number };
}

let worker: WebWorker;

const httpUrl = (path: string) => `http://${HOST}${path}`;
const canonical = (spec: PortraitSpec) => `https://${HOST}${slugOf(spec)}`;

// 12 links: towns 0–8 portraits, 9 and 10 are reports at portrait-like addresses, 11 answers 500.
const PORTRAITS = BULK_TOWNS.slice(0, 9);
const NOT_PORTRAITS = BULK_TOWNS.slice(9, 11);
const BROKEN = BULK_TOWNS[11]!;

// The cancel test: 3 fast portraits, then slow ones.
const CANCEL_TOWNS: PortraitSpec[] = ['Mühlenau', 'Neuwiesen', 'Obertal', 'Pappelhof', 'Quellenbach', 'Rosendorf', 'Sandhagen'].map(
  (nrw, i) => ({ nrw, ukraine: ['Lwiw', 'Kiew', 'Odesa', 'Charkiw', 'Dnipro', 'Mariupol', 'Cherson'][i]! }),
);

/** Sends a typed envelope from the popup page, as BulkClip.svelte does. */
function send<T>(popup: Page, type: string, data: unknown): Promise<T> {
  return popup.evaluate(
    (t, d) => chrome.runtime.sendMessage({ channel: 'partnership-clipper', type: t, data: d }),
    type,
    data as object,
  ) as Promise<T>;
}

function snapshotOf(popup: Page, tabId: number): Promise<Snapshot | null> {
  return popup.evaluate(async (id) => {
    const key = `bulkJob:${id}`;
    const found = await chrome.storage.session.get(key);
    return (found[key] as unknown) ?? null;
  }, tabId) as Promise<Snapshot | null>;
}

/** Polls the progress the popup would show until `done` says stop; returns every distinct snapshot seen. */
async function watch(popup: Page, tabId: number, done: (s: Snapshot) => boolean, timeoutMs = 30_000): Promise<Snapshot[]> {
  const seen: Snapshot[] = [];
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const s = await snapshotOf(popup, tabId);
    if (s && JSON.stringify(s) !== JSON.stringify(seen.at(-1))) seen.push(s);
    if (s && done(s)) return seen;
    if (Date.now() > deadline) throw new Error(`Bulk job did not get there; last: ${JSON.stringify(s)}`);
    await new Promise((r) => setTimeout(r, 40));
  }
}

async function openOverview(path: string): Promise<{ page: Page; popup: Page; tabId: number }> {
  const page = await session.browser.newPage();
  await page.goto(httpUrl(path), { waitUntil: 'load' });
  const tabId = await tabIdOf(worker, httpUrl(path));
  const popup = await openPopup(session, page);
  return { page, popup, tabId };
}

/** The extension API slice evaluated inside the popup page. */
declare const chrome: {
  runtime: { sendMessage(m: unknown): Promise<unknown> };
  storage: { session: { get(k: string): Promise<Record<string, unknown>> } };
};

const { server, session } = useExtensionSession({
  pages: (server) => {
    const all = [...BULK_TOWNS];
    PORTRAITS.forEach((spec, i) => server.page(slugOf(spec), portraitHtml(spec), { delayMs: 150 + 40 * i }));
    NOT_PORTRAITS.forEach((spec) => server.page(slugOf(spec), reportHtml(`Besuch aus ${spec.ukraine}`), { delayMs: 100 }));
    server.page(slugOf(BROKEN), '<!doctype html><title>Fehler</title><h1>Interner Fehler</h1>', { status: 500, delayMs: 100 });
    server.page('/portraets/', overviewHtml(all.map((spec) => ({ path: slugOf(spec), title: titleOf(spec) }))));

    CANCEL_TOWNS.forEach((spec, i) => server.page(slugOf(spec), portraitHtml(spec), { delayMs: i < 3 ? 0 : 4000 }));
    server.page('/kurzportraets/', overviewHtml(CANCEL_TOWNS.map((spec) => ({ path: slugOf(spec), title: titleOf(spec) }))));
  },
});

beforeAll(async () => {
  worker = await serviceWorker(session);
});

describe('bulk clip of an overview page', () => {
  let ctx: { page: Page; popup: Page; tabId: number };
  let all: Snapshot[] = [];

  it('lists the 12 linked portrait pages (not the menu links)', async () => {
    ctx = await openOverview('/portraets/');
    const answer = await send<{ ok: boolean; links: { url: string; title: string }[] }>(ctx.popup, 'tabPortraitLinks', { tabId: ctx.tabId });
    expect(answer.ok).toBe(true);
    expect(answer.links.map((l) => l.title).sort()).toEqual(BULK_TOWNS.map(titleOf).sort());
  });

  it('clips them at most 2 at a time with observable progress, and sums up right', async () => {
    const answer = await send<{ ok: true; links: { url: string; title: string }[] }>(ctx.popup, 'tabPortraitLinks', { tabId: ctx.tabId });
    const started = await send<{ ok: boolean; jobId: string }>(ctx.popup, 'startBulk', { tabId: ctx.tabId, items: answer.links });
    expect(started.ok).toBe(true);
    all = await watch(ctx.popup, ctx.tabId, (s) => s.jobId === started.jobId && s.phase === 'done');
    const running = all.filter((s) => s.jobId === started.jobId && s.phase === 'running');
    // Progress was observable: counts in between, the current page and an ETA.
    expect(running.some((s) => s.finished > 0 && s.finished < 12)).toBe(true);
    expect(running.some((s) => s.current.length > 0)).toBe(true);
    expect(running.some((s) => s.etaMs !== null && s.etaMs > 0)).toBe(true);
    expect(Math.max(...running.map((s) => s.current.length))).toBeLessThanOrEqual(2);
    // Counted where it matters, at the server: never more than 2 open requests to the host.
    expect(server.peakConcurrency.get(HOST)).toBe(2);
    // Counts only go up.
    const counts = running.map((s) => s.finished);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));

    const final = all.at(-1)!;
    expect(final.total).toBe(12);
    expect(final.finished).toBe(12);
    expect(final.summary).toEqual({ created: 9, updated: 0, unchanged: 0, notPortrait: 2, failed: 1, cancelled: 0 });
    const failed = final.items.filter((i) => i.state === 'failed');
    expect(failed.map((i) => i.title)).toEqual([titleOf(BROKEN)]);
    expect(failed[0]!.reason).toContain('500');
    expect(final.items.filter((i) => i.state === 'not-portrait').map((i) => i.title).sort()).toEqual(NOT_PORTRAITS.map(titleOf).sort());

    const stored = await storedState(worker);
    expect(stored.urls).toEqual(PORTRAITS.map(canonical).sort());
  });

  it('retries the failed page once it answers', async () => {
    server.page(slugOf(BROKEN), portraitHtml(BROKEN));
    const failedUrl = all.at(-1)!.items.find((i) => i.state === 'failed')!.url;
    const retried = await send<{ ok: boolean; jobId: string }>(ctx.popup, 'retryBulk', { tabId: ctx.tabId, urls: [failedUrl] });
    expect(retried.ok).toBe(true);
    const seen = await watch(ctx.popup, ctx.tabId, (s) => s.phase === 'done' && s.summary.failed === 0);
    expect(seen.at(-1)!.summary).toEqual({ created: 10, updated: 0, unchanged: 0, notPortrait: 2, failed: 0, cancelled: 0 });
    expect((await storedState(worker)).urls).toContain(canonical(BROKEN));
  });

  it('clipping the same pages again reports them unchanged and stores no duplicate', async () => {
    const answer = await send<{ ok: true; links: { url: string; title: string }[] }>(ctx.popup, 'tabPortraitLinks', { tabId: ctx.tabId });
    const started = await send<{ ok: boolean; jobId: string }>(ctx.popup, 'startBulk', { tabId: ctx.tabId, items: answer.links.slice(0, 3) });
    const seen = await watch(ctx.popup, ctx.tabId, (s) => s.jobId === started.jobId && s.phase === 'done');
    expect(seen.at(-1)!.summary.unchanged).toBe(3);
    expect((await storedState(worker)).urls).toHaveLength(10);
    await ctx.popup.close();
    await ctx.page.close();
  });
});

describe('cancelling a bulk clip', () => {
  it('stops in the middle: what finished stays stored, nothing else is stored, even later', async () => {
    const before = (await storedState(worker)).urls;
    const { page, popup, tabId } = await openOverview('/kurzportraets/');
    const answer = await send<{ ok: true; links: { url: string; title: string }[] }>(popup, 'tabPortraitLinks', { tabId });
    expect(answer.links).toHaveLength(7);
    const started = await send<{ ok: boolean; jobId: string }>(popup, 'startBulk', { tabId, items: answer.links });
    expect(started.ok).toBe(true);
    // The 3 fast pages are done and the slow ones are being fetched.
    await watch(popup, tabId, (s) => s.jobId === started.jobId && s.finished === 3 && s.current.length === 2);
    const cancelled = await send<Snapshot>(popup, 'cancelBulk', { tabId });
    expect(cancelled.jobId).toBe(started.jobId);
    const final = (await watch(popup, tabId, (s) => s.jobId === started.jobId && s.phase === 'cancelled')).at(-1)!;
    expect(final.summary).toEqual({ created: 3, updated: 0, unchanged: 0, notPortrait: 0, failed: 0, cancelled: 4 });
    expect(final.items.filter((i) => i.state === 'created').map((i) => i.title)).toEqual(CANCEL_TOWNS.slice(0, 3).map(titleOf));

    const expected = [...before, ...CANCEL_TOWNS.slice(0, 3).map(canonical)].sort();
    expect((await storedState(worker)).urls).toEqual(expected);
    // The in-flight fetches were aborted in the page (the server saw the client give up).
    await new Promise((r) => setTimeout(r, 300));
    expect([...server.aborted].sort()).toEqual(CANCEL_TOWNS.slice(3, 5).map(slugOf).sort());
    // The slow pages would have answered after 4 s: the aborted fetches store nothing late.
    await new Promise((r) => setTimeout(r, 4500));
    expect((await storedState(worker)).urls).toEqual(expected);
    // Never-started pages were not even requested.
    for (const spec of CANCEL_TOWNS.slice(5)) expect(server.paths).not.toContain(slugOf(spec));
    await popup.close();
    await page.close();
  });
});
