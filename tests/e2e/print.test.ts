// Printing a comparison for a meeting, in real Chromium: the full-tab compare
// and lens views print to PDF (Chromium's own print path, page.pdf) on
// landscape pages without controls; pdftotext then reads every selected
// partnership's name, every question label and every source URL back out of
// the PDF, and the running header (names, date) is on every page.
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { ARTIFACTS_DIR } from './support/extension';
import { useExtensionSession } from './support/extension-session';
import { pickPortraits, serveFixtures, titleOf } from './support/fixtures';
import { QUESTIONS } from '../../src/questions/catalogue';

const portraits = pickPortraits('portrait--seed-paragraphs', 'portrait--bold-b', 'portrait--rich-answers');
let page: Page;

/** Whitespace-free text, so a URL or name wrapped across lines in a narrow cell still matches. */
const squeeze = (text: string) => text.replace(/\s+/g, '');

const EN_LABELS: Record<string, string> = {
  'first-contact': 'First contact', motives: 'Motives', 'prior-contacts': 'Prior contacts & emergency aid',
  successes: 'Successes', 'funding-tips': 'Funding tips', staffing: 'Staffing', 'municipal-utilities': 'Municipal utilities',
  'civil-society': 'Civil society', 'nrw-synergies': 'NRW synergies', 'international-partnerships': 'Other international partnerships',
  'diaspora-refugees': 'Diaspora & refugees', 'other-actors': 'Further actors',
};

/** Clicks the page's Print button (window.print replaced: headless Chromium has no dialog), then prints to PDF. */
async function printToPdf(name: string): Promise<{ file: string; pages: string[] }> {
  await page.evaluate(() => {
    const w = window as unknown as { printCalls: number };
    w.printCalls = 0;
    window.print = () => void w.printCalls++;
  });
  await page.locator('main button::-p-text(Print)').click();
  expect(await page.evaluate(() => (window as unknown as { printCalls: number }).printCalls)).toBe(1);
  const file = join(ARTIFACTS_DIR, `${name}.pdf`);
  writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  // A PNG of the first page, to look at.
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', file, join(ARTIFACTS_DIR, name)]);
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
  const pages = Array.from({ length: count }, (_, i) =>
    execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), file, '-'], { encoding: 'utf8' }),
  );
  return { file, pages };
}

function expectLandscape(file: string) {
  const [, w, h] = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))!;
  expect(Number(w)).toBeGreaterThan(Number(h));
}

beforeAll(async () => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
  } catch {
    throw new Error('The print test reads PDFs with pdftotext: install poppler-utils (Debian/Ubuntu: `sudo apt-get install -y poppler-utils`).');
  }
});

const { session } = useExtensionSession({
  pages: (server) => serveFixtures(server, portraits),
  clipFirst: () => portraits.map((f) => f.url),
});

beforeAll(async () => {
  page = await session.browser.newPage();
  await page.setViewport({ width: 1400, height: 900 });
  await page.goto(`chrome-extension://${session.extensionId}/compare.html`);
  await page.waitForSelector('[data-ready="true"]');
  await page.locator('button::-p-text(Select all shown)').click();
  await page.waitForSelector('table.compare');
});

describe('printing a comparison', () => {
  it('prints the whole side-by-side table: every name, every question label, every source URL, no controls', async () => {
    const { file, pages } = await printToPdf('tab-compare-print');
    expectLandscape(file);
    const all = squeeze(pages.join('\n'));
    for (const f of portraits) {
      expect(all).toContain(squeeze(titleOf(f)));
      expect(all).toContain(squeeze(f.url));
    }
    for (const q of QUESTIONS) expect(all).toContain(squeeze(`${q.number}. ${EN_LABELS[q.id]}`));
    for (const control of ['Print', 'Export table as CSV', 'Select all shown', 'Question lens']) expect(all).not.toContain(squeeze(control));
    const today = await page.evaluate(() => new Date().toLocaleDateString(navigator.language, { dateStyle: 'long' }));
    // Every page says what is compared and when: the running header, and the repeated header row.
    expect(pages.length).toBeGreaterThan(1);
    for (const text of pages) {
      expect(squeeze(text)).toContain(squeeze(today));
      for (const f of portraits) expect(squeeze(text)).toContain(squeeze(titleOf(f)));
    }
  });

  it('prints the question lens with the question, every partnership and its source URL', async () => {
    await page.locator('nav button::-p-text(Question lens)').click();
    await page.waitForSelector('[data-lens-question]');
    await page.select('[data-lens-question] select', 'funding-tips');
    await page.waitForSelector('[data-lens-question="funding-tips"]');
    const { file, pages } = await printToPdf('tab-lens-print');
    expectLandscape(file);
    const all = squeeze(pages.join('\n'));
    expect(all).toContain(squeeze('5. Funding tips'));
    for (const f of portraits) {
      expect(all).toContain(squeeze(titleOf(f)));
      expect(all).toContain(squeeze(f.url));
    }
    for (const control of ['Print', 'Search answers']) expect(all).not.toContain(squeeze(control));
  });
});
