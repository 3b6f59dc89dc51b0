import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { searchRecords } from '../../../src/db/records';
import { toStored } from '../../../src/record/content';
import { openClipperDB } from '../../../src/db/schema';
import { searchPage } from '../../../src/db/search';
import { MIN_SHARDS } from '../../../src/search/shard-index';
import { searchTermsOf } from '../../../src/search/index-terms';
import { sortFieldsOf } from '../../../src/search/sort-keys';

import { SCHEMA_VERSION as CURRENT_VERSION } from '../../../src/db/names';
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
    expect(db.verno).toBe(CURRENT_VERSION);
    expect(await db.records.count()).toBe(52);

    // The rows hold the public record only; the search index is in its shards.
    expect(await db.records.get(full.id)).toEqual(full);
    expect(await db.searchShards.count()).toBe(MIN_SHARDS);

    const upgradedLegacy = await db.records.get(legacy.id as string);
    expect(upgradedLegacy).toMatchObject({ ...legacy, tags: [], note: '', updatedAt: legacy.capturedAt });

    const found = await searchRecords(db, 'hurth');
    expect(found.records.map((r) => r.id)).toEqual([full.id]);
    expect((await searchPage(db, '', { tag: 'alt' }, { limit: 10 })).ids).toEqual([full.id]);
    await db.delete();
  });

  it('upgrades a v2 database: the rows lose their index fields, the shards give the same search and orders', async () => {
    const name = `migrate-v2-${crypto.randomUUID()}`;
    const v2 = new Dexie(name);
    v2.version(1).stores({ records: 'id, &url, capturedAt' });
    v2.version(2).stores({
      records: 'id, &url, title, kind, capturedAt, updatedAt, *tags, *searchTerms',
      revisions: 'id, recordId, [recordId+savedAt]',
      settings: 'key',
    });
    const titleList = ['Zülpich – Ivano-Frankivsk', 'Ahlen – Vinnytsia', 'Ähren 10 – Lviv', 'Ähren 9 – Lviv', 'Brühl – Lutsk'];
    const records = titleList.map((title, i) =>
      makeRecord({ title, partners: title.split(' – '), url: `https://example.org/v2-${i}/`, capturedAt: `2026-0${i + 1}-01T00:00:00.000Z` }),
    );
    // v2 rows: the record plus its searchTerms, but no sort keys.
    const v2Rows = records.map((r) => ({ ...r, searchTerms: searchTermsOf(r) }));
    await v2.table('records').bulkAdd(v2Rows);
    await v2.table('revisions').add({ id: 'rev-1', recordId: records[0]!.id, savedAt: '2026-01-02T00:00:00.000Z', record: records[0] });
    await v2.table('settings').add({ key: 'k', value: { a: 1 } });
    v2.close();

    const db = openClipperDB(name);
    await db.open();
    expect(db.verno).toBe(CURRENT_VERSION);
    for (const r of records) expect(await db.records.get(r.id)).toEqual(r);
    expect(await db.revisions.count()).toBe(1);
    expect(await db.settings.get('k')).toEqual({ key: 'k', value: { a: 1 } });
    const titles = async (query: string, sort: 'title' | 'captured') =>
      (await searchPage(db, query, { sort }, { limit: 10 })).records.map((r) => r.title);
    expect(await titles('', 'title')).toEqual([
      'Ahlen – Vinnytsia',
      'Ähren 9 – Lviv',
      'Ähren 10 – Lviv',
      'Brühl – Lutsk',
      'Zülpich – Ivano-Frankivsk',
    ]);
    expect(await titles('', 'captured')).toEqual([...titleList].reverse());
    expect(await titles('ahren lv', 'title')).toEqual(['Ähren 9 – Lviv', 'Ähren 10 – Lviv']);
    expect(await titles('bruehl', 'title')).toEqual(['Brühl – Lutsk']);
    await db.delete();
  });

  it('upgrades a v3 database: sort keys and terms leave the rows, tags and kinds stay filterable', async () => {
    const name = `migrate-v3-${crypto.randomUUID()}`;
    const v3 = new Dexie(name);
    v3.version(1).stores({ records: 'id, &url, capturedAt' });
    v3.version(2).stores({
      records: 'id, &url, title, kind, capturedAt, updatedAt, *tags, *searchTerms',
      revisions: 'id, recordId, [recordId+savedAt]',
      settings: 'key',
    });
    v3.version(3).stores({ records: 'id, &url, title, kind, capturedAt, updatedAt, *tags, *searchTerms, sortTitle, sortPartner' });
    const records = Array.from({ length: 40 }, (_, i) =>
      makeRecord({
        url: `https://example.org/v3-${i}/`,
        title: `Stadt ${i} – Partner`,
        kind: i % 2 ? 'Städtepartnerschaft' : 'Projektpartnerschaft',
        tags: i % 3 ? [] : ['drei'],
        capturedAt: new Date(Date.UTC(2026, 0, 1, i)).toISOString(),
      }),
    );
    await v3.table('records').bulkAdd(records.map((r) => ({ ...r, searchTerms: searchTermsOf(r), ...sortFieldsOf(r) })));
    v3.close();

    const db = openClipperDB(name);
    await db.open();
    expect(db.verno).toBe(CURRENT_VERSION);
    expect(await db.records.toArray()).toEqual(expect.arrayContaining(records));
    const page = await searchPage(db, 'stadt', { sort: 'title', tag: 'drei', kind: 'Projektpartnerschaft' }, { limit: 100 });
    const expected = records.filter((_, i) => i % 3 === 0 && i % 2 === 0).map((r) => r.title);
    expect(page.records.map((r) => r.title)).toEqual(expected.sort((a, b) => sortFieldsOf({ title: a, partners: [] }).sortTitle.localeCompare(sortFieldsOf({ title: b, partners: [] }).sortTitle)));
    expect(page.total).toBe(expected.length);
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
