// Clipping never runs or loads anything in the page (issue 12, part 1): the
// extractors parse an inert copy. The fixture's answers carry images with
// onerror/onload handlers that count their runs and, once the page has
// settled, open an alert; a tracking pixel sits in an answer and in the footer.
// Clipping through the real popup must make no request from the page, run no
// handler and open no dialog, and the popup stays open with the record stored.
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { openPopup, screenshot } from './support/extension';
import { useExtensionSession } from './support/extension-session';
import { loadFixtures, type PageFixture } from './support/fixtures';
import { clipInPopup } from './support/popup';

let fixture: PageFixture;

const { server, session } = useExtensionSession({
  pages: (server) => {
    const found = loadFixtures().find((f) => f.name === 'portrait--inert-handlers');
    if (!found) throw new Error('tests/golden/fixtures/portrait--inert-handlers.html is missing');
    fixture = found;
    server.page(fixture.url.replace(/^https:/, 'http:'), fixture.html);
  },
});

/** How often the page's own image handlers have run (they count in the page's window). */
function handlerRuns(page: Page): Promise<number> {
  return page.evaluate(() => {
    const w = window as unknown as { __bildFehler?: number; __bildGeladen?: number };
    return (w.__bildFehler ?? 0) + (w.__bildGeladen ?? 0);
  });
}

describe('clipping parses an inert copy of the page', () => {
  it('makes no request, runs no handler and opens no dialog; the popup stays and the record is stored', async () => {
    const page = await session.browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(fixture.url.replace(/^https:/, 'http:'), { waitUntil: 'networkidle0' });
    // Settled: the page's images have loaded or failed and its handlers have run once.
    await page.waitForFunction(() => (window as unknown as { __seiteFertig?: boolean }).__seiteFertig === true);
    const runsBefore = await handlerRuns(page);
    expect(runsBefore, 'the fixture handlers must run on a normal load, or the test proves nothing').toBeGreaterThan(0);
    expect(server.requests.some((r) => r.startsWith('pixel.zaehlwerk.example '))).toBe(true);
    const requestsBefore = server.requests.length;
    const dialogsBefore = dialogs.length;

    const popup = await openPopup(session, page);
    const outcome = await clipInPopup(popup);
    // Give a copied image time to load and fire its handler.
    await new Promise((resolve) => setTimeout(resolve, 1500));

    expect(outcome.status).toBe('created');
    expect(outcome.text).toContain('12 questions found');
    expect(server.requests.slice(requestsBefore)).toEqual([]);
    expect(dialogs.slice(dialogsBefore)).toEqual([]);
    expect(await handlerRuns(page)).toBe(runsBefore);
    expect(popup.isClosed()).toBe(false);
    // Still the same popup, showing the outcome and the stored record in its list.
    await popup.waitForFunction(() => document.querySelectorAll('[data-record-id]').length === 1, { timeout: 10_000 });
    expect(await popup.$eval('[data-record-id] .title', (el) => el.textContent?.trim())).toBe('Wiesenbrück – Tscherkassy');
    await screenshot(popup, 'inert-clip-popup');
    await popup.close();
    await page.close();
  });
});
