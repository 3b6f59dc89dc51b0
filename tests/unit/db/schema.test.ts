import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { searchRecords } from '../../../src/db/records';
import { toStored } from '../../../src/db/content';
import { openClipperDB } from '../../../src/db/schema';
import { sortFieldsOf } from '../../../src/db/sort-keys';
import { makeRecord } from '../helpers/records';

describe('ClipperDB schema versions', () => {
  it('upgrades a v1 database filled with records to the current version without losing anything', async () => {
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
    expect(db.verno).toBe(3);
    expect(await db.records.count()).toBe(52);

    const upgradedFull = await db.records.get(full.id);
    expect(upgradedFull).toMatchObject(full);
    expect(upgradedFull?.searchTerms).toContain('huerth');
    expect(upgradedFull).toMatchObject(sortFieldsOf(full));

    const upgradedLegacy = await db.records.get(legacy.id as string);
    expect(upgradedLegacy).toMatchObject({ ...legacy, tags: [], note: '', updatedAt: legacy.capturedAt });

    const found = await searchRecords(db, 'hurth');
    expect(found.records.map((r) => r.id)).toEqual([full.id]);
    expect((await db.records.where('tags').equals('alt').primaryKeys())).toEqual([full.id]);
    await db.delete();
  });

  it('upgrades a v2 database to v3: every record gets its sort keys, nothing else changes', async () => {
    const name = `migrate-v2-${crypto.randomUUID()}`;
    const v2 = new Dexie(name);
    v2.version(1).stores({ records: 'id, &url, capturedAt' });
    v2.version(2).stores({
      records: 'id, &url, title, kind, capturedAt, updatedAt, *tags, *searchTerms',
      revisions: 'id, recordId, [recordId+savedAt]',
      settings: 'key',
    });
    const titles = ['Zülpich – Ivano-Frankivsk', 'Ahlen – Vinnytsia', 'Ähren 10 – Lviv', 'Ähren 9 – Lviv', 'Brühl – Lutsk'];
    const records = titles.map((title, i) =>
      makeRecord({ title, partners: title.split(' – '), url: `https://example.org/v2-${i}/`, capturedAt: `2026-0${i + 1}-01T00:00:00.000Z` }),
    );
    // v2 rows: searchTerms, but no sort keys.
    const v2Rows = records.map((r) => {
      const { sortTitle: _t, sortPartner: _p, ...row } = toStored(r);
      return row;
    });
    await v2.table('records').bulkAdd(v2Rows);
    await v2.table('revisions').add({ id: 'rev-1', recordId: records[0]!.id, savedAt: '2026-01-02T00:00:00.000Z', record: records[0] });
    await v2.table('settings').add({ key: 'k', value: { a: 1 } });
    v2.close();

    const db = openClipperDB(name);
    await db.open();
    expect(db.verno).toBe(3);
    for (const [i, r] of records.entries()) {
      const row = await db.records.get(r.id);
      expect(row).toEqual({ ...v2Rows[i], ...sortFieldsOf(r) });
    }
    expect(await db.revisions.count()).toBe(1);
    expect(await db.settings.get('k')).toEqual({ key: 'k', value: { a: 1 } });
    // The new indexes are filled and give the expected orders.
    const titleOf = new Map(records.map((r) => [r.id, r.title]));
    expect((await db.records.orderBy('sortTitle').primaryKeys()).map((id) => titleOf.get(id))).toEqual([
      'Ahlen – Vinnytsia',
      'Ähren 9 – Lviv',
      'Ähren 10 – Lviv',
      'Brühl – Lutsk',
      'Zülpich – Ivano-Frankivsk',
    ]);
    expect(await db.records.orderBy('sortPartner').count()).toBe(5);
    await db.delete();
  });

  it('keeps URLs unique', async () => {
    const db = openClipperDB(`unique-${crypto.randomUUID()}`);
    const a = makeRecord({ url: 'https://example.org/same/' });
    const b = makeRecord({ url: 'https://example.org/same/' });
    await db.records.add(toStored(a));
    await expect(db.records.add(toStored(b))).rejects.toThrow();
    await db.delete();
  });
});
