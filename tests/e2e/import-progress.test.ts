// Issue 16, in real Chromium: a large import shows how far it has got while it
// writes (the records go in batches inside the one all-or-nothing transaction),
// and ends with every record stored.
import { describe, expect, it } from 'vitest';
import { screenshot } from './support/extension';
import { useExtensionSession } from './support/extension-session';
import { clickButton } from './support/popup';
import { chooseImportFile, writeLargeExport } from './support/large-import';

const RECORDS = 7000; // four batches of at most 2,000

const { session } = useExtensionSession();

describe('a large import', () => {
  it('shows the records written so far while it writes, then every record is stored', { timeout: 180_000 }, async () => {
    const path = writeLargeExport(RECORDS);

    const { page, summary } = await chooseImportFile(session, path);
    expect(await summary.evaluate((el) => (el as HTMLElement).innerText)).toContain(`${RECORDS.toLocaleString('en')} new`);

    // Every state of the progress line, as the page shows it (recorded in the page, so none is missed).
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { __progress: string[] }).__progress = seen;
      new MutationObserver(() => {
        const line = document.querySelector('[data-import-progress]');
        const value = line?.getAttribute('data-import-progress');
        if (line && value && seen.at(-1) !== value) seen.push(`${value}|${(line as HTMLElement).innerText}`);
      }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    });
    await clickButton(page, 'Import');
    const midway = await page.waitForFunction(
      () => {
        const [written, total] = (document.querySelector('[data-import-progress]')?.getAttribute('data-import-progress') ?? '0/0').split('/').map(Number);
        return written! > 0 && written! < total! ? `${written}/${total}` : false;
      },
      { timeout: 120_000, polling: 'mutation' },
    );
    expect(await midway.jsonValue()).toMatch(new RegExp(`^\\d+/${RECORDS}$`));
    await screenshot(page, 'import-progress');
    await page.waitForSelector('[data-import-done]', { timeout: 120_000 });
    // The count follows the committed write (a live query that counts 7,000 keys again).
    await page.waitForFunction((n) => document.querySelector('[data-count]')?.getAttribute('data-count') === String(n), { timeout: 30_000 }, RECORDS);

    const seen = await page.evaluate(() => (window as unknown as { __progress: string[] }).__progress);
    const written = seen.map((s) => Number(s.split('/')[0]));
    // Batch by batch, in order, up to every record; the line says so in words.
    expect(written).toEqual([...written].sort((a, b) => a - b));
    expect(written).toContain(2000);
    expect(written.at(-1)).toBe(RECORDS);
    // Counts are written as numbers are in the browser's language (English here: 2,000).
    expect(seen.find((s) => s.startsWith('2000/'))).toContain(`2,000 of ${RECORDS.toLocaleString('en')} partnerships saved`);
    await page.close();
  });
});
