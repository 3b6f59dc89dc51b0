// The collection in the side panel: the same view as the popup, following the
// active tab of its window. Clips through the panel, switches tabs and sees the
// clip button and the "already in your collection" state follow; a tab the
// extension may not read says so and names the one-step way that works.
// The panel page is opened in its own window (headless Chromium has no side
// panel UI to screenshot) and told which window to follow; the real wiring,
// the popup's "Side panel" button opening the real panel, is proven too.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { OTHER_HOST, openPopup, screenshot, visitPage } from './support/extension';
import { useExtensionSession } from './support/extension-session';
import { seriousAxeViolations } from './support/axe';
import { completePortraits, serveFixtures, titleOf, type PageFixture } from './support/fixtures';
import { waitForListed } from './support/popup';
import { serviceWorker } from './support/service-worker';

declare const chrome: { contextMenus: { update(id: string, p: object): Promise<void> } };

let portraits: PageFixture[];
let tabs: Page[];
let panel: Page;

const tabState = () => panel.$eval('[data-tab-state]', (el) => el.getAttribute('data-tab-state'));
/** Waits until the panel shows `tab` (by its page title) in `state`; says what it shows instead. */
async function waitForTab(tab: Page, state: string, on: Page = panel): Promise<void> {
  const title = await tab.title();
  await on.waitForFunction(
    (t, s) => {
      const el = document.querySelector('[data-tab-state]');
      return el?.getAttribute('data-tab-state') === s && el.querySelector('.title')?.textContent?.trim() === t;
    },
    { timeout: 10_000, polling: 50 },
    title,
    state,
  ).catch(async (error: unknown) => {
    const shown = await on.$eval('[data-tab-state]', (el) => `${el.getAttribute('data-tab-state')}: ${(el as HTMLElement).innerText}`);
    throw new Error(`Expected “${title}” ${state}, the panel shows ${shown}`, { cause: error });
  });
}

const { session } = useExtensionSession({
  pages: (server) => {
    portraits = completePortraits().slice(0, 2);
    serveFixtures(server, portraits);
    server.page('/andere-seite/', '<!doctype html><html lang="de"><head><title>Vereinsnachrichten</title></head><body><p>Nichts zu clippen.</p></body></html>');
  },
});

beforeAll(async () => {
  tabs = [];
  for (const f of portraits) tabs.push(await visitPage(session, f.url));
  // The panel page in a window of its own, following the window of the portrait tabs.
  panel = await session.browser.newPage({ type: 'window' });
  await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html`);
  const windowId = await panel.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ windowId: number }>> } } }).chrome;
    return (await api.tabs.query({ url: '*://staedtepartnerschaftennrw.org/*' }))[0]!.windowId;
  });
  await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html?window=${windowId}`);
  await panel.waitForSelector('[data-ready="true"]', { timeout: 10_000 });
  await panel.setViewport({ width: 420, height: 760 });
});

describe('side panel', () => {
  it('follows the active tab and clips it', async () => {
    await tabs[0]!.bringToFront();
    await waitForTab(tabs[0]!, 'not-clipped');
    expect(await panel.$eval('main', (el) => el.getAttribute('data-surface'))).toBe('panel');

    await panel.locator('[data-tab-state] button::-p-text(Clip this page)').click();
    const status = await panel.waitForSelector('[data-clip-status]', { timeout: 15_000 });
    expect(await status!.evaluate((el) => el.getAttribute('data-clip-status'))).toBe('created');
    await waitForTab(tabs[0]!, 'clipped');
    expect(await panel.$eval('[data-tab-state]', (el) => (el as HTMLElement).innerText)).toContain('Already in your collection');
    await waitForListed(panel, 1);
    await screenshot(panel, 'side-panel');
  });

  it('changes the state as the user switches tabs', async () => {
    await tabs[1]!.bringToFront();
    await waitForTab(tabs[1]!, 'not-clipped');
    // The clip result belonged to the other tab.
    expect(await panel.$('[data-clip-status]')).toBeNull();
    expect(await panel.$eval('[data-tab-state] button', (b) => (b as HTMLButtonElement).disabled)).toBe(false);
    await tabs[0]!.bringToFront();
    await waitForTab(tabs[0]!, 'clipped');
    // Navigating the followed tab counts too.
    await tabs[0]!.goto(portraits[1]!.url.replace(/^https:/, 'http:'), { waitUntil: 'load' });
    await waitForTab(tabs[0]!, 'not-clipped');
  });

  it('says when the browser hides a tab, and names the one-step way that works', async () => {
    await tabs[1]!.goto(`http://${OTHER_HOST}/andere-seite/`, { waitUntil: 'load' });
    await tabs[1]!.bringToFront();
    await panel.waitForFunction(() => document.querySelector('[data-tab-state]')?.getAttribute('data-tab-state') === 'unreadable', {
      timeout: 10_000,
    });
    const note = await panel.$eval('[data-tab-state] [role=note]', (el) => (el as HTMLElement).innerText);
    expect(note).toContain('does not let the extension read this tab');
    expect(note).toContain('Alt+Shift+K');
    expect(note).toContain('Clip partnership portrait');
    expect(await panel.$eval('[data-tab-state] button', (b) => (b as HTMLButtonElement).disabled)).toBe(true);
    expect(await seriousAxeViolations(panel)).toEqual([]);
    await screenshot(panel, 'side-panel-unreadable');
    await tabs[0]!.bringToFront();
    await waitForTab(tabs[0]!, 'not-clipped');
    expect(await tabState()).toBe('not-clipped');
  });

  it('offers no clip for a page of the extension itself, and says why', async () => {
    await tabs[1]!.goto(`chrome-extension://${session.extensionId}/collection.html`, { waitUntil: 'load' });
    await tabs[1]!.bringToFront();
    await panel.waitForFunction(() => document.querySelector('[data-tab-state]')?.getAttribute('data-tab-state') === 'blocked', {
      timeout: 10_000,
    });
    expect(await panel.$eval('[data-tab-state] [role=note]', (el) => (el as HTMLElement).innerText)).toContain('cannot be clipped');
    expect(await panel.$eval('[data-tab-state] button', (b) => (b as HTMLButtonElement).disabled)).toBe(true);
    await tabs[0]!.bringToFront();
    await waitForTab(tabs[0]!, 'not-clipped');
  });

  it('opens the same list details as the popup', async () => {
    await panel.locator('[data-record-id] button::-p-text(Details)').click();
    await panel.waitForFunction((t) => document.body.innerText.includes(t), { timeout: 10_000 }, titleOf(portraits[0]!));
    await panel.locator('button::-p-text(← Back)').click();
    await waitForListed(panel, 1);
  });

  it('compares and opens the lens in the panel, as in the popup', async () => {
    await tabs[0]!.bringToFront();
    await waitForTab(tabs[0]!, 'not-clipped');
    await panel.locator('[data-tab-state] button::-p-text(Clip this page)').click();
    await waitForTab(tabs[0]!, 'clipped');
    await waitForListed(panel, 2);
    await panel.locator('button::-p-text(Select all shown)').click();
    await panel.locator('footer button::-p-text(Compare (2))').click();
    await panel.waitForSelector('#compare-heading', { timeout: 10_000 });
    await panel.waitForSelector('table', { timeout: 10_000 });
    const table = await panel.$eval('table', (el) => (el as HTMLElement).innerText);
    for (const f of portraits) expect(table).toContain(titleOf(f).split(' – ')[0]);
    expect(table).toContain('First contact');
    await screenshot(panel, 'side-panel-compare');
    await panel.locator('button::-p-text(← Back)').click();
    await panel.locator('footer button::-p-text(Question lens)').click();
    await panel.waitForSelector('#lens-heading', { timeout: 10_000 });
    await panel.waitForFunction((t) => document.querySelector('.lens-view')?.textContent?.includes(t), { timeout: 10_000 }, titleOf(portraits[1]!).split(' – ')[0]!);
    await panel.locator('button::-p-text(← Back)').click();
    await panel.locator('button::-p-text(Clear selection)').click();
  });

  it('has an entry on the toolbar button\'s right-click menu that opens it', async () => {
    const worker = await serviceWorker(session);
    // update() rejects for an id that does not exist: the entry is there, on the toolbar button's menu.
    const updated = await worker.evaluate(() =>
      chrome.contextMenus.update('open-side-panel', { contexts: ['action'] }).then(
        () => 'exists',
        (e: Error) => e.message,
      ),
    );
    expect(updated).toBe('exists');
  });

  it('opens as the real side panel from the popup', async () => {
    const popup = await openPopup(session, tabs[0]!);
    const opened = session.browser.waitForTarget((t) => t.url().endsWith('/sidepanel.html'), { timeout: 10_000 });
    await popup.locator('button::-p-text(Side panel)').click();
    const target = await opened;
    const real = await target.asPage();
    await real.waitForSelector('[data-ready="true"]', { timeout: 10_000 });
    // It follows the tab it was opened beside.
    await waitForTab(tabs[0]!, 'clipped', real);
  });
});
