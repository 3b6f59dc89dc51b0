/** Full-text search read from the database: the stored search index (src/search/shard-index.ts) and the matching records. */

import type { PartnershipRecord } from '../record/types';
import { stripInternal } from '../record/content';
import { withStorageErrors } from './errors';
import { highlighterFor, pageOf, type Highlighter, type PageRequest, type SearchPage } from '../search/page';
import type { ClipperDB } from './schema';
import { SearchIndex, type SearchOptions } from '../search/shard-index';
import { isShardRow } from '../search/summary';

export interface SearchResult {
  records: PartnershipRecord[];
  /** Match ranges of the query in any text of a result, for safe highlighting in the UI. */
  highlight: Highlighter;
}

/** The whole index in one read. Inside a liveQuery it reruns on every change to the records. */
export function loadSearchIndex(db: ClipperDB): Promise<SearchIndex> {
  return withStorageErrors(async () => new SearchIndex((await db.searchShards.toArray()).filter(isShardRow)));
}

/** Public records for ids, in the given order; ids deleted meanwhile are skipped. */
export function recordsByIds(db: ClipperDB, ids: readonly string[]): Promise<PartnershipRecord[]> {
  return withStorageErrors(async () =>
    ids.length === 0
      ? []
      : (await db.records.bulkGet([...ids])).filter((r): r is PartnershipRecord => r !== undefined).map(stripInternal),
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

/** One page of the search: same matches and order as `searchRecords`, reading only the page's records. */
export function searchPage(db: ClipperDB, query: string, opts: SearchOptions, page: PageRequest): Promise<SearchPage> {
  return withStorageErrors(() =>
    db.transaction('r', db.records, db.searchShards, async () => pageOf(await loadSearchIndex(db), query, opts, page, (ids) => recordsByIds(db, ids))),
  );
}
