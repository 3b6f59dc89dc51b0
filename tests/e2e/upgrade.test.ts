// Issue 17, item 8, in real Chromium: a v1 database with one malformed row
// opens in the extension, every other record upgraded; the collection page
// says a row was kept aside and downloads it.
import { describe, expect, it } from 'vitest';
import { screenshot } from './support/extension';
import { useExtensionSession } from './support/extension-session';
import { clickButton } from './support/popup';
import { clearDownloads, waitForDownload } from './support/downloads';

const { session } = useExtensionSession();

/** Replaces the extension's database with a v1 one (Dexie's version 1 is IndexedDB version 10), as the first release left it. */
const WRITE_V1_DATABASE = async (rows: unknown[]) => {
  await new Promise<void>((resolve, reject) => {
    const del = indexedDB.deleteDatabase('partnership-clipper');
    del.onsuccess = () => resolve();
    del.onerror = () => reject(del.error);
  });
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('partnership-clipper', 10);
    open.onupgradeneeded = () => {
      const store = open.result.createObjectStore('records', { keyPath: 'id' });
      store.createIndex('url', 'url', { unique: true });
      store.createIndex('capturedAt', 'capturedAt');
    };
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction('records', 'readwrite');
    for (const row of rows) tx.objectStore('records').add(row);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
};

function v1Row(i: number, answers: unknown[] = [{ number: 1, questionId: 'first-contact', question: 'Wie kam es zum Erstkontakt?', markdown: `Über die Feuerwehr ${i}.`, text: `Über die Feuerwehr ${i}.` }]) {
  return {
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    url: `https://staedtepartnerschaftennrw.org/alt-${i}/`,
    title: `Altstadt ${i} – Lwiw`,
    partners: [`Altstadt ${i}`, 'Lwiw'],
    kind: 'Städtepartnerschaft',
    interviewee: null,
    interviewer: null,
    photoCredit: null,
    intro: null,
    answers,
    extractor: 'portrait',
    warnings: [],
    capturedAt: `2025-0${1 + (i % 9)}-01T10:00:00.000Z`,
  };
}

describe('upgrading a v1 database in the extension', () => {
  it('opens with the good rows and offers the malformed one for download', async () => {
    const options = await session.browser.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    const broken = v1Row(99, [null]);
    await options.evaluate(`(${WRITE_V1_DATABASE.toString()})(${JSON.stringify([v1Row(1), v1Row(2), broken, v1Row(3)])})`);
    await options.close();

    const manage = await session.browser.newPage();
    await manage.goto(`chrome-extension://${session.extensionId}/collection.html`);
    await manage.waitForFunction(() => document.querySelector('[data-count]')?.getAttribute('data-count') === '3');
    const section = await manage.waitForSelector('[data-quarantine="1"]');
    expect(await section!.evaluate((el) => (el as HTMLElement).innerText)).toMatch(/1 stored row could not be converted/);
    await screenshot(manage, 'collection-quarantine');

    clearDownloads(session.downloadsDir);
    await clickButton(manage, 'Download rows kept aside');
    const file = await waitForDownload(session.downloadsDir, /quarantine.*\.json$/);
    const kept = JSON.parse(file.content.toString('utf8')) as { format: string; rows: Array<{ reason: string; row: unknown }> };
    expect(kept.format).toBe('partnership-clipper/quarantine');
    expect(kept.rows).toEqual([expect.objectContaining({ reason: 'answers[0] is not an object', row: broken })]);
    await manage.close();
  });

  it('shows the upgrade\'s progress in the page that triggers it, then the collection', async () => {
    const options = await session.browser.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    const rows = Array.from({ length: 3000 }, (_, i) => v1Row(1000 + i));
    await options.evaluate(`(${WRITE_V1_DATABASE.toString()})(${JSON.stringify(rows)})`);
    await options.close();

    const manage = await session.browser.newPage();
    // Record every progress figure the page shows, from before its own scripts run.
    await manage.evaluateOnNewDocument(`(() => {
      window.__seen = [];
      new MutationObserver(() => {
        const el = document.querySelector('[data-upgrade-progress]');
        if (el && window.__seen.at(-1) !== el.textContent) window.__seen.push(el.textContent);
      }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
    })()`);
    await manage.goto(`chrome-extension://${session.extensionId}/collection.html`);
    await manage.waitForFunction(() => document.querySelector('[data-count]')?.getAttribute('data-count') === '3000', { timeout: 60_000 });
    await manage.waitForFunction(() => !document.querySelector('[data-upgrade-progress]'));
    const seen = (await manage.evaluate('window.__seen')) as string[];
    expect(seen.some((text) => /Updating your collection for this version of the extension: [\d,.]+ of 3,000 partnerships/.test(text))).toBe(true);
    await manage.close();
  });
});
