/**
 * Reads what the popup's first render shows with plain IndexedDB, without
 * Dexie, so the popup can show its list before Dexie (about 30 KB gzip, half
 * of the popup's code) has even loaded. Dexie follows at once for live
 * updates and every write.
 *
 * What it reads does not grow with the collection: the summary row (count and
 * filter menus, src/search/summary.ts) and the first page, newest capture
 * first, from the records' `capturedAt` index. The whole search index (about
 * 3 MB at 10,000 records) is read only for a collection that has no summary
 * row yet (indexed before it existed; its next write adds it).
 *
 * It only ever reads a database Dexie has already created at the current
 * schema version or later. Anything else (no `databases()`, an older version
 * that needs Dexie's upgrade, a missing table, an open that would create the
 * database) answers null, and the caller uses Dexie alone.
 */

import type { PartnershipRecord } from '../record/types';
import { stripInternal } from '../record/content';
import { CAPTURED_INDEX, RECORDS_TABLE, SCHEMA_VERSION, SHARDS_TABLE } from './names';
import { SearchIndex } from '../search/shard-index';
import { allStats, isShardRow, isSummaryRow, summarise, SUMMARY_KEY, type CollectionSummary, type SummaryRow } from '../search/summary';
import type { SearchShard } from '../search/shard-index';
import { openExisting, request } from './open-existing';

export type QuickFirst =
  /** Count, filter menus and the first `pageSize` records, newest capture first (ties: id descending, as SearchIndex). */
  | { summary: CollectionSummary; firstPage: PartnershipRecord[] }
  /** No summary row yet: the whole index. */
  | { index: SearchIndex };

export interface QuickReader {
  first: QuickFirst;
  /** The first `limit` records, newest capture first, as `first.firstPage` (read again, so possibly newer). */
  page(limit: number): Promise<PartnershipRecord[]>;
  /** The records of `ids` in that order; ids not found are skipped. */
  records(ids: readonly string[]): Promise<PartnershipRecord[]>;
  close(): void;
}

/** What a plain read found: the reader, 'absent' (no collection yet), or null (use Dexie). */
export type QuickRead = QuickReader | 'absent' | null;

/** IndexedDB 3.0's one-request read in either direction (Chromium 141+); older browsers step a cursor. */
type WithGetAllRecords = IDBIndex & {
  getAllRecords?: (options: { direction: 'prev'; count: number }) => IDBRequest<Array<{ value: unknown }>>;
};

/** The first `limit` values of an index, last key first (for equal keys, the higher primary key first). */
async function lastValues<T>(index: WithGetAllRecords, limit: number): Promise<T[]> {
  if (limit <= 0) return [];
  // One request instead of `limit` cursor steps: about half the time here.
  if (typeof index.getAllRecords === 'function') return (await request(index.getAllRecords({ direction: 'prev', count: limit }))).map((r) => r.value as T);
  return new Promise((resolve, reject) => {
    const out: T[] = [];
    const req = index.openCursor(null, 'prev');
    req.onsuccess = () => {
      const cursor = req.result;
      if (!cursor) return resolve(out);
      out.push(cursor.value as T);
      if (out.length >= limit) resolve(out);
      else cursor.continue();
    };
    req.onerror = () => reject(req.error);
  });
}

async function readFirst(db: IDBDatabase, pageSize: number): Promise<QuickFirst | null> {
  const tx = db.transaction([SHARDS_TABLE, RECORDS_TABLE], 'readonly');
  const shards = tx.objectStore(SHARDS_TABLE);
  const records = tx.objectStore(RECORDS_TABLE);
  if (!records.indexNames.contains(CAPTURED_INDEX)) return null;
  const [row, firstPage] = await Promise.all([
    request(shards.get(SUMMARY_KEY) as IDBRequest<SummaryRow | undefined>),
    lastValues<PartnershipRecord>(records.index(CAPTURED_INDEX), pageSize),
  ]);
  if (isSummaryRow(row)) return { summary: summarise(allStats(row)), firstPage: firstPage.map(stripInternal) };
  const rows = await request(db.transaction(SHARDS_TABLE, 'readonly').objectStore(SHARDS_TABLE).getAll());
  return { index: new SearchIndex((rows as Array<SearchShard | SummaryRow>).filter(isShardRow)) };
}

export async function quickRead(name: string, factory: IDBFactory | undefined = globalThis.indexedDB, pageSize = 100): Promise<QuickRead> {
  if (!factory || typeof factory.databases !== 'function') return null;
  const info = (await factory.databases()).find((db) => db.name === name);
  if (!info) return 'absent';
  // Dexie stores schema version n as IndexedDB version 10n (and may add to it when it patches a schema).
  if ((info.version ?? 0) < SCHEMA_VERSION * 10) return null;
  const db = await openExisting(factory, name);
  if (!db) return null;
  // Another page upgrading or deleting the database must not wait for us.
  db.onversionchange = () => db.close();
  if (!db.objectStoreNames.contains(SHARDS_TABLE) || !db.objectStoreNames.contains(RECORDS_TABLE)) {
    db.close();
    return null;
  }
  try {
    const first = await readFirst(db, pageSize);
    if (!first) {
      db.close();
      return null;
    }
    return {
      first,
      async page(limit) {
        const store = db.transaction(RECORDS_TABLE, 'readonly').objectStore(RECORDS_TABLE);
        return (await lastValues<PartnershipRecord>(store.index(CAPTURED_INDEX), limit)).map(stripInternal);
      },
      async records(ids) {
        if (ids.length === 0) return [];
        try {
          const store = db.transaction(RECORDS_TABLE, 'readonly').objectStore(RECORDS_TABLE);
          const rows = await Promise.all(ids.map((id) => request(store.get(id) as IDBRequest<PartnershipRecord | undefined>)));
          return rows.filter((row): row is PartnershipRecord => row !== undefined).map(stripInternal);
        } catch {
          // Closed by another page's upgrade: Dexie is taking over and will show the list (or the problem).
          return [];
        }
      },
      close: () => db.close(),
    };
  } catch {
    db.close();
    return null;
  }
}

/**
 * quickRead, given up after `ms` (null): an open queued behind another page's
 * blocked upgrade must not keep the popup from loading Dexie, which reports it.
 * A reader that arrives too late is closed.
 */
export function quickReadWithin(name: string, ms: number, factory?: IDBFactory, pageSize?: number): Promise<QuickRead> {
  return new Promise((resolve) => {
    let late = false;
    const timer = setTimeout(() => {
      late = true;
      resolve(null);
    }, ms);
    quickRead(name, factory, pageSize).then(
      (result) => {
        clearTimeout(timer);
        if (!late) resolve(result);
        else if (result && result !== 'absent') result.close();
      },
      () => {
        clearTimeout(timer);
        resolve(null);
      },
    );
  });
}

