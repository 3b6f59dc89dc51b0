// Capture everywhere, in real Chromium with the built extension: the
// recognition badge per tab (portrait, non-portrait, already clipped), the
// context menu (page and link) and the keyboard command through the very
// handlers the browser events call, a re-clip after the page changed, and the
// badge following deletes made in the popup and on the collection page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page, WebWorker } from 'puppeteer-core';
import { EXTENSION_DIR, OTHER_HOST, openPopup } from './support/extension';
import { useExtensionSession } from './support/extension-session';
import { clickButton, clipInPopup } from './support/popup';
import { HOST, overviewHtml, portraitHtml, reportHtml, slugOf, titleOf, type PortraitSpec } from './support/portrait-page';
import { badgeOf, CLIP_MENU_ID, contextMenuClick, serviceWorker, storedState, tabIdOf, waitForBadge, type ClipOutcome } from './support/service-worker';

const A: PortraitSpec = { nrw: 'Altenbruch', ukraine: 'Poltawa' };
const B: PortraitSpec = { nrw: 'Bergheide', ukraine: 'Tschernihiw' };
const C: PortraitSpec = { nrw: 'Kreis Ilmenhof', ukraine: 'Ternopil' };
const D: PortraitSpec = { nrw: 'Hohenbach', ukraine: 'Sumy' };
const E: PortraitSpec = { nrw: 'Lindenfeld', ukraine: 'Riwne' };
const REPORT = '/bericht-werkstattgespraech/';
const OVERVIEW = '/portraets/';

declare const chrome: {
  contextMenus: { update(id: string, p: object): Promise<void> };
  commands: { getAll(): Promise<{ name?: string; description?: string }[]> };
  i18n: { getMessage(name: string): string };
};

let worker: WebWorker;

const httpUrl = (path: string) => `http://${HOST}${path}`;
const canonical = (spec: PortraitSpec) => `https://${HOST}${slugOf(spec)}`;

async function visit(path: string): Promise<{ page: Page; tabId: number }> {
  const page = await session.browser.newPage();
  await page.goto(httpUrl(path), { waitUntil: 'load' });
  return { page, tabId: await tabIdOf(worker, httpUrl(path)) };
}

function command(tabId: number): Promise<ClipOutcome> {
  return worker.evaluate(
    (id) => (globalThis as unknown as { partnershipClipper: { handleCommand(c: string, t: { id: number }): Promise<unknown> } }).partnershipClipper.handleCommand('clip-page', { id }),
    tabId,
  ) as Promise<ClipOutcome>;
}

const { server, session } = useExtensionSession({
  pages: (server) => {
    for (const spec of [A, B, C, D, E]) server.page(slugOf(spec), portraitHtml(spec));
    server.page(REPORT, reportHtml('Werkstattgespräch der Partnerschaftskommunen'));
    server.page('/andere-seite/', reportHtml('Eine andere Seite'));
    server.page(OVERVIEW, overviewHtml([{ path: slugOf(C), title: titleOf(C) }]));
  },
});

beforeAll(async () => {
  worker = await serviceWorker(session);
});

describe('recognition badge', () => {
  it('marks a portrait as recognised, and clears when the tab moves on to a non-portrait', async () => {
    const { page, tabId } = await visit(slugOf(A));
    const recognised = await waitForBadge(worker, tabId, (b) => b.text !== '');
    expect(recognised.text).toBe('+');
    expect(recognised.title).toContain('Portrait recognised');

    await page.goto(httpUrl(REPORT), { waitUntil: 'load' });
    // The recognition script reported the report page: no badge, default title.
    const cleared = await waitForBadge(worker, tabId, (b) => b.text === '');
    expect(cleared.title).toBe('Partnership Clipper');
    await new Promise((r) => setTimeout(r, 500));
    expect((await badgeOf(worker, tabId)).text).toBe('');

    // Leaving the site for one the extension may not read clears the badge too.
    await page.goto(httpUrl(slugOf(A)), { waitUntil: 'load' });
    await waitForBadge(worker, tabId, (b) => b.text === '+');
    await page.goto(`http://${OTHER_HOST}/andere-seite/`, { waitUntil: 'load' });
    expect((await waitForBadge(worker, tabId, (b) => b.text === '')).title).toBe('Partnership Clipper');
    await page.close();
  });
});

describe('keyboard command', () => {
  it('clips the tab without the popup and confirms through the badge, then shows "already in your collection"', async () => {
    const { page, tabId } = await visit(slugOf(A));
    await waitForBadge(worker, tabId, (b) => b.text === '+');
    const outcome = await command(tabId);
    expect(outcome.ok).toBe(true);
    expect(outcome.status).toBe('created');
    expect(outcome.record?.url).toBe(canonical(A));
    const confirmed = await badgeOf(worker, tabId);
    expect(confirmed.text).toBe('✓');
    expect(confirmed.title).toContain('Clipped: Altenbruch – Poltawa');
    const settled = await waitForBadge(worker, tabId, (b) => b.title.includes('Already in your collection'), 6000);
    expect(settled.text).toBe('✓');
    // The clip date in the UI language's format (en-US here) and the local time zone.
    const today = await worker.evaluate(() => new Date().toLocaleDateString('en-US', { year: 'numeric', month: '2-digit', day: '2-digit' }));
    expect(settled.title).toContain(`(clipped ${today})`);
    expect((await storedState(worker)).urls).toEqual([canonical(A)]);
    await page.close();
  });

  it('shows "already in your collection" on a fresh visit, and no false "already clipped" on another portrait', async () => {
    const a = await visit(slugOf(A));
    const b = await visit(slugOf(B));
    expect((await waitForBadge(worker, a.tabId, (x) => x.text !== '')).title).toContain('Already in your collection');
    const other = await waitForBadge(worker, b.tabId, (x) => x.text !== '');
    expect(other.text).toBe('+');
    expect(other.title).not.toContain('Already');
    await a.page.close();
    await b.page.close();
  });

  it('refuses a non-portrait page with a red "!" and stores nothing', async () => {
    const { page, tabId } = await visit(REPORT);
    const before = await storedState(worker);
    const outcome = await command(tabId);
    expect(outcome.ok).toBe(false);
    const badge = await badgeOf(worker, tabId);
    expect(badge.text).toBe('!');
    expect(badge.title).toContain('Not clipped');
    expect(await storedState(worker)).toEqual(before);
    await page.close();
  });
});

describe('context menu', () => {
  it('"Clip partnership portrait" on the page clips it', async () => {
    const { page, tabId } = await visit(slugOf(B));
    const outcome = await contextMenuClick(worker, tabId, { pageUrl: httpUrl(slugOf(B)) });
    expect(outcome.status).toBe('created');
    expect(outcome.record?.title).toBe(titleOf(B));
    await waitForBadge(worker, tabId, (b) => b.title.includes('Already in your collection'), 6000);
    await page.close();
  });

  it('on a link, fetches and parses the linked page without opening it', async () => {
    const { page, tabId } = await visit(OVERVIEW);
    const requestsBefore = server.paths.length;
    const outcome = await contextMenuClick(worker, tabId, { pageUrl: httpUrl(OVERVIEW), linkUrl: httpUrl(slugOf(C)) });
    expect(outcome.ok).toBe(true);
    expect(outcome.status).toBe('created');
    expect(outcome.record?.url).toBe(canonical(C));
    expect(server.paths.slice(requestsBefore)).toContain(slugOf(C));
    // The tab stayed on the overview.
    expect(page.url()).toBe(httpUrl(OVERVIEW));
    expect((await storedState(worker)).urls).toContain(canonical(C));
    await page.close();
  });

  it('the command description comes from the locale files', async () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as { commands: Record<string, { description: string }> };
    expect(manifest.commands['clip-page']!.description).toBe('__MSG_commandClipPage__');
    // Chromium accepted it and resolved it in the UI language.
    const commands = await worker.evaluate(() => chrome.commands.getAll());
    expect(commands.find((c) => c.name === 'clip-page')?.description).toBe('Clip the current page into the collection');
  });

  it('is created on install, on pages and links', async () => {
    // update() rejects for an id that does not exist: the entry is there.
    const updated = await worker.evaluate((id) =>
      chrome.contextMenus.update(id, { contexts: ['page', 'link'] }).then(
        () => 'exists',
        (e: Error) => e.message,
      ),
    CLIP_MENU_ID);
    expect(updated).toBe('exists');
  });

  it('ignores clicks on menu entries that are not ours', async () => {
    const { page, tabId } = await visit(slugOf(B));
    const outcome = await worker.evaluate(
      (id) =>
        (globalThis as unknown as { partnershipClipper: { handleContextMenuClick(i: unknown, t: { id: number }): Promise<unknown> } }).partnershipClipper.handleContextMenuClick(
          { menuItemId: 'something-else', editable: false },
          { id },
        ),
      tabId,
    );
    expect(outcome).toBeNull();
    await page.close();
  });
});

describe('popup clip', () => {
  it('turns the badge from "recognised" to "already in your collection"', async () => {
    const { page, tabId } = await visit(slugOf(D));
    await waitForBadge(worker, tabId, (b) => b.text === '+');
    const popup = await openPopup(session, page);
    // The popup declares the language its text is in: the browser's, as the browser resolves it to a shipped one.
    const uiLanguage = await popup.evaluate(() => navigator.language.split('-')[0]!);
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe(['de', 'en', 'uk'].includes(uiLanguage) ? uiLanguage : 'en');
    expect((await clipInPopup(popup)).status).toBe('created');
    const badge = await waitForBadge(worker, tabId, (b) => b.title.includes('Already in your collection'));
    expect(badge.text).toBe('✓');
    await popup.close();
    await page.close();
  });
});

describe('re-clip', () => {
  it('after the page changed says "updated, previous version kept"; unchanged says so too', async () => {
    const before = await storedState(worker);
    server.page(slugOf(A), portraitHtml({ ...A, revision: 2 }));
    const { page, tabId } = await visit(slugOf(A));
    const updated = await command(tabId);
    expect(updated.status).toBe('updated');
    expect((await badgeOf(worker, tabId)).title).toContain('Updated, previous version kept');
    const after = await storedState(worker);
    expect(after.urls).toEqual(before.urls);
    expect(after.revisions).toBe(before.revisions + 1);

    const again = await command(tabId);
    expect(again.status).toBe('unchanged');
    expect((await badgeOf(worker, tabId)).title).toContain('Already clipped, nothing changed');
    expect((await storedState(worker)).revisions).toBe(after.revisions);
    await page.close();
  });
});

/** Clicks the checkbox of the popup's list entry titled `title`. */
async function selectInPopup(popup: Page, title: string): Promise<void> {
  await popup.waitForFunction(
    (t) => [...document.querySelectorAll('[data-record-id] .title')].some((el) => el.textContent?.trim() === t),
    { timeout: 10_000 },
    title,
  );
  await popup.evaluate((t) => {
    const entry = [...document.querySelectorAll('[data-record-id]')].find((li) => li.querySelector('.title')?.textContent?.trim() === t);
    (entry!.querySelector('input[type=checkbox]') as HTMLInputElement).click();
  }, title);
}

/** Marks the page's window, so a reload (which would refresh the badge anyway) shows. */
async function markNotReloaded(page: Page): Promise<() => Promise<boolean>> {
  await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
  return () => page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded === true);
}

describe('badge follows the collection', () => {
  it('goes back to "portrait recognised" when the record is deleted in the popup, without reloading the tab', async () => {
    const { page, tabId } = await visit(slugOf(E));
    await waitForBadge(worker, tabId, (b) => b.text === '+');
    expect((await command(tabId)).status).toBe('created');
    await waitForBadge(worker, tabId, (b) => b.title.includes('Already in your collection'), 6000);
    const stillSamePage = await markNotReloaded(page);

    const popup = await openPopup(session, page);
    await selectInPopup(popup, titleOf(E));
    await clickButton(popup, 'Delete (1)');
    const badge = await waitForBadge(worker, tabId, (b) => b.text === '+');
    expect(badge.title).toContain('Portrait recognised');
    expect(badge.title).not.toContain('Already');
    expect((await storedState(worker)).urls).not.toContain(canonical(E));
    expect(await stillSamePage()).toBe(true);
    await popup.close();
    await page.close();
  });

  it('goes back to "portrait recognised" after "Delete all partnerships" on the collection page', async () => {
    const { page, tabId } = await visit(slugOf(A));
    await waitForBadge(worker, tabId, (b) => b.title.includes('Already in your collection'));
    const stillSamePage = await markNotReloaded(page);

    const manage = await session.browser.newPage();
    await manage.goto(`chrome-extension://${session.extensionId}/collection.html`);
    await clickButton(manage, 'Delete all partnerships');
    await manage.waitForFunction(() => document.querySelector('[data-count]')?.getAttribute('data-count') === '0');
    const badge = await waitForBadge(worker, tabId, (b) => b.text === '+');
    expect(badge.title).toContain('Portrait recognised');
    expect((await storedState(worker)).urls).toEqual([]);
    expect(await stillSamePage()).toBe(true);
    await manage.close();
    await page.close();
  });
});
