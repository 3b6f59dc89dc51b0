/**
 * The streamed JSON export writes exactly the bytes of the whole-file export,
 * page by page, with its topics and organisations from the ideas cache, and
 * it fills the cache for whoever reads next.
 */

import { describe, expect, it } from 'vitest';
import { listRecords, saveClip } from '../../../src/db/records';
import { readIdeasCache } from '../../../src/db/ideas-cache';
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
    const blob = await exportRecordsBlob(db, { now: NOW, pageSize: 5, onProgress: (step, done, total) => progress.push(`${step} ${done}/${total}`) });
    expect(await blob.text()).toBe(expected);
    expect(blob.type).toBe('application/json');
    expect(progress).toContain(`ideas ${PORTRAITS.length}/${PORTRAITS.length}`);
    expect(progress.filter((p) => p.startsWith('records'))).toEqual(['records 5/12', 'records 10/12', 'records 12/12']);
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

  it('writes an empty collection as the whole-file export does', async () => {
    const db = freshDb();
    expect(await (await exportRecordsBlob(db, { now: NOW })).text()).toBe(serialise(buildRecordsFile([], NOW)));
  });
});
