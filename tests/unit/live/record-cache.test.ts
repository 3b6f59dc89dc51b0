import Dexie, { RangeSet } from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { deleteRecords, saveClip, setTags } from '../../../src/db/records';
import { RecordCache } from '../../../src/live/record-cache';
import { freshDb } from '../db/helpers';
import { makeContent } from '../helpers/records';

async function seeded(n: number) {
  const db = freshDb();
  const ids: string[] = [];
  for (let i = 0; i < n; i++) ids.push((await saveClip(db, makeContent({ url: `https://example.org/c${i}/`, title: `Stadt ${i}` }))).record.id);
  return { db, ids };
}

describe('RecordCache', () => {
  it('reads each record once, in the order asked, until a write touches it', async () => {
    const { db, ids } = await seeded(4);
    const cache = new RecordCache(db);
    const bulkGet = vi.spyOn(db.records, 'bulkGet');
    expect((await cache.get(ids.slice(0, 3))).map((r) => r.id)).toEqual(ids.slice(0, 3));
    expect((await cache.get([ids[3]!, ids[1]!, ids[0]!])).map((r) => r.id)).toEqual([ids[3], ids[1], ids[0]]);
    expect(bulkGet.mock.calls.map((c) => c[0])).toEqual([ids.slice(0, 3), [ids[3]]]);

    // A write to one record drops only that one.
    await setTags(db, ids[1]!, ['Metall']);
    bulkGet.mockClear();
    const after = await cache.get(ids);
    expect(bulkGet.mock.calls.map((c) => c[0])).toEqual([[ids[1]]]);
    expect(after.find((r) => r.id === ids[1])!.tags).toEqual(['Metall']);

    // Deleted records are skipped, not served from memory.
    await deleteRecords(db, [ids[2]!]);
    expect((await cache.get(ids)).map((r) => r.id)).toEqual([ids[0], ids[1], ids[3]]);
    cache.close();
  });

  it('serves the written value after a write that overlaps a read', async () => {
    const { db, ids } = await seeded(1);
    const cache = new RecordCache(db);
    const reading = cache.get(ids);
    await setTags(db, ids[0]!, ['neu']);
    await reading;
    const bulkGet = vi.spyOn(db.records, 'bulkGet');
    expect((await cache.get(ids))[0]!.tags).toEqual(['neu']);
    expect(bulkGet).toHaveBeenCalledTimes(1);
    cache.close();
  });

  it('forgets everything when Dexie cannot say what changed', async () => {
    const { db, ids } = await seeded(2);
    const cache = new RecordCache(db);
    await cache.get(ids);
    Dexie.on.storagemutated.fire({ all: new RangeSet(-Infinity, Infinity) });
    const bulkGet = vi.spyOn(db.records, 'bulkGet');
    await cache.get(ids);
    expect(bulkGet.mock.calls.map((c) => c[0])).toEqual([ids]);
    cache.close();
  });
});
