// Check for updates and readable revisions, through the real extension pages:
// three clipped portraits, two changed on the server and one removed; the
// check reports them (a 429 with Retry-After on the way is waited out), a diff
// opens, one change is applied, and its revision list restores and undoes.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { join } from 'node:path';
import { ARTIFACTS_DIR, openPopup, screenshot, visitPage } from './support/extension';
import { useExtensionSession } from './support/extension-session';
import { HOST, overviewHtml, portraitHtml, slugOf, titleOf, type PortraitSpec } from './support/portrait-page';
import { waitForListed } from './support/popup';
import { serviceWorker, storedState } from './support/service-worker';
import { seriousAxeViolations } from './support/axe';

const ALPHA: PortraitSpec = { nrw: 'Altenbruch', ukraine: 'Poltawa' };
const BETA: PortraitSpec = { nrw: 'Bergheide', ukraine: 'Tschernihiw' };
const GAMMA: PortraitSpec = { nrw: 'Dorstenfeld', ukraine: 'Schytomyr' };
const NEW_ON_SITE: PortraitSpec = { nrw: 'Eichhagen', ukraine: 'Uschhorod' };

/** The fixture server speaks plain HTTP, so the pages name themselves with http:// URLs. */
const urlOf = (spec: PortraitSpec) => `http://${HOST}${slugOf(spec)}`;
const serve = (spec: PortraitSpec, options = {}) => server.page(urlOf(spec), portraitHtml(spec).replaceAll(`https://${HOST}`, `http://${HOST}`), options);

async function openCollectionPage(): Promise<Page> {
  const page = await session.browser.newPage();
  await page.setViewport({ width: 900, height: 900 });
  await page.goto(`chrome-extension://${session.extensionId}/collection.html`);
  await page.waitForSelector('[data-check-updates]');
  return page;
}

/** A screenshot of one part of the page (the README shows these). */
async function screenshotOf(page: Page, selector: string, name: string): Promise<void> {
  const element = await page.$(selector);
  await element!.screenshot({ path: join(ARTIFACTS_DIR, `${name}.png`) });
}

/** Opens the popup's details of the listed record with this title. */
async function openDetails(popup: Page, title: string): Promise<void> {
  await popup.waitForSelector('[data-record-id] button.details');
  const rows = await popup.$$('[data-record-id]');
  for (const row of rows) {
    if ((await row.$eval('.title', (el) => el.textContent?.trim())) !== title) continue;
    await (await row.$('button.details'))!.click();
    await popup.waitForSelector('#details-title');
    return;
  }
  throw new Error(`No listed record titled ${title}`);
}

const { server, session } = useExtensionSession({
  pages: () => {
    for (const spec of [ALPHA, BETA, GAMMA]) serve(spec);
  },
  clipFirst: () => [ALPHA, BETA, GAMMA].map(urlOf),
});

beforeAll(async () => {
  // The site changes: Alpha's first answer and interviewee, Beta's kind; Gamma is taken down.
  serve({ ...ALPHA, revision: 3, interviewee: 'Jana Neumann, Stadt Altenbruch' });
  // Beta answers its first request with 429 Retry-After: 2; the check must wait, then fetch it again.
  serve({ ...BETA, kind: 'Kommunalpartnerschaft' }, { firstAnswers: [{ status: 429, headers: { 'retry-after': '2' } }] });
  server.remove(urlOf(GAMMA));
  // An overview page of the site links to the three and to one portrait not collected yet.
  server.page(
    `http://${HOST}/ukraine/`,
    overviewHtml([ALPHA, BETA, GAMMA, NEW_ON_SITE].map((s) => ({ path: slugOf(s), title: titleOf(s) }))),
  );
  serve(NEW_ON_SITE);
}, 120_000);

describe('check for updates in real Chromium', () => {
  let page: Page;

  it('reports changed, gone and new portraits without saving anything, honouring Retry-After', async () => {
    page = await openCollectionPage();
    server.timeline.length = 0;
    await page.locator('[data-check-updates]').click();
    await page.waitForSelector('[data-check-summary][data-phase="done"]', { timeout: 30_000 });
    const counts = await page.$eval('[data-check-counts]', (el) => el.textContent);
    expect(counts).toBe('2 changed · 1 no longer online');
    expect(await page.$$eval('[data-changed]', (els) => els.map((el) => el.getAttribute('data-changed')))).toEqual([urlOf(ALPHA), urlOf(BETA)]);
    expect(await page.$eval(`[data-changed="${urlOf(ALPHA)}"] [data-change-summary]`, (el) => el.textContent)).toBe(
      'answer 1 changed, interviewee changed',
    );
    expect(await page.$eval(`[data-changed="${urlOf(BETA)}"] [data-change-summary]`, (el) => el.textContent)).toBe('kind of partnership changed');
    expect(await page.$eval('[data-gone]', (el) => el.textContent)).toContain('no longer online (HTTP 404)');
    expect(await page.$eval('[data-new-portraits]', (el) => el.textContent)).toBe('1 new portrait on the site');

    // 429 honoured: Beta was asked again only after the 2 s it was told to wait.
    const beta = server.timeline.filter((r) => r.path === slugOf(BETA));
    expect(beta).toHaveLength(2);
    expect(beta[1]!.at - beta[0]!.at).toBeGreaterThanOrEqual(1900);
    // Never more than two requests at a time to the site.
    expect(server.peakConcurrency.get(HOST)).toBeLessThanOrEqual(2);
    await screenshot(page, 'collection-update-summary');
    await screenshotOf(page, '[data-updates]', 'tab-update-summary');

    // Nothing was saved yet: no record has an earlier version.
    const worker = await serviceWorker(session);
    const stored = await storedState(worker);
    expect(stored.revisions).toBe(0);
  });

  it('opens the diff of a change, with the words added and removed', async () => {
    await page.locator(`[data-changed="${urlOf(ALPHA)}"] [data-show-update-diff]`).click();
    await page.waitForSelector(`[data-changed="${urlOf(ALPHA)}"] [data-diff]`);
    const region = `[data-changed="${urlOf(ALPHA)}"] [data-diff]`;
    expect(await page.$eval(`${region} [data-diff-field="interviewee"]`, (el) => [...el.querySelectorAll('ins')].map((i) => i.lastChild?.textContent))).toEqual(['Jana Neumann']);
    const question = await page.$eval(`${region} [data-diff-question="1"]`, (el) => ({
      added: [...el.querySelectorAll('ins')].map((i) => i.lastChild?.textContent).join(''),
      changed: el.getAttribute('data-change'),
    }));
    expect(question).toEqual({ added: 'im Jahr 2024 ', changed: 'changed' });
    const expanded = await page.$eval(`[data-changed="${urlOf(ALPHA)}"] [data-show-update-diff]`, (el) => el.getAttribute('aria-expanded'));
    expect(expanded).toBe('true');
    await screenshot(page, 'collection-update-diff');
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('applies one change; its revision list shows the old version, restores it and undoes the restore', async () => {
    await page.locator(`[data-changed="${urlOf(ALPHA)}"] [data-apply]`).click();
    const applied = `[data-applied="${urlOf(ALPHA)}"]`;
    await page.waitForSelector(`${applied} [data-revision]`);
    expect(await page.$$eval('[data-changed]', (els) => els.map((el) => el.getAttribute('data-changed')))).toEqual([urlOf(BETA)]);
    const row = await page.$eval(`${applied} [data-revision]`, (el) => ({
      dates: el.querySelector('[data-revision-dates]')?.textContent ?? '',
      summary: el.querySelector('[data-revision-summary]')?.textContent ?? '',
    }));
    expect(row.dates).toMatch(/^Clipped .+ · replaced .+$/);
    expect(row.summary).toBe('The next version: answer 1 changed, interviewee changed');

    // Keyboard: focus "Show changes" and press Enter; the diff appears before the Restore button.
    await page.focus(`${applied} [data-show-diff]`);
    await page.keyboard.press('Enter');
    await page.waitForSelector(`${applied} [data-revision] [data-diff]`);
    const order = await page.$eval(`${applied} [data-revision]`, (el) => {
      const diff = el.querySelector('[data-diff]')!;
      const restore = el.querySelector('[data-restore]')!;
      return diff.compareDocumentPosition(restore) & Node.DOCUMENT_POSITION_FOLLOWING ? 'diff first' : 'button first';
    });
    expect(order).toBe('diff first');
    expect(await page.$eval(`${applied} [data-revision] [data-diff-field="interviewee"]`, (el) => el.querySelector('del')?.textContent)).toContain('Erika Beispiel');
    await screenshot(page, 'revision-diff');
    await screenshotOf(page, applied, 'tab-revision-diff');

    await page.locator(`${applied} [data-restore]`).click();
    await page.waitForSelector(`${applied} [data-restored]`);
    // The restored content is current again, and the applied version became a revision itself.
    await page.waitForFunction((sel) => document.querySelectorAll(`${sel} [data-revision]`).length === 2, {}, applied);
    const popupCheck = await visitPage(session, urlOf(ALPHA));
    const popup = await openPopup(session, popupCheck);
    await waitForListed(popup, 3);
    await openDetails(popup, titleOf(ALPHA));
    await popup.waitForSelector('[data-revision]');
    expect(await popup.$$eval('[data-revision]', (els) => els.length)).toBe(2);
    const current = await popup.$eval('details.answers', (el) => el.textContent ?? '');
    expect(current).not.toContain('im Jahr 2024');
    await screenshot(popup, 'popup-revisions');
    // The page that is gone: its record is kept and says so.
    await popup.locator('button::-p-text(← Back)').click();
    await openDetails(popup, titleOf(GAMMA));
    expect(await popup.$eval('[data-offline]', (el) => el.textContent)).toMatch(/^No longer online: the page answered HTTP 404/);
    await popup.close();
    await popupCheck.close();

    await page.locator(`${applied} [data-undo-restore]`).click();
    await page.waitForFunction((sel) => document.querySelectorAll(`${sel} [data-revision]`).length === 3, {}, applied);
    expect(await page.$eval(`${applied} [data-restored]`, (el) => el.textContent)).toContain('Restore undone');
  });

  it('a scheduled check (what the alarm runs) opens the collection page in a background tab and checks there', async () => {
    const worker = await serviceWorker(session);
    const existing = page.target();
    const requestsBefore = server.timeline.length;
    const opened = session.browser.waitForTarget((t) => t.url().includes('/collection.html') && t !== existing, { timeout: 10_000 });
    await worker.evaluate(() =>
      (globalThis as unknown as { partnershipClipper: { runScheduledCheck(): Promise<void> } }).partnershipClipper.runScheduledCheck(),
    );
    const tab = await (await opened).asPage();
    await tab.waitForSelector('[data-check-summary][data-phase="done"]', { timeout: 30_000 });
    // Alpha is as on the site again (the restore was undone), Beta still differs, Gamma is still gone.
    expect(await tab.$eval('[data-check-counts]', (el) => el.textContent)).toBe('1 changed · 1 unchanged · 1 no longer online');
    expect(tab.url()).not.toContain('#check-updates');
    // It fetched the three stored pages again (and the overview pages).
    const fetched = server.timeline.slice(requestsBefore).map((r) => r.path);
    for (const spec of [ALPHA, BETA, GAMMA]) expect(fetched).toContain(slugOf(spec));
    await tab.close();
  });

  it('clips the new portrait an overview page links, with the existing bulk clip', async () => {
    expect(await page.$eval('[data-new-portraits]', (el) => el.textContent)).toBe('1 new portrait on the site');
    const opened = session.browser.waitForTarget((t) => t.url().endsWith('/ukraine/'), { timeout: 10_000 });
    await page.locator('[data-clip-new]').click();
    await opened;
    // The overview tab is in front now: poll by time, a hidden page gets no animation frames.
    await page.waitForFunction(() => document.querySelector('[data-count]')?.getAttribute('data-count') === '4', { timeout: 20_000, polling: 200 });
    expect(await page.$eval('[data-bulk-message]', (el) => el.textContent)).toContain('Clipping 1 portrait');
    const stored = await storedState(await serviceWorker(session));
    expect(stored.urls).toContain(urlOf(NEW_ON_SITE));
  });
});
