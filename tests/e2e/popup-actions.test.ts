// The popup's actions stay reachable: on a popup too short for the whole list
// the bottom bar (Compare, Export, Import & backup) stays in view, and
// "Select all shown" selects what the search shows, as in the full tab.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { openPopup, visitPage } from './support/extension';
import { useExtensionSession } from './support/extension-session';
import { pickPortraits, serveFixtures, titleOf } from './support/fixtures';
import { listedTitles, waitForListed } from './support/popup';

const portraits = pickPortraits('portrait--seed-paragraphs', 'portrait--bold-b', 'portrait--rich-answers');
let popup: Page;

const checked = () => popup.$$eval('[data-record-id] input[type=checkbox]', (boxes) => boxes.filter((b) => (b as HTMLInputElement).checked).length);

const { session } = useExtensionSession({
  pages: (server) => serveFixtures(server, portraits),
  clipFirst: () => portraits.map((f) => f.url),
});

beforeAll(async () => {
  popup = await openPopup(session, await visitPage(session, portraits[0]!.url));
  await waitForListed(popup, 3);
});

describe('popup actions', () => {
  it('selects all shown partnerships, and only those a search shows', async () => {
    await popup.locator('button::-p-text(Select all shown)').click();
    expect(await checked()).toBe(3);
    expect(await popup.$eval('footer', (el) => (el as HTMLElement).innerText)).toContain('Compare (3)');
    await popup.locator('button::-p-text(Clear selection)').click();
    expect(await checked()).toBe(0);

    // A search that leaves fewer than all: "select all shown" takes exactly what it shows.
    await popup.locator('input[type=search]').fill(titleOf(portraits[1]!).split(' – ')[0]!);
    await popup.waitForFunction(() => document.querySelectorAll('[data-record-id]').length < 3, { timeout: 10_000, polling: 50 });
    const shownTitles = await listedTitles(popup);
    await popup.locator('button::-p-text(Select all shown)').click();
    await popup.$eval('input[type=search]', (el) => {
      (el as HTMLInputElement).value = '';
      el.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await popup.waitForFunction(() => document.querySelectorAll('[data-record-id]').length === 3, { timeout: 10_000, polling: 50 });
    const selectedTitles = await popup.$$eval('[data-record-id]', (lis) =>
      lis.filter((li) => li.querySelector<HTMLInputElement>('input[type=checkbox]')?.checked).map((li) => li.querySelector('.title')?.textContent?.trim()),
    );
    expect(shownTitles).toContain(titleOf(portraits[1]!));
    expect(selectedTitles.sort()).toEqual(shownTitles.sort());
  });

  it('keeps the bottom bar in view when the list does not fit', async () => {
    // The popup page in a tab as short as a popup on a small screen (a toolbar popup cannot be resized).
    const short = await session.browser.newPage();
    await short.setViewport({ width: 440, height: 330 });
    await short.goto(`chrome-extension://${session.extensionId}/popup.html`);
    await short.waitForSelector('[data-ready="true"]');
    await waitForListed(short, 3);
    const overflow = await short.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
    expect(overflow).toBeGreaterThan(0); // the popup content is taller than the window …
    const footer = await short.$eval('footer', (el) => {
      const r = el.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom };
    });
    expect(footer.bottom).toBeLessThanOrEqual(330); // … yet the actions are on screen
    expect(footer.top).toBeGreaterThan(0);
    await short.screenshot({ path: 'tests/artifacts/popup-sticky-actions.png' });
    await short.close();
  });

  it('deletes the selected partnerships and puts them back with Undo', async () => {
    // A popup of its own: the toolbar popup closes when another page takes the focus, as the last test's did.
    popup = await openPopup(session, await visitPage(session, portraits[0]!.url));
    await waitForListed(popup, 3);
    const victim = (await listedTitles(popup))[0]!;
    await popup.$$eval('[data-record-id]', (lis, title) => {
      const li = lis.find((el) => el.querySelector('.title')?.textContent?.trim() === title);
      li?.querySelector<HTMLInputElement>('input[type=checkbox]')?.click();
    }, victim);
    await popup.locator('footer button.danger').click();
    await waitForListed(popup, 2);
    expect(await listedTitles(popup)).not.toContain(victim);
    const toast = await popup.waitForSelector('.toast', { timeout: 10_000 });
    expect(await toast!.evaluate((el) => (el as HTMLElement).innerText)).toContain('Deleted 1 partnership.');
    await popup.locator('.toast button::-p-text(Undo)').click();
    await waitForListed(popup, 3);
    expect(await listedTitles(popup)).toContain(victim);
    expect(await popup.$('.toast')).toBeNull();
    expect(await checked()).toBe(0); // the deleted row came back unselected
  });
});
