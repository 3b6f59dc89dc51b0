// Bulk clip through the REAL popup, in real Chromium with the built extension:
// an overview page linking 5 portraits and 1 report at a portrait-like
// address. The popup offers "Clip all 6 linked portraits" (findPortraitLinks
// cannot tell a report from a portrait by its address; the parser does), the
// user unchecks one portrait, starts, watches the progress bar, and reads the
// summary. Re-opening the popup on the same tab shows that summary again, and
// a second run of the same selection reports everything unchanged.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page, WebWorker } from 'puppeteer-core';
import { openPopup, screenshot } from './support/extension';
import { useExtensionSession } from './support/extension-session';
import { clickButton, waitForListed } from './support/popup';
import { BULK_TOWNS, HOST, overviewHtml, portraitHtml, reportHtml, slugOf, titleOf } from './support/portrait-page';
import { serviceWorker, storedState } from './support/service-worker';

const PORTRAITS = BULK_TOWNS.slice(0, 5);
/** Linked like a portrait, but an event report: the parser says "not a portrait". */
const REPORT = BULK_TOWNS[9]!;
const SKIPPED = PORTRAITS[2]!;
const KEPT = PORTRAITS.filter((spec) => spec !== SKIPPED);
const OVERVIEW = `http://${HOST}/portraets/`;
const canonical = (spec: (typeof PORTRAITS)[number]) => `https://${HOST}${slugOf(spec)}`;

let worker: WebWorker;
let overview: Page;

const { session } = useExtensionSession({
  pages: (server) => {
    // Slow enough answers (at most 2 at a time) that the progress bar is on screen for a while.
    PORTRAITS.forEach((spec) => server.page(slugOf(spec), portraitHtml(spec), { delayMs: 700 }));
    server.page(slugOf(REPORT), reportHtml(`Besuch aus ${REPORT.ukraine}`), { delayMs: 700 });
    server.page('/portraets/', overviewHtml([...PORTRAITS, REPORT].map((spec) => ({ path: slugOf(spec), title: titleOf(spec) }))));
  },
});

beforeAll(async () => {
  worker = await serviceWorker(session);
  overview = await session.browser.newPage();
  await overview.goto(OVERVIEW, { waitUntil: 'load' });
});

const countText = (popup: Page, name: string) =>
  popup.$eval(`[data-bulk-summary] [data-count="${name}"]`, (el) => el.textContent?.trim() ?? '');

/** The popup's selection list: each entry's label text and whether its box is checked. */
const choices = (popup: Page) =>
  popup.$$eval('.bulk input[type="checkbox"]', (boxes) =>
    boxes.map((box) => ({ label: box.closest('label')?.textContent?.trim() ?? '', checked: (box as HTMLInputElement).checked })),
  );

async function uncheck(popup: Page, title: string): Promise<void> {
  const boxes = await popup.$$('.bulk label');
  for (const label of boxes) {
    if ((await label.evaluate((el) => el.textContent?.trim())) === title) {
      await (await label.$('input[type="checkbox"]'))!.click();
      return;
    }
  }
  throw new Error(`No checkbox labelled ${title}`);
}

async function runSelection(popup: Page): Promise<void> {
  // All six linked pages are offered: five portraits and the report at a portrait-like address.
  await clickButton(popup, 'Clip all 6 linked portraits');
  await popup.waitForSelector('.bulk fieldset');
  const listed = await choices(popup);
  expect(listed.map((c) => c.label).sort()).toEqual([...PORTRAITS, REPORT].map(titleOf).sort());
  expect(listed.every((c) => c.checked)).toBe(true);

  await uncheck(popup, titleOf(SKIPPED));
  const after = await choices(popup);
  expect(after.filter((c) => !c.checked).map((c) => c.label)).toEqual([titleOf(SKIPPED)]);
  expect(await popup.$eval('.bulk legend', (el) => el.textContent?.trim())).toBe('5 of 6 selected');
  await clickButton(popup, 'Clip 5 selected');
}

describe('bulk clip through the real popup', () => {
  let popup: Page;

  it('offers the linked pages, clips the chosen ones with a progress bar, and sums up', async () => {
    popup = await openPopup(session, overview);
    await runSelection(popup);

    // The progress bar, counting towards the 5 chosen pages.
    const progress = await popup.waitForSelector('.bulk progress', { timeout: 10_000 });
    expect(await progress!.evaluate((el) => (el as HTMLProgressElement).max)).toBe(5);
    expect(await popup.$eval('[data-bulk-count]', (el) => el.textContent)).toMatch(/^[0-4] \/ 5$/);

    await popup.waitForSelector('[data-bulk-phase="done"] [data-bulk-summary]', { timeout: 20_000 });
    expect(await countText(popup, 'created')).toBe('4 new');
    expect(await countText(popup, 'updated')).toBe('0 updated');
    expect(await countText(popup, 'not-portrait')).toBe('1 not a portrait');
    expect(await countText(popup, 'failed')).toBe('0 failed');
    expect(await popup.$('[data-bulk-summary] [data-count="unchanged"]')).toBeNull();
    // One line of counts, comma-separated, with no space before a comma ("0 failed , 7 not clipped").
    expect(await popup.$eval('[data-bulk-summary]', (el) => (el as HTMLElement).innerText)).toMatch(/\d+ new, \d+ updated, 1 not a portrait, 0 failed/);
    expect(await popup.$eval('[data-bulk-summary]', (el) => (el as HTMLElement).innerText)).not.toMatch(/\s,/);
    expect(await popup.$('[data-failed-url]')).toBeNull();

    // The collection list in the same popup now holds the four portraits, and only they were stored.
    await waitForListed(popup, 4);
    expect((await storedState(worker)).urls).toEqual(KEPT.map(canonical).sort());
    expect(await popup.$('.bulk progress')).toBeNull();
    await screenshot(popup, 'popup-bulk-summary');
    await popup.close();
  });

  it('shows the summary again when the popup is re-opened on the same page, and a second run changes nothing', async () => {
    popup = await openPopup(session, overview);
    // The job's outcome is kept per tab: the re-opened popup shows it without a new run.
    await popup.waitForSelector('[data-bulk-phase="done"] [data-bulk-summary]', { timeout: 10_000 });
    expect(await countText(popup, 'created')).toBe('4 new');
    expect(await countText(popup, 'not-portrait')).toBe('1 not a portrait');
    await waitForListed(popup, 4);

    await runSelection(popup);
    await popup.waitForSelector('.bulk progress', { timeout: 10_000 });
    await popup.waitForFunction(
      () => document.querySelector('[data-bulk-phase="done"] [data-count="unchanged"]') !== null,
      { timeout: 20_000 },
    );
    expect(await countText(popup, 'unchanged')).toBe('4 unchanged');
    expect(await countText(popup, 'created')).toBe('0 new');
    expect(await countText(popup, 'updated')).toBe('0 updated');
    expect(await countText(popup, 'not-portrait')).toBe('1 not a portrait');
    expect(await countText(popup, 'failed')).toBe('0 failed');
    // No duplicates, no revisions: the same four records.
    await waitForListed(popup, 4);
    const stored = await storedState(worker);
    expect(stored.urls).toEqual(KEPT.map(canonical).sort());
    expect(stored.revisions).toBe(0);
    await popup.close();
  });
});
