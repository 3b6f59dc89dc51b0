/**
 * The ideas cache: each record's derived ideas (topics and named organisations
 * per answer, src/ideas/cache-entry.ts) in IDEAS_SHARDS rows beside the search
 * shards, a record in row `ideasShardOf(id)`, so the Ideas view and the JSON
 * export read them in one request instead of analysing every record. The
 * partition is fixed, while the search index's shard count grows with the
 * collection; it is always a multiple of IDEAS_SHARDS there, so ideas row n
 * holds the records of search shards n, n + 16, n + 32, ….
 *
 * Never the only copy, and never older than its record:
 * - search-sync.ts removes the entries of every record a write touches (save,
 *   delete, import, clear, restore), in the same transaction, and bumps the
 *   row's generation. The write itself stays as cheap as before: nothing is
 *   analysed on the write path (an import of 50,000 records would pay 4.5 s).
 * - Readers pass the rules fingerprint; a row written under other rules counts
 *   as empty.
 * - `fillIdeasCache` analyses what is missing, outside any transaction, and
 *   stores it only if no write touched the shard meanwhile (same generation).
 * This module does not know the rules: the analysis comes in as a function.
 */

import type { DBCoreTable, DBCoreTransaction } from 'dexie';
import type { PartnershipRecord } from '../record/types';
import { stripInternal } from '../record/content';
import { isShardRow, isSummaryRow, RECENT_KEY, SUMMARY_KEY, type SummaryRow } from '../search/summary';
import { MIN_SHARDS, shardOf, type SearchShard } from '../search/shard-index';
import { withStorageErrors } from './errors';
import type { ClipperDB } from './schema';

/** Rows of the ideas cache. */
export const IDEAS_SHARDS = MIN_SHARDS;

export function ideasShardOf(id: string): number {
  return shardOf(id, IDEAS_SHARDS);
}

export interface IdeasCacheRow {
  shard: number;
  /** The rules fingerprint the entries were computed with ('' while none were). */
  rules: string;
  ids: string[];
  /** entries[i] is the encoded ideas of record ids[i]. */
  entries: string[];
}

/** The key of the generations row in the same table (entry rows are 0 … IDEAS_SHARDS − 1). */
export const GENERATIONS_KEY = -1;

/**
 * Per shard, a counter bumped by every write to a record of the shard. A reader that
 * analysed records read after generation g may store (or trust) entries only while it is still g.
 * One small row, so checking it costs nothing beside a page of records.
 */
export interface GenerationsRow {
  shard: typeof GENERATIONS_KEY;
  generations: number[];
}

export type IdeasTableRow = IdeasCacheRow | GenerationsRow;

function isEntriesRow(row: IdeasTableRow | undefined): row is IdeasCacheRow {
  return row !== undefined && row.shard >= 0;
}

/** Every shard's generation from the generations row (0 for a shard never written, or no row yet). */
export function generationsOf(row: IdeasTableRow | undefined): number[] {
  const stored = row && !isEntriesRow(row) ? row.generations : [];
  return Array.from({ length: IDEAS_SHARDS }, (_, n) => stored[n] ?? 0);
}

export function emptyIdeasRow(shard: number): IdeasCacheRow {
  return { shard, rules: '', ids: [], entries: [] };
}

/** The row without the entries of `ids`; the same row if it holds none of them. */
export function withoutEntries(row: IdeasCacheRow, ids: ReadonlySet<string>): IdeasCacheRow {
  const keep: number[] = [];
  row.ids.forEach((id, i) => {
    if (!ids.has(id)) keep.push(i);
  });
  if (keep.length === row.ids.length) return row;
  return { ...row, ids: keep.map((i) => row.ids[i]!), entries: keep.map((i) => row.entries[i]!) };
}

// ------------------------------------------------------------ the write path (search-sync.ts)

/** What one records transaction has read and written of the table so far. */
export interface IdeasWriteState {
  rows: Map<number, IdeasCacheRow>;
  generations?: number[];
}

/**
 * Removes the entries of `removed` (per shard number) in the transaction of the
 * records write and bumps those shards' generations. A row holding none of the
 * ids is not rewritten: only the small generations row is. Records just added
 * are not passed at all (search-sync.ts): they have no entry, and no entry
 * computed before them goes stale.
 * `state` keeps what was read in this transaction, so an import's batches read each row once.
 */
export async function invalidateIdeasRows(
  table: DBCoreTable,
  trans: DBCoreTransaction,
  state: IdeasWriteState,
  removed: ReadonlyMap<number, readonly string[]>,
): Promise<void> {
  if (removed.size === 0) return;
  const missing = [...removed.keys()].filter((n) => !state.rows.has(n));
  const keys = state.generations ? missing : [...missing, GENERATIONS_KEY];
  if (keys.length > 0) {
    const rows = (await table.getMany({ trans, keys })) as (IdeasTableRow | undefined)[];
    missing.forEach((n, i) => {
      const row = rows[i];
      state.rows.set(n, isEntriesRow(row) ? row : emptyIdeasRow(n));
    });
    state.generations ??= generationsOf(rows.at(-1));
  }
  const generations = state.generations!;
  const values: IdeasTableRow[] = [];
  for (const [n, ids] of removed) {
    const before = state.rows.get(n)!;
    const after = withoutEntries(before, new Set(ids));
    if (after !== before) {
      state.rows.set(n, after);
      values.push(after);
    }
    generations[n]!++;
  }
  values.push({ shard: GENERATIONS_KEY, generations });
  const res = await table.mutate({ type: 'put', trans, values });
  if (res.numFailures > 0) throw Object.values(res.failures)[0];
}

// ------------------------------------------------------------ reading

export interface IdeasCacheRead {
  /** Rows whose entries were computed with the current rules (others are left out). */
  rows: IdeasCacheRow[];
  /** Every shard's generation at the time of the read. */
  generations: number[];
  /** Records per shard, from the search summary row. */
  sizes: number[];
  /** Records without a current entry. */
  missing: number;
}

/** Whether ideas row n holds exactly the records of the search shards m with m mod IDEAS_SHARDS = n. */
function alignedWith(summary: SummaryRow | SearchShard | undefined): summary is SummaryRow {
  return isSummaryRow(summary) && summary.stats.length > 0 && summary.stats.length % IDEAS_SHARDS === 0;
}

/** Records per ideas row: from the search summary row, or (a collection indexed before it existed) the shard rows. */
async function shardSizes(db: ClipperDB): Promise<number[]> {
  const sizes = Array.from({ length: IDEAS_SHARDS }, () => 0);
  const summary = await db.searchShards.get(SUMMARY_KEY);
  const count = (ids: readonly string[]) => ids.forEach((id) => sizes[ideasShardOf(id)]!++);
  if (alignedWith(summary)) {
    summary.stats.forEach((s, m) => (sizes[m % IDEAS_SHARDS]! += s.size));
    // The recent row's records (the newest clips) sit outside the hashed shards.
    if (summary.recent?.size) {
      const recent = await db.searchShards.get(RECENT_KEY);
      if (recent && isShardRow(recent)) count(recent.ids);
    }
  } else for (const row of (await db.searchShards.toArray()).filter(isShardRow)) count(row.ids);
  return sizes;
}

/** The ids of ideas row n: from the search shards that hold them (all of them if the counts do not align). */
async function idsOfIdeasRow(db: ClipperDB, n: number): Promise<string[]> {
  const summary = await db.searchShards.get(SUMMARY_KEY);
  const rows = alignedWith(summary)
    ? await db.searchShards.bulkGet([...Array.from({ length: summary.stats.length / IDEAS_SHARDS }, (_, k) => n + k * IDEAS_SHARDS), RECENT_KEY])
    : await db.searchShards.toArray();
  return rows.flatMap((row) => (row && isShardRow(row) ? row.ids.filter((id) => ideasShardOf(id) === n) : []));
}

/** The whole cache in one read, with how much of the collection it covers. */
export function readIdeasCache(db: ClipperDB, rules: string): Promise<IdeasCacheRead> {
  return withStorageErrors(() =>
    db.transaction('r', db.searchShards, db.ideasCache, async () => {
      const [sizes, stored] = await Promise.all([shardSizes(db), db.ideasCache.toArray()]);
      const rows = stored.filter((r): r is IdeasCacheRow => isEntriesRow(r) && r.rules === rules && r.ids.length > 0);
      const generations = generationsOf(stored.find((r) => !isEntriesRow(r)));
      const covered = rows.reduce((sum, r) => sum + r.ids.length, 0);
      return { rows, generations, sizes, missing: Math.max(0, sizes.reduce((a, b) => a + b, 0) - covered) };
    }),
  );
}

/** Entries by record id, for the readers that look records up one by one (the export). */
export function entriesById(read: IdeasCacheRead): Map<string, string> {
  const map = new Map<string, string>();
  for (const row of read.rows) row.ids.forEach((id, i) => map.set(id, row.entries[i]!));
  return map;
}

// ------------------------------------------------------------ filling

export interface FillOptions {
  /** The analysis of one record, encoded (src/ideas/cache-entry.ts `encodeIdeas`). */
  encode: (record: PartnershipRecord) => string;
  rules: string;
  /** Records analysed so far of those missing at the start. */
  onProgress?: (done: number, total: number) => void;
  /** Records read per request. */
  pageSize?: number;
}

/**
 * Adds entries computed from records read after the shard had generation `generation`.
 * Stores nothing (and returns false) if a write touched the shard since: the entries may be stale.
 */
export function storeIdeasEntries(
  db: ClipperDB,
  rules: string,
  shard: number,
  generation: number,
  ids: readonly string[],
  entries: readonly string[],
): Promise<boolean> {
  return withStorageErrors(() =>
    db.transaction('rw', db.ideasCache, async () => {
      const [stored, generations] = await db.ideasCache.bulkGet([shard, GENERATIONS_KEY]);
      if (generationsOf(generations)[shard] !== generation) return false;
      const row = isEntriesRow(stored) ? stored : emptyIdeasRow(shard);
      const base = row.rules === rules ? row : { ...row, rules, ids: [], entries: [] };
      const have = new Set(base.ids);
      const fresh = ids.map((id, i) => [id, entries[i]!] as const).filter(([id]) => !have.has(id));
      if (fresh.length === 0 && base === row) return true;
      await db.ideasCache.put({
        ...base,
        ids: [...base.ids, ...fresh.map(([id]) => id)],
        entries: [...base.entries, ...fresh.map(([, e]) => e)],
      });
      return true;
    }),
  );
}

/**
 * Stores entries of records in any shards, read after the generations `before`
 * (a `readIdeasCache` result's); the entries of a shard written since are dropped.
 */
export async function storeEntriesSince(
  db: ClipperDB,
  rules: string,
  before: readonly number[],
  ids: readonly string[],
  entries: readonly string[],
): Promise<void> {
  const byShard = new Map<number, { ids: string[]; entries: string[] }>();
  ids.forEach((id, i) => {
    const n = ideasShardOf(id);
    let batch = byShard.get(n);
    if (!batch) byShard.set(n, (batch = { ids: [], entries: [] }));
    batch.ids.push(id);
    batch.entries.push(entries[i]!);
  });
  for (const [n, batch] of byShard) await storeIdeasEntries(db, rules, n, before[n]!, batch.ids, batch.entries);
}

/** Whether no write touched the shard of record `id` between two reads of the generations. */
export function unchangedSince(id: string, before: readonly number[], now: readonly number[]): boolean {
  const n = ideasShardOf(id);
  return before[n] === now[n];
}

/** The current generation of every shard (one small row). */
export async function currentGenerations(db: ClipperDB): Promise<number[]> {
  return generationsOf(await db.ideasCache.get(GENERATIONS_KEY));
}

/** Analyses and stores every missing entry. Returns how many records were analysed. */
export async function fillIdeasCache(db: ClipperDB, opts: FillOptions): Promise<number> {
  const { encode, rules, onProgress, pageSize = 500 } = opts;
  const start = await readIdeasCache(db, rules);
  const total = start.missing;
  const covered = new Map(start.rows.map((r) => [r.shard, r.ids.length]));
  let analysed = 0;
  let done = 0;
  for (let shard = 0; shard < IDEAS_SHARDS; shard++) {
    // Cached ids are always ids of stored records, so as many entries as records means complete.
    if ((covered.get(shard) ?? 0) >= start.sizes[shard]!) continue;
    // A write to the shard between the read and the store drops the batch; try again a few times.
    for (let attempt = 0; attempt < 3; attempt++) {
      const plan = await withStorageErrors(() =>
        db.transaction('r', db.searchShards, db.ideasCache, async () => {
          const [inRow, [row, generations]] = await Promise.all([idsOfIdeasRow(db, shard), db.ideasCache.bulkGet([shard, GENERATIONS_KEY])]);
          const current = isEntriesRow(row) && row.rules === rules ? row : undefined;
          const have = new Set(current?.ids ?? []);
          const ids = inRow.filter((id) => !have.has(id));
          return { ids, generation: generationsOf(generations)[shard]! };
        }),
      );
      if (plan.ids.length === 0) break;
      const ids: string[] = [];
      const entries: string[] = [];
      for (let i = 0; i < plan.ids.length; i += pageSize) {
        const rows = await withStorageErrors(() => db.records.bulkGet(plan.ids.slice(i, i + pageSize)));
        for (const row of rows) {
          if (!row) continue; // deleted meanwhile
          ids.push(row.id);
          entries.push(encode(stripInternal(row)));
          analysed++;
          if (attempt === 0) onProgress?.(++done, Math.max(total, done));
        }
      }
      const stored = await storeIdeasEntries(db, rules, shard, plan.generation, ids, entries);
      if (stored) break;
    }
  }
  return analysed;
}

/**
 * Fills what is missing, then reads the whole cache: the Ideas view and the topic filters. Records
 * written while filling are missing again at the end, so a few more rounds take them in. `unfillable`
 * is the number still missing when a round found no record to analyse (a stale summary row), else −1.
 */
export async function fillAndReadIdeasCache(db: ClipperDB, opts: FillOptions, rounds = 5): Promise<{ read: IdeasCacheRead; unfillable: number }> {
  let read = await readIdeasCache(db, opts.rules);
  for (let round = 0; round < rounds && read.missing > 0; round++) {
    const analysed = await fillIdeasCache(db, opts);
    read = await readIdeasCache(db, opts.rules);
    if (analysed === 0) return { read, unfillable: read.missing };
  }
  return { read, unfillable: -1 };
}
