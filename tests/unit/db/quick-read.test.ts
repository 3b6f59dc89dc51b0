import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { quickRead, quickReadWithin } from '../../../src/db/quick-read';
import { SCHEMA_VERSION } from '../../../src/db/names';
import { openClipperDB } from '../../../src/db/schema';
import { loadSearchIndex, recordsByIds } from '../../../src/db/search';
import { saveClip, setTags } from '../../../src/db/records';
import { makeContent } from '../helpers/records';
import { SUMMARY_KEY } from '../../../src/search/summary';
import { freshDb } from './helpers';

const names = async () => (await indexedDB.databases()).map((d) => d.name);

describe('quickRead (plain IndexedDB, no Dexie)', () => {
  it('says "absent" for a collection never created, and does not create it', async () => {
    const name = `quick-${crypto.randomUUID()}`;
    expect(await quickRead(name)).toBe('absent');
    expect(await names()).not.toContain(name);
  });

  it('reads the count, the menus and the first page as the index gives them, without reading the index', async () => {
    const db = freshDb();
    const saved = [];
    // Two records share a capture time: the tie is broken by id, as the index does.
    for (let i = 0; i < 6; i++) {
      saved.push((await saveClip(db, makeContent({ url: `https://example.org/q${i}/`, title: `Hürth ${i} – Lviv`, kind: i % 2 ? 'Städtepartnerschaft' : null }), new Date(Date.UTC(2026, 0, 1 + Math.min(i, 4))))).record);
    }
    await setTags(db, saved[2]!.id, ['Metall', 'Schule']);
    await setTags(db, saved[4]!.id, ['Metall']);
    const index = await loadSearchIndex(db);
    for (const pageSize of [4, 100]) {
      const quick = await quickRead(db.name, indexedDB, pageSize);
      if (quick === null || quick === 'absent') throw new Error(`expected a reader, got ${quick}`);
      if (!('summary' in quick.first)) throw new Error('expected the summary, not the index');
      expect(quick.first.summary).toEqual({ total: 6, kinds: index.kinds(), tagCounts: index.tagCounts() });
      expect(quick.first.summary.tagCounts).toEqual([{ tag: 'Metall', count: 2 }, { tag: 'Schule', count: 1 }]);
      const expected = await recordsByIds(db, index.match('', { sort: 'captured' }).slice(0, pageSize));
      expect(quick.first.firstPage).toEqual(expected);
      const ids = [saved[3]!.id, 'missing', saved[0]!.id];
      expect(await quick.records(ids)).toEqual(await recordsByIds(db, ids));
      expect(await quick.records([])).toEqual([]);
      // The rest of the first page, read after the first paint: the same order, further down.
      expect(await quick.page(5)).toEqual(await recordsByIds(db, index.match('', { sort: 'captured' }).slice(0, 5)));
      quick.close();
    }
  });

  it('reads the whole index for a collection indexed before the summary row existed', async () => {
    const db = freshDb();
    for (let i = 0; i < 3; i++) await saveClip(db, makeContent({ url: `https://example.org/o${i}/`, title: `Köln ${i}` }));
    await db.searchShards.delete(SUMMARY_KEY);
    const quick = await quickRead(db.name);
    if (quick === null || quick === 'absent') throw new Error(`expected a reader, got ${quick}`);
    if (!('index' in quick.first)) throw new Error('expected the index');
    expect(quick.first.index.match('koln')).toEqual((await loadSearchIndex(db)).match('koln'));
    quick.close();
  });

  it('leaves an older database to Dexie (it needs the upgrade) and does not touch it', async () => {
    const name = `quick-old-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    old.version(1).stores({ records: 'id, &url, capturedAt' });
    await old.open();
    old.close();
    expect(await quickRead(name)).toBeNull();
    const after = (await indexedDB.databases()).find((d) => d.name === name);
    expect(after?.version).toBe(10);
    const db = openClipperDB(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    await db.delete();
  });

  it('does not hold up another connection upgrading or deleting the database', async () => {
    const db = freshDb();
    await saveClip(db, makeContent());
    db.close();
    const quick = await quickRead(db.name);
    expect(quick).not.toBeNull();
    await Dexie.delete(db.name); // would block if the plain connection stayed open
    expect(await names()).not.toContain(db.name);
  });

  it('answers null without databases() (older Firefox), so Dexie is used', async () => {
    const factory = { open: indexedDB.open.bind(indexedDB) } as unknown as IDBFactory;
    expect(await quickRead('anything', factory)).toBeNull();
  });

  it('matches the declared schema version', () => {
    expect(openClipperDB('never-opened').verno).toBe(SCHEMA_VERSION);
  });

  it('gives up after the time allowed, so a blocked open cannot keep the popup from Dexie', async () => {
    const stuck = { databases: () => new Promise(() => {}), open: indexedDB.open.bind(indexedDB) } as unknown as IDBFactory;
    expect(await quickReadWithin('anything', 20, stuck)).toBeNull();
  });
});
