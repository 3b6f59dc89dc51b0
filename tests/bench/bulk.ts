/**
 * Bulk clip in the bench: an overview page on the fixture server linking 30
 * invented portraits, clipped through the popup's messages as BulkClip.svelte
 * starts them; done when the job's snapshot in storage.session says so. The
 * fixture server counts how many requests to the host were open at once.
 */
import type { Page } from 'puppeteer-core';
import type { FixtureServer } from '../e2e/support/fixture-server';
import { openPopup, type Session } from '../e2e/support/extension';
import { HOST, overviewHtml, portraitHtml, slugOf, titleOf, type PortraitSpec } from '../e2e/support/portrait-page';

export const BULK_PAGES = 30;
/** Each portrait answers after this long: a real server's latency, so concurrency has something to overlap. */
export const BULK_LATENCY_MS = 100;

const NRW = ['Ahlenbruch', 'Birkenfeld', 'Dornhagen', 'Eichwalde', 'Feldhausen', 'Grünberg'];
const UA = ['Poltawa', 'Lwiw', 'Sumy', 'Riwne', 'Uman'];

interface Snapshot {
  jobId: string;
  phase: string;
  summary: { created: number; updated: number; unchanged: number; notPortrait: number; failed: number; cancelled: number };
}

function send<T>(popup: Page, type: string, data: unknown): Promise<T> {
  return popup.evaluate(
    (t, d) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ channel: 'partnership-clipper', type: t, data: d }),
    type,
    data as object,
  ) as Promise<T>;
}

function snapshot(popup: Page, tabId: number): Promise<Snapshot | null> {
  return popup.evaluate(async (id) => {
    const key = `bulkJob:${id}`;
    const chrome = (globalThis as unknown as { chrome: { storage: { session: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome;
    return ((await chrome.storage.session.get(key))[key] as Snapshot | undefined) ?? null;
  }, tabId) as Promise<Snapshot | null>;
}

export interface BulkRun {
  ms: number;
  created: number;
  peakPerHost: number;
}

/** One bulk clip of BULK_PAGES new portraits (run `run` gets its own towns, so every page is new). */
export async function bulkClipOnce(session: Session, server: FixtureServer, tabIdOf: (url: string) => Promise<number>, run: number): Promise<BulkRun> {
  const specs: PortraitSpec[] = Array.from({ length: BULK_PAGES }, (_, i) => ({
    nrw: `${NRW[i % NRW.length]} ${run + 1}-${i + 1}`,
    ukraine: UA[i % UA.length]!,
  }));
  for (const spec of specs) server.page(slugOf(spec), portraitHtml(spec), { delayMs: BULK_LATENCY_MS });
  const overview = `/bench-portraets-${run + 1}/`;
  server.page(overview, overviewHtml(specs.map((spec) => ({ path: slugOf(spec), title: titleOf(spec) }))));
  const page = await session.browser.newPage();
  const url = `http://${HOST}${overview}`;
  await page.goto(url, { waitUntil: 'load' });
  const tabId = await tabIdOf(url);
  const popup = await openPopup(session, page);
  try {
    const links = await send<{ ok: boolean; links: { url: string; title: string }[] }>(popup, 'tabPortraitLinks', { tabId });
    if (!links.ok || links.links.length !== BULK_PAGES) throw new Error(`bulk: found ${links.links?.length ?? 0} links, wanted ${BULK_PAGES}`);
    server.peakConcurrency.delete(HOST);
    const t0 = performance.now();
    const started = await send<{ ok: boolean; jobId: string }>(popup, 'startBulk', { tabId, items: links.links });
    if (!started.ok) throw new Error('bulk: the job did not start');
    for (;;) {
      const s = await snapshot(popup, tabId);
      if (s?.jobId === started.jobId && s.phase === 'done') {
        return { ms: performance.now() - t0, created: s.summary.created, peakPerHost: server.peakConcurrency.get(HOST) ?? 0 };
      }
      if (performance.now() - t0 > 120_000) throw new Error(`bulk: not done after 2 min: ${JSON.stringify(s)}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  } finally {
    await popup.close();
    await page.close();
  }
}
