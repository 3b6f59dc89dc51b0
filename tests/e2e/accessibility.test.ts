// axe-core on the views the compare tests do not cover: the popup's list,
// details, lens and a refusal, the import & backup page and the options page.
// No serious or critical violation is allowed, in light and dark mode.
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { openPopup, screenshot, visitPage } from './support/extension';
import { useExtensionSession } from './support/extension-session';
import { completePortraits, loadFixtures, serveFixtures, type PageFixture } from './support/fixtures';
import { clickButton, clipInPopup, tabToFirstRecord, waitForListed } from './support/popup';
import { seriousAxeViolations } from './support/axe';

let portraits: PageFixture[];
let refusal: PageFixture;

async function extensionPage(path: string, scheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const page = await session.browser.newPage();
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
  await page.goto(`chrome-extension://${session.extensionId}/${path}`);
  await page.waitForSelector('[data-ready="true"]');
  return page;
}

const { session } = useExtensionSession({
  pages: (server) => {
    const fixtures = loadFixtures();
    serveFixtures(server, fixtures);
    portraits = completePortraits(fixtures).slice(0, 2);
    refusal = fixtures.find((f) => !f.result.ok)!;
  },
  clipFirst: () => portraits.map((f) => f.url),
});

describe('accessibility (axe-core, real Chromium)', () => {
  it('popup: list with a refusal message, details and lens', async () => {
    const page = await visitPage(session, refusal.url);
    const popup = await openPopup(session, page);
    expect((await clipInPopup(popup)).status).toBe('refused');
    await waitForListed(popup, 2);
    expect(await seriousAxeViolations(popup)).toEqual([]);

    await popup.locator('[data-record-id] button.details').click();
    await popup.waitForSelector('#tags-input');
    await popup.click('details.answers summary');
    expect(await popup.$$eval('details.answers dt', (dts) => dts.length)).toBe(12);
    expect(await seriousAxeViolations(popup)).toEqual([]);
    await screenshot(popup, 'popup-details');

    await clickButton(popup, '← Back');
    await clickButton(popup, 'Question lens');
    await popup.waitForSelector('[data-lens-entry]');
    expect(await seriousAxeViolations(popup)).toEqual([]);
    await popup.close();
    await page.close();
  });

  it.each(['light', 'dark'] as const)('import & backup page (%s)', async (scheme) => {
    const page = await extensionPage('collection.html', scheme);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, `collection-${scheme}`);
    await page.close();
  });

  it.each(['light', 'dark'] as const)('options page (%s)', async (scheme) => {
    const page = await extensionPage('options.html', scheme);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, `options-${scheme}`);
    await page.close();
  });

  it('the popup list can be worked with the keyboard alone', async () => {
    const page = await visitPage(session, portraits[0]!.url);
    const popup = await openPopup(session, page);
    await waitForListed(popup, 2);
    // Tab from the top until the first record's checkbox has focus, then tick it with Space.
    expect(await tabToFirstRecord(popup)).toBe(true);
    await popup.keyboard.press('Space');
    expect(await popup.evaluate(() => (document.activeElement as HTMLInputElement).checked)).toBe(true);
    const outline = await popup.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await popup.close();
    await page.close();
  });
});
