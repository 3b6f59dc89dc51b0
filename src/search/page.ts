/**
 * One page of a search over a loaded index: pure, free of Dexie, so the popup
 * can show its first page before Dexie loads. The database reads are in src/db/search.ts.
 */

import type { PartnershipRecord } from '../record/types';
import { highlightRanges } from './highlight';
import type { SearchIndex, SearchOptions } from './shard-index';

export type Highlighter = (text: string) => Array<[number, number]>;

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

export function highlighterFor(query: string): Highlighter {
  return (text: string) => highlightRanges(text, query);
}

export type RecordReader = (ids: readonly string[]) => Promise<PartnershipRecord[]>;

/** One page of a search on an index already loaded: reads only the page's records, through `read` (the database, a cache). */
export async function pageOf(index: SearchIndex, query: string, opts: SearchOptions, page: PageRequest, read: RecordReader): Promise<SearchPage> {
  const ids = index.match(query, opts);
  const offset = Math.max(0, page.offset ?? 0);
  const records = await read(ids.slice(offset, offset + Math.max(0, page.limit)));
  return { total: ids.length, ids, records, highlight: highlighterFor(query) };
}
