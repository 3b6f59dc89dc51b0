/**
 * Search, filter and sort state of a collection list, and the live query it
 * drives. Shared by the popup and the full-tab collection page.
 */
import { liveQuery, type Observable } from 'dexie';
import type { ClipperDB } from '../db/schema';
import { searchPage, searchRecords, type SearchPage, type SearchResult, type SearchSort } from '../db/search';

export interface CollectionQuery {
  text: string;
  kind: string;
  tag: string;
  sort: SearchSort;
}

export const EMPTY_QUERY: CollectionQuery = { text: '', kind: '', tag: '', sort: 'captured' };

/** Records per page of a paged list (the popup's first page, and each "Show more"). */
export const PAGE_SIZE = 100;

/** Every matching record, live. Reads them all: for lists that show everything (the full-tab picker). */
export function liveSearch(db: ClipperDB, query: CollectionQuery): Observable<SearchResult> {
  return liveQuery(() =>
    searchRecords(db, query.text, {
      kind: query.kind || undefined,
      tag: query.tag || undefined,
      sort: query.sort,
    }),
  );
}

export interface PageObserver {
  next: (page: SearchPage) => void;
  error?: (error: unknown) => void;
}

/**
 * The first `limit()` matching records, live, plus every matching id in order
 * (keys only), so further pages can be read by id. `limit` is read on every
 * rerun, so pages loaded with "Show more" stay loaded when the collection changes.
 *
 * Not a plain liveQuery around searchPage: inside one, Dexie records every
 * primary key an index read returns (10,000+ here) to detect deletions, which
 * costs more than the search. One count() subscribes to any change of the
 * table instead, and the search runs outside the live query.
 */
export function liveSearchPage(db: ClipperDB, query: CollectionQuery, limit: () => number = () => PAGE_SIZE) {
  const opts = { kind: query.kind || undefined, tag: query.tag || undefined, sort: query.sort };
  return {
    subscribe(observer: PageObserver): { unsubscribe: () => void } {
      let closed = false;
      let running = false;
      let again = false;
      // One search at a time; changes during a search cause one more run, so the last result is current.
      const run = async () => {
        if (running) {
          again = true;
          return;
        }
        running = true;
        try {
          do {
            again = false;
            const page = await searchPage(db, query.text, opts, { limit: limit() });
            if (!closed && !again) observer.next(page);
          } while (again && !closed);
        } catch (error) {
          if (!closed) observer.error?.(error);
        } finally {
          running = false;
        }
      };
      const changes = liveQuery(() => db.records.count()).subscribe({
        next: () => void run(),
        error: (error: unknown) => !closed && observer.error?.(error),
      });
      return {
        unsubscribe: () => {
          closed = true;
          changes.unsubscribe();
        },
      };
    },
  };
}

/** The distinct partnership kinds stored, live, for the kind filter. */
export function liveKinds(db: ClipperDB): Observable<string[]> {
  return liveQuery(async () => (await db.records.orderBy('kind').uniqueKeys()).map(String));
}
