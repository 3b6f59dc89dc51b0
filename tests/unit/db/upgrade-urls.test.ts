import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { buildRecordsFile, serialise } from '../../../src/export/json';
import { planImport } from '../../../src/export/import-plan';
import { saveClip } from '../../../src/db/records';
import { SCHEMA_VERSION } from '../../../src/db/names';
import { openClipperDB } from '../../../src/db/schema';
import { validateRecord } from '../../../src/record/validate';
import { makeRecord } from '../helpers/records';
import { v1Database } from './helpers';

/** A database at schema v4 (the version before URLs were stored percent-encoded), filled with these rows. */
async function v4Database(records: unknown[], revisions: unknown[] = []): Promise<string> {
  const name = `urls-v4-${crypto.randomUUID()}`;
  const v4 = new Dexie(name);
  v4.version(4).stores({ records: 'id, &url, capturedAt', revisions: 'id, recordId, [recordId+savedAt]', settings: 'key', searchShards: 'shard' });
  await v4.table('records').bulkAdd(records);
  await v4.table('revisions').bulkAdd(revisions);
  v4.close();
  return name;
}


describe('schema v5 after a v1 upgrade (it checks the rows v4 just wrote back, without reading them again)', () => {
  it('migrates raw URLs and merges two rows that turn out to be one page, as from v4', async () => {
    const raw = makeRecord({ url: 'https://example.org/liste|2024/[neu]^/100%/' });
    const older = makeRecord({ url: 'https://example.org/a|b/', tags: ['alt'], note: 'Notiz', updatedAt: '2026-01-01T00:00:00.000Z' });
    const newer = makeRecord({ url: 'https://example.org/a%7Cb/', tags: ['neu'], note: '', updatedAt: '2026-02-01T00:00:00.000Z' });
    const db = openClipperDB(await v1Database([raw, older, newer]));
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect((await db.records.get(raw.id))?.url).toBe('https://example.org/liste%7C2024/%5Bneu%5D%5E/100%25/');
    expect(await db.records.get(older.id)).toBeUndefined();
    expect(await db.records.get(newer.id)).toMatchObject({ url: 'https://example.org/a%7Cb/', tags: ['neu', 'alt'], note: 'Notiz' });
    expect((await db.revisions.where('recordId').equals(newer.id).toArray()).map((r) => r.record.tags)).toEqual([['alt']]);
    for (const r of await db.records.toArray()) expect(validateRecord(r)).toEqual([]);
    expect(await db.records.count()).toBe(2);
    await db.delete();
  });
});

describe('schema v5: stored URLs in their percent-encoded form', () => {
  it('migrates raw "|", "[", "]", "^" and stray "%" so every record passes the schema and exports', async () => {
    const raw = makeRecord({ url: 'https://example.org/liste|2024/[neu]^/100%/' });
    const fine = makeRecord({ url: 'https://example.org/fine/' });
    const revision = { id: 'rev-1', recordId: raw.id, savedAt: '2026-01-02T00:00:00.000Z', record: { ...raw, title: 'alt' } };
    expect(validateRecord(raw)).not.toEqual([]);
    const db = openClipperDB(await v4Database([raw, fine], [revision]));
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    const migrated = await db.records.get(raw.id);
    expect(migrated?.url).toBe('https://example.org/liste%7C2024/%5Bneu%5D%5E/100%25/');
    expect({ ...migrated, url: raw.url }).toEqual(raw);
    expect(await db.records.get(fine.id)).toEqual(fine);
    expect((await db.revisions.get('rev-1'))?.record.url).toBe(migrated?.url);
    for (const r of await db.records.toArray()) expect(validateRecord(r)).toEqual([]);
    // The export of the upgraded collection imports again (before, it was refused whole).
    const exported = serialise(buildRecordsFile(await db.records.toArray()));
    const plan = await planImport(db, exported);
    expect(plan.ok && plan.plan.summary.text).toBe('0 new, 0 updated, 0 older (kept as history), 2 unchanged, 0 invalid');
    await db.delete();
  });

  it('leaves a row without a usable URL, and a revision without a record, to the other checks instead of stopping', async () => {
    const noUrl = { ...makeRecord(), url: 42 };
    const good = makeRecord({ url: 'https://example.org/x|y/' });
    const db = openClipperDB(await v4Database([noUrl, good], [{ id: 'rev-x', recordId: good.id, savedAt: '2026-01-02T00:00:00.000Z' }]));
    await db.open();
    expect((await db.records.get(good.id))?.url).toBe('https://example.org/x%7Cy/');
    expect(await db.revisions.get('rev-x')).toMatchObject({ id: 'rev-x' });
    await db.delete();
  });

  it('merges two rows that turn out to be one page: the later one keeps the URL, the other becomes its revision', async () => {
    const older = makeRecord({ url: 'https://example.org/a|b/', tags: ['alt'], note: 'Notiz', updatedAt: '2026-01-01T00:00:00.000Z' });
    const newer = makeRecord({ url: 'https://example.org/a%7Cb/', tags: ['neu'], note: '', updatedAt: '2026-02-01T00:00:00.000Z' });
    const db = openClipperDB(await v4Database([older, newer]));
    await db.open();
    const rows = await db.records.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: newer.id, url: 'https://example.org/a%7Cb/', tags: ['neu', 'alt'], note: 'Notiz' });
    const revisions = await db.revisions.where('recordId').equals(newer.id).toArray();
    expect(revisions.map((r) => r.record.tags)).toEqual([['alt']]);
    await db.delete();
  });

  it('a re-clip after the upgrade finds the record an older version stored with a "/" added to another site\'s path', async () => {
    // Versions before v5 stored https://www.stadt-koeln.example/partnerschaft-dnipro/faq as …/faq/.
    const old = makeRecord({ url: 'https://www.stadt-koeln.example/partnerschaft-dnipro/faq/', tags: ['köln'] });
    const db = openClipperDB(await v4Database([old]));
    const { id, capturedAt, updatedAt, tags, note, ...content } = old;
    const result = await saveClip(db, { ...content, url: 'https://www.stadt-koeln.example/partnerschaft-dnipro/faq' });
    expect(result.status).toBe('unchanged');
    const rows = await db.records.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id, capturedAt, tags: ['köln'], url: 'https://www.stadt-koeln.example/partnerschaft-dnipro/faq' });
    expect(await db.revisions.count()).toBe(0);
    void updatedAt;
    void note;
    await db.delete();
  });
});
