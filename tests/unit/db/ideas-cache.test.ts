/**
 * The ideas cache (src/db/ideas-cache.ts) is never the only copy and never
 * outlives its record: every write to a record drops its entry in the same
 * transaction (a clip, an edit, a delete, a clear, an import), a change of the
 * rules makes every entry stale, a deleted cache is rebuilt, a fill that raced
 * with a write stores nothing stale, and the Ideas view's model built from the
 * cache says what the full analysis of the records says.
 */

import { describe, expect, it } from 'vitest';
import { deleteRecords, listRecords, saveClip, setNote } from '../../../src/db/records';
import { openClipperDB, type ClipperDB } from '../../../src/db/schema';
import { isSummaryRow } from '../../../src/search/summary';
import { entriesById, fillIdeasCache, ideasShardOf, readIdeasCache, type IdeasCacheRow } from '../../../src/db/ideas-cache';
import { decodeIdeas, encodeIdeas, RULES_FINGERPRINT } from '../../../src/ideas/cache-entry';
import { collectionIdeas } from '../../../src/ideas/collection';
import { overviewOf } from '../../../src/ideas/overview';
import { similarTo } from '../../../src/ideas/similarity';
import { answerIdeasOf } from '../../../src/ideas/summary';
import { applyImport, planImport } from '../../../src/export/import-plan';
import { buildRecordsFile, serialise } from '../../../src/export/json';
import type { PartnershipRecord } from '../../../src/record/types';
import { PORTRAITS } from '../ideas/fixtures/portraits';
import { portraitContent as contentOf } from '../helpers/records';
import { freshDb } from './helpers';

let encoded = 0;
function encode(record: PartnershipRecord): string {
  encoded++;
  return encodeIdeas(record);
}

async function fill(db: ClipperDB, rules = RULES_FINGERPRINT): Promise<number> {
  encoded = 0;
  await fillIdeasCache(db, { encode, rules });
  return encoded;
}

async function cached(db: ClipperDB, rules = RULES_FINGERPRINT): Promise<Map<string, string>> {
  return entriesById(await readIdeasCache(db, rules));
}

async function clipAll(db: ClipperDB, portraits = PORTRAITS.slice(0, 6)): Promise<PartnershipRecord[]> {
  const out: PartnershipRecord[] = [];
  for (const p of portraits) out.push((await saveClip(db, contentOf(p))).record);
  return out;
}

/** The entry rows, under any rules (not the generations row). */
async function entryRows(db: ClipperDB): Promise<IdeasCacheRow[]> {
  return (await db.ideasCache.toArray()).filter((row): row is IdeasCacheRow => 'ids' in row);
}

describe('the ideas cache', () => {
  it('fills every missing entry once, with what the analysis of the record says', async () => {
    const db = freshDb();
    const records = await clipAll(db);
    expect((await readIdeasCache(db, RULES_FINGERPRINT)).missing).toBe(records.length);
    expect(await fill(db)).toBe(records.length);
    const entries = await cached(db);
    expect(entries.size).toBe(records.length);
    for (const r of records) {
      const ideas = decodeIdeas(entries.get(r.id)!);
      expect(ideas.title).toBe(r.title);
      expect(ideas.answers.map(({ topics, organisations }) => ({ topics, organisations }))).toEqual(answerIdeasOf(r));
    }
    expect((await readIdeasCache(db, RULES_FINGERPRINT)).missing).toBe(0);
    // Complete: a second fill analyses nothing.
    expect(await fill(db)).toBe(0);
  });

  it('drops exactly the entry of a record that is re-clipped, edited or deleted, in the same write', async () => {
    const db = freshDb();
    const [a, b, c] = await clipAll(db);
    await fill(db);

    const changed = contentOf(PORTRAITS[0]!);
    changed.answers = [{ ...changed.answers[0]!, text: 'Die Feuerwehr bekam Löschfahrzeuge.', markdown: 'Die Feuerwehr bekam Löschfahrzeuge.' }];
    await saveClip(db, changed);
    let entries = await cached(db);
    expect(entries.has(a!.id)).toBe(false);
    expect(entries.has(b!.id)).toBe(true);
    expect(await fill(db)).toBe(1);
    const reclipped = decodeIdeas((await cached(db)).get(a!.id)!);
    expect(reclipped.answers).toHaveLength(1);
    expect(reclipped.answers[0]!.topics).toEqual(['civil-protection']);

    await setNote(db, b!.id, 'Notiz');
    expect((await cached(db)).has(b!.id)).toBe(false);
    await fill(db);

    await deleteRecords(db, [c!.id]);
    entries = await cached(db);
    expect(entries.has(c!.id)).toBe(false);
    expect(entries.size).toBe((await db.records.count()));
    // Nothing of the deleted record is left in any row, under any rules.
    expect((await entryRows(db)).some((row) => row.ids.includes(c!.id))).toBe(false);
  });

  it('leaves the cache untouched when a new page is clipped: the new record is simply missing', async () => {
    const db = freshDb();
    await clipAll(db, PORTRAITS.slice(0, 4));
    await fill(db);
    const before = await db.ideasCache.toArray();
    const [added] = await clipAll(db, PORTRAITS.slice(4, 5));
    expect(await db.ideasCache.toArray()).toEqual(before);
    expect((await readIdeasCache(db, RULES_FINGERPRINT)).missing).toBe(1);
    expect(await fill(db)).toBe(1);
    expect((await cached(db)).has(added!.id)).toBe(true);
  });

  it('is emptied by a clear() of the records, and an import drops the entries of the records it writes', async () => {
    const db = freshDb();
    const records = await clipAll(db);
    await fill(db);
    const file = serialise(buildRecordsFile(records));

    await db.records.clear();
    expect((await entryRows(db)).every((row) => row.ids.length === 0)).toBe(true);

    await clipAll(db, PORTRAITS.slice(6, 8));
    await fill(db);
    const planned = await planImport(db, file);
    if (!planned.ok) throw new Error(planned.error);
    await applyImport(db, planned.plan);
    const read = await readIdeasCache(db, RULES_FINGERPRINT);
    expect(read.missing).toBe(records.length);
    expect(entriesById(read).size).toBe(2);
    expect(await fill(db)).toBe(records.length);
  });

  it('recomputes every entry when the rules change', async () => {
    const db = freshDb();
    const records = await clipAll(db);
    await fill(db);
    const next = `${RULES_FINGERPRINT}-fixed`;
    expect((await readIdeasCache(db, next)).missing).toBe(records.length);
    expect((await cached(db, next)).size).toBe(0);
    expect(await fill(db, next)).toBe(records.length);
    expect((await cached(db, next)).size).toBe(records.length);
    // The old rules' entries are gone, not kept beside the new ones.
    expect((await cached(db, RULES_FINGERPRINT)).size).toBe(0);
  });

  it('is rebuilt when deleted, and the view model from it says what the full analysis says', async () => {
    const db = freshDb();
    await clipAll(db, PORTRAITS);
    await fill(db);
    await db.ideasCache.clear();
    expect(await fill(db)).toBe(PORTRAITS.length);

    // In the order every list uses (newest capture first, ties by id, descending), as the cache's overview orders
    // them too: "similar to this" breaks equal scores by that order, so the two must agree on it.
    const records = await listRecords(db);
    const full = collectionIdeas(records);
    const overview = overviewOf((await readIdeasCache(db, RULES_FINGERPRINT)).rows);
    expect(overview.ids).toEqual(records.map((r) => r.id));
    expect([...overview.ids].sort()).toEqual(records.map((r) => r.id).sort());
    expect(overview.topicCounts).toEqual(full.topicCounts);
    const summarise = (entries: { name: string; type: string; records: number; occurrences: unknown[] }[]) =>
      entries.map((e) => [e.name, e.type, e.records, e.occurrences.length]);
    expect(summarise(overview.organisations)).toEqual(summarise(full.organisations));
    // "Similar to this" from the cache ranks the same partnerships with the same reasons as from the records.
    const fullIds = records.map((r) => r.id);
    overview.ids.forEach((id, i) => {
      const fromCache = similarTo(overview.similarity, i, 3).map((x) => ({ id: overview.ids[x.index], score: x.score, reasons: x.reasons }));
      const fromRecords = similarTo(full.similarity, fullIds.indexOf(id), 3).map((x) => ({ id: fullIds[x.index], score: x.score, reasons: x.reasons }));
      expect(fromCache).toEqual(fromRecords);
    });
  });

  it('stores nothing stale when a record is written while its shard is being filled', async () => {
    const db = freshDb();
    const [a] = await clipAll(db, PORTRAITS.slice(0, 1));
    let raced = false;
    let calls = 0;
    await fillIdeasCache(db, {
      rules: RULES_FINGERPRINT,
      encode: (record) => {
        calls++;
        if (!raced) {
          raced = true;
          // Not awaited: the write commits between this fill's read and its store.
          void setNote(db, a!.id, 'während der Analyse');
        }
        return encodeIdeas(record);
      },
    });
    // The first batch was dropped for the write, the second attempt analysed and stored the current state.
    expect(calls).toBe(2);
    const row = (await entryRows(db)).find((r) => r.ids.includes(a!.id));
    expect(row).toBeDefined();
    await setNote(db, a!.id, 'danach');
    expect((await cached(db)).has(a!.id)).toBe(false);
  });

  it.each([
    ['grown to 32 search shards', { min: 16, perShard: 1 }, 32],
    ['a search shard count that is no multiple of the ideas rows', { min: 1, perShard: 4 }, 8],
  ] as const)('fills, reads and drops entries the same when the search index has %s', async (_, shardLayout, count) => {
    const db = openClipperDB(`ideas-reshard-${crypto.randomUUID()}`, { shardLayout });
    try {
      const records = await clipAll(db, PORTRAITS.slice(0, 9).concat(PORTRAITS.slice(0, 9).map((p) => ({ ...p, key: `${p.key}-2` }))));
      const summary = (await db.searchShards.toArray()).find(isSummaryRow)!;
      expect(summary.stats.length).toBe(count);
      expect((await readIdeasCache(db, RULES_FINGERPRINT)).missing).toBe(records.length);
      expect(await fill(db)).toBe(records.length);
      const entries = await cached(db);
      expect([...entries.keys()].sort()).toEqual(records.map((r) => r.id).sort());
      for (const row of await entryRows(db)) for (const id of row.ids) expect(ideasShardOf(id)).toBe(row.shard);
      expect(await fill(db)).toBe(0);
      await setNote(db, records[3]!.id, 'geändert');
      expect((await cached(db)).has(records[3]!.id)).toBe(false);
      expect(await fill(db)).toBe(1);
    } finally {
      await db.delete();
    }
  });
});
