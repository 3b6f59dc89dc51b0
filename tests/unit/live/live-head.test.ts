import { describe, expect, it, vi } from 'vitest';
import { deleteRecords, saveClip, setTags } from '../../../src/db/records';
import { loadSearchIndex, recordsByIds } from '../../../src/db/search';
import { liveHead, type Head } from '../../../src/live/live-head';
import { RecordCache } from '../../../src/live/record-cache';
import { SUMMARY_KEY } from '../../../src/search/summary';
import { freshDb } from '../db/helpers';
import { makeContent } from '../helpers/records';

const day = (n: number) => new Date(Date.UTC(2026, 2, n));

describe('liveHead', () => {
  it('follows clips, tags and deletes with the summary row and the first page, never reading the index', async () => {
    const db = freshDb();
    const saved = [];
    for (let i = 1; i <= 5; i++) saved.push((await saveClip(db, makeContent({ url: `https://example.org/h${i}/`, title: `Hürth ${i}` }), day(i))).record);
    const cache = new RecordCache(db);
    const shardsRead = [vi.spyOn(db.searchShards, 'toArray'), vi.spyOn(db.searchShards, 'bulkGet')];
    const recordReads = vi.spyOn(db.records, 'bulkGet');
    const seen: Array<Head | null> = [];
    const sub = liveHead(db, cache, 3).subscribe({ next: (h) => seen.push(h) });
    const latest = () => seen.at(-1);
    await vi.waitFor(() => expect(latest()?.summary.total).toBe(5));
    expect(latest()!.firstPage.map((r) => r.id)).toEqual([saved[4]!.id, saved[3]!.id, saved[2]!.id]);

    recordReads.mockClear();
    const fresh = (await saveClip(db, makeContent({ url: 'https://example.org/h6/', title: 'Köln' }), day(9))).record;
    await vi.waitFor(() => expect(latest()?.summary.total).toBe(6));
    // Only the new record was read; the first page is the index's.
    expect(recordReads.mock.calls.map(([ids]) => ids)).toEqual([[fresh.id]]);
    for (const spy of shardsRead) expect(spy).not.toHaveBeenCalled();
    const index = await loadSearchIndex(db);
    expect(latest()!.firstPage).toEqual(await recordsByIds(db, index.match('').slice(0, 3)));
    for (const spy of shardsRead) spy.mockClear();

    await setTags(db, saved[0]!.id, ['Metall']);
    await vi.waitFor(() => expect(latest()?.summary.tagCounts).toEqual([{ tag: 'Metall', count: 1 }]));
    await deleteRecords(db, [fresh.id]);
    await vi.waitFor(() => expect(latest()?.summary.total).toBe(5));
    expect(latest()!.firstPage[0]!.id).toBe(saved[4]!.id);
    for (const spy of shardsRead) expect(spy).not.toHaveBeenCalled();
    sub.unsubscribe();
    cache.close();
  });

  it('says null for a collection without a summary row, until a write adds it', async () => {
    const db = freshDb();
    await saveClip(db, makeContent({ url: 'https://example.org/n1/' }));
    await db.searchShards.delete(SUMMARY_KEY);
    const cache = new RecordCache(db);
    const seen: Array<Head | null> = [];
    const sub = liveHead(db, cache, 10).subscribe({ next: (h) => seen.push(h) });
    await vi.waitFor(() => expect(seen.at(-1)).toBeNull());
    await saveClip(db, makeContent({ url: 'https://example.org/n2/' }));
    // The write rebuilt the summary from every shard: both records count.
    await vi.waitFor(() => expect(seen.at(-1)?.summary.total).toBe(2));
    sub.unsubscribe();
    cache.close();
  });
});
