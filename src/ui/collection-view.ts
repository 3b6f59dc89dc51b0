/**
 * Search, filter and sort state of a collection list. Shared by the popup and
 * the full-tab pages. Free of Dexie, so the popup's first render does not wait
 * for it (live-search-index.ts has the live part).
 */
import { highlighterFor, pageOf, type RecordReader, type SearchPage } from '../search/page';
import type { SearchIndex, SearchOptions, SearchSort } from '../search/shard-index';

export interface CollectionQuery {
  text: string;
  kind: string;
  tag: string;
  sort: SearchSort;
}

export const EMPTY_QUERY: CollectionQuery = { text: '', kind: '', tag: '', sort: 'captured' };

/** Records per page of a paged list (the popup's first page, and each "Show more"). */
export const PAGE_SIZE = 100;

/** The filters of a query as search options ('' means "any"). */
export function searchOptions(query: CollectionQuery): SearchOptions {
  return { kind: query.kind || undefined, tag: query.tag || undefined, sort: query.sort };
}

/** Ids a list is narrowed to beyond the query (the topic filter), named for telling two narrowings apart. */
export interface KeptIds {
  key: string;
  ids: ReadonlySet<string>;
}

/** The first `limit` matching records of a query, read through `read`, plus every matching id in order. */
export async function pageFor(
  index: SearchIndex,
  query: CollectionQuery,
  limit: number,
  read: RecordReader,
  keep: KeptIds | null = null,
): Promise<SearchPage> {
  if (!keep) return pageOf(index, query.text, searchOptions(query), { limit }, read);
  const ids = index.match(query.text, searchOptions(query)).filter((id) => keep.ids.has(id));
  return { total: ids.length, ids, records: await read(ids.slice(0, limit)), highlight: highlighterFor(query.text) };
}
