/**
 * Every record in the list's order (newest capture first; equal capture times
 * by id, descending), a page at a time, for the readers that stream the whole
 * collection (the JSON export). Each page comes with the ideas cache's shard
 * generations, read in the same transaction, so a cached entry can be checked
 * against the very page it is used with (src/db/ideas-cache.ts).
 *
 * Where the browser has IndexedDB's `getAllRecords` (Chromium 141+), a page is
 * one request on the `capturedAt` index, downwards from where the last page
 * ended, and the next page is requested while the caller writes this one. At
 * 50,000 records the reading takes about 40 % less CPU than reading the keys
 * and then each record by key (docs/performance.md, finding 18). Elsewhere
 * the keys are read once and the records by key.
 */

import { cmp } from 'dexie';
import type { PartnershipRecord } from '../record/types';
import { storageProblem, withStorageErrors } from './errors';
import { currentGenerations, GENERATIONS_KEY, generationsOf, type IdeasTableRow } from './ideas-cache';
import { CAPTURED_INDEX, IDEAS_TABLE, RECORDS_TABLE } from './names';
import type { ClipperDB } from './schema';

export interface RecordsPage {
  rows: PartnershipRecord[];
  /** The ideas cache's generation of every shard, read with the page. */
  generations: number[];
}

export interface NewestFirstRead {
  /** The number of records when the read began, if the reader knows it without counting. */
  total: number | null;
  pages: AsyncIterable<RecordsPage>;
}

interface IndexRecord {
  key: IDBValidKey;
  primaryKey: IDBValidKey;
  value: PartnershipRecord;
}

type WithGetAllRecords = IDBIndex & {
  getAllRecords?: (options: { query: IDBKeyRange | null; count: number; direction: 'prev' }) => IDBRequest<IndexRecord[]>;
};

export async function readNewestFirst(db: ClipperDB, pageSize: number): Promise<NewestFirstRead> {
  if (!db.isOpen()) await withStorageErrors(() => db.open());
  const idb = db.backendDB() as IDBDatabase | null;
  if (!idb) throw storageProblem('closed');
  const probe = idb.transaction(RECORDS_TABLE, 'readonly').objectStore(RECORDS_TABLE).index(CAPTURED_INDEX) as WithGetAllRecords;
  if (typeof probe.getAllRecords === 'function') return { total: null, pages: byIndexRanges(idb, pageSize) };
  return byKeys(db, pageSize);
}

/** One page of up to `count` records below `upper` (inclusive), newest first, with the generations. */
function readRange(idb: IDBDatabase, upper: IDBKeyRange | null, count: number): Promise<{ records: IndexRecord[]; generations: number[] }> {
  return new Promise((resolve, reject) => {
    let tx: IDBTransaction;
    try {
      tx = idb.transaction([RECORDS_TABLE, IDEAS_TABLE], 'readonly');
    } catch (error) {
      // The connection was closed meanwhile (another tab upgraded the database): the same message as Dexie's.
      reject(error instanceof DOMException && error.name === 'InvalidStateError' ? storageProblem('closed') : error);
      return;
    }
    const index = tx.objectStore(RECORDS_TABLE).index(CAPTURED_INDEX) as WithGetAllRecords;
    const out = { records: [] as IndexRecord[], generations: [] as number[] };
    const page = index.getAllRecords!({ query: upper, count, direction: 'prev' });
    page.onsuccess = () => (out.records = page.result);
    const generations = tx.objectStore(IDEAS_TABLE).get(GENERATIONS_KEY) as IDBRequest<IdeasTableRow | undefined>;
    generations.onsuccess = () => (out.generations = generationsOf(generations.result));
    tx.oncomplete = () => resolve(out);
    tx.onabort = () => reject(tx.error ?? new DOMException('The export read was aborted', 'AbortError'));
  });
}

/** readRange with the app's storage errors; a read no one waits for any more (the writer failed) is not reported twice. */
function read(idb: IDBDatabase, upper: IDBKeyRange | null, count: number): ReturnType<typeof readRange> {
  const pending = withStorageErrors(() => readRange(idb, upper, count));
  pending.catch(() => undefined);
  return pending;
}

/**
 * Pages by ranges of the index: the next page is everything up to and including the last page's capture time,
 * less the records of that time already written (a prefix of it: for equal times the ids come descending).
 * Only a run of equal capture times longer than a page makes a request return more than a page; the request
 * grows by the run's length, so even a whole collection clipped in one millisecond is read, if slowly.
 */
async function* byIndexRanges(idb: IDBDatabase, pageSize: number): AsyncGenerator<RecordsPage> {
  let last: IndexRecord | null = null;
  /** Records already written whose capture time is the last one's. */
  let ties = 0;
  let count = pageSize;
  let pending = read(idb, null, count);
  for (;;) {
    const { records, generations } = await pending;
    let start = 0;
    while (last && start < records.length && cmp(records[start]!.key, last.key) === 0 && cmp(records[start]!.primaryKey, last.primaryKey) >= 0) start++;
    const done = records.length < count;
    if (start === records.length) {
      if (done) return;
      // Only records written already came back (equal times added meanwhile): ask for more.
      count += pageSize;
      pending = read(idb, IDBKeyRange.upperBound(last!.key), count);
      continue;
    }
    const end = records[records.length - 1]!;
    let run = 0;
    for (let i = records.length - 1; i >= start && cmp(records[i]!.key, end.key) === 0; i--) run++;
    ties = last && cmp(last.key, end.key) === 0 ? ties + run : run;
    last = end;
    count = pageSize + ties;
    // Ask for the next page before handing this one out: IndexedDB reads it while the caller writes this one.
    if (!done) pending = read(idb, IDBKeyRange.upperBound(end.key), count);
    const rows: PartnershipRecord[] = [];
    for (let i = start; i < records.length; i++) rows.push(records[i]!.value);
    yield { rows, generations };
    if (done) return;
  }
}

/** The keys in one request (ascending, then reversed: the same order), then each page's records by key. */
async function byKeys(db: ClipperDB, pageSize: number): Promise<NewestFirstRead> {
  const keys = (await withStorageErrors(() => db.records.orderBy(CAPTURED_INDEX).primaryKeys())).reverse();
  async function* pages(): AsyncGenerator<RecordsPage> {
    for (let i = 0; i < keys.length; i += pageSize) {
      const [rows, generations] = await withStorageErrors(() =>
        db.transaction('r', db.records, db.ideasCache, () =>
          Promise.all([db.records.bulkGet(keys.slice(i, i + pageSize)), currentGenerations(db)]),
        ),
      );
      // A record deleted since the keys were read is left out.
      yield { rows: rows.filter((r): r is PartnershipRecord => r !== undefined), generations };
    }
  }
  return { total: keys.length, pages: pages() };
}
