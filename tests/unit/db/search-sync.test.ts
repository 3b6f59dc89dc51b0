/**
 * The search shards stay equal to the records table (src/db/search-sync.ts),
 * whatever writes to it: the collection's own operations, raw Dexie writes in
 * transactions that do not name the shard table, concurrent writes in one
 * transaction, failed writes and rolled-back transactions.
 */

import Dexie from 'dexie';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deleteRecords, restoreDeleted, saveClip, setNote, setTags, type DeletedPayload } from '../../../src/db/records';
import { openClipperDB, type ClipperDB } from '../../../src/db/schema';
import { loadSearchIndex } from '../../../src/db/search';
import { buildShards, decodeShard, docOf, MIN_SHARDS, SearchIndex, SHARD_LAYOUT, shardCountFor, shardOf, type SearchDoc, type ShardLayout } from '../../../src/search/shard-index';
import { allStats, isShardRow, isSummaryRow, RECENT_KEY, summarise, summaryRowOf } from '../../../src/search/summary';
import { applyImport, planImport } from '../../../src/export/import-plan';
import { RECORDS_FORMAT, type ClippedContent, type PartnershipRecord, type RecordsFileV1 } from '../../../src/record/types';
import { freshDb } from './helpers';
import { makeAnswers, makeContent, makeRecord } from '../helpers/records';

const PLACES = ['Hürth', 'Huerth', 'Köln', 'Zülpich', 'Duisburg', 'Kryvyi Rih', 'Saporischschja', 'Oberhausen'];
const WORDS = ['Schulen', 'Vereine', 'Solidarität', 'Straßenbahn', 'Fördermittel', 'Übersetzung', 'Jugend'];
const KINDS = [null, 'Städtepartnerschaft', 'Solidaritätspartnerschaft', 'Kommunalpartnerschaft'];
const TAGS = ['schule', 'hilfe', 'Köln', '2024'];
const URL_COUNT = 6;

const urlOf = (n: number) => `https://staedtepartnerschaftennrw.org/portrait-${n}/`;

/** Clipped content for URL n; `v` varies every field the index reads, so a re-clip changes the index. */
function contentFor(n: number, v: number): ClippedContent {
  const partners = [PLACES[n % PLACES.length]!, PLACES[(n + v) % PLACES.length]!];
  return makeContent({
    url: urlOf(n),
    title: `${partners.join(' – ')} ${WORDS[v % WORDS.length]!}`,
    partners,
    kind: KINDS[v % KINDS.length]!,
    interviewee: { name: v % 2 ? 'Jörg Müller' : 'Erika Beispiel', affiliation: `Stadt ${partners[0]!}` },
    answers: makeAnswers(1 + (v % 3), WORDS[(v + 3) % WORDS.length]!),
  });
}

/** Ids that all fall into one shard, so concurrent writes really race for the same shard row. */
const SAME_SHARD_IDS = Array.from({ length: 400 }, (_, i) => `same-shard-${i}`)
  .filter((id) => shardOf(id, MIN_SHARDS) === 5)
  .slice(0, 6);

/** Everything the shards hold, keyed by id; fails on an id stored twice or in the wrong shard. */
async function indexedDocs(db: ClipperDB): Promise<Map<string, SearchDoc>> {
  const all = await db.searchShards.toArray();
  const rows = all.filter(isShardRow);
  const count = all.find(isSummaryRow)?.stats.length ?? MIN_SHARDS;
  const docs = new Map<string, SearchDoc>();
  for (const row of rows) {
    expect(new Set(row.ids).size, `shard ${row.shard} lists an id twice`).toBe(row.ids.length);
    for (const [id, doc] of decodeShard(row)) {
      // The recent row holds the newest clips whatever their hash; every other id sits in its hashed shard.
      if (row.shard !== RECENT_KEY) expect(shardOf(id, count), `${id} sits in shard ${row.shard}`).toBe(row.shard);
      expect(docs.has(id), `${id} is in two shards`).toBe(false);
      docs.set(id, doc);
    }
  }
  return docs;
}

/** The invariant: decoding every shard gives exactly { id → docOf(record) } for the records table. */
async function expectShardsMatchRecords(db: ClipperDB, context = '', layout?: ShardLayout): Promise<void> {
  const [records, docs] = await db.transaction('r', db.records, db.searchShards, async () => [await db.records.toArray(), await indexedDocs(db)] as const);
  const expected = new Map(records.map((r) => [r.id, docOf(r)]));
  expect(Object.fromEntries(docs), context).toEqual(Object.fromEntries(expected));
  // The summary row (count and filter menus for the popup's first render) agrees with the shards and the records.
  const rows = await db.searchShards.toArray();
  const summary = rows.find(isSummaryRow);
  if (records.length > 0) expect(summary, `${context}: no summary row`).toBeDefined();
  if (summary) {
    const shardRows = rows.filter(isShardRow);
    // The shard count is the summary's (a shard never written has no row), and it suits the collection's size.
    const count = summary.stats.length;
    for (const row of shardRows) expect(row.shard, context).toBeLessThan(count);
    if (layout) expect(shardCountFor(records.length, count, layout), context).toBe(count);
    // The recent row never holds more than its layout allows (none without one).
    const recent = shardRows.find((row) => row.shard === RECENT_KEY)?.ids.length ?? 0;
    expect(recent, `${context}: recent row`).toBeLessThanOrEqual((layout ?? SHARD_LAYOUT).recent ?? 0);
    expect(summary, context).toEqual(summaryRowOf(shardRows, count));
    // Searching the maintained index equals searching one built from scratch.
    const fresh = new SearchIndex(buildShards(records.map(docOf), count));
    const kept = new SearchIndex(shardRows);
    for (const q of ['', 'k', 'hurth schulen', 'zulpich']) expect(kept.match(q, { sort: 'title' }), `${context}: "${q}"`).toEqual(fresh.match(q, { sort: 'title' }));
    const tags = new Map<string, number>();
    for (const r of records) for (const tag of new Set(r.tags)) tags.set(tag, (tags.get(tag) ?? 0) + 1);
    const got = summarise(allStats(summary));
    expect(got.total, context).toBe(records.length);
    expect(got.kinds, context).toEqual([...new Set(records.flatMap((r) => (r.kind ? [r.kind] : [])))].sort());
    expect(Object.fromEntries(got.tagCounts.map((t) => [t.tag, t.count])), context).toEqual(Object.fromEntries(tags));
  }
}

const ids = (db: ClipperDB) => db.records.toCollection().primaryKeys();
const pick = <T>(list: readonly T[], n: number): T | undefined => (list.length === 0 ? undefined : list[n % list.length]);

type Op =
  | { t: 'clip'; url: number; v: number }
  | { t: 'tags'; at: number; tags: string[] }
  | { t: 'note'; at: number; note: string }
  | { t: 'delete'; at: number[] }
  | { t: 'restore' }
  | { t: 'clear' }
  | { t: 'rawBulkPut'; entries: Array<{ url: number; v: number }> }
  | { t: 'bulkPutCaught'; entries: Array<{ url: number; v: number }>; clash: number }
  | { t: 'concurrent'; fresh: number[]; changed: number[]; tag: string }
  | { t: 'rollback'; at: number; url: number }
  | { t: 'duplicateAdd'; at: number; caughtInside: boolean }
  | { t: 'update'; at: number; note: string }
  | { t: 'whereDelete'; kind: number }
  | { t: 'modifyAll'; word: number }
  | { t: 'import'; entries: Array<{ url: number; v: number; newer: boolean; tags: string[] }> };

const nat = (max: number) => fc.nat({ max });
const entriesArb = fc.uniqueArray(fc.record({ url: nat(URL_COUNT - 1), v: nat(20) }), { selector: (e) => e.url, minLength: 1, maxLength: 4 });

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { arbitrary: fc.record({ t: fc.constant('clip' as const), url: nat(URL_COUNT - 1), v: nat(20) }), weight: 4 },
  fc.record({ t: fc.constant('tags' as const), at: nat(20), tags: fc.array(fc.constantFrom(...TAGS), { maxLength: 3 }) }),
  fc.record({ t: fc.constant('note' as const), at: nat(20), note: fc.constantFrom('', 'Besuch in Zülpich', 'Spende für Schulen in Köln') }),
  fc.record({ t: fc.constant('delete' as const), at: fc.array(nat(20), { minLength: 1, maxLength: 3 }) }),
  { arbitrary: fc.constant({ t: 'restore' as const }), weight: 2 },
  { arbitrary: fc.constant({ t: 'clear' as const }), weight: 1 },
  fc.record({ t: fc.constant('rawBulkPut' as const), entries: entriesArb }),
  fc.record({ t: fc.constant('bulkPutCaught' as const), entries: entriesArb, clash: nat(20) }),
  {
    arbitrary: fc.record({
      t: fc.constant('concurrent' as const),
      fresh: fc.uniqueArray(nat(SAME_SHARD_IDS.length - 1), { minLength: 1, maxLength: 4 }),
      changed: fc.array(nat(20), { maxLength: 3 }),
      tag: fc.constantFrom(...TAGS),
    }),
    weight: 3,
  },
  { arbitrary: fc.record({ t: fc.constant('rollback' as const), at: nat(20), url: nat(URL_COUNT - 1) }), weight: 2 },
  fc.record({ t: fc.constant('duplicateAdd' as const), at: nat(20), caughtInside: fc.boolean() }),
  fc.record({ t: fc.constant('update' as const), at: nat(20), note: fc.constantFrom('Kultur', 'Jugendaustausch Hürth') }),
  fc.record({ t: fc.constant('whereDelete' as const), kind: nat(KINDS.length - 1) }),
  fc.record({ t: fc.constant('modifyAll' as const), word: nat(WORDS.length - 1) }),
  fc.record({
    t: fc.constant('import' as const),
    entries: fc.uniqueArray(
      fc.record({ url: nat(URL_COUNT + 1), v: nat(20), newer: fc.boolean(), tags: fc.array(fc.constantFrom(...TAGS), { maxLength: 3 }) }),
      { selector: (e) => e.url, minLength: 1, maxLength: 3 },
    ),
  }),
);

/** Runs one operation the way the app, an import or future code might write. */
async function run(db: ClipperDB, op: Op, step: number, undo: DeletedPayload[]): Promise<void> {
  const now = new Date(Date.UTC(2026, 0, 1 + step));
  const current = await ids(db);
  const record = async (at: number) => {
    const id = pick(current, at);
    return id === undefined ? undefined : db.records.get(id);
  };
  switch (op.t) {
    case 'clip':
      await saveClip(db, contentFor(op.url, op.v), now);
      return;
    case 'tags': {
      const id = pick(current, op.at);
      if (id) await setTags(db, id, op.tags, now);
      return;
    }
    case 'note': {
      const id = pick(current, op.at);
      if (id) await setNote(db, id, op.note, now);
      return;
    }
    case 'delete':
      undo.push(await deleteRecords(db, op.at.map((n) => current[n % Math.max(1, current.length)]!).filter(Boolean)));
      return;
    case 'restore': {
      const payload = undo.pop();
      if (payload) await restoreDeleted(db, payload, now);
      return;
    }
    case 'clear':
      await db.records.clear();
      return;
    case 'rawBulkPut': {
      // The scope names only `records`: the middleware must add the shard table itself.
      await db.transaction('rw', db.records, async () => {
        const rows: PartnershipRecord[] = [];
        for (const { url, v } of op.entries) {
          const existing = await db.records.where('url').equals(urlOf(url)).first();
          rows.push({ ...(existing ?? makeRecord({ capturedAt: now.toISOString() })), ...contentFor(url, v), updatedAt: now.toISOString() });
        }
        await db.records.bulkPut(rows);
      });
      return;
    }
    case 'bulkPutCaught': {
      const victim = await record(op.clash);
      await db.transaction('rw', db.records, async () => {
        const rows: PartnershipRecord[] = [];
        for (const { url, v } of op.entries) {
          const existing = await db.records.where('url').equals(urlOf(url)).first();
          if (existing && existing.id === victim?.id) continue;
          rows.push({ ...(existing ?? makeRecord()), ...contentFor(url, v) });
        }
        // A new id under a URL that is taken: this one put fails, the others commit.
        const clashing = victim ? makeRecord({ ...contentFor(0, 7), url: victim.url, title: 'Darf nicht in den Index' }) : undefined;
        if (clashing) rows.splice(rows.length >> 1, 0, clashing);
        try {
          await db.records.bulkPut(rows);
          expect(clashing).toBeUndefined();
        } catch (error) {
          expect(error).toBeInstanceOf(Dexie.BulkError);
          expect(Object.keys((error as InstanceType<typeof Dexie.BulkError>).failuresByPos)).toEqual([String(rows.indexOf(clashing!))]);
        }
      });
      if (victim) expect(await db.records.get(victim.id)).toEqual(victim);
      return;
    }
    case 'concurrent': {
      const changed = (await Promise.all(op.changed.map((at) => record(at)))).filter((r) => r !== undefined);
      await db.transaction('rw', db.records, async () => {
        // All puts are issued before any completes: their shard updates interleave.
        await Promise.all([
          ...op.fresh.map((n) => {
            const id = SAME_SHARD_IDS[n]!;
            return db.records.put(makeRecord({ ...contentFor(n, step), id, url: `https://example.org/same-shard/${id}/`, tags: [op.tag, `step${step}`] }));
          }),
          ...changed.map((r) => db.records.put({ ...r, tags: [...r.tags, `s${step}`], note: `${r.note} Köln` })),
        ]);
      });
      return;
    }
    case 'rollback': {
      const before = await db.transaction('r', db.records, db.searchShards, async () => ({
        records: await db.records.toArray(),
        shards: await db.searchShards.toArray(),
      }));
      const target = await record(op.at);
      const failure = new Error('rolled back');
      await expect(
        db.transaction('rw', db.records, async () => {
          if (target) await db.records.put({ ...target, title: 'Geändert in Zülpich', tags: ['weg'] });
          await db.records.add(makeRecord({ ...contentFor(op.url, 3), url: `https://example.org/rollback/${step}/` }));
          const other = pick(current, op.at + 1);
          if (other) await db.records.delete(other);
          throw failure;
        }),
      ).rejects.toBe(failure);
      const after = await db.transaction('r', db.records, db.searchShards, async () => ({
        records: await db.records.toArray(),
        shards: await db.searchShards.toArray(),
      }));
      expect(after).toEqual(before);
      return;
    }
    case 'duplicateAdd': {
      const existing = await record(op.at);
      if (!existing) return;
      const duplicate = makeRecord({ ...contentFor(existing.url.length, 5), url: existing.url, title: 'Doppelt' });
      if (op.caughtInside) {
        // Caught inside the transaction: the transaction commits, without the failed add.
        await db.transaction('rw', db.records, async () => {
          await expect(db.records.add(duplicate)).rejects.toThrow();
          await db.records.put({ ...existing, note: 'Nach dem Fehler' });
        });
      } else {
        await expect(db.records.add(duplicate)).rejects.toThrow();
      }
      expect(await db.records.get(duplicate.id)).toBeUndefined();
      return;
    }
    case 'update': {
      const id = pick(current, op.at);
      if (id) await db.records.update(id, { note: op.note, tags: ['hilfe'] });
      return;
    }
    case 'whereDelete': {
      const kind = KINDS[op.kind]!;
      if (kind === null) await db.records.filter((r) => r.kind === null).delete();
      else await db.records.where('capturedAt').above('').filter((r) => r.kind === kind).delete();
      return;
    }
    case 'modifyAll':
      await db.records.toCollection().modify((r) => {
        r.title = `${r.title} ${WORDS[op.word]!}`;
      });
      return;
    case 'import': {
      const records = op.entries.map(({ url, v, newer, tags }) =>
        makeRecord({
          ...contentFor(url, v),
          capturedAt: '2025-06-01T00:00:00.000Z',
          updatedAt: newer ? '2027-01-01T00:00:00.000Z' : '2025-06-01T00:00:00.000Z',
          tags,
        }),
      );
      const file: RecordsFileV1 = { format: RECORDS_FORMAT, version: 1, exportedAt: now.toISOString(), records };
      const planned = await planImport(db, JSON.stringify(file));
      if (!planned.ok) throw new Error(planned.error);
      expect(planned.plan.invalid).toEqual([]);
      const applied = await applyImport(db, planned.plan, now);
      expect(applied.ok).toBe(true);
      return;
    }
  }
}

describe('search shards stay equal to the records table', () => {
  // The tiny layout reshards (grows and shrinks the shard count) within a few writes.
  it.each([
    ['the default layout', undefined, 60],
    ['a tiny layout that reshards often', { min: 1, perShard: 2 }, 60],
    ['a recent row of 2 that folds often', { min: 2, perShard: 8, recent: 2 }, 60],
    ['a recent row of 2 and a layout that reshards often', { min: 1, perShard: 2, recent: 2 }, 60],
  ] as const)('after any sequence of saves, edits, deletes, restores, raw, concurrent, failed and rolled-back writes, with %s', async (_, shardLayout, numRuns) => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 12 }), async (ops) => {
        const db = openClipperDB(`search-sync-${crypto.randomUUID()}`, { shardLayout });
        try {
          const undo: DeletedPayload[] = [];
          for (const [step, op] of ops.entries()) {
            await run(db, op, step, undo);
            await expectShardsMatchRecords(db, `after step ${step}: ${JSON.stringify(op)}`, shardLayout);
          }
        } finally {
          await db.delete();
        }
      }),
      { numRuns },
    );
  });

  it('covers several ids of one shard written concurrently in one transaction', async () => {
    expect(SAME_SHARD_IDS).toHaveLength(6);
    const db = freshDb();
    await saveClip(db, contentFor(0, 0));
    await db.transaction('rw', db.records, () =>
      Promise.all(SAME_SHARD_IDS.map((id, i) => db.records.put(makeRecord({ ...contentFor(i + 1, i), id, url: `https://example.org/c/${id}/` })))),
    );
    await expectShardsMatchRecords(db);
    expect((await loadSearchIndex(db)).size).toBe(SAME_SHARD_IDS.length + 1);
    const [shard5] = (await db.searchShards.where('shard').equals(5).toArray()).filter(isShardRow);
    expect(shard5?.ids.filter((id) => id.startsWith('same-shard-')).sort()).toEqual([...SAME_SHARD_IDS].sort());
  });

  it('keeps the shards of a rolled-back transaction unchanged, and the next write builds on the committed ones', async () => {
    const db = freshDb();
    const first = await saveClip(db, contentFor(0, 0));
    const before = await db.searchShards.toArray();
    await expect(
      db.transaction('rw', db.records, async () => {
        await db.records.put({ ...first.record, title: 'Zülpich' });
        await db.records.add(makeRecord({ ...contentFor(1, 1), id: SAME_SHARD_IDS[0]! }));
        throw new Error('nein');
      }),
    ).rejects.toThrow('nein');
    expect(await db.searchShards.toArray()).toEqual(before);
    // A per-connection cache of decoded shards would now hold the rolled-back docs and write them back.
    await db.records.put(makeRecord({ ...contentFor(2, 2), id: SAME_SHARD_IDS[1]! }));
    await expectShardsMatchRecords(db);
    expect((await loadSearchIndex(db)).match('zülpich')).toEqual([]);
  });
});

describe('failed writes are not indexed', () => {
  it('an add with a duplicate URL rejects and the shards hold only the first record', async () => {
    const db = freshDb();
    const first = makeRecord({ ...contentFor(0, 0), id: 'first' });
    // Same shard, so a wrongly indexed duplicate would land in the very row that is checked.
    const duplicate = makeRecord({ ...contentFor(0, 4), id: SAME_SHARD_IDS[0]!, title: 'Kryvyi Rih Doppelt' });
    await db.records.add(first);
    await expect(db.records.add(duplicate)).rejects.toThrow();
    await expect(db.transaction('rw', db.records, () => db.records.add(duplicate))).rejects.toThrow();
    await expect(db.transaction('rw', db.records, () => db.records.bulkAdd([makeRecord({ ...contentFor(1, 1), id: 'x' }), duplicate]))).rejects.toThrow();

    const docs = await indexedDocs(db);
    expect([...docs.keys()]).toEqual(['first']);
    expect(docs.get('first')).toEqual(docOf(first));
    expect((await loadSearchIndex(db)).match('doppelt')).toEqual([]);
    await expectShardsMatchRecords(db);
  });

  it('a bulkPut whose one clashing row fails, caught inside the transaction, indexes exactly the rows written', async () => {
    const db = freshDb();
    await db.records.add(makeRecord({ ...contentFor(0, 0), id: 'first' }));
    const ok = makeRecord({ ...contentFor(1, 1), id: 'ok' });
    const clash = makeRecord({ ...contentFor(0, 2), id: 'clash', title: 'Darf nicht rein' });
    await db.transaction('rw', db.records, async () => {
      await db.records.bulkPut([clash, ok]).catch((error: unknown) => expect(error).toBeInstanceOf(Dexie.BulkError));
    });
    expect((await db.records.toCollection().primaryKeys()).sort()).toEqual(['first', 'ok']);
    expect([...(await indexedDocs(db)).keys()].sort()).toEqual(['first', 'ok']);
    await expectShardsMatchRecords(db);
  });
});

describe('the shard count follows the collection', () => {
  const layout = { min: 2, perShard: 4 };
  const shardKeys = async (db: ClipperDB) => (await db.searchShards.toArray()).filter(isShardRow).map((r) => r.shard).sort((a, b) => a - b);
  const summaryCount = async (db: ClipperDB) => (await db.searchShards.toArray()).find(isSummaryRow)!.stats.length;

  it('doubles as records are added, halves as they go, and drops the shard rows it no longer uses', async () => {
    const db = openClipperDB(`reshard-${crypto.randomUUID()}`, { shardLayout: layout });
    try {
      const saved = [];
      for (let n = 0; n < 9; n++) saved.push(await saveClip(db, contentFor(n, n)));
      // 9 records over 2 shards of at most 4 each: 4 shards.
      expect(await summaryCount(db)).toBe(4);
      await expectShardsMatchRecords(db, 'grown', layout);
      // One import of 30 more goes straight to the count it needs (30 + 9 over at most 4 each: 16).
      const file: RecordsFileV1 = {
        format: RECORDS_FORMAT,
        version: 1,
        exportedAt: '2026-01-01T00:00:00.000Z',
        records: Array.from({ length: 30 }, (_, i) => makeRecord({ ...contentFor(i % URL_COUNT, i), url: `https://example.org/import-${i}/` })),
      };
      const planned = await planImport(db, JSON.stringify(file));
      if (!planned.ok) throw new Error(planned.error);
      expect((await applyImport(db, planned.plan)).ok).toBe(true);
      expect(await summaryCount(db)).toBe(16);
      await expectShardsMatchRecords(db, 'imported', layout);
      expect((await loadSearchIndex(db)).size).toBe(39);

      await db.records.where('url').startsWith('https://example.org/import-').delete();
      // 9 records are fewer than a quarter of 16 × 4, so 8 shards (9 is not below a quarter of 8 × 4).
      expect(await summaryCount(db)).toBe(8);
      expect((await shardKeys(db)).every((n) => n < 8)).toBe(true);
      await expectShardsMatchRecords(db, 'shrunk', layout);
      await deleteRecords(db, saved.slice(1).map((s) => s.record.id));
      expect(await summaryCount(db)).toBe(2);
      expect((await shardKeys(db)).every((n) => n < 2)).toBe(true);
      expect((await loadSearchIndex(db)).match('')).toEqual([saved[0]!.record.id]);
      await expectShardsMatchRecords(db, 'one left', layout);
    } finally {
      await db.delete();
    }
  });

  it('a reshard in a rolled-back transaction leaves the shards as they were', async () => {
    const db = openClipperDB(`reshard-rollback-${crypto.randomUUID()}`, { shardLayout: layout });
    try {
      for (let n = 0; n < 8; n++) await saveClip(db, contentFor(n, n));
      const before = await db.searchShards.toArray();
      await expect(
        db.transaction('rw', db.records, async () => {
          await db.records.bulkAdd(Array.from({ length: 20 }, (_, i) => makeRecord({ ...contentFor(1, i), url: `https://example.org/gone-${i}/` })));
          throw new Error('zurück');
        }),
      ).rejects.toThrow('zurück');
      expect(await db.searchShards.toArray()).toEqual(before);
      await expectShardsMatchRecords(db, 'after rollback', layout);
    } finally {
      await db.delete();
    }
  });
});

describe('the recent row', () => {
  const layout = { min: 2, perShard: 64, recent: 3 };
  const rowsOf = async (db: ClipperDB) => {
    const rows = (await db.searchShards.toArray()).filter(isShardRow);
    return { recent: rows.find((r) => r.shard === RECENT_KEY)?.ids ?? [], hashed: rows.filter((r) => r.shard !== RECENT_KEY).flatMap((r) => r.ids) };
  };

  it('takes new clips without touching a hashed shard, and is folded into them when full', async () => {
    const db = openClipperDB(`recent-${crypto.randomUUID()}`, { shardLayout: layout });
    try {
      const ids: string[] = [];
      for (let n = 0; n < 3; n++) ids.push((await saveClip(db, contentFor(n, n))).record.id);
      expect(await rowsOf(db)).toEqual({ recent: ids, hashed: [] });
      const hashedBefore = (await db.searchShards.toArray()).filter((r) => isShardRow(r) && r.shard !== RECENT_KEY);
      // A re-clip with new content updates the record where it sits: in the recent row.
      await saveClip(db, contentFor(1, 9));
      expect((await rowsOf(db)).recent.sort()).toEqual([...ids].sort());
      expect((await db.searchShards.toArray()).filter((r) => isShardRow(r) && r.shard !== RECENT_KEY)).toEqual(hashedBefore);
      await expectShardsMatchRecords(db, 'three recent', layout);
      // The fourth clip finds the row full: the docs of the hashed shard holding most of the three (two or
      // three of them, as there are two shards) move there, and the new one joins the rest.
      const fourth = (await saveClip(db, contentFor(3, 3))).record.id;
      const after = await rowsOf(db);
      const bySize = [0, 1].map((n) => ids.filter((id) => shardOf(id, 2) === n)).sort((a, b) => b.length - a.length);
      expect(after.hashed.sort()).toEqual([...bySize[0]!].sort());
      expect(after.recent.sort()).toEqual([...bySize[1]!, fourth].sort());
      const written = (await db.searchShards.toArray()).filter((r) => isShardRow(r) && r.shard !== RECENT_KEY && r.ids.length > 0);
      expect(written).toHaveLength(1);
      await expectShardsMatchRecords(db, 'folded', layout);
      // A deleted record leaves the recent row too.
      await deleteRecords(db, [fourth]);
      expect((await rowsOf(db)).recent).not.toContain(fourth);
      await expectShardsMatchRecords(db, 'deleted', layout);
    } finally {
      await db.delete();
    }
  });

  it('is not used by a write of more records than it holds, and a reshard takes it into the hashed shards', async () => {
    const db = openClipperDB(`recent-bulk-${crypto.randomUUID()}`, { shardLayout: { min: 1, perShard: 2, recent: 3 } });
    try {
      const clipped = (await saveClip(db, contentFor(0, 0))).record.id;
      expect((await rowsOf(db)).recent).toEqual([clipped]);
      await db.records.bulkAdd(Array.from({ length: 4 }, (_, i) => makeRecord({ ...contentFor(1, i), url: `https://example.org/bulk-${i}/` })));
      // Five records over one shard of at most 2: the reshard rebuilds every row, the recent one into the hashed shards.
      expect(await rowsOf(db)).toMatchObject({ recent: [] });
      expect((await rowsOf(db)).hashed).toHaveLength(5);
      expect((await db.searchShards.toArray()).find(isSummaryRow)!.recent).toBeUndefined();
      await expectShardsMatchRecords(db, 'resharded', { min: 1, perShard: 2, recent: 3 });
    } finally {
      await db.delete();
    }
  });
});
