// Issue 16, in real Chromium: while a large import writes (one all-or-nothing transaction,
// which every read of the collection waits behind), the popup opened from the toolbar says
// at once how far the import has got, a clip started meanwhile says it will be saved after
// the import, and the list appears when the import commits.
import { describe, expect, it } from 'vitest';
import { openPopup, screenshot, visitPage } from './support/extension';
import { useExtensionSession } from './support/extension-session';
import { pickPortraits } from './support/fixtures';
import { clickButton } from './support/popup';
import { chooseImportFile, writeLargeExport } from './support/large-import';

const RECORDS = 20_000; // ten batches of 2,000: a few seconds of writing, long enough to open the popup meanwhile

const { server, session } = useExtensionSession();

describe('the popup during a large import', () => {
  it('shows the import progress at once, lets a clip wait for it, then lists the collection', { timeout: 180_000 }, async () => {
    const path = writeLargeExport(RECORDS);
    const [portrait] = pickPortraits('portrait--seed-paragraphs');
    server.page(new URL(portrait!.url).pathname, portrait!.html);
    const portraitTab = await visitPage(session, portrait!.url);

    const { page } = await chooseImportFile(session, path);
    await clickButton(page, 'Import');
    await page.waitForSelector('[data-import-progress]', { timeout: 10_000 });

    // The toolbar popup on the portrait's tab, while the import's transaction holds the database.
    const popup = await openPopup(session, portraitTab, { ready: false });
    const line = await popup.waitForSelector('[data-import-running]', { timeout: 3_000 });
    // By the popup's own clock (from its navigation): an upper bound, read after the line is there.
    const shownAfter = await popup.evaluate(() => performance.now());
    const first = {
      value: await line!.evaluate((el) => el.getAttribute('data-import-running')),
      text: await line!.evaluate((el) => (el as HTMLElement).innerText),
      ready: await popup.$eval('main', (el) => el.getAttribute('data-ready')),
    };
    expect(first.value).toMatch(new RegExp(`^\\d+/${RECORDS}$`));
    expect(first.text).toMatch(new RegExp(`Importing… [\\d,]+ of ${RECORDS.toLocaleString('en')} partnerships saved`));
    // Its own read is still waiting behind the write: without the status the popup would show nothing.
    expect(first.ready).toBe('false');
    expect(shownAfter).toBeLessThan(3_000);
    // No "(0)": the count is not known while the import holds the database.
    expect(await popup.$eval('#collection-heading', (el) => el.textContent)).not.toMatch(/\(\d+\)/);

    // Other controls work meanwhile: a clip waits for the import, and says so.
    await clickButton(popup, 'Clip this page');
    await popup.waitForSelector('[data-clip-waits]', { timeout: 3_000 });
    // The number follows the batches while the popup is open.
    await popup.waitForFunction(
      (before) => {
        const value = document.querySelector('[data-import-running]')?.getAttribute('data-import-running');
        return !value || Number(value.split('/')[0]) > Number(before!.split('/')[0]);
      },
      { timeout: 60_000, polling: 100 },
      first.value,
    );
    await screenshot(popup, 'import-popup-running');

    // The import commits: the status goes, the list comes through the live read, and the clip is stored after it.
    await page.waitForSelector('[data-import-done]', { timeout: 120_000 });
    await popup.waitForSelector('[data-ready="true"]', { timeout: 30_000 });
    await popup.waitForFunction(() => !document.querySelector('[data-import-running]'), { timeout: 10_000 });
    await popup.waitForSelector('[data-record-id]', { timeout: 30_000 });
    const clip = await popup.waitForSelector('[data-clip-status]', { timeout: 30_000 });
    expect(await clip!.evaluate((el) => el.getAttribute('data-clip-status'))).toBe('created');
    expect(await popup.$('[data-clip-waits]')).toBeNull();
    await popup.waitForFunction(
      (n) => document.querySelector('#collection-heading')?.textContent?.includes(`(${n})`),
      { timeout: 30_000 },
      RECORDS + 1,
    );
    await screenshot(popup, 'import-popup-done');
    await popup.close();
    await page.close();
    await portraitTab.close();
  });
});
