import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { quickRead, quickReadWithin } from '../../../src/db/quick-read';
import { SCHEMA_VERSION } from '../../../src/db/names';
import { openClipperDB } from '../../../src/db/schema';
import { loadSearchIndex, recordsByIds } from '../../../src/db/search';
import { saveClip, setTags } from '../../../src/db/records';
import { makeContent } from '../helpers/records';
import { freshDb } from './helpers';

const names = async () => (await indexedDB.databases()).map((d) => d.name);

describe('quickRead (plain IndexedDB, no Dexie)', () => {
  it('says "absent" for a collection never created, and does not create it', async () => {
    const name = `quick-${crypto.randomUUID()}`;
    expect(await quickRead(name)).toBe('absent');
    expect(await names()).not.toContain(name);
  });

  it('reads the same index and records as Dexie does', async () => {
    const db = freshDb();
    const saved = [];
    for (let i = 0; i < 5; i++) saved.push((await saveClip(db, makeContent({ url: `https://example.org/q${i}/`, title: `Hürth ${i} – Lviv` }))).record);
    await setTags(db, saved[2]!.id, ['Metall']);
    const quick = await quickRead(db.name);
    if (quick === null || quick === 'absent') throw new Error(`expected a reader, got ${quick}`);
    const index = await loadSearchIndex(db);
    for (const [q, opts] of [['', {}], ['hurth', { sort: 'title' as const }], ['', { tag: 'Metall' }]] as const) {
      expect(quick.index.match(q, opts)).toEqual(index.match(q, opts));
    }
    const ids = [saved[3]!.id, 'missing', saved[0]!.id];
    expect(await quick.records(ids)).toEqual(await recordsByIds(db, ids));
    expect(await quick.records([])).toEqual([]);
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
