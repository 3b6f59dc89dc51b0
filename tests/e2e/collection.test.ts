// The collection as a trustworthy store, through the real extension pages:
// search in the popup, tags and notes, export → clear → import round trip,
// a bad file that changes nothing, and a CSV that opens as the right rows.
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { openPopup, screenshot, visitPage } from './support/extension';
import { useExtensionSession } from './support/extension-session';
import { completePortraits, loadFixtures, serveFixtures, titleOf, type PageFixture } from './support/fixtures';
import { clickButton, waitForListed } from './support/popup';
import { clearDownloads, waitForDownload } from './support/downloads';
import { parseCsv } from '../../src/export/csv-parse';
import { migrateRecordsFile } from '../../src/record/migrate';

let portraits: PageFixture[];
const scratch = mkdtempSync(join(tmpdir(), 'pc-import-'));

async function openCollectionPage(): Promise<Page> {
  const page = await session.browser.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/collection.html`);
  await page.waitForSelector('[data-count]');
  return page;
}

async function countOn(page: Page): Promise<number> {
  return Number(await page.$eval('[data-count]', (el) => el.getAttribute('data-count')));
}

async function exportJson(page: Page): Promise<{ records: Array<Record<string, unknown>> }> {
  clearDownloads(session.downloadsDir);
  await clickButton(page, 'Export JSON');
  const file = await waitForDownload(session.downloadsDir, /\.json$/);
  return JSON.parse(file.content.toString('utf8'));
}

async function importFile(page: Page, path: string): Promise<void> {
  const input = await page.$('input[type=file]');
  await input!.uploadFile(path);
}

const { session } = useExtensionSession({
  pages: (server) => {
    const fixtures = loadFixtures();
    serveFixtures(server, fixtures);
    portraits = completePortraits(fixtures).slice(0, 3);
    if (portraits.length < 3) throw new Error('Need three portrait fixtures.');
  },
  clipFirst: () => portraits.map((f) => f.url),
});

describe('the collection in real Chromium', () => {
  it('searches as the user types, folding umlauts, and highlights the match', async () => {
    const page = await visitPage(session, portraits[0]!.url);
    const popup = await openPopup(session, page);
    await waitForListed(popup, 3);
    const target = titleOf(portraits[0]!);
    const word = target.split(/\s+/)[0]!;
    // Type a folded prefix of the first word (e.g. "Hurt" for "Hürth").
    const folded = word.normalize('NFD').replace(/\p{M}/gu, '').slice(0, 4);
    await popup.type('input[type=search]', folded);
    await popup.waitForFunction(
      (title) => {
        const titles = [...document.querySelectorAll('[data-record-id] .title')].map((el) => el.textContent);
        return titles.length >= 1 && titles.includes(title) && titles.length < 3;
      },
      {},
      target,
    );
    const marked = await popup.$$eval('[data-record-id] .title mark', (els) => els.map((el) => el.textContent));
    expect(marked.length).toBeGreaterThan(0);
    await screenshot(popup, 'popup-search');
    await popup.close();
    await page.close();
  });

  it('keeps tags and a note on a record, and offers the tag as a filter', async () => {
    const page = await visitPage(session, portraits[0]!.url);
    const popup = await openPopup(session, page);
    await waitForListed(popup, 3);
    await popup.locator('[data-record-id] button.details').click();
    await popup.waitForSelector('#tags-input');
    await popup.type('#tags-input', 'Energie, Schulen');
    await popup.keyboard.press('Tab');
    await popup.type('#note-input', 'Gute Idee für unsere Stadt');
    await popup.keyboard.press('Tab');
    await popup.waitForSelector('[role=status]');
    // The saved tags come back as suggestions for the next record's tags.
    await popup.waitForFunction(() =>
      ['Energie', 'Schulen'].every((tag) => [...document.querySelectorAll('#tag-suggestions option')].some((o) => o.getAttribute('value') === tag)),
    );
    await clickButton(popup, '← Back');
    await popup.waitForFunction(() => [...document.querySelectorAll('select option')].some((o) => o.textContent?.startsWith('Energie')));
    await popup.select('select[aria-label=Tag]', 'Energie');
    await waitForListed(popup, 1);
    await popup.close();
    await page.close();
  });

  it('export, clear, import gives back an identical collection', async () => {
    const manage = await openCollectionPage();
    expect(await countOn(manage)).toBe(3);
    const before = await exportJson(manage);
    expect(before.records).toHaveLength(3);
    const tagged = before.records.find((r) => (r.tags as string[]).includes('Energie'));
    expect(tagged?.note).toBe('Gute Idee für unsere Stadt');

    await clickButton(manage, 'Delete all partnerships');
    await manage.waitForFunction(() => document.querySelector('[data-count]')?.getAttribute('data-count') === '0');

    const path = join(scratch, 'export.json');
    writeFileSync(path, JSON.stringify(before));
    await importFile(manage, path);
    const summary = await manage.waitForSelector('[data-import-summary]');
    expect(await summary!.evaluate((el) => (el as HTMLElement).innerText)).toContain('3 new');
    await clickButton(manage, 'Import');
    await manage.waitForSelector('[data-import-done]');
    expect(await countOn(manage)).toBe(3);

    const after = await exportJson(manage);
    const byUrl = (rs: Array<Record<string, unknown>>) => [...rs].sort((a, b) => String(a.url).localeCompare(String(b.url)));
    expect(byUrl(after.records)).toEqual(byUrl(before.records));
    await screenshot(manage, 'collection-imported');
    await manage.close();
  });

  it('a file with one invalid record changes nothing and says which field is wrong', async () => {
    const manage = await openCollectionPage();
    const before = await exportJson(manage);
    const broken = structuredClone(before);
    (broken.records[1]!.answers as Array<Record<string, unknown>>)[3]!.questionId = 5;
    broken.records[0]!.title = 'A new title that must not be stored';
    const path = join(scratch, 'broken.json');
    writeFileSync(path, JSON.stringify(broken));
    await importFile(manage, path);
    const summary = await manage.waitForSelector('[data-import-summary]');
    const text = await summary!.evaluate((el) => (el as HTMLElement).innerText);
    expect(text).toContain('1 invalid');
    // Counted from 1, as people count, and named by its title.
    const second = broken.records[1]!.title as string;
    expect(text).toContain(`record 2 (${JSON.stringify(second)}): answers[3].questionId`);
    const importButton = await manage.$('[data-import-summary] button.primary');
    expect(await importButton!.evaluate((b) => (b as HTMLButtonElement).disabled)).toBe(true);
    const after = await exportJson(manage);
    expect(after.records).toEqual(before.records);
    await manage.close();
  });

  it('rejects a file that is not JSON with a specific message', async () => {
    const manage = await openCollectionPage();
    const path = join(scratch, 'notes.json');
    writeFileSync(path, 'Dies ist keine JSON-Datei');
    await importFile(manage, path);
    const error = await manage.waitForSelector('[data-import-error]');
    expect(await error!.evaluate((el) => el.textContent)).toMatch(/not valid JSON/i);
    expect(await countOn(manage)).toBe(3);
    await manage.close();
  });

  it('exports CSV that parses into one row per partnership and one column per question', async () => {
    const manage = await openCollectionPage();
    clearDownloads(session.downloadsDir);
    await clickButton(manage, 'Export CSV');
    const file = await waitForDownload(session.downloadsDir, /\.csv$/);
    const text = file.content.toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(text.slice(1), ',');
    const [header, ...body] = rows.filter((r) => r.length > 1);
    expect(body).toHaveLength(3);
    const utilitiesColumn = header!.findIndex((h) => h.startsWith('municipal-utilities'));
    expect(utilitiesColumn).toBeGreaterThan(-1);
    expect(header!.filter((h) => /^[a-z-]+ [A-ZÄÖÜ]/.test(h) && h.endsWith('?'))).toHaveLength(12);
    const titleColumn = header!.indexOf('title');
    expect(body.map((r) => r[titleColumn]).sort()).toEqual(portraits.map(titleOf).sort());
    await manage.close();
  });

  it('a full backup brings back the records and the settings after the collection was cleared', async () => {
    const manage = await openCollectionPage();
    expect(await countOn(manage)).toBe(3);
    // Settings live in extension storage (WXT item 'local:settings.csvDelimiter').
    const storage = (p: Page) => ({
      set: (value: string) =>
        p.evaluate((v) => (globalThis as unknown as { chrome: any }).chrome.storage.local.set({ 'settings.csvDelimiter': v }), value),
      get: () =>
        p.evaluate(async () => (await (globalThis as unknown as { chrome: any }).chrome.storage.local.get('settings.csvDelimiter'))['settings.csvDelimiter']),
    });
    await storage(manage).set(';');
    const before = await exportJson(manage);

    clearDownloads(session.downloadsDir);
    await clickButton(manage, 'Download full backup');
    const file = await waitForDownload(session.downloadsDir, /backup.*\.json$/);
    const backup = JSON.parse(file.content.toString('utf8')) as { format: string; records: unknown[]; settings: Array<{ key: string; value: unknown }> };
    expect(backup.format).toBe('partnership-clipper/backup');
    expect(backup.records).toHaveLength(3);
    expect(backup.settings).toContainEqual({ key: 'local:settings.csvDelimiter', value: ';' });

    // Change the setting and clear the collection: the backup must bring both back.
    await storage(manage).set(',');
    await clickButton(manage, 'Delete all partnerships');
    await manage.waitForFunction(() => document.querySelector('[data-count]')?.getAttribute('data-count') === '0');

    const path = join(scratch, 'backup.json');
    writeFileSync(path, file.content);
    await importFile(manage, path);
    const summary = await manage.waitForSelector('[data-import-summary]');
    expect(await summary!.evaluate((el) => (el as HTMLElement).innerText)).toContain('3 new');
    await clickButton(manage, 'Import');
    const done = await manage.waitForSelector('[data-import-done]');
    expect(await done!.evaluate((el) => (el as HTMLElement).innerText)).toMatch(/3 settings restored/);
    expect(await countOn(manage)).toBe(3);
    expect(await storage(manage).get()).toBe(';');

    const after = await exportJson(manage);
    const byUrl = (rs: Array<Record<string, unknown>>) => [...rs].sort((a, b) => String(a.url).localeCompare(String(b.url)));
    expect(byUrl(after.records)).toEqual(byUrl(before.records));
    await storage(manage).set('auto');
    await manage.close();
  });

  it('withdraws the Undo of "Clear all" once a file was imported, and keeps the imported copy whole', async () => {
    const manage = await openCollectionPage();
    // Compare records as stored: a version 2 export adds derived topics and organisations to each answer.
    const stored = (json: unknown) => {
      const read = migrateRecordsFile(json);
      if (!read.ok) throw new Error(read.error);
      return read.file.records as unknown as Array<Record<string, unknown>>;
    };
    const [first] = stored(await exportJson(manage));
    const later = (iso: unknown, hours: number) => new Date(Date.parse(String(iso)) + hours * 3_600_000).toISOString();
    const fileOf = (records: Array<Record<string, unknown>>) => ({ format: 'partnership-clipper/records', version: 1, exportedAt: later(first!.updatedAt, 9), records });
    const writeFile = (name: string, records: Array<Record<string, unknown>>) => {
      const path = join(scratch, name);
      writeFileSync(path, JSON.stringify(fileOf(records)));
      return path;
    };
    // My copy, tagged "lokal".
    const mine = { ...first!, tags: ['lokal'], updatedAt: later(first!.updatedAt, 1) };
    await importFile(manage, writeFile('mine.json', [mine]));
    await manage.waitForSelector('[data-import-summary]');
    await clickButton(manage, 'Import');
    await manage.waitForSelector('[data-import-done]');

    await clickButton(manage, 'Delete all partnerships');
    await manage.waitForFunction(() => document.querySelector('[data-count]')?.getAttribute('data-count') === '0');
    await manage.waitForFunction(() => [...document.querySelectorAll('[data-import-done] button')].some((b) => b.textContent === 'Undo'));

    // A colleague's newer copy of the same record: same id, one more answer, her tag and note.
    const extra = { number: null, questionId: null, question: 'Was planen Sie als Nächstes?', markdown: 'Einen Schulaustausch im Herbst.', text: 'Einen Schulaustausch im Herbst.' };
    const colleague = { ...mine, answers: [...(first!.answers as unknown[]), extra], tags: ['kollegin'], note: 'Ergänzt von Frau Brandt', updatedAt: later(first!.updatedAt, 2) };
    await importFile(manage, writeFile('colleague.json', [colleague]));
    const summary = await manage.waitForSelector('[data-import-summary]');
    expect(await summary!.evaluate((el) => (el as HTMLElement).innerText)).toContain('1 new');
    await clickButton(manage, 'Import');
    await manage.waitForSelector('[data-import-done]');
    expect(await manage.$$eval('[data-import-done] button', (els) => els.map((b) => b.textContent))).toEqual([]);
    await screenshot(manage, 'collection-undo-withdrawn');

    expect(stored(await exportJson(manage))).toEqual([colleague]);
    await manage.close();
  });

  it('names the page and its language from the locale messages', async () => {
    const manage = await openCollectionPage();
    expect(await manage.title()).toBe('Import & backup – Partnership Clipper');
    expect(await manage.$eval('html', (el) => el.lang)).toMatch(/^en/);
    await manage.close();
  });
});
