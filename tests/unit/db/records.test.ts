import { describe, expect, it } from 'vitest';
import {
  deleteRecords,
  getRecord,
  listRecords,
  listRevisions,
  restoreDeleted,
  restoreRevision,
  saveClip,
  setNote,
  setTags,
} from '../../../src/db/records';
import { makeAnswers, makeContent, sampleContents } from '../helpers/records';
import { loadSearchIndex } from '../../../src/db/search';
import { freshDb } from './helpers';

const T1 = new Date('2026-02-01T10:00:00.000Z');
const T2 = new Date('2026-02-02T10:00:00.000Z');
const T3 = new Date('2026-02-03T10:00:00.000Z');

describe('saveClip', () => {
  it('creates a record with a UUID, timestamps, empty tags and note', async () => {
    const db = freshDb();
    const res = await saveClip(db, makeContent(), T1);
    expect(res.status).toBe('created');
    expect(res.record.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.record).toMatchObject({ capturedAt: T1.toISOString(), updatedAt: T1.toISOString(), tags: [], note: '' });
    expect(await getRecord(db, res.record.id)).toEqual(res.record);
    // The stored row is the public record; the search index lives in its own table.
    expect(await db.records.get(res.record.id)).toEqual(res.record);
    expect((await loadSearchIndex(db)).match(res.record.partners[0]!)).toEqual([res.record.id]);
  });

  it('re-clipping changed content updates the record and keeps the old one as a revision', async () => {
    const db = freshDb();
    const first = await saveClip(db, makeContent(), T1);
    await setTags(db, first.record.id, ['Metall'], T1);
    const changed = makeContent({ answers: makeAnswers(4, 'Neu') });
    const second = await saveClip(db, changed, T2);

    expect(second.status).toBe('updated');
    expect(second.record.id).toBe(first.record.id);
    expect(second.record.capturedAt).toBe(T1.toISOString());
    expect(second.record.updatedAt).toBe(T2.toISOString());
    expect(second.record.answers).toEqual(changed.answers);
    expect(second.record.tags).toEqual(['Metall']);
    expect(await db.records.count()).toBe(1);

    const revs = await listRevisions(db, first.record.id);
    expect(revs).toHaveLength(1);
    expect(revs[0]?.id).toBe(second.revisionId);
    expect(revs[0]?.savedAt).toBe(T2.toISOString());
    expect(revs[0]?.record.answers).toEqual(first.record.answers);
    expect(revs[0]?.record).not.toHaveProperty('searchTerms');
  });

  it('re-clipping identical content writes no revision and changes no timestamp', async () => {
    const db = freshDb();
    const first = await saveClip(db, makeContent(), T1);
    const again = await saveClip(db, makeContent(), T2);
    expect(again.status).toBe('unchanged');
    expect(again.revisionId).toBeUndefined();
    expect(again.record.updatedAt).toBe(T1.toISOString());
    expect(await db.revisions.count()).toBe(0);
    expect(await getRecord(db, first.record.id)).toEqual(first.record);
  });

  it('concurrent clips of the same URL end with exactly one record', async () => {
    const db = freshDb();
    const results = await Promise.all(Array.from({ length: 5 }, () => saveClip(db, makeContent(), T1)));
    expect(await db.records.count()).toBe(1);
    expect(results.filter((r) => r.status === 'created')).toHaveLength(1);
    expect(new Set(results.map((r) => r.record.id)).size).toBe(1);
    expect(await db.revisions.count()).toBe(0);
  });

  it('treats tracking and hash variants of a URL as the same page', async () => {
    const db = freshDb();
    const url = 'https://staedtepartnerschaftennrw.org/duisburg-kryvyi-rih/';
    await saveClip(db, makeContent({ url }), T1);
    const again = await saveClip(db, makeContent({ url: `${url}?utm_source=mail#frage-3` }), T2);
    expect(again.status).toBe('unchanged');
    expect(await db.records.count()).toBe(1);
  });

  it('concurrent clips with different content keep every version', async () => {
    const db = freshDb();
    const contents = [1, 2, 3, 4, 5].map((n) => makeContent({ answers: makeAnswers(n) }));
    await Promise.all(contents.map((c) => saveClip(db, c, T1)));
    expect(await db.records.count()).toBe(1);
    expect(await db.revisions.count()).toBe(4);
  });
});

describe('revisions', () => {
  it('restoring a revision saves the current state as a new revision first', async () => {
    const db = freshDb();
    const v1 = await saveClip(db, makeContent(), T1);
    const v2 = await saveClip(db, makeContent({ answers: makeAnswers(5) }), T2);
    await setNote(db, v1.record.id, 'meine Notiz', T2);
    const restored = await restoreRevision(db, v2.revisionId!, T3);

    expect(restored.record.answers).toEqual(v1.record.answers);
    expect(restored.record.note).toBe('meine Notiz');
    expect(restored.record.capturedAt).toBe(T1.toISOString());
    expect(restored.record.updatedAt).toBe(T3.toISOString());
    const revs = await listRevisions(db, v1.record.id);
    expect(revs.map((r) => r.savedAt)).toEqual([T3.toISOString(), T2.toISOString()]);
    expect(revs[0]?.record.answers).toEqual(v2.record.answers);
    expect((await getRecord(db, v1.record.id))?.answers).toEqual(v1.record.answers);
  });

  it('rejects an unknown revision', async () => {
    await expect(restoreRevision(freshDb(), 'nope')).rejects.toThrow(/No revision/);
  });
});

describe('tags and notes', () => {
  it('normalises tags and counts them for autocomplete', async () => {
    const db = freshDb();
    const [a, b, c] = sampleContents();
    const ra = await saveClip(db, a!, T1);
    const rb = await saveClip(db, b!, T1);
    await saveClip(db, c!, T1);
    const tagged = await setTags(db, ra.record.id, [' Schule ', 'Metall', 'schule', '', 'Kultur  Sport'], T2);
    expect(tagged.tags).toEqual(['Schule', 'Metall', 'Kultur Sport']);
    expect(tagged.updatedAt).toBe(T2.toISOString());
    await setTags(db, rb.record.id, ['Schule']);
    // Counted for autocomplete by the search index, most used first.
    expect((await loadSearchIndex(db)).tagCounts()).toEqual([
      { tag: 'Schule', count: 2 },
      { tag: 'Kultur Sport', count: 1 },
      { tag: 'Metall', count: 1 },
    ]);
  });

  it('stores a note and makes it searchable', async () => {
    const db = freshDb();
    const r = await saveClip(db, makeContent(), T1);
    const noted = await setNote(db, r.record.id, 'Rückruf im März', T2);
    expect(noted.note).toBe('Rückruf im März');
    expect((await loadSearchIndex(db)).match('rueckruf')).toEqual([r.record.id]);
  });

  it('fails for an unknown id', async () => {
    await expect(setNote(freshDb(), 'missing', 'x')).rejects.toThrow(/No record/);
  });
});

describe('delete and undo', () => {
  it('deletes a selection with its revisions and restores it exactly', async () => {
    const db = freshDb();
    const [a, b, c] = sampleContents();
    const ra = await saveClip(db, a!, T1);
    await saveClip(db, { ...a!, answers: makeAnswers(6) }, T2);
    const rb = await saveClip(db, b!, T1);
    const rc = await saveClip(db, c!, T1);
    const before = { records: await db.records.toArray(), revisions: await db.revisions.toArray() };

    const payload = await deleteRecords(db, [ra.record.id, rb.record.id, 'unknown-id']);
    expect(payload.records.map((r) => r.id).sort()).toEqual([ra.record.id, rb.record.id].sort());
    expect(payload.revisions).toHaveLength(1);
    expect((await listRecords(db)).map((r) => r.id)).toEqual([rc.record.id]);
    expect(await db.revisions.count()).toBe(0);

    await restoreDeleted(db, payload);
    const byId = <T extends { id: string }>(xs: T[]) => [...xs].sort((x, y) => x.id.localeCompare(y.id));
    expect(byId(await db.records.toArray())).toEqual(byId(before.records));
    expect(byId(await db.revisions.toArray())).toEqual(byId(before.revisions));
  });

  it('undo after the URL was clipped again keeps the new record and the deleted one as history', async () => {
    const db = freshDb();
    const old = await saveClip(db, makeContent(), T1);
    const payload = await deleteRecords(db, [old.record.id]);
    const fresh = await saveClip(db, makeContent({ title: 'Duisburg – Krywyj Rih' }), T2);
    await restoreDeleted(db, payload, T3);
    expect(await db.records.count()).toBe(1);
    const revs = await listRevisions(db, fresh.record.id);
    expect(revs.map((r) => r.record.title)).toEqual(['Duisburg – Kryvyi Rih']);
  });

  it('undo after a re-clip brings back the deleted record\'s tags and note onto the new record', async () => {
    const db = freshDb();
    const old = await saveClip(db, makeContent(), T1);
    await setTags(db, old.record.id, ['Schule', 'Energie'], T1);
    await setNote(db, old.record.id, 'Rückruf im März', T1);
    const payload = await deleteRecords(db, [old.record.id]);
    const fresh = await saveClip(db, makeContent({ title: 'Duisburg – Krywyj Rih' }), T2);
    await setTags(db, fresh.record.id, ['schule', 'Neu'], T2);
    await restoreDeleted(db, payload, T3);
    const now = await getRecord(db, fresh.record.id);
    expect(now).toMatchObject({ title: 'Duisburg – Krywyj Rih', tags: ['schule', 'Neu', 'Energie'], note: 'Rückruf im März', updatedAt: T3.toISOString() });
    expect((await db.records.filter((r) => r.tags.includes('Energie')).count())).toBe(1);
  });
});

describe('listRecords', () => {
  it('lists newest capture first, without internal fields', async () => {
    const db = freshDb();
    const [a, b] = sampleContents();
    await saveClip(db, a!, T1);
    await saveClip(db, b!, T2);
    const list = await listRecords(db);
    expect(list.map((r) => r.title)).toEqual([b!.title, a!.title]);
    for (const r of list) expect(r).not.toHaveProperty('searchTerms');
  });
});
