/**
 * Check for updates in the bench: 100 stored portraits on the fixture server
 * (each answering after a real server's latency), 10 of them changed since
 * they were clipped. Timed from the click on "Check for updates" in the
 * collection page to its summary, with the politeness rules on (2 requests at
 * a time to the host, a pause after each). Meanwhile the popup is opened over
 * the collection page, to see that it stays responsive while the check parses
 * pages in the same extension process (the popup and the collection page share
 * one renderer and its main thread); the same popup over the idle page is the
 * reference (docs/performance.md, finding 19).
 */
import { randomUUID } from 'node:crypto';
import { parseHTML } from 'linkedom';
import type { Page } from 'puppeteer-core';
import { extractPage } from '../../src/extract/registry';
import { newRecord } from '../../src/record/content';
import type { FixtureServer } from '../e2e/support/fixture-server';
import type { Session } from '../e2e/support/extension';
import { popupSplit } from '../e2e/support/popup-timing';
import { HOST, portraitHtml, slugOf, type PortraitSpec } from '../e2e/support/portrait-page';

export const CHECK_PAGES = 100;
export const CHECK_CHANGED = 10;
/** Each portrait answers after this long, as a real server would. */
export const CHECK_LATENCY_MS = 50;
/** Popups timed per run, over the idle collection page and during the check. */
export const POPUP_SAMPLES = 3;

const UA = ['Poltawa', 'Lwiw', 'Sumy', 'Riwne', 'Uman', 'Kowel'];

export interface CheckRun {
  ms: number;
  counts: string;
  peakPerHost: number;
  /** Toolbar click → popup ready, popups opened one after another while the check runs. */
  popupReadyMs: number[];
  /** The same over the idle collection page, before the check. */
  popupIdleMs: number[];
  longestTaskMs: number;
}

/** The records as a clip of the served pages stored them; the first CHECK_CHANGED hold an older first answer. */
function storedRecords(pages: Array<{ url: string; html: string }>) {
  const now = new Date().toISOString();
  return pages.map(({ url, html }, i) => {
    const result = extractPage(parseHTML(html).document as unknown as Document, url);
    if (!result.ok) throw new Error(`bench page ${url} did not parse: ${result.reason}`);
    const content = result.content;
    if (i < CHECK_CHANGED) {
      const [first, ...rest] = content.answers;
      content.answers = [{ ...first!, markdown: 'Eine ältere Fassung dieser Antwort.', text: 'Eine ältere Fassung dieser Antwort.' }, ...rest];
    }
    return newRecord(content, randomUUID(), now);
  });
}

/** Toolbar click over `page` → popup ready (its list drawn), seen from Node; the popup is closed again. */
const popupOver = async (session: Session, page: Page) => (await popupSplit(session, page)).totalMs;

export async function updateCheckOnce(session: Session, server: FixtureServer, host: Page, run: number): Promise<CheckRun> {
  const pages = Array.from({ length: CHECK_PAGES }, (_, i) => {
    const spec: PortraitSpec = { nrw: `Prüfstadt ${run + 1}-${i + 1}`, ukraine: UA[i % UA.length]! };
    // The fixture server speaks http, so the pages (and the records) use http URLs.
    const html = portraitHtml(spec).replaceAll(`https://${HOST}`, `http://${HOST}`);
    server.page(slugOf(spec), html, { delayMs: CHECK_LATENCY_MS });
    return { url: `http://${HOST}${slugOf(spec)}`, html };
  });
  const stored = (await host.evaluate(`__pcBench.replaceRecords(${JSON.stringify(storedRecords(pages))})`)) as number;
  if (stored !== CHECK_PAGES) throw new Error(`stored ${stored} records, wanted ${CHECK_PAGES}`);

  const page = await session.browser.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/collection.html`, { waitUntil: 'load' });
  await page.waitForSelector('[data-check-updates]');
  await page.evaluate(() => {
    const w = window as unknown as { __longest: number };
    w.__longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longest = Math.max(w.__longest, entry.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
  // The popup over the idle page: the reference for the ones opened during the check (after one warm-up popup,
  // which also reads the code from disk the first time).
  await popupOver(session, page);
  const popupIdleMs: number[] = [];
  for (let i = 0; i < POPUP_SAMPLES; i++) popupIdleMs.push(await popupOver(session, page));
  server.peakConcurrency.delete(HOST);
  // The collection page stays the visible tab (a hidden page's timers are throttled); the popup opens over it.
  await page.bringToFront();
  const t0 = Date.now();
  await page.locator('[data-check-updates]').click();
  // The popups, opened one after another while the check runs; one ready after the check ended does not count.
  await new Promise((r) => setTimeout(r, 1000));
  const popupReadyMs: number[] = [];
  while (popupReadyMs.length < POPUP_SAMPLES) {
    const ms = await popupOver(session, page);
    if (await page.$('[data-check-summary][data-phase="done"]')) break;
    popupReadyMs.push(ms);
  }
  if (popupReadyMs.length === 0) throw new Error('the check ended before a popup opened during it');
  await page.waitForSelector('[data-check-summary][data-phase="done"]', { timeout: 60_000 });
  const ms = Date.now() - t0;
  const counts = await page.$eval('[data-check-counts]', (el) => el.textContent ?? '');
  const longestTaskMs = (await page.evaluate(() => (window as unknown as { __longest: number }).__longest)) as number;
  await page.close();
  return { ms, counts, peakPerHost: server.peakConcurrency.get(HOST) ?? 0, popupReadyMs, popupIdleMs, longestTaskMs };
}
