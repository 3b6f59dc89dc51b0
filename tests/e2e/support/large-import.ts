/** A large generated JSON export, chosen in the real import page: the import tests' common start. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import type { Session } from './extension';
import { loadFixtures } from './fixtures';
import { generateRecords } from '../../bench/generate';
import { buildRecordsFile, serialise } from '../../../src/export/json';
import type { ClippedContent } from '../../../src/record/types';

/** Writes an export of `count` records (varied from the golden fixtures) to a scratch file; returns its path. */
export function writeLargeExport(count: number): string {
  const templates = loadFixtures()
    .filter((f) => f.result.ok)
    .map((f) => (f.result as { content: ClippedContent }).content);
  const path = join(mkdtempSync(join(tmpdir(), 'pc-large-import-')), 'gross.json');
  writeFileSync(path, serialise(buildRecordsFile(generateRecords(templates, count, 3))));
  return path;
}

/** Opens the import page and chooses `path`; returns the page and its plan summary, ready for "Import". */
export async function chooseImportFile(session: Session, path: string): Promise<{ page: Page; summary: ElementHandle }> {
  const page = await session.browser.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/collection.html`);
  await page.waitForSelector('[data-count]');
  await (await page.$('input[type=file]'))!.uploadFile(path);
  const summary = await page.waitForSelector('[data-import-summary]', { timeout: 120_000 });
  return { page, summary: summary! };
}
