/**
 * Search, filter and sort state of a collection list, and the live query it
 * drives. Shared by the popup and the full-tab collection page.
 */
import { liveQuery, type Observable } from 'dexie';
import type { ClipperDB } from '../db/schema';
import { searchRecords, type SearchResult, type SearchSort } from '../db/search';
import { answeredCount } from '../compare/align';
import type { PartnershipRecord } from '../record/types';

export interface CollectionQuery {
  text: string;
  kind: string;
  tag: string;
  sort: SearchSort;
}

export const EMPTY_QUERY: CollectionQuery = { text: '', kind: '', tag: '', sort: 'captured' };

export function liveSearch(db: ClipperDB, query: CollectionQuery): Observable<SearchResult> {
  return liveQuery(() =>
    searchRecords(db, query.text, {
      kind: query.kind || undefined,
      tag: query.tag || undefined,
      sort: query.sort,
    }),
  );
}

/** Distinct partnership kinds in the collection, for the filter menu. */
export function kindsOf(records: readonly PartnershipRecord[]): string[] {
  return [...new Set(records.map((r) => r.kind).filter((k): k is string => !!k))].sort((a, b) => a.localeCompare(b, 'de'));
}

export function partnersLine(record: PartnershipRecord): string {
  return record.partners.length > 0 ? record.partners.join(' – ') : record.title;
}

export function summaryLine(record: PartnershipRecord, qaPageLabel: string): string {
  return `${record.kind ?? qaPageLabel} · ${answeredCount(record)}/12`;
}

/** The distinct partnership kinds stored, live, for the kind filter. */
export function liveKinds(db: ClipperDB): Observable<string[]> {
  return liveQuery(async () => (await db.records.orderBy('kind').uniqueKeys()).map(String));
}
