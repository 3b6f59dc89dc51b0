/**
 * The import reads and writes in batches: the number of IndexedDB calls must
 * not grow with the number of records (it was several awaited requests per
 * record, 3–4 ms each in Chromium).
 */
import { describe, expect, it, vi } from 'vitest';
import { listRecords, saveClip } from '../../../src/db/records';
import { buildShards, docOf, SearchIndex } from '../../../src/search/shard-index';
import { isShardRow, isSummaryRow, summaryRowOf } from '../../../src/search/summary';
import type { ClipperDB } from '../../../src/db/schema';
import { applyImport, planImport, type ImportPlan } from '../../../src/export/import-plan';
import { buildRecordsFile, serialise } from '../../../src/export/json';
import type { PartnershipRecord } from '../../../src/record/types';
import { generateRecords } from '../../bench/generate';
import { freshDb } from '../db/helpers';
import { makeAnswers, makeContent, sampleContents } from '../helpers/records';

const N = 2000;
const NOW = new Date('2026-11-20T00:00:00Z');
const PER_RECORD = ['get', 'where', 'add', 'put'] as const;
const BULK = ['bulkGet', 'bulkAdd', 'bulkPut'] as const;

/** Counts calls of the Dexie table methods that reach IndexedDB, per table and method. */
function countCalls(db: ClipperDB): () => (key: string) => number {
  const counts: Record<string, number> = {};
  for (const table of [db.records, db.revisions] as const) {
    for (const method of [...PER_RECORD, ...BULK]) {
      const key = `${table.name}.${method}`;
      counts[key] = 0;
      const original = (table[method] as (...args: unknown[]) => unknown).bind(table);
      vi.spyOn(table, method).mockImplementation(((...args: unknown[]) => {
        counts[key]!++;
        return original(...args);
      }) as never);
    }
  }
  return () => {
    const snapshot = { ...counts };
    return (key) => snapshot[key] ?? 0;
  };
}

async function plan(db: ClipperDB, records: PartnershipRecord[]): Promise<ImportPlan> {
  const res = await planImport(db, serialise(buildRecordsFile(records, NOW)));
  if (!res.ok) throw new Error(res.error);
  return res.plan;
}

const dayBefore = (iso: string) => new Date(Date.parse(iso) - 86_400_000).toISOString();
const dayAfter = (iso: string) => new Date(Date.parse(iso) + 86_400_000).toISOString();

describe(`importing ${N.toLocaleString('en')} records`, () => {
  it('into an empty collection: a constant number of IndexedDB calls, all records stored', async () => {
    const db = freshDb();
    const records = generateRecords(sampleContents(), N);
    const calls = countCalls(db);
    const p = await plan(db, records);
    expect(p.summary).toMatchObject({ new: N, updated: 0, older: 0, unchanged: 0, invalid: 0 });
    expect(await applyImport(db, p, NOW)).toEqual({ ok: true, created: N, updated: 0, older: 0, unchanged: 0 });
    const c = calls();
    // One `where(url).anyOf` for the plan and one for the write, one `where(':id').anyOf` for the ids already taken.
    expect(c('records.where')).toBe(3);
    expect(c('records.get') + c('records.add') + c('records.put')).toBe(0);
    expect(c('revisions.get') + c('revisions.where') + c('revisions.add')).toBe(0);
    expect(c('records.bulkGet')).toBe(0);
    expect(c('records.bulkAdd')).toBe(1);
    vi.restoreAllMocks();
    const stored = await listRecords(db);
    expect(stored).toHaveLength(N);
    expect(new Set(stored.map((r) => r.id))).toEqual(new Set(records.map((r) => r.id)));
  }, 60_000);

  it('over an existing collection (new, newer, older, unchanged): still constant, and every merge rule applied', async () => {
    const db = freshDb();
    const base = generateRecords(sampleContents(), N, 11);
    await applyImport(db, await plan(db, base), NOW);

    const q = N / 4;
    const incoming = base.map((r, i): PartnershipRecord => {
      if (i < q) return { ...r, id: `newer-${i}`, updatedAt: dayAfter(r.updatedAt), answers: makeAnswers(4, `Neu ${i}`), tags: ['import'] };
      if (i < 2 * q) return { ...r, id: `older-${i}`, capturedAt: dayBefore(r.capturedAt), updatedAt: dayBefore(r.updatedAt), answers: makeAnswers(2, `Alt ${i}`) };
      if (i < 3 * q) return r;
      return { ...r, id: crypto.randomUUID(), url: `${r.url}neu/` };
    });
    const calls = countCalls(db);
    const p = await plan(db, incoming);
    expect(p.summary).toMatchObject({ new: q, updated: q, older: q, unchanged: q, invalid: 0 });
    expect(await applyImport(db, p, NOW)).toEqual({ ok: true, created: q, updated: q, older: q, unchanged: q });
    const c = calls();
    // records by URL (plan, apply), the ids already taken (apply), and the revisions of the 'older' ones (plan, apply).
    expect(c('records.where')).toBe(3);
    expect(c('revisions.where')).toBe(2);
    expect(c('records.get') + c('records.add') + c('records.put') + c('revisions.get') + c('revisions.add')).toBe(0);
    expect(c('records.bulkAdd') + c('records.bulkPut') + c('revisions.bulkAdd')).toBe(3);
    vi.restoreAllMocks();

    expect(await db.records.count()).toBe(N + q);
    // One revision per updated record (the old local state) and per older record (the incoming state).
    expect(await db.revisions.count()).toBe(2 * q);
    const byUrl = new Map((await listRecords(db)).map((r) => [r.url, r]));
    const newer = byUrl.get(incoming[0]!.url)!;
    expect(newer).toMatchObject({ id: base[0]!.id, answers: makeAnswers(4, 'Neu 0') });
    expect(newer.tags).toEqual([...new Set([...base[0]!.tags, 'import'])]);
    expect(byUrl.get(incoming[q]!.url)).toEqual(base[q]);

    // Re-importing the same file: the older ones are now known revisions, everything is unchanged.
    const again = await plan(db, incoming);
    expect(again.summary).toMatchObject({ new: 0, updated: 0, older: 0, unchanged: N });
  }, 120_000);
});

describe('an import written in batches (one transaction, the index written once after the last batch)', () => {
  const M = 4500; // three batches of at most 2,000

  it('reports progress after each batch, and the search index equals one built from scratch', async () => {
    const db = freshDb();
    await saveClip(db, makeContent({ url: 'https://example.org/schon-da/' }));
    const records = generateRecords(sampleContents(), M, 5);
    const progress: Array<[number, number]> = [];
    const p = await plan(db, records);
    expect(await applyImport(db, p, NOW, { onProgress: (written, total) => progress.push([written, total]) })).toMatchObject({ ok: true, created: M });
    expect(progress).toEqual([
      [2000, M],
      [4000, M],
      [M, M],
    ]);
    const rows = await db.searchShards.toArray();
    const shards = rows.filter(isShardRow);
    const stored = await db.records.toArray();
    const count = rows.find(isSummaryRow)!.stats.length;
    const fresh = new SearchIndex(buildShards(stored.map(docOf), count));
    const kept = new SearchIndex(shards);
    expect(kept.size).toBe(M + 1);
    for (const q of ['', 'k', 'schul', 'kryvyi rih']) expect(kept.match(q)).toEqual(fresh.match(q));
    expect(summaryRowOf(shards, count)).toEqual(rows.find(isSummaryRow));
  }, 60_000);

  it('a failure after the second batch leaves the records and the index as they were', async () => {
    const db = freshDb();
    await saveClip(db, makeContent({ url: 'https://example.org/schon-da/' }));
    const before = { records: await db.records.toArray(), shards: await db.searchShards.toArray() };
    const p = await plan(db, generateRecords(sampleContents(), M, 6));
    await expect(
      applyImport(db, p, NOW, {
        onProgress: (written) => {
          if (written === 4000) throw new Error('Platte voll');
        },
      }),
    ).rejects.toThrow('Platte voll');
    expect(await db.records.toArray()).toEqual(before.records);
    expect(await db.searchShards.toArray()).toEqual(before.shards);
  }, 60_000);
});
