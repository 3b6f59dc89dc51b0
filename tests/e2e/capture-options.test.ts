// The options page in real Chromium: export format and CSV delimiter are
// stored with WXT's storage API (versioned) and survive a reload; the
// shortcut hint shows the manifest command's key; a typo in a site is caught
// before any permission is asked.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { screenshot } from './support/extension';
import { useExtensionSession } from './support/extension-session';

declare const chrome: { storage: { local: { get(k: null): Promise<Record<string, unknown>> } } };

let options: Page;

async function openOptions(): Promise<Page> {
  const page = await session.browser.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/options.html`);
  await page.waitForSelector('[data-ready="true"]', { timeout: 10_000 });
  return page;
}

const { session } = useExtensionSession();

beforeAll(async () => {
  options = await openOptions();
});

describe('options page', () => {
  it('stores the default export format and CSV delimiter, versioned, across a reload', async () => {
    await options.locator('input[name="format"][value="csv"]').click();
    await options.select('#delimiter', ';');
    await options.waitForSelector('.saved');
    const stored = await options.evaluate(() => chrome.storage.local.get(null));
    expect(stored['settings.exportFormat']).toBe('csv');
    expect(stored['settings.csvDelimiter']).toBe(';');
    expect(stored['settings.exportFormat$']).toMatchObject({ v: 1 });
    await options.reload();
    await options.waitForSelector('[data-ready="true"]');
    expect(await options.$eval('input[name="format"][value="csv"]', (el) => (el as HTMLInputElement).checked)).toBe(true);
    expect(await options.$eval('#delimiter', (el) => (el as HTMLSelectElement).value)).toBe(';');
  });

  it('shows the keyboard shortcut and where to change it', async () => {
    expect(await options.$eval('[data-shortcut]', (el) => el.textContent)).toBe('Alt+Shift+K');
    expect(await options.$eval('main', (el) => (el as HTMLElement).innerText)).toContain('chrome://extensions/shortcuts');
  });

  it('rejects something that is not a site before asking for any permission', async () => {
    await options.locator('#site').fill('kein host');
    await options.locator('button::-p-text(Add site)').click();
    const message = await options.waitForSelector('.message');
    expect(await message!.evaluate((el) => el.textContent)).toContain('Type a site address');
    await screenshot(options, 'options');
  });
});
