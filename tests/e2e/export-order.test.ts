// Issue 16, in real Chromium: the JSON export reads the collection a page (1,000 records) at a time by ranges of
// the capturedAt index (getAllRecords, newest first). Long runs of equal capture times cross the pages' edges
// here; the file must still hold every record once, in the list's order (newest first, equal times by id
// descending), byte for byte what the whole-file writer makes of the same records.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useExtensionSession } from './support/extension-session';
import { loadFixtures } from './support/fixtures';
import { chooseImportFile } from './support/large-import';
import { clickButton } from './support/popup';
import { waitForDownload } from './support/downloads';
import { generateRecords } from '../bench/generate';
import { buildRecordsFile, serialise } from '../../src/export/json';
import type { ClippedContent, PartnershipRecord } from '../../src/record/types';

const RECORDS = 2600;

const { session } = useExtensionSession();

/** 1,300 records clipped in one millisecond (across the first page's edge), 900 in another (across the second's), the rest apart. */
function recordsWithTies(): PartnershipRecord[] {
  const templates = loadFixtures()
    .filter((f) => f.result.ok)
    .map((f) => (f.result as { content: ClippedContent }).content);
  return generateRecords(templates, RECORDS, 11).map((r, i) => ({
    ...r,
    capturedAt: i < 1300 ? '2026-06-01T10:00:00.000Z' : i < 2200 ? '2026-05-01T10:00:00.000Z' : r.capturedAt,
  }));
}

const listOrder = (records: PartnershipRecord[]) =>
  [...records].sort((a, b) => (a.capturedAt === b.capturedAt ? (a.id < b.id ? 1 : -1) : a.capturedAt < b.capturedAt ? 1 : -1));

describe('the JSON export of a large collection', () => {
  it('writes every record once, in the list order, across runs of equal capture times longer than a page', { timeout: 240_000 }, async () => {
    const records = recordsWithTies();
    const path = join(mkdtempSync(join(tmpdir(), 'pc-export-order-')), 'gleichzeitig.json');
    writeFileSync(path, serialise(buildRecordsFile(records)));

    const { page } = await chooseImportFile(session, path);
    await clickButton(page, 'Import');
    await page.waitForSelector('[data-import-done]', { timeout: 180_000 });
    await page.waitForFunction((n) => document.querySelector('[data-count]')?.getAttribute('data-count') === String(n), { timeout: 60_000 }, RECORDS);

    await clickButton(page, 'Export JSON');
    const file = await waitForDownload(session.downloadsDir, /^partnership-clipper-.*\.json$/, 120_000);
    const text = file.content.toString('utf8');
    const exported = JSON.parse(text) as { exportedAt: string; records: PartnershipRecord[] };
    const expected = listOrder(records);
    expect(exported.records.map((r) => r.id)).toEqual(expected.map((r) => r.id));
    // Byte for byte the whole-file writer's output for the same records in that order.
    expect(text).toBe(serialise(buildRecordsFile(expected, new Date(exported.exportedAt))));
    await page.close();
  });
});
