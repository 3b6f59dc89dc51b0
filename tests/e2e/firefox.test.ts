// The Firefox build (.output/firefox-mv2) in real headless Firefox ESR, through what a user does: import a
// backup on the collection page and export it again, see the partnerships in the popup and compare them
// there, compare them side by side in the full tab and open the Ideas matrix, clip a portrait page and
// bulk-clip an overview page's portrait links, open the sidebar, use the options; the add-on may log no
// error meanwhile. One Firefox launch for the file. Headless Firefox has no toolbar or sidebar a test can
// click, so the popup and the side panel are their real pages opened as a tab and a window (as the Chromium
// side-panel test opens the panel).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { ARTIFACTS_DIR } from './support/extension';
import { useBrowserSession } from './support/extension-session';
import { launchFirefoxWithAddon, openAddonPage } from './support/firefox';
import { pickPortraits, titleOf } from './support/fixtures';
import { clickButton, listedTitles, waitForListed } from './support/popup';
import { clearDownloads, waitForDownload } from './support/downloads';
import { BULK_TOWNS, HOST, overviewHtml, portraitHtml, reportHtml, slugOf, titleOf as townTitle } from './support/portrait-page';

/** A version 2 export (the current format), as a user's colleague would send it. */
const BACKUP = resolve('tests/unit/export/fixtures/records-v2.json');
const IMPORTED = ['Lünen – Korosten', 'Brühl – Kolomyja'];
/** An overview page linking three invented portraits and a report that is not one. */
const BULK = BULK_TOWNS.slice(0, 3);
const REPORT = BULK_TOWNS[9]!;

interface ToolbarButton {
  getBadgeText(d: { tabId: number }): Promise<string>;
  getTitle(d: { tabId: number }): Promise<string>;
}
/** The add-on API slice evaluated inside its pages (Firefox's promise-based `browser`). */
declare const browser: {
  runtime: { sendMessage(m: unknown): Promise<unknown> };
  tabs: { query(q: object): Promise<Array<{ id: number; windowId: number }>> };
  /** The toolbar button: browserAction in the MV2 build, action in the MV3 one. */
  browserAction?: ToolbarButton;
  action?: ToolbarButton;
  sidebarAction: { isOpen(details: object): Promise<boolean> };
  storage: { session: { get(k: string): Promise<Record<string, unknown>> } };
};

const shot = (page: Page, name: string) => page.screenshot({ path: `${ARTIFACTS_DIR}/firefox-${name}.png`, fullPage: true });
const countOn = (page: Page) => page.$eval('[data-count]', (el) => Number(el.getAttribute('data-count')));
const sorted = (titles: string[]) => [...titles].sort();

const portrait = pickPortraits('portrait--seed-paragraphs')[0]!;
const { server, session } = useBrowserSession(launchFirefoxWithAddon, {
  pages: (server) => {
    server.page(new URL(portrait.url).pathname, portrait.html);
    for (const town of BULK) server.page(slugOf(town), portraitHtml(town));
    server.page(slugOf(REPORT), reportHtml(`Besuch aus ${REPORT.ukraine}`));
    server.page('/portraets/', overviewHtml([...BULK, REPORT].map((town) => ({ path: slugOf(town), title: townTitle(town) }))));
  },
});

describe('the add-on in real Firefox', () => {
  it('imports a backup file on the collection page', async () => {
    const page = await openAddonPage(session, '/collection.html', { ready: '[data-count]' });
    expect(await countOn(page)).toBe(0);
    await (await page.$('input[type=file]'))!.uploadFile(BACKUP);
    const summary = await page.waitForSelector('[data-import-summary]', { timeout: 15_000 });
    expect(await summary!.evaluate((el) => (el as HTMLElement).innerText)).toContain('2 new');
    await clickButton(page, 'Import');
    await page.waitForSelector('[data-import-done]', { timeout: 15_000 });
    expect(await countOn(page)).toBe(2);
    await shot(page, 'collection-imported');
    await page.close();
  });

  it('exports the collection as a JSON file Firefox saves (an <a download> click, no downloads permission)', async () => {
    const page = await openAddonPage(session, '/collection.html', { ready: '[data-count="2"]' });
    clearDownloads(session.downloadsDir);
    await clickButton(page, 'Export JSON');
    const file = await waitForDownload(session.downloadsDir, /\.json$/);
    const exported = JSON.parse(file.content.toString('utf8')) as { version: number; records: Array<{ url: string; answers: unknown[] }> };
    const backup = JSON.parse(readFileSync(BACKUP, 'utf8')) as typeof exported;
    expect(exported.version).toBe(2);
    const byUrl = (file: typeof exported) => Object.fromEntries(file.records.map((r) => [r.url, r.answers.length]));
    expect(byUrl(exported)).toEqual(byUrl(backup));
    await page.close();
  });

  it('lists the partnerships in the popup and compares two there', async () => {
    const popup = await openAddonPage(session, '/popup.html', { ready: '[data-ready="true"]' });
    await waitForListed(popup, 2);
    expect(sorted(await listedTitles(popup))).toEqual(sorted(IMPORTED));
    await shot(popup, 'popup');
    for (const box of await popup.$$('[data-record-id] input[type=checkbox]')) await box.click();
    await clickButton(popup, 'Compare (2)');
    await popup.waitForSelector('table.compare');
    const headers = await popup.$$eval('table.compare thead th[scope=col]', (ths) => ths.map((th) => th.textContent?.trim() ?? ''));
    expect([headers[0], ...sorted(headers.slice(1))]).toEqual(['Question', ...sorted(IMPORTED)]);
    await shot(popup, 'popup-compare');
    await popup.close();
  });

  it('compares them side by side in the full tab and shows the Ideas matrix', async () => {
    const page = await openAddonPage(session, '/compare.html', { ready: '[data-ready="true"]' });
    await page.setViewport({ width: 1400, height: 900 });
    // Pick both in the picker, as a user does.
    for (const box of await page.$$('[data-pick-id] input[type=checkbox]')) await box.click();
    await page.waitForSelector('table.compare');
    const headers = await page.$$eval('table.compare thead th[scope=col]', (ths) => ths.map((th) => th.textContent?.trim() ?? ''));
    expect([headers[0], ...sorted(headers.slice(1))]).toEqual(['Question', ...sorted(IMPORTED)]);
    // Side by side: the row of one question holds each partnership's answer in its own column.
    const funding = await page.$$eval('table.compare tr[data-question-id="funding-tips"] td', (tds) => tds.map((td) => (td as HTMLElement).innerText));
    expect(funding).toHaveLength(2);
    expect(funding[headers.indexOf('Lünen – Korosten') - 1]).toContain('SKEW');
    await shot(page, 'compare');

    await clickButton(page, 'Ideas');
    await page.waitForSelector('[data-ideas-ready="true"]', { timeout: 15_000 });
    const rows = await page.$$eval('table.matrix tbody th[scope=row]', (ths) => ths.map((th) => th.textContent?.trim() ?? ''));
    expect(sorted(rows)).toEqual(sorted(IMPORTED));
    // The fire engines handed over in Lünen's answer put it in the civil-protection column.
    const cell = await page.$$eval('table.matrix button[data-topic="civil-protection"]', (bs) => bs.map((b) => b.getAttribute('aria-label') ?? ''));
    expect(cell.some((label) => label.includes('Lünen'))).toBe(true);
    await shot(page, 'ideas');
    await page.close();
  });

  it("opens Firefox's sidebar from the popup's Side panel button", async () => {
    // Closed until the user asks for it: the manifest says open_at_install: false (Firefox's default opens an
    // add-on's sidebar at install). Firefox opens one only inside the handler of a user action: the button's.
    const probe = await openAddonPage(session, '/collection.html', { ready: '[data-count]' });
    const sidebarOpen = (open: boolean) =>
      probe.waitForFunction(async (want) => (await browser.sidebarAction.isOpen({})) === want, { timeout: 10_000 }, open);
    await sidebarOpen(false);

    const popup = await openAddonPage(session, '/popup.html', { ready: '[data-ready="true"]' });
    await clickButton(popup, 'Side panel');
    await sidebarOpen(true);
    if (!popup.isClosed()) await popup.close();
    await probe.close();
  });

  it('clips a portrait page through the side panel, and the popup lists it', async () => {
    const tab = await session.browser.newPage();
    await tab.goto(portrait.url.replace(/^https:/, 'http:'), { waitUntil: 'domcontentloaded' });
    // Served by the fixture server under its real host name (the proxy mapping), not fetched from the web.
    const { host, pathname } = new URL(portrait.url);
    expect(server.requests).toContain(`${host} ${pathname}`);
    await tab.bringToFront();
    // The panel follows the active tab of the portrait's window, as the sidebar beside it would.
    const probe = await openAddonPage(session, '/popup.html', { ready: '[data-ready="true"]' });
    const { id: tabId, windowId } = await probe.evaluate(async () => (await browser.tabs.query({ url: '*://staedtepartnerschaftennrw.org/*' }))[0]!);
    // The toolbar button's badge, as Firefox shows it for that tab: recognised, then clipped.
    const badge = async (text: string) => {
      await probe.waitForFunction(async (id, t) => (await (browser.action ?? browser.browserAction)!.getBadgeText({ tabId: id })) === t, { timeout: 10_000 }, tabId, text);
      return probe.evaluate((id) => (browser.action ?? browser.browserAction)!.getTitle({ tabId: id }), tabId);
    };
    expect(await badge('+')).toContain('Portrait recognised');
    await tab.bringToFront();
    const panel = await openAddonPage(session, `/sidepanel.html?window=${windowId}`, { ready: '[data-tab-state="not-clipped"]', type: 'window' });
    await panel.setViewport({ width: 420, height: 760 });
    expect(await panel.$eval('[data-tab-state] .title', (el) => el.textContent?.trim())).toBe(await tab.title());
    await panel.locator('[data-tab-state] button::-p-text(Clip this page)').click();
    const status = await panel.waitForSelector('[data-clip-status]', { timeout: 15_000 });
    expect(await status!.evaluate((el) => el.getAttribute('data-clip-status'))).toBe('created');
    expect(await status!.evaluate((el) => (el as HTMLElement).innerText)).toContain('12 questions found');
    await panel.waitForSelector('[data-tab-state="clipped"]');
    await shot(panel, 'panel-clipped');
    await panel.close();
    // The panel shows the clip's outcome itself, so the badge goes straight to the lasting state.
    expect(await badge('✓')).toContain('Already in your collection');
    await probe.close();

    const popup = await openAddonPage(session, '/popup.html', { ready: '[data-ready="true"]' });
    await waitForListed(popup, 3);
    expect(sorted(await listedTitles(popup))).toEqual(sorted([...IMPORTED, titleOf(portrait)]));
    await popup.close();
    await tab.close();
  });

  it('bulk-clips the portraits an overview page links to (fetched by the content script in Firefox)', async () => {
    const tab = await session.browser.newPage();
    await tab.goto(`http://${HOST}/portraets/`, { waitUntil: 'load' });
    // The popup's own messages (BulkClip.svelte): its "Clip all" button acts on the active tab of the popup's
    // window, which for the popup page opened as a tab is that page itself.
    const popup = await openAddonPage(session, '/popup.html', { ready: '[data-ready="true"]' });
    const result = await popup.evaluate(async () => {
      const send = (type: string, data: unknown) => browser.runtime.sendMessage({ channel: 'partnership-clipper', type, data });
      const [overview] = await browser.tabs.query({ url: '*://staedtepartnerschaftennrw.org/portraets/' });
      const tabId = overview!.id;
      const listed = (await send('tabPortraitLinks', { tabId })) as { ok: boolean; links: Array<{ url: string; title: string }> };
      const started = (await send('startBulk', { tabId, items: listed.links })) as { ok: boolean; jobId: string };
      const key = `bulkJob:${tabId}`;
      for (const deadline = Date.now() + 30_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 50))) {
        const job = (await browser.storage.session.get(key))[key] as { jobId: string; phase: string; summary: object } | undefined;
        if (job?.jobId === started.jobId && job.phase === 'done') return { links: listed.links.length, started: started.ok, summary: job.summary };
      }
      return { links: listed.links.length, started: started.ok, summary: null };
    });
    expect(result).toEqual({
      links: 4,
      started: true,
      summary: { created: 3, updated: 0, unchanged: 0, notPortrait: 1, failed: 0, cancelled: 0 },
    });
    await waitForListed(popup, IMPORTED.length + 1 + BULK.length);
    expect(await listedTitles(popup)).toEqual(expect.arrayContaining(BULK.map(townTitle)));
    await shot(popup, 'popup-bulk');
    await popup.close();
    await tab.close();
  });

  it("shows the options with Firefox's shortcut and where to change it, and switches the language", async () => {
    const page = await openAddonPage(session, '/options.html', { ready: '[data-ready="true"]' });
    // Firefox's commands API reports the manifest's suggested key; the hint names Firefox's own settings.
    expect(await page.$eval('[data-shortcut]', (el) => el.textContent)).toBe('Alt+Shift+K');
    expect(await page.$eval('main', (el) => (el as HTMLElement).innerText)).toContain('about:addons');
    expect(await page.$eval('#language option[value=browser]', (el) => el.textContent?.trim())).toBe('Same as the browser (English)');
    const heading = () => page.$eval('#language-heading', (el) => el.textContent);
    await page.select('#language', 'de');
    await page.waitForFunction(() => document.querySelector('#language-heading')?.textContent === 'Sprache');
    await shot(page, 'options-de');
    await page.select('#language', 'browser');
    await page.waitForFunction(() => document.querySelector('#language-heading')?.textContent === 'Language');
    expect(await heading()).toBe('Language');
    await page.close();
  });

  it('logged no error from the add-on meanwhile (its pages, background and content scripts)', () => {
    expect(session.addonErrors()).toEqual([]);
  });
});
