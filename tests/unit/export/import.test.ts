import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getRecord, listRecords, listRevisions, saveClip, setNote, setTags } from '../../../src/db/records';
import type { ClipperDB, Revision } from '../../../src/db/schema';
import { buildBackup } from '../../../src/export/backup';
import { applyImport, planImport, type ImportPlan } from '../../../src/export/import-plan';
import { buildRecordsFile, serialise } from '../../../src/export/json';
import type { PartnershipRecord } from '../../../src/record/types';
import { freshDb } from '../db/helpers';
import { makeAnswers, makeContent, makeRecord, sampleContents } from '../helpers/records';

const FIXTURE = readFileSync(resolve(process.cwd(), 'tests/unit/export/fixtures/records-v1.json'), 'utf8');
const NOW = new Date('2026-05-01T00:00:00Z');

/** The whole collection as text (records + revisions + settings), minus the export time. */
async function snapshot(db: ClipperDB): Promise<string> {
  return serialise({ ...(await buildBackup(db, NOW)), exportedAt: null });
}

async function plan(db: ClipperDB, text: Blob | string): Promise<ImportPlan> {
  const res = await planImport(db, text);
  if (!res.ok) throw new Error(res.error);
  return res.plan;
}

const fileOf = (records: PartnershipRecord[]) => serialise(buildRecordsFile(records, NOW));

describe('importing the committed v1 fixture', () => {
  it('imports both records into an empty collection, keeping their ids', async () => {
    const db = freshDb();
    const p = await plan(db, FIXTURE);
    expect(p.summary).toMatchObject({ new: 2, updated: 0, older: 0, unchanged: 0, invalid: 0 });
    expect(p.summary.text).toBe('2 new, 0 updated, 0 older (kept as history), 0 unchanged, 0 invalid');
    expect(await applyImport(db, p)).toMatchObject({ ok: true, created: 2 });
    const expected = (JSON.parse(FIXTURE) as { records: PartnershipRecord[] }).records;
    for (const r of expected) expect(await getRecord(db, r.id)).toEqual(r);
  });

  it('importing the same file again is a no-op', async () => {
    const db = freshDb();
    await applyImport(db, await plan(db, FIXTURE));
    const before = await snapshot(db);
    const again = await plan(db, FIXTURE);
    expect(again.summary).toMatchObject({ new: 0, unchanged: 2 });
    await applyImport(db, again);
    expect(await snapshot(db)).toBe(before);
  });
});

const FIXTURE_V2 = readFileSync(resolve(process.cwd(), 'tests/unit/export/fixtures/records-v2.json'), 'utf8');

/** A records file without the per-answer topics and organisations, which come from the rules of the day. */
function withoutDerived(file: string): string {
  const parsed = JSON.parse(file) as { records: { answers: Record<string, unknown>[] }[] };
  for (const record of parsed.records) {
    for (const answer of record.answers) {
      delete answer.topics;
      delete answer.organisations;
    }
  }
  return JSON.stringify(parsed);
}

/** A v2 record as stored: the answers without their derived topics and organisations. */
function storedShape(record: Record<string, unknown>): PartnershipRecord {
  const answers = (record.answers as Record<string, unknown>[]).map(({ topics: _t, organisations: _o, ...a }) => a);
  return { ...record, answers } as unknown as PartnershipRecord;
}

describe('importing the committed v2 fixture', () => {
  it('imports both records and drops the derived fields, which are recomputed from the text', async () => {
    const db = freshDb();
    const p = await plan(db, FIXTURE_V2);
    expect(p.summary).toMatchObject({ new: 2, invalid: 0 });
    expect(await applyImport(db, p)).toMatchObject({ ok: true, created: 2 });
    const expected = (JSON.parse(FIXTURE_V2) as { records: Record<string, unknown>[] }).records;
    for (const r of expected) expect(await getRecord(db, r.id as string)).toEqual(storedShape(r));
  });

  it('plans the same whether "format" comes before the records (dropped as parsed) or after them (dropped by the migration)', async () => {
    const db = freshDb();
    const parsed = JSON.parse(FIXTURE_V2) as Record<string, unknown>;
    const { format, ...rest } = parsed;
    const formatLast = JSON.stringify({ ...rest, format });
    expect(Object.keys(JSON.parse(formatLast)).at(-1)).toBe('format');
    expect(await plan(db, formatLast)).toEqual(await plan(db, FIXTURE_V2));
    expect(await plan(db, new Blob([FIXTURE_V2]))).toEqual(await plan(db, FIXTURE_V2));
  });

  it('re-exports the same file it imported, but for the topics and organisations the current rules derive', async () => {
    const db = freshDb();
    await applyImport(db, await plan(db, FIXTURE_V2));
    const exportedAt = new Date((JSON.parse(FIXTURE_V2) as { exportedAt: string }).exportedAt);
    const records = await listRecords(db);
    records.sort((a, b) => a.capturedAt.localeCompare(b.capturedAt));
    const reexported = serialise(buildRecordsFile(records, exportedAt));
    // Derived data is recomputed from the text (docs/record-format.md), so a rules round may change it;
    // everything a user clipped or typed comes back byte for byte, in the same order.
    expect(withoutDerived(reexported)).toBe(withoutDerived(FIXTURE_V2));
    expect(reexported.length).toBeGreaterThan(withoutDerived(FIXTURE_V2).length);
  });

  it('ignores edited topics in a file: what a record is about comes from its text', async () => {
    const db = freshDb();
    const file = JSON.parse(FIXTURE_V2) as { records: { answers: { topics: string[] }[] }[] };
    file.records[0]!.answers[0]!.topics = ['sport'];
    await applyImport(db, await plan(db, JSON.stringify(file)));
    const stored = (await listRecords(db)).find((r) => r.url.includes('luenen'))!;
    expect(stored.answers[0]).not.toHaveProperty('topics');
    expect(buildRecordsFile([stored]).records[0]!.answers[0]!.topics).toEqual(['civil-protection', 'energy']);
  });

  it('refuses a file from a newer version with a clear reason', async () => {
    const res = await planImport(freshDb(), FIXTURE_V2.replace('"version":2', '"version":3'));
    expect(res).toMatchObject({ ok: false, error: expect.stringContaining('newer version') });
  });
});

describe('merge by URL', () => {
  it('a newer updatedAt wins and the local content becomes a revision, keeping the local id', async () => {
    const db = freshDb();
    const local = (await saveClip(db, makeContent(), new Date('2026-01-01T00:00:00Z'))).record;
    const incoming = makeRecord({ id: 'other-id', capturedAt: '2026-02-01T00:00:00.000Z', updatedAt: '2026-02-01T00:00:00.000Z', answers: makeAnswers(5), tags: ['neu'] });
    const p = await plan(db, fileOf([incoming]));
    expect(p.summary).toMatchObject({ updated: 1, new: 0 });
    await applyImport(db, p, NOW);
    const now = await getRecord(db, local.id);
    expect(now).toEqual({ ...incoming, id: local.id });
    expect(await db.records.count()).toBe(1);
    const revs = await listRevisions(db, local.id);
    expect(revs.map((r) => r.record)).toEqual([local]);
  });

  it('decides "newer" by updatedAt: a later edit wins even when the first capture was earlier', async () => {
    const db = freshDb();
    const local = (await saveClip(db, makeContent(), new Date('2026-03-01T00:00:00Z'))).record;
    // The colleague captured earlier (January) but re-clipped it in April.
    const incoming = makeRecord({ capturedAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-04-01T00:00:00.000Z', answers: makeAnswers(6) });
    const p = await plan(db, fileOf([incoming]));
    expect(p.summary).toMatchObject({ updated: 1, older: 0 });
    await applyImport(db, p, NOW);
    expect((await getRecord(db, local.id))?.answers).toEqual(incoming.answers);
    expect((await listRevisions(db, local.id)).map((r) => r.record)).toEqual([local]);
  });

  it('a later capturedAt with an older updatedAt is older, not newer', async () => {
    const db = freshDb();
    await saveClip(db, makeContent(), new Date('2026-01-01T00:00:00Z'));
    const local = await setTags(db, (await listRecords(db))[0]!.id, ['x'], new Date('2026-05-01T00:00:00Z'));
    const incoming = makeRecord({ capturedAt: '2026-02-01T00:00:00.000Z', updatedAt: '2026-02-01T00:00:00.000Z', answers: makeAnswers(6) });
    const p = await plan(db, fileOf([incoming]));
    expect(p.summary).toMatchObject({ updated: 0, older: 1 });
    await applyImport(db, p, NOW);
    expect(await getRecord(db, local.id)).toEqual(local);
  });

  it('with equal updatedAt the later capturedAt wins', async () => {
    const db = freshDb();
    const local = (await saveClip(db, makeContent(), new Date('2026-01-05T00:00:00Z'))).record;
    const later = makeRecord({ capturedAt: '2026-01-06T00:00:00.000Z', updatedAt: local.updatedAt, answers: makeAnswers(4) });
    expect((await plan(db, fileOf([later]))).summary).toMatchObject({ updated: 1 });
    const earlier = { ...later, capturedAt: '2026-01-04T00:00:00.000Z' };
    expect((await plan(db, fileOf([earlier]))).summary).toMatchObject({ older: 1 });
  });

  it('with equal capturedAt the newer updatedAt wins', async () => {
    const db = freshDb();
    const local = (await saveClip(db, makeContent(), new Date('2026-01-01T00:00:00Z'))).record;
    const incoming = { ...local, id: 'x', updatedAt: '2026-01-05T00:00:00.000Z', note: 'von Kollegin' };
    const p = await plan(db, fileOf([incoming]));
    expect(p.summary.updated).toBe(1);
    await applyImport(db, p);
    expect((await getRecord(db, local.id))?.note).toBe('von Kollegin');
  });

  it('a replace keeps the union of tags and the local note (the user\'s own)', async () => {
    const db = freshDb();
    const saved = (await saveClip(db, makeContent(), new Date('2026-01-01T00:00:00Z'))).record;
    await setTags(db, saved.id, ['Schule', 'Energie'], new Date('2026-01-02T00:00:00Z'));
    const local = await setNote(db, saved.id, 'Meine Notiz', new Date('2026-01-03T00:00:00Z'));
    const incoming = makeRecord({ updatedAt: '2026-02-01T00:00:00.000Z', answers: makeAnswers(5), tags: ['schule', 'Partnerschaft'], note: 'Notiz der Kollegin' });
    const p = await plan(db, fileOf([incoming]));
    expect(p.summary).toMatchObject({ updated: 1 });
    await applyImport(db, p, NOW);
    const after = await getRecord(db, local.id);
    expect(after).toEqual({ ...incoming, id: local.id, tags: ['Schule', 'Energie', 'Partnerschaft'], note: 'Meine Notiz' });
    expect((await listRevisions(db, local.id)).map((r) => r.record)).toEqual([local]);
    // Tags are indexed: the merged tag can be found.
    expect((await db.records.filter((r) => r.tags.includes('Energie')).count())).toBe(1);

    // Importing the same file again changes nothing and adds no revision.
    const before = await snapshot(db);
    const again = await plan(db, fileOf([incoming]));
    expect(again.summary).toMatchObject({ unchanged: 1, updated: 0, older: 0 });
    await applyImport(db, again, new Date('2026-06-01T00:00:00Z'));
    expect(await snapshot(db)).toBe(before);
  });

  it('a replace takes the incoming note when the local one is empty', async () => {
    const db = freshDb();
    const local = (await saveClip(db, makeContent(), new Date('2026-01-01T00:00:00Z'))).record;
    await setNote(db, local.id, '  ', new Date('2026-01-02T00:00:00Z'));
    const incoming = makeRecord({ updatedAt: '2026-02-01T00:00:00.000Z', answers: makeAnswers(5), note: 'Notiz der Kollegin' });
    await applyImport(db, await plan(db, fileOf([incoming])), NOW);
    expect((await getRecord(db, local.id))?.note).toBe('Notiz der Kollegin');
  });

  it('a newer record with the same content but fewer tags changes nothing', async () => {
    const db = freshDb();
    const saved = (await saveClip(db, makeContent(), new Date('2026-01-01T00:00:00Z'))).record;
    const local = await setTags(db, saved.id, ['Schule'], new Date('2026-01-02T00:00:00Z'));
    const incoming = { ...local, id: 'x', tags: [], updatedAt: '2026-03-01T00:00:00.000Z' };
    const p = await plan(db, fileOf([incoming]));
    expect(p.summary).toMatchObject({ unchanged: 1, updated: 0 });
    await applyImport(db, p, NOW);
    expect(await getRecord(db, local.id)).toEqual(local);
  });

  it('importing a backup over newer-by-date records keeps the local tags and note too', async () => {
    const db = freshDb();
    const saved = (await saveClip(db, makeContent(), new Date('2026-01-01T00:00:00Z'))).record;
    await setTags(db, saved.id, ['Lokal'], new Date('2026-01-02T00:00:00Z'));
    await setNote(db, saved.id, 'Lokale Notiz', new Date('2026-01-02T00:00:00Z'));
    const source = freshDb();
    await saveClip(source, makeContent({ answers: makeAnswers(8) }), new Date('2026-02-01T00:00:00Z'));
    await setTags(source, (await listRecords(source))[0]!.id, ['Fremd'], new Date('2026-02-02T00:00:00Z'));
    const p = await plan(db, serialise(await buildBackup(source, NOW)));
    expect(p.kind).toBe('backup');
    expect(p.summary).toMatchObject({ updated: 1 });
    await applyImport(db, p, NOW);
    expect(await getRecord(db, saved.id)).toMatchObject({ answers: makeAnswers(8), tags: ['Lokal', 'Fremd'], note: 'Lokale Notiz' });
  });

  it('an older incoming record leaves the local one and is kept as a revision, once', async () => {
    const db = freshDb();
    const local = (await saveClip(db, makeContent(), new Date('2026-03-01T00:00:00Z'))).record;
    const incoming = makeRecord({ capturedAt: '2026-01-01T00:00:00.000Z', answers: makeAnswers(1) });
    const p = await plan(db, fileOf([incoming]));
    expect(p.summary).toMatchObject({ older: 1, updated: 0 });
    await applyImport(db, p);
    expect(await getRecord(db, local.id)).toEqual(local);
    const revs = await listRevisions(db, local.id);
    expect(revs).toHaveLength(1);
    expect(revs[0]?.record.answers).toEqual(incoming.answers);
    // Re-importing the same older file adds nothing.
    const again = await plan(db, fileOf([incoming]));
    expect(again.summary).toMatchObject({ unchanged: 1, older: 0 });
  });

  it('an identical record (timestamps aside) is unchanged', async () => {
    const db = freshDb();
    const local = (await saveClip(db, makeContent(), new Date('2026-01-01T00:00:00Z'))).record;
    const p = await plan(db, fileOf([{ ...local, id: 'different', capturedAt: '2027-01-01T00:00:00.000Z' }]));
    expect(p.summary).toMatchObject({ unchanged: 1, updated: 0 });
  });

  it('a new record whose id is taken locally by another URL gets a fresh id', async () => {
    const db = freshDb();
    const local = (await saveClip(db, makeContent())).record;
    const incoming = makeRecord({ id: local.id, url: 'https://example.org/other/' });
    await applyImport(db, await plan(db, fileOf([incoming])));
    const all = await listRecords(db);
    expect(all).toHaveLength(2);
    expect(new Set(all.map((r) => r.id)).size).toBe(2);
  });
});

describe('all or nothing', () => {
  it('a file with one invalid record changes nothing (export before and after are identical)', async () => {
    const db = freshDb();
    for (const c of sampleContents()) await saveClip(db, c, new Date('2026-01-01T00:00:00Z'));
    const before = await snapshot(db);

    const good = makeRecord({ url: 'https://example.org/new/', capturedAt: '2026-04-01T00:00:00.000Z' });
    const newerLocal = { ...(await listRecords(db))[0]!, capturedAt: '2026-04-01T00:00:00.000Z', note: 'changed' };
    const file = JSON.parse(fileOf([good, newerLocal, good])) as { records: unknown[] };
    file.records[2] = { ...makeRecord({ url: 'https://example.org/bad/' }), answers: [{ ...makeAnswers(1)[0], questionId: 7 }] };
    const p = await plan(db, JSON.stringify(file));
    expect(p.summary).toMatchObject({ new: 1, updated: 1, invalid: 1 });
    expect(p.messages).toEqual(['record 3 ("Duisburg – Kryvyi Rih"): answers[0].questionId must be a string or null']);

    expect(await applyImport(db, p)).toEqual({ ok: false, error: 'The file has 1 invalid record; nothing was imported.' });
    expect(await snapshot(db)).toBe(before);
  });

  it('rolls back every write when the transaction fails half-way', async () => {
    const db = freshDb();
    const local = (await saveClip(db, makeContent(), new Date('2026-01-01T00:00:00Z'))).record;
    const before = await snapshot(db);
    const newer = makeRecord({ updatedAt: '2026-02-01T00:00:00.000Z', answers: makeAnswers(5) });
    const p = await plan(db, fileOf([makeRecord({ url: 'https://example.org/1/' }), newer, makeRecord({ url: 'https://example.org/2/' })]));
    expect(p.summary).toMatchObject({ new: 2, updated: 1 });
    // Sabotage: the records are written, then the revisions' write fails inside the transaction.
    const bulkAdd = db.revisions.bulkAdd.bind(db.revisions);
    let seenInside = { records: 0, answers: 0 };
    db.revisions.bulkAdd = (async (items: Revision[]) => {
      await bulkAdd(items);
      seenInside = { records: await db.records.count(), answers: (await db.records.get(local.id))?.answers.length ?? 0 };
      throw new Error('disk on fire');
    }) as unknown as typeof bulkAdd;
    await expect(applyImport(db, p)).rejects.toThrow('disk on fire');
    db.revisions.bulkAdd = bulkAdd;
    // The writes had happened (3 records, the local one replaced) before the failure…
    expect(seenInside).toEqual({ records: 3, answers: 5 });
    // …and none of them survived it.
    expect(await snapshot(db)).toBe(before);
  });

  it('export, clear, import gives an identical collection', async () => {
    const db = freshDb();
    for (const c of sampleContents()) await saveClip(db, c, new Date('2026-01-01T00:00:00Z'));
    await setTags(db, (await listRecords(db))[0]!.id, ['Schule']);
    const exported = fileOf(await listRecords(db));
    const target = freshDb();
    await applyImport(target, await plan(target, exported));
    expect(fileOf(await listRecords(target))).toBe(exported);
  });
});

describe('rejected files', () => {
  it('reads a File (a Blob) in pieces to the same plan as its text', async () => {
    const db = freshDb();
    const fromText = await plan(db, FIXTURE);
    const res = await planImport(db, new Blob([FIXTURE]));
    expect(res.ok && res.plan).toEqual(fromText);
  });

  it('rejects non-JSON, wrong format and future versions with specific messages', async () => {
    const db = freshDb();
    expect(await planImport(db, 'name;url\n')).toMatchObject({ ok: false, error: expect.stringMatching(/^This file is not valid JSON: /) });
    expect(await planImport(db, JSON.stringify({ format: 'other-tool/export', version: 1, records: [] }))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^This is not a Partnership Clipper export \(format "other-tool\/export"/),
    });
    expect(await planImport(db, JSON.stringify({ format: 'partnership-clipper/records', version: 7, records: [] }))).toEqual({
      ok: false,
      error: 'This file was made by a newer version of Partnership Clipper (v7); please update the extension.',
    });
  });

  it('accepts a file with a BOM', async () => {
    const res = await planImport(freshDb(), `\uFEFF${FIXTURE}`);
    expect(res.ok).toBe(true);
  });
});

describe('tags in an imported file', () => {
  it('are stored as the app stores them: trimmed, without empty or repeated tags', async () => {
    const db = freshDb();
    const incoming = makeRecord({ tags: ['hilfe', ' Hilfe ', '', 'Schule', 'hilfe'] });
    const p = await plan(db, fileOf([incoming]));
    expect(await applyImport(db, p)).toMatchObject({ ok: true });
    expect((await getRecord(db, incoming.id))?.tags).toEqual(['hilfe', 'Schule']);
    // Importing the same file again finds nothing to change.
    expect((await plan(db, fileOf([incoming]))).unchanged).toHaveLength(1);
  });
});
