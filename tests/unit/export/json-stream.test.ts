/**
 * The streamed JSON export writes exactly the bytes of the whole-file export,
 * page by page, with its topics and organisations from the ideas cache, and
 * it fills the cache for whoever reads next.
 */

import { describe, expect, it } from 'vitest';
import { listRecords, saveClip, setNote } from '../../../src/db/records';
import { readIdeasCache, type IdeasCacheRow } from '../../../src/db/ideas-cache';
import type { RecordsFileV2 } from '../../../src/record/types';
import { RULES_FINGERPRINT } from '../../../src/ideas/cache-entry';
import { exportRecordsBlob } from '../../../src/export/json-stream';
import { buildRecordsFile, serialise } from '../../../src/export/json';
import { applyImport, planImport } from '../../../src/export/import-plan';
import { QUESTIONS } from '../../../src/questions/catalogue';
import { PORTRAITS } from '../ideas/fixtures/portraits';
import { makeContent } from '../helpers/records';
import { freshDb } from '../db/helpers';

const NOW = new Date('2026-11-29T12:00:00.000Z');

async function clipPortraits(db: ReturnType<typeof freshDb>) {
  let day = 1;
  for (const p of PORTRAITS) {
    const content = makeContent({
      url: `https://staedtepartnerschaftennrw.org/${p.key}/`,
      title: p.partners.join(' – '),
      partners: p.partners,
      answers: p.answers.map((a) => {
        const q = QUESTIONS.find((x) => x.id === a.q)!;
        return { number: q.number, questionId: q.id, question: q.text, markdown: a.text, text: a.text };
      }),
    });
    // Two records share a capture time, so the order's tie-break by id is exercised too.
    await saveClip(db, content, new Date(`2026-03-${String(Math.min(day++, 11)).padStart(2, '0')}T08:00:00.000Z`));
  }
}

describe('the streamed JSON export', () => {
  it('writes the same bytes as the whole-file export, across pages, and fills the ideas cache', async () => {
    const db = freshDb();
    await clipPortraits(db);
    expect((await readIdeasCache(db, RULES_FINGERPRINT)).missing).toBe(PORTRAITS.length);
    const expected = serialise(buildRecordsFile(await listRecords(db), NOW));
    const progress: string[] = [];
    const blob = await exportRecordsBlob(db, { now: NOW, pageSize: 5, onProgress: (done, total) => progress.push(`${done}/${total}`) });
    expect(await blob.text()).toBe(expected);
    expect(blob.type).toBe('application/json');
    expect(progress).toEqual(['5/12', '10/12', '12/12']);
    expect((await readIdeasCache(db, RULES_FINGERPRINT)).missing).toBe(0);
    // From the filled cache: still the same bytes.
    expect(await (await exportRecordsBlob(db, { now: NOW, pageSize: 7 })).text()).toBe(expected);
    // And the file imports.
    const target = freshDb();
    const planned = await planImport(target, blob);
    if (!planned.ok) throw new Error(planned.error);
    expect(planned.plan.new).toHaveLength(PORTRAITS.length);
    expect(await applyImport(target, planned.plan)).toMatchObject({ ok: true, created: PORTRAITS.length });
  });

  it('takes topics and organisations from the cache, except for a record written since', async () => {
    const db = freshDb();
    await clipPortraits(db);
    await exportRecordsBlob(db, { now: NOW });
    // A cache that says "no ideas" for every record (as if stored under other rules with the same fingerprint).
    const rows = (await db.ideasCache.toArray()).filter((row): row is IdeasCacheRow => 'ids' in row);
    const emptied = (entry: string) => {
      const [title, capturedAt, , , answers] = JSON.parse(entry) as [string, string, unknown, unknown, string];
      const questions = (JSON.parse(answers) as (number | [number])[]).map((a) => (typeof a === 'number' ? a : a[0]));
      return JSON.stringify([title, capturedAt, [], [], JSON.stringify(questions)]);
    };
    await db.ideasCache.bulkPut(rows.map((row) => ({ ...row, entries: row.entries.map(emptied) })));
    const records = await listRecords(db);
    const written = records[3]!;
    await setNote(db, written.id, 'geändert');
    const file = JSON.parse(await (await exportRecordsBlob(db, { now: NOW })).text()) as RecordsFileV2;
    const topicsOf = (r: RecordsFileV2['records'][number]) => r.answers.flatMap((a) => a.topics);
    for (const r of file.records) {
      if (r.id === written.id) expect(topicsOf(r).length).toBeGreaterThan(0);
      // The cache's word, not a fresh analysis.
      else expect(topicsOf(r)).toEqual([]);
    }
  });

  it('does not trust an entry that does not fit its record: the record is analysed', async () => {
    const db = freshDb();
    await clipPortraits(db);
    const expected = serialise(buildRecordsFile(await listRecords(db), NOW));
    await exportRecordsBlob(db, { now: NOW });
    const rows = (await db.ideasCache.toArray()).filter((row): row is IdeasCacheRow => 'ids' in row);
    // Entries with fewer answers than their records.
    await db.ideasCache.bulkPut(rows.map((row) => ({ ...row, entries: row.entries.map((e) => JSON.stringify([...(JSON.parse(e) as unknown[]).slice(0, 4), '[]'])) })));
    expect(await (await exportRecordsBlob(db, { now: NOW })).text()).toBe(expected);
  });

  it('writes an empty collection as the whole-file export does', async () => {
    const db = freshDb();
    expect(await (await exportRecordsBlob(db, { now: NOW })).text()).toBe(serialise(buildRecordsFile([], NOW)));
  });
});
