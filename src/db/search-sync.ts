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
 *   touched. New records added one write at a time (clips) go to the small
 *   recent row while it has room, so a clip does not rewrite a hashed shard
 *   that grows with the collection; a full recent row is folded into the
 *   hashed shards by the add that finds it full.
 * Schema upgrades are skipped: the upgrade that introduced the shards builds
 * them from scratch (schema.ts).
 */

import type { DBCore, DBCoreKeyRange, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction, Middleware, Transaction } from 'dexie';
import type { PartnershipRecord } from '../record/types';
import { IDEAS_TABLE, RECORDS_TABLE, SHARDS_TABLE } from './names';
import { ideasShardOf, invalidateIdeasRows, type IdeasWriteState } from './ideas-cache';
import {
  buildShards,
  decodeShard,
  docOf,
  emptyShard,
  patchShard,
  SHARD_LAYOUT,
  shardCountFor,
  shardOf,
  type SearchDoc,
  type SearchShard,
  type ShardLayout,
} from '../search/shard-index';
import { isShardRow, isSummaryRow, RECENT_KEY, shardStats, SUMMARY_KEY, summaryRowOf, type SummaryRow } from '../search/summary';

/** What one write to `records` changed: docs to set, ids to remove. */
interface Changes {
  put: SearchDoc[];
  remove: string[];
  /** Every put was an add: its id is new, so it has no ideas cache entry to drop. */
  added?: boolean;
}

/** Docs to set and ids to remove, per shard number. */
type ShardChanges = Map<number, Changes>;

/**
 * Which row each change goes to: a doc in the recent row stays there; new records go there if they fit in
 * it at all. When it is full, the docs of the hashed shard that holds the most of them move there first
 * (then of the next, until the new ones fit): one shard rewritten, as every clip did before the recent row,
 * but only every few clips. Everything else goes to its hashed shard.
 */
function byShard(changes: Changes, count: number, recent: SearchShard | undefined, layout: ShardLayout): ShardChanges {
  const out: ShardChanges = new Map();
  const entry = (n: number) => {
    let e = out.get(n);
    if (!e) out.set(n, (e = { put: [], remove: [] }));
    return e;
  };
  const capacity = layout.recent ?? 0;
  const inRecent = new Set(recent?.ids ?? []);
  const adds = changes.added ? changes.put.length : 0;
  const toRecent = adds > 0 && adds <= capacity;
  if (toRecent && inRecent.size + adds > capacity) {
    const groups = new Map<number, SearchDoc[]>();
    for (const doc of decodeShard(recent!).values()) {
      const n = shardOf(doc.id, count);
      const group = groups.get(n);
      if (group) group.push(doc);
      else groups.set(n, [doc]);
    }
    for (const [n, docs] of [...groups].sort((a, b) => b[1].length - a[1].length || a[0] - b[0])) {
      if (inRecent.size + adds <= capacity) break;
      for (const doc of docs) {
        entry(n).put.push(doc);
        entry(RECENT_KEY).remove.push(doc.id);
        inRecent.delete(doc.id);
      }
    }
  }
  for (const doc of changes.put) entry(inRecent.has(doc.id) || toRecent ? RECENT_KEY : shardOf(doc.id, count)).put.push(doc);
  for (const id of changes.remove) entry(inRecent.has(id) ? RECENT_KEY : shardOf(id, count)).remove.push(id);
  return out;
}

/**
 * Per transaction: the shard rows as written so far (later writes in the same
 * transaction, like an import's batches, do not read them again), and the
 * queue that applies one write's changes after the other's, so two concurrent
 * writes cannot both read a shard and lose one update.
 */
interface TransactionState {
  shards: Map<number, SearchShard>;
  /** The summary row as written so far; its stats' length is the shard count. Undefined until read. */
  summary?: SummaryRow;
  /** The ideas cache rows as written so far (only when the schema has the table). */
  ideas: IdeasWriteState;
  queue: Promise<void>;
}
const transactionStates = new WeakMap<DBCoreTransaction, TransactionState>();

type Row = SearchShard | SummaryRow | undefined;

/** Every key of a table (DBCoreRangeType.Any; the enum is const, so not importable here). */
const EVERY_KEY = { type: 3 } as unknown as DBCoreKeyRange;

/**
 * The summary row of a collection indexed before it existed, built from every
 * shard row, once; the shard count is then the number of shard rows (the v4
 * upgrade writes them all, empty ones too).
 */
function summaryFromRows(state: TransactionState, all: ReadonlyArray<SearchShard | SummaryRow>, layout: ShardLayout): SummaryRow {
  const rows = all.filter(isShardRow);
  for (const row of rows) if (!state.shards.has(row.shard)) state.shards.set(row.shard, row);
  const count = Math.max(layout.min, ...rows.map((row) => row.shard + 1));
  return summaryRowOf([...state.shards.values()], count);
}

/**
 * Whether these changes may take the collection out of its shard count's band
 * (an upper bound: a put may replace a doc, a remove may name an absent one).
 */
function mayReshard(summary: SummaryRow, changes: Changes, layout: ShardLayout): boolean {
  const count = summary.stats.length;
  const total = summary.stats.reduce((sum, s) => sum + s.size, summary.recent?.size ?? 0);
  return (
    shardCountFor(total + changes.put.length, count, layout) !== count ||
    shardCountFor(Math.max(0, total - changes.remove.length), count, layout) !== count
  );
}

/** Rows to put and shard keys to delete. */
interface ShardWrites {
  put: Array<SearchShard | SummaryRow>;
  remove: number[];
}

/** The shard rows of `grouped` patched, and their entries in the summary row. */
function patchRows(state: TransactionState, grouped: ShardChanges): ShardWrites {
  const summary = state.summary!;
  const updated = [...grouped].map(([n, { put, remove }]) => {
    const row = patchShard(state.shards.get(n) ?? emptyShard(n), new Set(remove), put);
    state.shards.set(n, row);
    if (n === RECENT_KEY) summary.recent = shardStats(row);
    else summary.stats[n] = shardStats(row);
    return row;
  });
  return { put: [...updated, summary], remove: [] };
}

/**
 * Every shard (and the recent row) decoded, `changes` applied, and the whole index built again with
 * the shard count its new size calls for, without a recent row: a one-off as the collection crosses
 * a size (an import into an empty collection is built this way at once).
 */
function reshardRows(state: TransactionState, changes: Changes, layout: ShardLayout): ShardWrites {
  const count = state.summary!.stats.length;
  const docs = new Map<string, SearchDoc>();
  for (const row of state.shards.values()) for (const [id, doc] of decodeShard(row)) docs.set(id, doc);
  for (const id of changes.remove) docs.delete(id);
  for (const doc of changes.put) docs.set(doc.id, doc);
  const target = shardCountFor(docs.size, count, layout);
  const rows = buildShards([...docs.values()], target);
  state.shards = new Map(rows.map((row) => [row.shard, row]));
  state.summary = summaryRowOf(rows, target);
  const dropped = Array.from({ length: Math.max(0, count - target) }, (_, i) => target + i);
  return { put: [...rows, state.summary], remove: [...dropped, RECENT_KEY] };
}

function throwFailure(res: DBCoreMutateResponse): void {
  if (res.numFailures > 0) throw Object.values(res.failures)[0];
}

/**
 * Reads what `changes` need (the summary row and the shards touched, once per
 * transaction; every shard when the count changes), patches or reshards, and
 * writes. Every await is of a DBCore request, directly here: Dexie keeps its
 * transaction zone across an await of its own request, not of an async helper.
 */
async function writeChanges(tables: Tables, trans: DBCoreTransaction, state: TransactionState, changes: Changes, layout: ShardLayout) {
  const { shards, ideas } = tables;
  if (!state.summary) {
    // The recent row with the summary, in one request: where a changed id sits depends on it.
    const [stored, recent] = (await shards.getMany({ trans, keys: [SUMMARY_KEY, RECENT_KEY] })) as Row[];
    if (recent && isShardRow(recent) && !state.shards.has(RECENT_KEY)) state.shards.set(RECENT_KEY, recent);
    if (isSummaryRow(stored) && stored.stats.length > 0) state.summary = stored;
    else {
      const all = await shards.query({ trans, values: true, query: { index: shards.schema.primaryKey, range: EVERY_KEY } });
      state.summary = summaryFromRows(state, all.result as Array<SearchShard | SummaryRow>, layout);
    }
  }
  const count = state.summary.stats.length;
  const resharding = mayReshard(state.summary, changes, layout);
  const grouped = resharding ? null : byShard(changes, count, state.shards.get(RECENT_KEY), layout);
  const needed = grouped ? [...grouped.keys()] : Array.from({ length: count }, (_, n) => n);
  // A recent row, if there is one, was read with the summary row.
  const missing = needed.filter((n) => n !== RECENT_KEY && !state.shards.has(n));
  if (missing.length > 0) {
    const rows = (await shards.getMany({ trans, keys: missing })) as Row[];
    missing.forEach((n, i) => state.shards.set(n, (rows[i] as SearchShard | undefined) ?? emptyShard(n)));
  }
  const writes = grouped ? patchRows(state, grouped) : reshardRows(state, changes, layout);
  throwFailure(await shards.mutate({ type: 'put', trans, values: writes.put }));
  if (writes.remove.length > 0) throwFailure(await shards.mutate({ type: 'delete', trans, keys: writes.remove }));
  // Every id written or removed loses its derived ideas: they are recomputed from the new text when read.
  // A new record (an add) has no entry and makes none stale: a clip of a new page leaves the cache alone.
  if (ideas) {
    const written = changes.added ? [] : changes.put.map((d) => d.id);
    await invalidateIdeasRows(ideas, trans, state.ideas, byIdeasShard([...written, ...changes.remove]));
  }
}

/** Ids per ideas cache row (a fixed partition of its own, ideas-cache.ts). */
function byIdeasShard(ids: readonly string[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const id of ids) {
    const n = ideasShardOf(id);
    const list = out.get(n);
    if (list) list.push(id);
    else out.set(n, [id]);
  }
  return out;
}

interface Tables {
  shards: DBCoreTable;
  /** Absent in a schema before v7. */
  ideas?: DBCoreTable;
}

function applyChanges(tables: Tables, trans: DBCoreTransaction, changes: Changes, layout: ShardLayout): Promise<void> {
  if (changes.put.length === 0 && changes.remove.length === 0) return Promise.resolve();
  let state = transactionStates.get(trans);
  if (!state) transactionStates.set(trans, (state = { shards: new Map(), ideas: { rows: new Map() }, queue: Promise.resolve() }));
  const current = state;
  const done = current.queue
    .then(() => writeChanges(tables, trans, current, changes, layout))
    .catch((error: unknown) => {
      // Records written without their index must not commit.
      trans.abort();
      throw error;
    });
  // A failed write aborts the transaction anyway; the queue must not reject the next caller for it.
  current.queue = done.catch(() => undefined);
  return done;
}

/**
 * Index changes held back in a transaction that writes records in many batches
 * (an import: progress between batches, and no batch rewriting every shard the
 * batches before it wrote). The last change of an id wins: a doc, or null for a removal.
 */
interface Deferred {
  pending: Map<string, SearchDoc | null>;
  /** Set by the first write held back. */
  target?: { tables: Tables; layout: ShardLayout };
}
const deferredWrites = new WeakMap<DBCoreTransaction, Deferred>();

/**
 * Runs `body`, which writes records in the current read-write transaction, with
 * the search index written once after it, in the same transaction. If `body`
 * throws, the transaction aborts and nothing is written; nothing commits unindexed.
 * The caller passes its transaction rather than this module asking Dexie for the
 * current one: a value import of Dexie here pulled Dexie into the popup's first load.
 */
export async function withBatchedIndex<T>(transaction: Transaction, body: () => Promise<T>): Promise<T> {
  const trans = transaction.idbtrans as unknown as DBCoreTransaction | undefined;
  if (!trans || transaction.mode !== 'readwrite') throw new Error('withBatchedIndex needs a read-write transaction');
  const deferred: Deferred = { pending: new Map() };
  deferredWrites.set(trans, deferred);
  const result = await body();
  deferredWrites.delete(trans);
  if (deferred.target && deferred.pending.size > 0) {
    const changes: Changes = { put: [], remove: [] };
    for (const [id, doc] of deferred.pending) {
      if (doc) changes.put.push(doc);
      else changes.remove.push(id);
    }
    await applyChanges(deferred.target.tables, trans, changes, deferred.target.layout);
  }
  return result;
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

function indexedRecords(down: DBCore, records: DBCoreTable, layout: ShardLayout): DBCoreTable {
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
      // A doc not written (e.g. a duplicate URL) is not indexed either.
      const changes: Changes = { put: docs.filter((_, i) => !res.failures[i]), remove: removed, added: req.type === 'add' };
      const deferred = deferredWrites.get(req.trans);
      if (deferred) {
        deferred.target = { tables, layout };
        for (const id of changes.remove) deferred.pending.set(id, null);
        for (const doc of changes.put) deferred.pending.set(doc.id, doc);
        return res;
      }
      await applyChanges(tables, req.trans, changes, layout);
      return res;
    },
  };
}

function hasTable(down: DBCore, name: string): boolean {
  return down.schema.tables.some((t) => t.name === name);
}

/** `layout`: tests pass a tiny one, so that resharding happens within a few writes. */
export const searchIndexMiddleware = (layout: ShardLayout = SHARD_LAYOUT): Middleware<DBCore> => ({
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
        return name === RECORDS_TABLE ? indexedRecords(down, table, layout) : table;
      },
    };
  },
});
