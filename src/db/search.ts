/** Full-text search with kind/tag filters and sorting, over the search index (search-index.ts). */

import type { PartnershipRecord } from '../record/types';
import { stripInternal } from './content';
import { withStorageErrors } from './errors';
import { highlightRanges } from './highlight';
import type { ClipperDB, StoredRecord } from './schema';
import { SearchIndex, type SearchOptions } from './search-index';

export type { SearchOptions, SearchSort } from './search-index';

export type Highlighter = (text: string) => Array<[number, number]>;

export interface SearchResult {
  records: PartnershipRecord[];
  /** Match ranges of the query in any text of a result, for safe highlighting in the UI. */
  highlight: Highlighter;
}

export interface PageRequest {
  /** Default 0. */
  offset?: number;
  limit: number;
}

export interface SearchPage {
  /** Number of matching records. */
  total: number;
  /** Every matching id, in sort order, for loading further pages. */
  ids: string[];
  /** Only the records of ids[offset .. offset + limit]. */
  records: PartnershipRecord[];
  highlight: Highlighter;
}

/** The whole index in one read. Inside a liveQuery it reruns on every change to the records. */
export function loadSearchIndex(db: ClipperDB): Promise<SearchIndex> {
  return withStorageErrors(async () => new SearchIndex(await db.searchShards.toArray()));
}

export function highlighterFor(query: string): Highlighter {
  return (text: string) => highlightRanges(text, query);
}

/** Public records for ids, in the given order; ids deleted meanwhile are skipped. */
export function recordsByIds(db: ClipperDB, ids: readonly string[]): Promise<PartnershipRecord[]> {
  return withStorageErrors(async () =>
    ids.length === 0
      ? []
      : (await db.records.bulkGet([...ids])).filter((r): r is StoredRecord => r !== undefined).map(stripInternal),
  );
}

/** Every matching record, sorted. Reads them all: for lists that need everything at once. */
export function searchRecords(db: ClipperDB, query: string, opts: SearchOptions = {}): Promise<SearchResult> {
  return withStorageErrors(() =>
    db.transaction('r', db.records, db.searchShards, async () => {
      const ids = (await loadSearchIndex(db)).match(query, opts);
      return { records: await recordsByIds(db, ids), highlight: highlighterFor(query) };
    }),
  );
}

export type RecordReader = (ids: readonly string[]) => Promise<PartnershipRecord[]>;

/** One page of a search on an index already loaded: reads only the page's records, through `read` (the database, a cache). */
export async function pageOf(index: SearchIndex, query: string, opts: SearchOptions, page: PageRequest, read: RecordReader): Promise<SearchPage> {
  const ids = index.match(query, opts);
  const offset = Math.max(0, page.offset ?? 0);
  const records = await read(ids.slice(offset, offset + Math.max(0, page.limit)));
  return { total: ids.length, ids, records, highlight: highlighterFor(query) };
}

/** One page of the search: same matches and order as `searchRecords`, reading only the page's records. */
export function searchPage(db: ClipperDB, query: string, opts: SearchOptions, page: PageRequest): Promise<SearchPage> {
  return withStorageErrors(() =>
    db.transaction('r', db.records, db.searchShards, async () => pageOf(await loadSearchIndex(db), query, opts, page, (ids) => recordsByIds(db, ids))),
  );
}
