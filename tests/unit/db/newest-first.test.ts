/**
 * Reading the whole collection newest first, a page at a time: ranges of the
 * capturedAt index where the browser has getAllRecords (fake-indexeddb does),
 * keys then records by key where it has not. Both give the list's order,
 * also across long runs of equal capture times, and nothing twice when the
 * collection changes between pages.
 */

import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { readNewestFirst } from '../../../src/db/newest-first';
import { StorageError } from '../../../src/db/errors';
import type { ClipperDB } from '../../../src/db/schema';
import type { PartnershipRecord } from '../../../src/record/types';
import { makeRecord } from '../helpers/records';
import { freshDb } from './helpers';

type Reader = 'ranges' | 'keys';
const proto = IDBIndex.prototype as unknown as { getAllRecords?: unknown };
const getAllRecords = proto.getAllRecords;

/** Makes the browser look like one without getAllRecords (Firefox, Chromium before 141) while `reader` is 'keys'. */
function use(reader: Reader): void {
  if (reader === 'keys') delete proto.getAllRecords;
  else proto.getAllRecords = getAllRecords;
}

afterEach(() => use('ranges'));

async function pagesOf(db: ClipperDB, pageSize: number, between?: (page: number) => Promise<void>): Promise<{ pages: string[][]; total: number | null }> {
  const read = await readNewestFirst(db, pageSize);
  const pages: string[][] = [];
  for await (const { rows, generations } of read.pages) {
    expect(generations).toHaveLength(16);
    pages.push(rows.map((r) => r.id));
    await between?.(pages.length);
  }
  return { pages, total: read.total };
}

/** The list's order: capture time descending, equal times by id descending. */
function listOrder(records: readonly PartnershipRecord[]): string[] {
  return [...records]
    .sort((a, b) => (a.capturedAt === b.capturedAt ? (a.id < b.id ? 1 : -1) : a.capturedAt < b.capturedAt ? 1 : -1))
    .map((r) => r.id);
}

function recordsAt(times: readonly string[]): PartnershipRecord[] {
  return times.map((capturedAt, i) => makeRecord({ url: `https://example.org/p${i}/`, capturedAt }));
}

it('fake-indexeddb has getAllRecords, so both readers are exercised here', () => {
  expect(typeof getAllRecords).toBe('function');
});

describe.each<Reader>(['ranges', 'keys'])('reading newest first by %s', (reader) => {
  it('gives every record once, in the list order, in pages of at most the page size, also over long runs of equal times', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom('2026-01-01T00:00:00.000Z', '2026-02-01T00:00:00.000Z', '2026-03-01T00:00:00.000Z'), { maxLength: 25 }),
        fc.integer({ min: 1, max: 4 }),
        async (times, pageSize) => {
          use(reader);
          const db = freshDb();
          const records = recordsAt(times);
          await db.records.bulkAdd(records);
          const { pages, total } = await pagesOf(db, pageSize);
          expect(pages.flat()).toEqual(listOrder(records));
          for (const page of pages) expect(page.length).toBeGreaterThan(0);
          for (const page of pages) expect(page.length).toBeLessThanOrEqual(pageSize);
          if (total !== null) expect(total).toBe(records.length);
          await db.delete();
        },
      ),
      { numRuns: 40 },
    );
  });

  it('a whole collection clipped in the same millisecond is read in full', async () => {
    use(reader);
    const db = freshDb();
    const records = recordsAt(Array.from({ length: 23 }, () => '2026-05-05T05:05:05.005Z'));
    await db.records.bulkAdd(records);
    const { pages } = await pagesOf(db, 5);
    expect(pages.map((p) => p.length)).toEqual([5, 5, 5, 5, 3]);
    expect(pages.flat()).toEqual(listOrder(records));
  });

  it('leaves out a record deleted between pages and writes none twice when records are added meanwhile', async () => {
    use(reader);
    const db = freshDb();
    const times = Array.from({ length: 12 }, (_, i) => `2026-01-${String(1 + Math.floor(i / 3)).padStart(2, '0')}T00:00:00.000Z`);
    const records = recordsAt(times);
    await db.records.bulkAdd(records);
    const order = listOrder(records);
    const deleted = order[9]!;
    const { pages } = await pagesOf(db, 4, async (page) => {
      if (page !== 1) return;
      await db.records.delete(deleted);
      // A newer record, one at the time the first page ended on, and one among those still to come.
      await db.records.bulkAdd([
        makeRecord({ url: 'https://example.org/new1/', capturedAt: '2026-12-01T00:00:00.000Z' }),
        makeRecord({ url: 'https://example.org/new2/', capturedAt: records.find((r) => r.id === order[3])!.capturedAt }),
      ]);
    });
    const ids = pages.flat();
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of order) expect(ids.includes(id)).toBe(id !== deleted);
    // What was read stays in the list order.
    const now = listOrder(await db.records.toArray());
    expect(ids).toEqual(now.filter((id) => ids.includes(id)));
  });

  it('a database closed between pages ends the read with the closed-database message, not a raw DOM error', async () => {
    use(reader);
    const db = freshDb();
    await db.records.bulkAdd(recordsAt(Array.from({ length: 6 }, (_, i) => `2026-01-0${i + 1}T00:00:00.000Z`)));
    const read = await readNewestFirst(db, 1);
    const error = await (async () => {
      try {
        for await (const _ of read.pages) db.close();
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).kind).toBe('closed');
  });
});
