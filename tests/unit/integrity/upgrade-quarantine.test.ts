// Issue 17, item 8: one malformed v1 row must not stop the upgrade. The row is
// skipped, kept as it was in the quarantine table (for export), and the
// database opens with every other record upgraded.
import { describe, expect, it } from 'vitest';
import { openClipperDB } from '../../../src/db/schema';
import { searchRecords } from '../../../src/db/records';
import { makeRecord, sampleContents } from '../helpers/records';
import { generateRecords } from '../../bench/generate';
import { stableStringify } from '../../../src/record/content';
import { buildQuarantineFile } from '../../../src/export/quarantine-file';
import { serialise } from '../../../src/export/json';
import { v1Database } from '../db/helpers';


describe('upgrading a v1 database with malformed rows', () => {
  it('skips and keeps each row it cannot convert, and opens the database', async () => {
    const good = Array.from({ length: 20 }, (_, i) => makeRecord({ url: `https://example.org/gut-${i}/`, title: `Gütersloh ${i} – Kyiv` }));
    const nullAnswer = { ...makeRecord({ url: 'https://example.org/kaputt-1/' }), answers: [null] };
    const noDate: Record<string, unknown> = { ...makeRecord({ url: 'https://example.org/kaputt-2/' }) };
    delete noDate.capturedAt;
    const name = await v1Database([...good, nullAnswer, noDate]);

    const db = openClipperDB(name);
    await db.open();
    expect(await db.records.count()).toBe(20);
    for (const r of good) expect(await db.records.get(r.id)).toEqual(r);
    expect((await searchRecords(db, 'gutersloh')).records).toHaveLength(20);

    const kept = await db.quarantine.toArray();
    expect(kept.map((q) => [q.version, q.reason])).toEqual([
      [2, 'answers[0] is not an object'],
      [2, 'capturedAt is missing or not a date'],
    ]);
    // Exactly as stored: nothing the upgrade filled in.
    expect(kept.map((q) => q.row)).toEqual([nullAnswer, noDate]);
    await db.delete();
  });

  it('a clean database has an empty quarantine', async () => {
    const name = await v1Database([makeRecord()]);
    const db = openClipperDB(name);
    await db.open();
    expect(await db.quarantine.count()).toBe(0);
    await db.delete();
  });
});

describe('the quarantine file', () => {
  it('holds every kept row with its reason, as JSON', async () => {
    const bad = { ...makeRecord({ url: 'https://example.org/kaputt/' }), answers: [7] };
    const db = openClipperDB(await v1Database([bad]));
    await db.open();
    const file = JSON.parse(serialise(await buildQuarantineFile(db, new Date('2026-05-01T00:00:00Z'))));
    expect(file).toEqual({
      format: 'partnership-clipper/quarantine',
      version: 1,
      exportedAt: '2026-05-01T00:00:00.000Z',
      rows: [{ table: 'records', version: 2, reason: 'answers[0] is not an object', quarantinedAt: expect.any(String), row: bad }],
    });
    await db.delete();
  });
});

describe('a clean v1 upgrade', () => {
  it('loses and changes nothing: 0 lost, 0 changed (the benchmark checks the same at 10,000 in Chromium)', { timeout: 120_000 }, async () => {
    const COUNT = 400;
    const expected = new Map<string, string>();
    const rows = generateRecords(sampleContents(), COUNT, 5).map((record, i) => {
      const row: Record<string, unknown> = { ...record };
      if (i % 3 === 0) {
        delete row.tags;
        delete row.note;
        delete row.updatedAt;
        expected.set(record.id, stableStringify({ ...record, tags: [], note: '', updatedAt: record.capturedAt }));
      } else expected.set(record.id, stableStringify(record));
      return row;
    });
    const db = openClipperDB(await v1Database(rows));
    await db.open();
    const stored = await db.records.toArray();
    const lost = COUNT - stored.filter((r) => expected.has(r.id)).length;
    const changed = stored.filter((r) => stableStringify(r) !== expected.get(r.id)).length;
    expect({ lost, changed, quarantined: await db.quarantine.count() }).toEqual({ lost: 0, changed: 0, quarantined: 0 });
    await db.delete();
  });
});
