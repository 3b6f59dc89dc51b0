/**
 * Reads the search index and a page of records with plain IndexedDB, without
 * Dexie, so the popup can show its list before Dexie (about 30 KB gzip, half
 * of the popup's code) has even loaded. Dexie follows at once for live
 * updates and every write.
 *
 * It only ever reads a database Dexie has already created at the current
 * schema version or later. Anything else (no `databases()`, an older version
 * that needs Dexie's upgrade, a missing table, an open that would create the
 * database) answers null, and the caller uses Dexie alone.
 */

import type { PartnershipRecord } from '../record/types';
import { stripInternal } from '../record/content';
import { RECORDS_TABLE, SCHEMA_VERSION, SHARDS_TABLE } from './names';
import { SearchIndex, type SearchShard } from '../search/shard-index';

export interface QuickReader {
  index: SearchIndex;
  /** The records of `ids` in that order; ids not found are skipped. */
  records(ids: readonly string[]): Promise<PartnershipRecord[]>;
  close(): void;
}

/** What a plain read found: the reader, 'absent' (no collection yet), or null (use Dexie). */
export type QuickRead = QuickReader | 'absent' | null;

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** Opens the existing database as it is; never creates or upgrades it. */
function openExisting(factory: IDBFactory, name: string): Promise<IDBDatabase | null> {
  return new Promise((resolve) => {
    const req = factory.open(name);
    // Only a database that does not exist (deleted meanwhile) gets here: undo its creation.
    req.onupgradeneeded = () => req.transaction?.abort();
    req.onsuccess = () => resolve(req.result);
    req.onerror = (event) => {
      event.preventDefault();
      resolve(null);
    };
    req.onblocked = () => resolve(null);
  });
}

export async function quickRead(name: string, factory: IDBFactory | undefined = globalThis.indexedDB): Promise<QuickRead> {
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
    const shards = await request(db.transaction(SHARDS_TABLE, 'readonly').objectStore(SHARDS_TABLE).getAll());
    return {
      index: new SearchIndex(shards as SearchShard[]),
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
export function quickReadWithin(name: string, ms: number, factory?: IDBFactory): Promise<QuickRead> {
  return new Promise((resolve) => {
    let late = false;
    const timer = setTimeout(() => {
      late = true;
      resolve(null);
    }, ms);
    quickRead(name, factory).then(
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

