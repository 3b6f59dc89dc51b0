// Capture everywhere, in real Chromium with the built extension: the
// recognition badge per tab (portrait, non-portrait, already clipped), the
// context menu (page and link) and the keyboard command through the very
// handlers the browser events call, and a re-clip after the page changed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, WebWorker } from 'puppeteer-core';
import { OTHER_HOST, launchWithExtension, openPopup, type Session } from './support/extension';
import { clipInPopup } from './support/popup';
import { startSlowServer, type SlowServer } from './support/slow-server';
import { HOST, overviewHtml, portraitHtml, reportHtml, slugOf, titleOf, type PortraitSpec } from './support/portrait-page';
import { badgeOf, serviceWorker, storedState, tabIdOf, waitForBadge } from './support/service-worker';

const A: PortraitSpec = { nrw: 'Altenbruch', ukraine: 'Poltawa' };
const B: PortraitSpec = { nrw: 'Bergheide', ukraine: 'Tschernihiw' };
const C: PortraitSpec = { nrw: 'Kreis Ilmenhof', ukraine: 'Ternopil' };
const D: PortraitSpec = { nrw: 'Hohenbach', ukraine: 'Sumy' };
const REPORT = '/bericht-werkstattgespraech/';
const OVERVIEW = '/portraets/';
const MENU_ID = 'clip-partnership-portrait';

declare const chrome: { contextMenus: { update(id: string, p: object): Promise<void> } };

let server: SlowServer;
let session: Session;
let worker: WebWorker;

const httpUrl = (path: string) => `http://${HOST}${path}`;
const canonical = (spec: PortraitSpec) => `https://${HOST}${slugOf(spec)}`;

async function visit(path: string): Promise<{ page: Page; tabId: number }> {
  const page = await session.browser.newPage();
  await page.goto(httpUrl(path), { waitUntil: 'load' });
  return { page, tabId: await tabIdOf(worker, httpUrl(path)) };
}

type Outcome = { ok: boolean; status?: string; code?: string; reason?: string; record?: { url: string; title: string } };

function command(tabId: number): Promise<Outcome> {
  return worker.evaluate(
    (id) => (globalThis as unknown as { partnershipClipper: { handleCommand(c: string, t: { id: number }): Promise<unknown> } }).partnershipClipper.handleCommand('clip-page', { id }),
    tabId,
  ) as Promise<Outcome>;
}

function menuClick(tabId: number, info: { pageUrl?: string; linkUrl?: string }): Promise<Outcome> {
  return worker.evaluate(
    (id, menuItemId, extra) =>
      (globalThis as unknown as { partnershipClipper: { handleContextMenuClick(i: unknown, t: { id: number }): Promise<unknown> } }).partnershipClipper.handleContextMenuClick(
        { menuItemId, editable: false, ...extra },
        { id },
      ),
    tabId,
    MENU_ID,
    info,
  ) as Promise<Outcome>;
}

beforeAll(async () => {
  server = await startSlowServer();
  for (const spec of [A, B, C, D]) server.page(slugOf(spec), portraitHtml(spec));
  server.page(REPORT, reportHtml('Werkstattgespräch der Partnerschaftskommunen'));
  server.page('/andere-seite/', reportHtml('Eine andere Seite'));
  server.page(OVERVIEW, overviewHtml([{ path: slugOf(C), title: titleOf(C) }]));
  session = await launchWithExtension(server.port);
  worker = await serviceWorker(session);
});

afterAll(async () => {
  await session?.close();
  await server?.close();
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
    expect(settled.title).toMatch(/clipped \d{4}-\d{2}-\d{2}/);
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
    const outcome = await menuClick(tabId, { pageUrl: httpUrl(slugOf(B)) });
    expect(outcome.status).toBe('created');
    expect(outcome.record?.title).toBe(titleOf(B));
    await waitForBadge(worker, tabId, (b) => b.title.includes('Already in your collection'), 6000);
    await page.close();
  });

  it('on a link, fetches and parses the linked page without opening it', async () => {
    const { page, tabId } = await visit(OVERVIEW);
    const requestsBefore = server.requests.length;
    const outcome = await menuClick(tabId, { pageUrl: httpUrl(OVERVIEW), linkUrl: httpUrl(slugOf(C)) });
    expect(outcome.ok).toBe(true);
    expect(outcome.status).toBe('created');
    expect(outcome.record?.url).toBe(canonical(C));
    expect(server.requests.slice(requestsBefore)).toContain(slugOf(C));
    // The tab stayed on the overview.
    expect(page.url()).toBe(httpUrl(OVERVIEW));
    expect((await storedState(worker)).urls).toContain(canonical(C));
    await page.close();
  });

  it('is created on install, on pages and links', async () => {
    // update() rejects for an id that does not exist: the entry is there.
    const updated = await worker.evaluate((id) =>
      chrome.contextMenus.update(id, { contexts: ['page', 'link'] }).then(
        () => 'exists',
        (e: Error) => e.message,
      ),
    MENU_ID);
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
