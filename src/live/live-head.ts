/**
 * The list's default view, live, without the search index: the summary row
 * (count, filter menus) and the first page, newest capture first. After each
 * write it re-reads the summary row and the first page's keys, and only the
 * records the cache does not hold, so a clip costs the same at 50,000 records
 * as at 100. The popup switches to the live index (live-search-index.ts) once
 * a search, a filter, another order or "Show more" needs it.
 */
import { SHARDS_TABLE } from '../db/names';
import type { ClipperDB } from '../db/schema';
import { onTableChanged } from '../db/table-changes';
import type { PartnershipRecord } from '../record/types';
import { allStats, isSummaryRow, summarise, SUMMARY_KEY, type CollectionSummary } from '../search/summary';
import type { RecordCache } from './record-cache';

export interface Head {
  summary: CollectionSummary;
  firstPage: PartnershipRecord[];
}

export interface HeadObserver {
  /** null: the collection has no summary row yet, so the index must be read. */
  next: (head: Head | null) => void;
  error?: (error: unknown) => void;
}

export function liveHead(db: ClipperDB, cache: RecordCache, pageSize: number) {
  return {
    subscribe(observer: HeadObserver): { unsubscribe: () => void } {
      let closed = false;
      let running = false;
      let again = false;
      // One read at a time; a change during it is read by one more round.
      const refresh = async () => {
        if (running) {
          again = true;
          return;
        }
        running = true;
        try {
          do {
            again = false;
            const [row, ids] = await db.transaction('r', db.searchShards, db.records, () =>
              Promise.all([db.searchShards.get(SUMMARY_KEY), db.records.orderBy('capturedAt').reverse().limit(pageSize).primaryKeys()]),
            );
            if (closed) return;
            if (!isSummaryRow(row)) {
              observer.next(null);
              continue;
            }
            const firstPage = await cache.get(ids);
            if (!closed) observer.next({ summary: summarise(allStats(row)), firstPage });
          } while (again && !closed);
        } catch (error) {
          if (!closed) observer.error?.(error);
        } finally {
          running = false;
        }
      };
      // The summary row changes with every write to the records (same transaction).
      const stopListening = onTableChanged(db, SHARDS_TABLE, () => void refresh());
      void refresh();
      return {
        unsubscribe: () => {
          closed = true;
          stopListening();
        },
      };
    },
  };
}
