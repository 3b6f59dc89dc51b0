// Issue 16, in real Chromium: the popup over a collection larger than a page reads and draws only the
// rows that fill its list's viewport before the first paint, and the rest of the first page right after.
// "Ready" must mean what the user sees works: the rows first drawn fill the viewport, and the ticking,
// the keyboard and "Show more" work on the whole page.
import { beforeAll, describe, expect, it } from 'vitest';
import { openPopup, screenshot, visitPage } from './support/extension';
import { useExtensionSession } from './support/extension-session';
import { clickButton, tabToFirstRecord } from './support/popup';
import { chooseImportFile, writeLargeExport } from './support/large-import';

const RECORDS = 150; // a page and a half

const { server, session } = useExtensionSession();

beforeAll(async () => {
  const { page } = await chooseImportFile(session, writeLargeExport(RECORDS));
  await clickButton(page, 'Import');
  await page.waitForSelector('[data-import-done]', { timeout: 60_000 });
  await page.close();
});

describe('the popup over more records than a page', () => {
  it('draws the rows in view first, then the whole first page, and every row works', { timeout: 60_000 }, async () => {
    const tab = await visitPage(session, `http://localhost:${server.port}/`);
    const popup = await openPopup(session, tab);
    // Reload with an observer installed before the popup's scripts: what is in the DOM when it says ready.
    await popup.evaluateOnNewDocument(() => {
      const w = window as unknown as { __firstIds?: string[]; __pageAt?: number; __readyAt?: number };
      new MutationObserver((_, observer) => {
        const ids = [...document.querySelectorAll('[data-record-id]')].map((li) => li.getAttribute('data-record-id')!);
        if (!w.__firstIds && document.querySelector('[data-ready="true"]') && ids.length > 0) {
          w.__firstIds = ids;
          w.__readyAt = performance.now();
        }
        if (w.__firstIds && ids.length === 100) {
          w.__pageAt = performance.now();
          observer.disconnect();
        }
      }).observe(document, { subtree: true, childList: true, attributes: true });
    });
    await popup.reload({ waitUntil: 'load' });
    await popup.waitForFunction('typeof window.__pageAt === "number"', { timeout: 10_000 });
    const seen = (await popup.evaluate(() => {
      const w = window as unknown as { __firstIds: string[]; __pageAt: number; __readyAt: number };
      return {
        firstIds: w.__firstIds,
        firstRows: Number(document.querySelector('[data-first-rows]')!.getAttribute('data-first-rows')),
        ids: [...document.querySelectorAll('[data-record-id]')].map((li) => li.getAttribute('data-record-id')!),
        heading: document.querySelector('#collection-heading')!.textContent,
        gap: w.__pageAt - w.__readyAt,
      };
    }))!;
    // The first rows drawn are the viewport's worth, and the head of the very same page.
    expect(seen.firstIds.length).toBe(seen.firstRows);
    expect(seen.firstRows).toBeLessThan(100);
    expect(seen.ids.slice(0, seen.firstRows)).toEqual(seen.firstIds);
    expect(seen.heading).toContain(`(${RECORDS})`);
    // They fill the list's viewport: the last of them reaches its bottom edge, so nothing is missing on screen.
    const fills = await popup.evaluate((n) => {
      const row = document.querySelectorAll('[data-record-id]')[n - 1]!;
      return row.getBoundingClientRect().bottom >= row.closest('.scroll')!.getBoundingClientRect().bottom;
    }, seen.firstRows);
    expect(fills).toBe(true);
    expect(seen.gap).toBeLessThan(1_000);
    await screenshot(popup, 'popup-first-rows');

    // The keyboard reaches the rows and ticks one; "Select all" covers the whole first page.
    expect(await tabToFirstRecord(popup)).toBe(true);
    await popup.keyboard.press('Space');
    expect(await popup.evaluate(() => (document.activeElement as HTMLInputElement).checked)).toBe(true);
    await clickButton(popup, 'Select all');
    expect(await popup.$$eval('[data-record-id] input:checked', (boxes) => boxes.length)).toBe(100);

    // The last row of the page scrolls into view, and "Show more" adds the rest.
    await popup.$eval('[data-record-id]:last-child', (li) => li.scrollIntoView());
    await popup.locator('button.more').click();
    await popup.waitForFunction((n) => document.querySelectorAll('[data-record-id]').length === n, { timeout: 10_000 }, RECORDS);
    await popup.close();
    await tab.close();
  });
});
