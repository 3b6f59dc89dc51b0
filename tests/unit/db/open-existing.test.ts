// Warming a page's IndexedDB connection before Dexie opens it (finding 15): it must never create the
// collection, never keep it open (another tab's upgrade or a delete would wait), and never fail.
import { describe, expect, it } from 'vitest';
import { warmUpDatabase } from '../../../src/db/open-existing';
import { saveClip } from '../../../src/db/records';
import { openClipperDB } from '../../../src/db/schema';
import { makeContent } from '../helpers/records';
import { freshDb } from './helpers';

const names = async () => (await indexedDB.databases()).map((d) => d.name);

describe('warmUpDatabase', () => {
  it('does not create a collection that does not exist', async () => {
    const name = `warm-${crypto.randomUUID()}`;
    await warmUpDatabase(name);
    expect(await names()).not.toContain(name);
  });

  it('opens an existing collection and closes it again, so a delete is not blocked and Dexie reads as before', async () => {
    const db = freshDb();
    await saveClip(db, makeContent({ url: 'https://example.org/warm/', title: 'Hürth – Lviv' }));
    db.close();
    await warmUpDatabase(db.name);
    const again = openClipperDB(db.name);
    expect(await again.records.count()).toBe(1);
    again.close();
    let blocked = false;
    await new Promise<void>((resolve, reject) => {
      const req = indexedDB.deleteDatabase(db.name);
      req.onblocked = () => (blocked = true);
      req.onsuccess = () => resolve();
      req.onerror = () => reject(req.error);
    });
    expect(blocked).toBe(false);
    expect(await names()).not.toContain(db.name);
  });

  it('does nothing where there is no IndexedDB, and swallows a failing open', async () => {
    await expect(warmUpDatabase('x', undefined)).resolves.toBeUndefined();
    const failing = { open: () => { throw new Error('denied'); } } as unknown as IDBFactory;
    await expect(warmUpDatabase('x', failing)).resolves.toBeUndefined();
  });
});
