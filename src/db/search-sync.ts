/**
 * Keeps the search shards (src/search/shard-index.ts) equal to the records table,
 * and drops the ideas cache's entries (ideas-cache.ts) of every record written.
 *
 * A Dexie DBCore middleware, so every write to `records` is covered: saves,
 * deletes, imports, restores, clear(), and writes added later, without each
 * call site having to remember the index. It
 * - adds the shard table to every read-write transaction on `records`, so the
 *   index is written in the same transaction (atomic, and nothing async
 *   outside Dexie runs inside it);
 * - after a write to `records` succeeds, rewrites the shards of the ids it
 *   touched.
 * Schema upgrades are skipped: the upgrade that introduced the shards builds
 * them from scratch (schema.ts).
 */

import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import type { PartnershipRecord } from '../record/types';
import { IDEAS_TABLE, RECORDS_TABLE, SHARDS_TABLE } from './names';
import { invalidateIdeasRows, type IdeasCacheRow } from './ideas-cache';
import { docOf, emptyShard, patchShard, SHARD_COUNT, shardOf, type SearchDoc, type SearchShard } from '../search/shard-index';
import { isSummaryRow, shardStats, SUMMARY_KEY, summaryRowOf, type SummaryRow } from '../search/summary';


/** Docs to set and ids to remove, per shard number. */
type ShardChanges = Map<number, { put: SearchDoc[]; remove: string[] }>;

function changesFor(changes: ShardChanges, shard: number) {
  let entry = changes.get(shard);
  if (!entry) changes.set(shard, (entry = { put: [], remove: [] }));
  return entry;
}

/**
 * Per transaction: the shard rows as written so far (later writes in the same
 * transaction, like an import's batches, do not read them again), and the
 * queue that applies one write's changes after the other's, so two concurrent
 * writes cannot both read a shard and lose one update.
 */
interface TransactionState {
  shards: Map<number, SearchShard>;
  /** The summary row as written so far; undefined until read. */
  summary?: SummaryRow;
  /** The ideas cache rows as written so far (only when the schema has the table). */
  ideas: Map<number, IdeasCacheRow>;
  queue: Promise<void>;
}
const transactionStates = new WeakMap<DBCoreTransaction, TransactionState>();

type Row = SearchShard | SummaryRow | undefined;

/**
 * The shard rows of `changes` (read once per transaction), patched, and the
 * summary row's entries for them, written in one put. The summary row is read
 * with the first shards; a collection indexed before it existed gets it built
 * from every shard, once. Every read is awaited directly: Dexie keeps its
 * transaction zone across an await of its own request.
 */
async function writeChanges(tables: Tables, trans: DBCoreTransaction, state: TransactionState, changes: ShardChanges) {
  const { shards, ideas } = tables;
  const missing = [...changes.keys()].filter((n) => !state.shards.has(n));
  const wantSummary = !state.summary;
  if (missing.length > 0 || wantSummary) {
    const rows = (await shards.getMany({ trans, keys: wantSummary ? [...missing, SUMMARY_KEY] : missing })) as Row[];
    missing.forEach((n, i) => state.shards.set(n, (rows[i] as SearchShard | undefined) ?? emptyShard(n)));
    const stored = wantSummary ? rows.at(-1) : undefined;
    if (isSummaryRow(stored) && stored.stats.length === SHARD_COUNT) state.summary = stored;
    else if (wantSummary) {
      const rest = Array.from({ length: SHARD_COUNT }, (_, n) => n).filter((n) => !state.shards.has(n));
      const more = rest.length > 0 ? ((await shards.getMany({ trans, keys: rest })) as Row[]) : [];
      rest.forEach((n, i) => state.shards.set(n, (more[i] as SearchShard | undefined) ?? emptyShard(n)));
      state.summary = summaryRowOf([...state.shards.values()], SHARD_COUNT);
    }
  }
  const summary = state.summary!;
  const updated = [...changes].map(([n, { put, remove }]) => {
    const row = patchShard(state.shards.get(n)!, new Set(remove), put);
    state.shards.set(n, row);
    summary.stats[n] = shardStats(row);
    return row;
  });
  const res = await shards.mutate({ type: 'put', trans, values: [...updated, summary] });
  if (res.numFailures > 0) throw Object.values(res.failures)[0];
  // Every id written or removed loses its derived ideas: they are recomputed from the new text when read.
  if (ideas) {
    const touched = new Map([...changes].map(([n, { put, remove }]) => [n, [...put.map((d) => d.id), ...remove]]));
    await invalidateIdeasRows(ideas, trans, state.ideas, touched);
  }
}

interface Tables {
  shards: DBCoreTable;
  /** Absent in a schema before v7. */
  ideas?: DBCoreTable;
}

function applyChanges(tables: Tables, trans: DBCoreTransaction, changes: ShardChanges): Promise<void> {
  if (changes.size === 0) return Promise.resolve();
  let state = transactionStates.get(trans);
  if (!state) transactionStates.set(trans, (state = { shards: new Map(), ideas: new Map(), queue: Promise.resolve() }));
  const current = state;
  const done = current.queue
    .then(() => writeChanges(tables, trans, current, changes))
    .catch((error: unknown) => {
      // Records written without their index must not commit.
      trans.abort();
      throw error;
    });
  // A failed write aborts the transaction anyway; the queue must not reject the next caller for it.
  current.queue = done.catch(() => undefined);
  return done;
}

function isUpgrade(trans: DBCoreTransaction): boolean {
  return (trans as unknown as IDBTransaction).mode === 'versionchange';
}

/** The ids a delete request removes (a range delete, as clear() sends, is resolved to keys first). */
async function deletedIds(records: DBCoreTable, req: DBCoreMutateRequest): Promise<string[]> {
  if (req.type === 'delete') return req.keys as string[];
  if (req.type !== 'deleteRange') return [];
  const found = await records.query({
    trans: req.trans,
    values: false,
    query: { index: records.schema.primaryKey, range: req.range },
  });
  return found.result as string[];
}

function indexedRecords(down: DBCore, records: DBCoreTable): DBCoreTable {
  const tables: Tables = {
    shards: down.table(SHARDS_TABLE),
    ideas: hasTable(down, IDEAS_TABLE) ? down.table(IDEAS_TABLE) : undefined,
  };
  return {
    ...records,
    async mutate(req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
      if (isUpgrade(req.trans)) return records.mutate(req);
      // Both requests are issued now, in this order, so a range delete's keys are read before it runs.
      const written = Promise.all([deletedIds(records, req), records.mutate(req)]);
      // Index terms are computed while IndexedDB writes, not after (an import's batch is thousands of records).
      let docs: SearchDoc[];
      try {
        docs = req.type === 'add' || req.type === 'put' ? req.values.map((value: PartnershipRecord) => docOf(value)) : [];
      } catch (error) {
        // A row the index cannot read must not be stored unindexed.
        req.trans.abort();
        await written.catch(() => undefined);
        throw error;
      }
      const [removed, res] = await written;
      const changes: ShardChanges = new Map();
      docs.forEach((doc, i) => {
        if (res.failures[i]) return; // not written (e.g. a duplicate URL): not indexed either
        changesFor(changes, shardOf(doc.id)).put.push(doc);
      });
      for (const id of removed) changesFor(changes, shardOf(id)).remove.push(id);
      await applyChanges(tables, req.trans, changes);
      return res;
    },
  };
}

function hasTable(down: DBCore, name: string): boolean {
  return down.schema.tables.some((t) => t.name === name);
}

export const searchIndexMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'SearchIndex',
  // Below Dexie's hooks middleware (level 2), which needs Dexie's own transaction
  // zone and table scope; the shard writes here have neither and need neither.
  level: 1,
  create(down: DBCore): Partial<DBCore> {
    if (!hasTable(down, SHARDS_TABLE)) return {};
    const derived = [SHARDS_TABLE, IDEAS_TABLE].filter((name) => hasTable(down, name));
    return {
      transaction(stores, mode, options) {
        const extra = mode === 'readwrite' && stores.includes(RECORDS_TABLE) ? derived.filter((t) => !stores.includes(t)) : [];
        return down.transaction(extra.length > 0 ? [...stores, ...extra] : stores, mode, options);
      },
      table(name: string): DBCoreTable {
        const table = down.table(name);
        return name === RECORDS_TABLE ? indexedRecords(down, table) : table;
      },
    };
  },
};
