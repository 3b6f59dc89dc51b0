import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { searchRecords } from '../../../src/db/records';
import { openClipperDB } from '../../../src/db/schema';
import { makeRecord } from '../helpers/records';

describe('ClipperDB schema versions', () => {
  it('upgrades a v1 database filled with records to v2 without losing anything', async () => {
    const name = `migrate-${crypto.randomUUID()}`;
    // A v1 database as the skeleton wrote it: some records lack tags/note/updatedAt.
    const v1 = new Dexie(name);
    v1.version(1).stores({ records: 'id, &url, capturedAt' });
    const full = makeRecord({ title: 'Hürth – Peremyshlyany', url: 'https://example.org/huerth/', tags: ['alt'], note: 'n' });
    const legacy: Record<string, unknown> = { ...makeRecord({ url: 'https://example.org/duisburg/' }) };
    delete legacy.tags;
    delete legacy.note;
    delete legacy.updatedAt;
    const many = Array.from({ length: 50 }, (_, i) => makeRecord({ url: `https://example.org/p${i}/`, title: `Partnerschaft ${i}` }));
    await v1.table('records').bulkAdd([full, legacy, ...many]);
    v1.close();

    const db = openClipperDB(name);
    await db.open();
    expect(db.verno).toBe(2);
    expect(await db.records.count()).toBe(52);

    const upgradedFull = await db.records.get(full.id);
    expect(upgradedFull).toMatchObject(full);
    expect(upgradedFull?.searchTerms).toContain('huerth');

    const upgradedLegacy = await db.records.get(legacy.id as string);
    expect(upgradedLegacy).toMatchObject({ ...legacy, tags: [], note: '', updatedAt: legacy.capturedAt });

    const found = await searchRecords(db, 'hurth');
    expect(found.records.map((r) => r.id)).toEqual([full.id]);
    expect((await db.records.where('tags').equals('alt').primaryKeys())).toEqual([full.id]);
    await db.delete();
  });

  it('keeps URLs unique', async () => {
    const db = openClipperDB(`unique-${crypto.randomUUID()}`);
    const a = makeRecord({ url: 'https://example.org/same/' });
    const b = makeRecord({ url: 'https://example.org/same/' });
    await db.records.add({ ...a, searchTerms: [] });
    await expect(db.records.add({ ...b, searchTerms: [] })).rejects.toThrow();
    await db.delete();
  });
});
