// Issue 17, item 1: undoing "Clear all" after an import must merge like an
// import (newer updatedAt wins, the other becomes a revision, tags and notes
// are kept), never overwrite what the import brought.
import { describe, expect, it } from 'vitest';
import { deleteRecords, getRecord, listRevisions, restoreDeleted, saveClip, setNote, setTags } from '../../../src/db/records';
import { applyImport, planImport } from '../../../src/export/import-plan';
import { buildRecordsFile, serialise } from '../../../src/export/json';
import { freshDb } from '../db/helpers';
import { makeAnswers, makeContent, makeRecord } from '../helpers/records';

const T1 = new Date('2026-03-01T10:00:00.000Z');
const T2 = new Date('2026-03-02T10:00:00.000Z');
const T3 = new Date('2026-03-03T10:00:00.000Z');
const T4 = new Date('2026-03-04T10:00:00.000Z');

async function importRecords(db: ReturnType<typeof freshDb>, records: ReturnType<typeof makeRecord>[], now: Date) {
  const planned = await planImport(db, serialise(buildRecordsFile(records, now)));
  if (!planned.ok) throw new Error(planned.error);
  const applied = await applyImport(db, planned.plan, now);
  if (!applied.ok) throw new Error(applied.error);
}

describe('undo of "Clear all" after an import', () => {
  it('keeps the colleague\'s newer copy of the same record, its tag and note, and files the cleared one as a revision', async () => {
    const db = freshDb();
    const mine = (await saveClip(db, makeContent(), T1)).record;
    await setTags(db, mine.id, ['lokal'], T1);
    const payload = await deleteRecords(db, [mine.id]);

    const colleague = makeRecord({
      id: mine.id,
      url: mine.url,
      answers: makeAnswers(6, 'Kollegin'),
      capturedAt: T1.toISOString(),
      updatedAt: T2.toISOString(),
      tags: ['kollegin'],
      note: 'Von Frau Brandt ergänzt',
    });
    await importRecords(db, [colleague], T3);

    await restoreDeleted(db, payload, T4);
    const now = await getRecord(db, mine.id);
    expect(now?.answers).toEqual(colleague.answers);
    expect(now?.tags).toEqual(['kollegin', 'lokal']);
    expect(now?.note).toBe('Von Frau Brandt ergänzt');
    const revisions = await listRevisions(db, mine.id);
    expect(revisions.map((r) => r.record.answers.length)).toEqual([3]);
    expect(revisions[0]?.record.tags).toEqual(['lokal']);
  });

  it('a cleared record newer than the imported one wins, and the imported one becomes a revision', async () => {
    const db = freshDb();
    const mine = (await saveClip(db, makeContent(), T1)).record;
    await setNote(db, mine.id, 'Meine Notiz', T3);
    const payload = await deleteRecords(db, [mine.id]);
    const older = makeRecord({ id: mine.id, url: mine.url, answers: makeAnswers(2, 'Alt'), capturedAt: T1.toISOString(), updatedAt: T2.toISOString(), tags: ['alt'], note: '' });
    await importRecords(db, [older], T3);

    await restoreDeleted(db, payload, T4);
    const now = await getRecord(db, mine.id);
    expect(now?.answers).toEqual(mine.answers);
    expect(now?.tags).toEqual(['alt']);
    expect(now?.note).toBe('Meine Notiz');
    expect((await listRevisions(db, mine.id)).map((r) => r.record.answers[0]?.text)).toEqual(['Alt zu Frage 1.']);
  });

  it('a record imported under the cleared record\'s id but another URL is not overwritten', async () => {
    const db = freshDb();
    const mine = (await saveClip(db, makeContent(), T1)).record;
    const payload = await deleteRecords(db, [mine.id]);
    const other = makeRecord({ id: mine.id, url: 'https://staedtepartnerschaftennrw.org/huerth-peremyshlyany/', title: 'Hürth – Peremyshlyany', updatedAt: T2.toISOString() });
    await importRecords(db, [other], T3);

    await restoreDeleted(db, payload, T4);
    expect(await db.records.count()).toBe(2);
    expect(await getRecord(db, mine.id)).toEqual(other);
    const restored = await db.records.where('url').equals(mine.url).first();
    expect(restored).toMatchObject({ title: mine.title, answers: mine.answers });
    expect(restored?.id).not.toBe(mine.id);
  });
});
