import Dexie, { RangeSet } from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { deleteRecords, saveClip, setTags } from '../../../src/db/records';
import type { SearchIndex } from '../../../src/search/shard-index';
import { liveSearchIndex } from '../../../src/live/live-search-index';
import { RECENT_KEY } from '../../../src/search/summary';
import { freshDb } from '../db/helpers';
import { openClipperDB } from '../../../src/db/schema';
import { makeContent } from '../helpers/records';

/** Subscribes and collects every index emitted. */
function follow(db: ReturnType<typeof freshDb>) {
  const seen: SearchIndex[] = [];
  const errors: unknown[] = [];
  const sub = liveSearchIndex(db).subscribe({ next: (index) => seen.push(index), error: (e) => errors.push(e) });
  return { seen, errors, sub, latest: () => seen.at(-1) };
}

describe('liveSearchIndex', () => {
  it('loads every shard once, then re-reads only the shards a change touched', async () => {
    const db = freshDb();
    const first = await saveClip(db, makeContent({ url: 'https://example.org/a/', title: 'Hürth – Lviv' }));
    const toArray = vi.spyOn(db.searchShards, 'toArray');
    const bulkGet = vi.spyOn(db.searchShards, 'bulkGet');
    const live = follow(db);
    await vi.waitFor(() => expect(live.seen).toHaveLength(1));
    expect(toArray).toHaveBeenCalledTimes(1);
    expect(live.latest()!.match('hurth')).toEqual([first.record.id]);

    const second = await saveClip(db, makeContent({ url: 'https://example.org/b/', title: 'Köln – Kyjiw' }));
    await vi.waitFor(() => expect(live.latest()!.size).toBe(2));
    // A clip writes the recent row (the newest clips), not the record's hashed shard.
    expect(bulkGet.mock.calls.flat()).toEqual([[RECENT_KEY]]);
    expect(live.latest()!.match('koln')).toEqual([second.record.id]);

    await setTags(db, first.record.id, ['Metall']);
    await vi.waitFor(() => expect(live.latest()!.tagCounts()).toEqual([{ tag: 'Metall', count: 1 }]));
    await deleteRecords(db, [second.record.id]);
    await vi.waitFor(() => expect(live.latest()!.size).toBe(1));
    expect(live.latest()!.match('')).toEqual([first.record.id]);
    expect(toArray).toHaveBeenCalledTimes(1);
    expect(live.errors).toEqual([]);
    live.sub.unsubscribe();
  });

  it('follows a reshard: the new shard rows are read and the dropped ones forgotten', async () => {
    const db = openClipperDB(`live-reshard-${crypto.randomUUID()}`, { shardLayout: { min: 1, perShard: 1 } });
    try {
      const live = follow(db);
      await vi.waitFor(() => expect(live.seen.length).toBeGreaterThan(0));
      const saved = [];
      // 1 → 2 → … → 32 shards as the records come: past 16, the count the index once had for good.
      for (let i = 0; i < 20; i++) saved.push(await saveClip(db, makeContent({ url: `https://example.org/grow-${i}/`, title: `Stadt ${i}` })));
      await vi.waitFor(() => expect(live.latest()!.size).toBe(20));
      expect(new Set(live.latest()!.match(''))).toEqual(new Set(saved.map((s) => s.record.id)));
      // Back down to 1 shard: the rows 1 … 31 are deleted, and their docs must not linger.
      await deleteRecords(db, saved.slice(1).map((s) => s.record.id));
      await vi.waitFor(() => expect(live.latest()!.size).toBe(1));
      expect(live.latest()!.match('')).toEqual([saved[0]!.record.id]);
      expect(live.errors).toEqual([]);
      live.sub.unsubscribe();
    } finally {
      await db.delete();
    }
  });

  it('keeps up with a burst of writes and ends on the final state', async () => {
    const db = freshDb();
    const live = follow(db);
    await vi.waitFor(() => expect(live.seen.length).toBeGreaterThan(0));
    const saved = await Promise.all(
      Array.from({ length: 30 }, (_, i) => saveClip(db, makeContent({ url: `https://example.org/burst-${i}/`, title: `Stadt ${i}` }))),
    );
    await vi.waitFor(() => expect(live.latest()!.size).toBe(30));
    expect(new Set(live.latest()!.match(''))).toEqual(new Set(saved.map((s) => s.record.id)));
    live.sub.unsubscribe();
  });

  it('stops reading after unsubscribe', async () => {
    const db = freshDb();
    const live = follow(db);
    await vi.waitFor(() => expect(live.seen.length).toBeGreaterThan(0));
    // Opening a new database announces it to every listener; let that settle first.
    await new Promise((r) => setTimeout(r, 50));
    live.sub.unsubscribe();
    const emitted = live.seen.length;
    const bulkGet = vi.spyOn(db.searchShards, 'bulkGet');
    await saveClip(db, makeContent({ url: 'https://example.org/after/' }));
    await new Promise((r) => setTimeout(r, 50));
    expect(bulkGet).not.toHaveBeenCalled();
    expect(live.seen).toHaveLength(emitted);
  });

  it('reads everything again when Dexie cannot say what changed (back/forward cache)', async () => {
    const db = freshDb();
    await saveClip(db, makeContent({ url: 'https://example.org/all/' }));
    const live = follow(db);
    await vi.waitFor(() => expect(live.latest()?.size).toBe(1));
    const toArray = vi.spyOn(db.searchShards, 'toArray');
    const emitted = live.seen.length;
    Dexie.on.storagemutated.fire({ all: new RangeSet(-Infinity, Infinity) });
    await vi.waitFor(() => expect(live.seen.length).toBeGreaterThan(emitted));
    expect(toArray).toHaveBeenCalledTimes(1);
    live.sub.unsubscribe();
  });
});
