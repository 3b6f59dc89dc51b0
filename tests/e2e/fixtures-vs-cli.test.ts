// Every golden fixture, clipped through the real extension, gives the same
// record as the command-line parser on the saved file: one set of extractors,
// whatever the DOM (Chromium's live page vs linkedom in Node).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { openPopup } from './support/extension';
import { useExtensionSession } from './support/extension-session';
import { FIXTURES_DIR, loadFixtures, serveFixtures } from './support/fixtures';
import { clipInPopup } from './support/popup';
import type { PartnershipRecord } from '../../src/record/types';
import { stripInternal } from '../../src/record/content';

const fixtures = loadFixtures();
let extensionPage: Page;

/** The fields that come from the page (not identity, timestamps, the user's own or index fields). */
function pageContent(record: PartnershipRecord) {
  const { id: _id, capturedAt: _c, updatedAt: _u, tags: _t, note: _n, ...content } = stripInternal(record);
  return content;
}

function parseWithCli(file: string, url: string): { code: number | null; stdout: string; stderr: string } {
  // The CLI as `npm run parse` runs it: the built bundle (scripts/cli.mjs builds it when stale).
  const run = spawnSync(process.execPath, ['scripts/cli.mjs', 'parse', file, '--url', url], { encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

async function storedRecord(url: string): Promise<PartnershipRecord | undefined> {
  return extensionPage.evaluate(
    (wanted) =>
      new Promise<PartnershipRecord | undefined>((resolve, reject) => {
        const open = indexedDB.open('partnership-clipper');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('records').objectStore('records').index('url').get(wanted);
          get.onsuccess = () => {
            open.result.close();
            resolve(get.result as PartnershipRecord | undefined);
          };
          get.onerror = () => reject(get.error);
        };
      }),
    url,
  );
}

const { session } = useExtensionSession({
  pages: (server) => {
    serveFixtures(server, fixtures);
  },
});

beforeAll(async () => {
  extensionPage = await session.browser.newPage();
  await extensionPage.goto(`chrome-extension://${session.extensionId}/collection.html`);
});

describe('extension and CLI agree on every golden fixture', () => {
  it.each(fixtures.map((f) => [f.name, f] as const))('%s', async (_name, fixture) => {
    // The test server speaks plain HTTP, so the page really lives at the http:// URL.
    const visited = fixture.url.replace(/^https:/, 'http:');
    const cli = parseWithCli(join(FIXTURES_DIR, `${fixture.name}.html`), visited);
    const page = await session.browser.newPage();
    await page.goto(visited, { waitUntil: 'domcontentloaded' });
    const popup = await openPopup(session, page);
    const outcome = await clipInPopup(popup);
    await popup.close();
    await page.close();

    if (!fixture.result.ok) {
      expect(outcome.status).toBe('refused');
      expect(cli.code).toBe(1);
      expect(cli.stdout).toBe('');
      return;
    }
    expect(['created', 'updated', 'unchanged']).toContain(outcome.status);
    expect(cli.code, cli.stderr).toBe(0);
    const fromCli = JSON.parse(cli.stdout) as PartnershipRecord;
    const stored = await storedRecord(fromCli.url);
    expect(stored, `no record stored for ${fromCli.url}`).toBeDefined();
    expect(pageContent(stored!)).toEqual(pageContent(fromCli));
    // And both are what the golden file specifies (up to the scheme of a URL taken from the address bar).
    const { url, ...rest } = pageContent(stored!);
    expect({ url: url.replace(/^http:/, 'https:'), ...rest }).toEqual(fixture.result.content);
  });
});
