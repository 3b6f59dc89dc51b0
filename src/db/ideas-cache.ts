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
import { isShardRow, isSummaryRow, SUMMARY_KEY, type SummaryRow } from '../search/summary';
import { MIN_SHARDS, shardOf, type SearchShard } from '../search/shard-index';
import { withStorageErrors } from './errors';
import { IDEAS_TABLE } from './names';
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
  /** Bumped by every write to a record of the shard, so a fill that raced with it is dropped. */
  generation: number;
  ids: string[];
  /** entries[i] is the encoded ideas of record ids[i]. */
  entries: string[];
}

export function emptyIdeasRow(shard: number, generation = 0): IdeasCacheRow {
  return { shard, rules: '', generation, ids: [], entries: [] };
}

/** The row without the entries of `ids`, one generation on. */
export function invalidated(row: IdeasCacheRow, ids: ReadonlySet<string>): IdeasCacheRow {
  const keep: number[] = [];
  row.ids.forEach((id, i) => {
    if (!ids.has(id)) keep.push(i);
  });
  if (keep.length === row.ids.length) return { ...row, generation: row.generation + 1 };
  return {
    ...row,
    generation: row.generation + 1,
    ids: keep.map((i) => row.ids[i]!),
    entries: keep.map((i) => row.entries[i]!),
  };
}

// ------------------------------------------------------------ the write path (search-sync.ts)

/**
 * Removes the entries of `removed` (per shard number) in the transaction of the
 * records write. `known` keeps the rows read so far in this transaction, so an
 * import's batches read each row once.
 */
export async function invalidateIdeasRows(
  table: DBCoreTable,
  trans: DBCoreTransaction,
  known: Map<number, IdeasCacheRow>,
  removed: ReadonlyMap<number, readonly string[]>,
): Promise<void> {
  if (removed.size === 0) return;
  const missing = [...removed.keys()].filter((n) => !known.has(n));
  if (missing.length > 0) {
    const rows = (await table.getMany({ trans, keys: missing })) as (IdeasCacheRow | undefined)[];
    missing.forEach((n, i) => known.set(n, rows[i] ?? emptyIdeasRow(n)));
  }
  const values = [...removed].map(([n, ids]) => {
    const row = invalidated(known.get(n)!, new Set(ids));
    known.set(n, row);
    return row;
  });
  const res = await table.mutate({ type: 'put', trans, values });
  if (res.numFailures > 0) throw Object.values(res.failures)[0];
}

// ------------------------------------------------------------ reading

export interface IdeasCacheRead {
  /** Rows whose entries were computed with the current rules (others are left out). */
  rows: IdeasCacheRow[];
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
  if (alignedWith(summary)) summary.stats.forEach((s, m) => (sizes[m % IDEAS_SHARDS]! += s.size));
  else for (const row of (await db.searchShards.toArray()).filter(isShardRow)) for (const id of row.ids) sizes[ideasShardOf(id)]!++;
  return sizes;
}

/** The ids of ideas row n: from the search shards that hold them (all of them if the counts do not align). */
async function idsOfIdeasRow(db: ClipperDB, n: number): Promise<string[]> {
  const summary = await db.searchShards.get(SUMMARY_KEY);
  const rows = alignedWith(summary)
    ? await db.searchShards.bulkGet(Array.from({ length: summary.stats.length / IDEAS_SHARDS }, (_, k) => n + k * IDEAS_SHARDS))
    : await db.searchShards.toArray();
  return rows.flatMap((row) => (row && isShardRow(row) ? row.ids.filter((id) => ideasShardOf(id) === n) : []));
}

/** The whole cache in one read, with how much of the collection it covers. */
export function readIdeasCache(db: ClipperDB, rules: string): Promise<IdeasCacheRead> {
  return withStorageErrors(() =>
    db.transaction('r', db.searchShards, db.ideasCache, async () => {
      const [sizes, stored] = await Promise.all([shardSizes(db), db.ideasCache.toArray()]);
      const rows = stored.filter((r) => r.rules === rules && r.ids.length > 0);
      const covered = rows.reduce((sum, r) => sum + r.ids.length, 0);
      return { rows, sizes, missing: Math.max(0, sizes.reduce((a, b) => a + b, 0) - covered) };
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
          const [inRow, row] = await Promise.all([idsOfIdeasRow(db, shard), db.ideasCache.get(shard)]);
          const current = row && row.rules === rules ? row : undefined;
          const have = new Set(current?.ids ?? []);
          const ids = inRow.filter((id) => !have.has(id));
          return { ids, generation: row?.generation ?? 0 };
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
      const stored = await withStorageErrors(() =>
        db.transaction('rw', db.ideasCache, async () => {
          const row = (await db.ideasCache.get(shard)) ?? emptyIdeasRow(shard);
          if (row.generation !== plan.generation) return false;
          const base = row.rules === rules ? row : { ...row, rules, ids: [], entries: [] };
          const have = new Set(base.ids);
          const fresh = ids.map((id, i) => [id, entries[i]!] as const).filter(([id]) => !have.has(id));
          await db.ideasCache.put({
            ...base,
            rules,
            ids: [...base.ids, ...fresh.map(([id]) => id)],
            entries: [...base.entries, ...fresh.map(([, e]) => e)],
          });
          return true;
        }),
      );
      if (stored) break;
    }
  }
  return analysed;
}
