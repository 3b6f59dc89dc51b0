/** Full-text search over the multi-entry `searchTerms` index, with kind/tag filters and sorting. */

import type { PartnershipRecord } from '../record/types';
import { stripInternal } from './content';
import { withStorageErrors } from './errors';
import { highlightRanges } from './highlight';
import { parseQuery } from './query';
import type { ClipperDB, StoredRecord } from './schema';

export type SearchSort = 'title' | 'partner' | 'captured';

export interface SearchOptions {
  kind?: string;
  tag?: string;
  /** Default 'captured' (newest first). */
  sort?: SearchSort;
}

export interface SearchResult {
  records: PartnershipRecord[];
  /** Match ranges of the query in any text of a result, for safe highlighting in the UI. */
  highlight: (text: string) => Array<[number, number]>;
}

const collator = new Intl.Collator('de', { sensitivity: 'base', numeric: true });

const comparators: Record<SearchSort, (a: PartnershipRecord, b: PartnershipRecord) => number> = {
  title: (a, b) => collator.compare(a.title, b.title),
  partner: (a, b) => collator.compare(a.partners.join(' '), b.partners.join(' ')) || collator.compare(a.title, b.title),
  captured: (a, b) => (a.capturedAt < b.capturedAt ? 1 : a.capturedAt > b.capturedAt ? -1 : 0),
};

function intersect(sets: Array<Set<string>>): Set<string> {
  const [first, ...rest] = [...sets].sort((a, b) => a.size - b.size);
  if (!first) return new Set();
  return new Set([...first].filter((id) => rest.every((s) => s.has(id))));
}

async function candidates(db: ClipperDB, query: string, opts: SearchOptions): Promise<StoredRecord[]> {
  const groups = parseQuery(query);
  if (groups.length === 0) {
    if (opts.tag !== undefined) return db.records.where('tags').equals(opts.tag).toArray();
    if (opts.kind !== undefined) return db.records.where('kind').equals(opts.kind).toArray();
    return db.records.toArray();
  }
  // One key range per folded form (prefix), OR within a word, AND across words.
  // Plain ranges (getAllKeys) rather than startsWithAnyOf, whose cursor skipping is far slower.
  const idSets = await Promise.all(
    groups.map(async (variants) => {
      const perVariant = await Promise.all(variants.map((v) => db.records.where('searchTerms').startsWith(v).primaryKeys()));
      return new Set(perVariant.flat());
    }),
  );
  const ids = [...intersect(idSets)];
  return (await db.records.bulkGet(ids)).filter((r) => r !== undefined);
}

export function searchRecords(db: ClipperDB, query: string, opts: SearchOptions = {}): Promise<SearchResult> {
  return withStorageErrors(async () => {
    const rows = await db.transaction('r', db.records, () => candidates(db, query, opts));
    const records = rows
      .filter((r) => opts.kind === undefined || r.kind === opts.kind)
      .filter((r) => opts.tag === undefined || r.tags.includes(opts.tag))
      .map(stripInternal)
      .sort(comparators[opts.sort ?? 'captured']);
    return { records, highlight: (text: string) => highlightRanges(text, query) };
  });
}
