// The popup opened over the extension's own collection page (docs/performance.md, finding 19): it shares the
// extension's renderer with that page, and it must open as promptly as over a web page. The harness pins the
// toolbar button, as a user who clips keeps it; unpinned, Chromium first animates the button out of the
// extensions menu (about 250 ms of browser UI before the popup page starts loading), which every popup figure
// would then measure instead of the popup.
import { describe, expect, it } from 'vitest';
import { openPopup, screenshot, visitPage } from './support/extension';
import { useExtensionSession } from './support/extension-session';
import { popupSplit } from './support/popup-timing';

const { server, session } = useExtensionSession();

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

describe('the popup over the collection page', () => {
  it('starts loading at once after the toolbar click, as over a web page', { timeout: 60_000 }, async () => {
    expect(session.pinned).toBe(true);
    const web = await visitPage(session, `http://localhost:${server.port}/`);
    const collection = await session.browser.newPage();
    await collection.goto(`chrome-extension://${session.extensionId}/collection.html`, { waitUntil: 'load' });
    await collection.waitForSelector('[data-check-updates]');
    const starts = { web: [] as number[], collection: [] as number[] };
    for (let i = 0; i < 3; i++) {
      starts.web.push((await popupSplit(session, web)).navigationStartMs);
      starts.collection.push((await popupSplit(session, collection)).navigationStartMs);
    }
    const popup = await openPopup(session, collection);
    // No page of ours can be clipped: the button says so before the click instead of failing after it.
    const clipButton = popup.locator('header button.primary');
    await popup.waitForSelector('#clip-blocked', { timeout: 10_000 });
    expect(await clipButton.map((b) => (b as HTMLButtonElement).disabled).wait()).toBe(true);
    expect(await popup.$eval('#clip-blocked', (el) => el.textContent)).toContain('cannot be clipped');
    await screenshot(popup, 'popup-over-collection-page');
    await popup.close();
    // Over a web page it stays a plain button.
    const overWeb = await openPopup(session, web);
    await overWeb.waitForSelector('main[data-ready=true]', { timeout: 10_000 });
    expect(await overWeb.$eval('header button.primary', (b) => (b as HTMLButtonElement).disabled)).toBe(false);
    expect(await overWeb.$('#clip-blocked')).toBeNull();
    await overWeb.close();
    // A page of the browser's own: activeTab does not reach it, so its address stays hidden from the popup.
    const browserPage = await visitPage(session, 'chrome://version/');
    const overBrowser = await openPopup(session, browserPage);
    await overBrowser.waitForSelector('#clip-blocked', { timeout: 10_000 });
    expect(await overBrowser.$eval('header button.primary', (b) => (b as HTMLButtonElement).disabled)).toBe(true);
    await overBrowser.close();
    // Pinned: a few ms even on a loaded machine; unpinned: 220–290 ms over either tab.
    expect(median(starts.collection)).toBeLessThan(150);
    expect(median(starts.web)).toBeLessThan(150);
  });
});
