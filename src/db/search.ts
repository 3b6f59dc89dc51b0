/** Full-text search over the multi-entry `searchTerms` index, with kind/tag filters and sorting. */

import type { PartnershipRecord } from '../record/types';
import { stripInternal } from './content';
import { withStorageErrors } from './errors';
import { highlightRanges } from './highlight';
import { parseQuery } from './query';
import type { ClipperDB, StoredRecord } from './schema';
import { sortFieldsOf } from './sort-keys';

export type SearchSort = 'title' | 'partner' | 'captured';

export interface SearchOptions {
  kind?: string;
  tag?: string;
  /** Default 'captured' (newest first). */
  sort?: SearchSort;
}

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
  /** Every matching id, in sort order (cheap: keys only), for loading further pages. */
  ids: string[];
  /** Only the records of ids[offset .. offset + limit]. */
  records: PartnershipRecord[];
  highlight: Highlighter;
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The one definition of each order, equal to the index order that
 * `orderedIds` reads: the sort key (code-unit order, as IndexedDB compares
 * strings), ties broken by id; 'captured' is newest first, ties by id descending.
 */
function sortInMemory(records: PartnershipRecord[], sort: SearchSort): PartnershipRecord[] {
  if (sort === 'captured') return records.sort((a, b) => byString(b.capturedAt, a.capturedAt) || byString(b.id, a.id));
  const field = sort === 'title' ? 'sortTitle' : 'sortPartner';
  return records
    .map((record) => ({ record, key: sortFieldsOf(record)[field] }))
    .sort((a, b) => byString(a.key, b.key) || byString(a.record.id, b.record.id))
    .map((x) => x.record);
}

function intersect(sets: Array<Set<string>>): Set<string> {
  const [first, ...rest] = [...sets].sort((a, b) => a.size - b.size);
  if (!first) return new Set();
  return new Set([...first].filter((id) => rest.every((s) => s.has(id))));
}

/** Ids matching every typed word (as a prefix of any folded form). */
async function textMatches(db: ClipperDB, groups: string[][]): Promise<Set<string>> {
  // One key range per folded form (prefix), OR within a word, AND across words.
  // Plain ranges (getAllKeys) rather than startsWithAnyOf, whose cursor skipping is far slower.
  const idSets = await Promise.all(
    groups.map(async (variants) => {
      const perVariant = await Promise.all(variants.map((v) => db.records.where('searchTerms').startsWith(v).primaryKeys()));
      return new Set(perVariant.flat());
    }),
  );
  return intersect(idSets);
}

async function candidates(db: ClipperDB, query: string, opts: SearchOptions): Promise<StoredRecord[]> {
  const groups = parseQuery(query);
  if (groups.length === 0) {
    if (opts.tag !== undefined) return db.records.where('tags').equals(opts.tag).toArray();
    if (opts.kind !== undefined) return db.records.where('kind').equals(opts.kind).toArray();
    return db.records.toArray();
  }
  const matches = await textMatches(db, groups);
  return (await db.records.bulkGet([...matches])).filter((r) => r !== undefined);
}

/** Every matching record, sorted. Reads them all: for lists that need everything at once. */
export function searchRecords(db: ClipperDB, query: string, opts: SearchOptions = {}): Promise<SearchResult> {
  return withStorageErrors(async () => {
    const rows = await db.transaction('r', db.records, () => candidates(db, query, opts));
    const matching = rows
      .filter((r) => opts.kind === undefined || r.kind === opts.kind)
      .filter((r) => opts.tag === undefined || r.tags.includes(opts.tag))
      .map(stripInternal);
    const records = sortInMemory(matching, opts.sort ?? 'captured');
    return { records, highlight: (text: string) => highlightRanges(text, query) };
  });
}

/** All ids in list order, from the sort's index (keys only). */
async function orderedIds(db: ClipperDB, sort: SearchSort): Promise<string[]> {
  switch (sort) {
    case 'title':
      return db.records.orderBy('sortTitle').primaryKeys();
    case 'partner':
      return db.records.orderBy('sortPartner').primaryKeys();
    case 'captured':
      // Ascending then reversed in memory: a reverse read would walk a cursor instead of one getAllKeys.
      return (await db.records.orderBy('capturedAt').primaryKeys()).reverse();
  }
}

/** Ids passing the text query and the filters, or null when nothing filters. Keys only. */
async function matchingIds(db: ClipperDB, query: string, opts: SearchOptions): Promise<Set<string> | null> {
  const groups = parseQuery(query);
  const sets = await Promise.all([
    groups.length === 0 ? null : textMatches(db, groups),
    opts.kind === undefined ? null : db.records.where('kind').equals(opts.kind).primaryKeys().then((ids) => new Set(ids)),
    opts.tag === undefined ? null : db.records.where('tags').equals(opts.tag).primaryKeys().then((ids) => new Set(ids)),
  ]);
  const present = sets.filter((s): s is Set<string> => s !== null);
  return present.length === 0 ? null : intersect(present);
}

/** Public records for ids, in the given order; ids deleted meanwhile are skipped. */
export function recordsByIds(db: ClipperDB, ids: readonly string[]): Promise<PartnershipRecord[]> {
  return withStorageErrors(async () =>
    (await db.records.bulkGet([...ids])).filter((r): r is StoredRecord => r !== undefined).map(stripInternal),
  );
}

/**
 * One page of the search: same matches and order as `searchRecords`, but it
 * works on keys (sort index order ∩ matching ids) and reads only the page's
 * records, so its cost hardly grows with the collection.
 */
export function searchPage(db: ClipperDB, query: string, opts: SearchOptions, page: PageRequest): Promise<SearchPage> {
  return withStorageErrors(() =>
    db.transaction('r', db.records, async () => {
      const [order, matches] = await Promise.all([orderedIds(db, opts.sort ?? 'captured'), matchingIds(db, query, opts)]);
      const ids = matches === null ? order : order.filter((id) => matches.has(id));
      const offset = Math.max(0, page.offset ?? 0);
      const slice = ids.slice(offset, offset + Math.max(0, page.limit));
      const rows = slice.length === 0 ? [] : await db.records.bulkGet(slice);
      return {
        total: ids.length,
        ids,
        records: rows.filter((r): r is StoredRecord => r !== undefined).map(stripInternal),
        highlight: (text: string) => highlightRanges(text, query),
      };
    }),
  );
}
