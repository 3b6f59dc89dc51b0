/**
 * Search, filter and sort state of a collection list, and the live search
 * index it runs on. Shared by the popup and the full-tab pages.
 */
import { liveQuery, type Observable } from 'dexie';
import type { ClipperDB } from '../db/schema';
import { loadSearchIndex, pageOf, type SearchOptions, type SearchPage, type SearchSort } from '../db/search';
import type { SearchIndex } from '../db/search-index';

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

/**
 * The search index, live: one read of a few rows, again after every change to
 * the records. Keystrokes then search it in memory; only the records of the
 * page shown are read (pageFor).
 */
export function liveSearchIndex(db: ClipperDB): Observable<SearchIndex> {
  return liveQuery(() => loadSearchIndex(db));
}

/** The first `limit` matching records of a query, plus every matching id in order. */
export function pageFor(db: ClipperDB, index: SearchIndex, query: CollectionQuery, limit: number = PAGE_SIZE): Promise<SearchPage> {
  return pageOf(db, index, query.text, searchOptions(query), { limit });
}
