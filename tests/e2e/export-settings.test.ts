// The options page's export settings reach the exports: the default format
// leads in the popup, and the CSV delimiter is the one the user chose.
import { beforeAll, describe, expect, it } from 'vitest';
import { openPopup, visitPage } from './support/extension';
import { useExtensionSession } from './support/extension-session';
import { completePortraits, loadFixtures, serveFixtures, titleOf, type PageFixture } from './support/fixtures';
import { clickButton, waitForListed } from './support/popup';
import { clearDownloads, waitForDownload } from './support/downloads';
import { parseCsv } from '../../src/export/csv-parse';

let portraits: PageFixture[];

const { session } = useExtensionSession({
  pages: (server) => {
    const fixtures = loadFixtures();
    serveFixtures(server, fixtures);
    portraits = completePortraits(fixtures).slice(0, 2);
  },
  clipFirst: () => portraits.map((f) => f.url),
});

beforeAll(async () => {
  const options = await session.browser.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/options.html`);
  await options.waitForSelector('main[data-ready="true"]');
  await options.select('#delimiter', ';');
  await options.click('input[name=format][value=csv]');
  await options.waitForSelector('[role=status]');
  await options.close();
});

describe('export settings', () => {
  it('the popup offers the chosen default format first', async () => {
    const page = await visitPage(session, portraits[0]!.url);
    const popup = await openPopup(session, page);
    await waitForListed(popup, 2);
    await popup.waitForFunction(() => document.querySelector('button.primary-export')?.textContent?.trim() === 'Export CSV');
    clearDownloads(session.downloadsDir);
    await popup.click('button.primary-export');
    const file = await waitForDownload(session.downloadsDir, /\.csv$/);
    const rows = parseCsv(file.content.toString('utf8').slice(1), ';');
    const [header, ...body] = rows.filter((r) => r.length > 1);
    expect(header).toContain('title');
    expect(body.map((r) => r[header!.indexOf('title')]).sort()).toEqual(portraits.map(titleOf).sort());
    await popup.close();
    await page.close();
  });

  it('the other formats stay one click away, including one combined Markdown file', async () => {
    const page = await visitPage(session, portraits[0]!.url);
    const popup = await openPopup(session, page);
    await waitForListed(popup, 2);
    await popup.click('details.more summary');
    clearDownloads(session.downloadsDir);
    await clickButton(popup, 'Export Markdown (one file)');
    const file = await waitForDownload(session.downloadsDir, /\.md$/);
    const markdown = file.content.toString('utf8');
    for (const portrait of portraits) expect(markdown).toContain(titleOf(portrait));
    expect(markdown).toContain('Wie sind Sie zusammengekommen, woher stammte der Erstkontakt?');
    await popup.close();
    await page.close();
  });
});
