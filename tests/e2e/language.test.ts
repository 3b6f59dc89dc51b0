// The language choice in the options, in real Chromium: switching to Ukrainian
// re-renders an already open full-tab comparison at once (no reload), the
// popup opens in Ukrainian, the toolbar title follows, and "browser default"
// brings the browser's language back.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { openPopup, screenshot, visitPage } from './support/extension';
import { useExtensionSession } from './support/extension-session';
import { pickPortraits, serveFixtures } from './support/fixtures';
import { serviceWorker, tabIdOf, waitForBadge } from './support/service-worker';

const portraits = pickPortraits('portrait--seed-paragraphs', 'portrait--bold-b');
let options: Page;
let compare: Page;

const text = (page: Page, selector = 'body') => page.$eval(selector, (el) => (el as HTMLElement).innerText);

async function choose(language: string): Promise<void> {
  await options.select('#language', language);
  await options.waitForSelector('.saved');
}

const { session } = useExtensionSession({
  pages: (server) => serveFixtures(server, portraits),
  clipFirst: () => portraits.map((f) => f.url),
});

beforeAll(async () => {
  options = await session.browser.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/options.html`);
  await options.waitForSelector('[data-ready="true"]');
});

describe('choosing the UI language in the options', () => {
  it('offers the browser default and the three languages, each in its own words', async () => {
    const labels = await options.$$eval('#language option', (os) => os.map((o) => [o.value, o.textContent?.trim()]));
    expect(labels).toEqual([
      ['browser', 'Same as the browser (English)'],
      ['de', 'Deutsch'],
      ['en', 'English'],
      ['uk', 'Українська'],
    ]);
  });

  it('switches an open comparison page to Ukrainian at once, question labels included', async () => {
    compare = await session.browser.newPage();
    await compare.setViewport({ width: 1400, height: 900 });
    await compare.goto(`chrome-extension://${session.extensionId}/compare.html`);
    await compare.waitForSelector('[data-ready="true"]');
    await compare.locator('button::-p-text(Select all shown)').click();
    await compare.waitForSelector('table.compare');
    expect(await text(compare, 'table.compare')).toContain('First contact');

    await options.bringToFront();
    await choose('uk');
    // The options page itself is Ukrainian now, and so is the comparison, without a reload.
    await options.waitForFunction(() => document.querySelector('h2#language-heading')?.textContent === 'Мова');
    expect(await options.evaluate(() => document.documentElement.lang)).toBe('uk');
    await compare.waitForFunction(() => document.querySelector('table.compare')?.textContent?.includes('Перший контакт'));
    const table = await text(compare, 'table.compare');
    for (const label of ['Перший контакт', 'Мотиви', 'Поради щодо фінансування', 'Інші учасники', 'Джерело']) expect(table).toContain(label);
    expect(table).not.toContain('First contact');
    expect(await text(compare)).toContain('Порівняння: 2 партнерства');
    expect(await compare.title()).toBe('Порівняння партнерств – Partnership Clipper');
    expect(await compare.evaluate(() => document.documentElement.lang)).toBe('uk');
    await compare.bringToFront();
    await screenshot(compare, 'tab-compare-uk');
  });

  it('opens the popup in Ukrainian, and the toolbar title follows', async () => {
    const page = await visitPage(session, portraits[0]!.url);
    const worker = await serviceWorker(session);
    const tabId = await tabIdOf(worker, page.url());
    await waitForBadge(worker, tabId, (b) => b.title.includes('Уже є у вашій колекції'));
    const popup = await openPopup(session, page);
    const shown = await text(popup);
    expect(shown).toContain('Зберегти цю сторінку');
    expect(shown).toContain('Ваша колекція');
    expect(shown).not.toContain('Clip this page');
    await screenshot(popup, 'popup-uk');
    await popup.close();
    await page.close();
  });

  it('goes back to the browser language with "browser default"', async () => {
    await options.bringToFront();
    await choose('browser');
    await compare.waitForFunction(() => document.querySelector('table.compare')?.textContent?.includes('First contact'));
    expect(await compare.title()).toBe('Compare partnerships – Partnership Clipper');
    expect(await text(options)).toContain('Language of the extension');
  });
});
