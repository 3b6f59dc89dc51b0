/**
 * Search, filter and sort state of a collection list, and the live search
 * index it runs on. Shared by the popup and the full-tab pages.
 */
import Dexie, { RangeSet, rangesOverlap, type ObservabilitySet } from 'dexie';
import type { ClipperDB } from '../db/schema';
import { pageOf, type SearchOptions, type SearchPage, type SearchSort } from '../db/search';
import { SHARD_COUNT, SearchIndex, type SearchShard } from '../db/search-index';
import { SHARDS_TABLE } from '../db/search-sync';
import type { RecordCache } from './record-cache';

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

export interface IndexObserver {
  next: (index: SearchIndex) => void;
  error?: (error: unknown) => void;
}

/**
 * The search index, live: all shards in one read, then, after each change to
 * the records (in any extension page or the background), a read of only the
 * shards that changed. A clip changes one of SHARD_COUNT shards, so the list
 * follows it without reading the whole index again. Keystrokes search the
 * index in memory; only the records of the page shown are read (pageFor).
 */
export function liveSearchIndex(db: ClipperDB) {
  return {
    subscribe(observer: IndexObserver): { unsubscribe: () => void } {
      const part = `idb://${db.name}/${SHARDS_TABLE}/`;
      const shardKeys = Array.from({ length: SHARD_COUNT }, (_, n) => ({ n, range: new RangeSet(n) }));
      let rows: SearchShard[] | null = null;
      let closed = false;
      let running = false;
      const stale = new Set<number>();

      // One read at a time; shards that change meanwhile are read by the next round.
      const refresh = async () => {
        if (running) return;
        running = true;
        try {
          if (rows === null) {
            stale.clear();
            rows = await db.searchShards.toArray();
            if (!closed) observer.next(new SearchIndex(rows));
          }
          while (stale.size > 0 && !closed) {
            const changed = [...stale];
            stale.clear();
            const fresh = await db.searchShards.bulkGet(changed);
            const current: SearchShard[] = rows;
            const byShard = new Map<number, SearchShard>(current.map((row) => [row.shard, row]));
            changed.forEach((n, i) => (fresh[i] ? byShard.set(n, fresh[i]) : byShard.delete(n)));
            rows = [...byShard.values()];
            if (!closed) observer.next(new SearchIndex(rows));
          }
        } catch (error) {
          if (!closed) observer.error?.(error);
        } finally {
          running = false;
        }
      };

      const onMutated = (parts: ObservabilitySet) => {
        const changed = parts[part];
        if (!changed) return;
        for (const { n, range } of shardKeys) if (rangesOverlap(changed, range)) stale.add(n);
        void refresh();
      };
      // Listening before the first read: a change during it is read right after.
      Dexie.on.storagemutated.subscribe(onMutated);
      void refresh();
      return {
        unsubscribe: () => {
          closed = true;
          Dexie.on.storagemutated.unsubscribe(onMutated);
        },
      };
    },
  };
}

/** The first `limit` matching records of a query, plus every matching id in order. */
export function pageFor(db: ClipperDB, index: SearchIndex, query: CollectionQuery, limit: number = PAGE_SIZE, cache?: RecordCache): Promise<SearchPage> {
  return pageOf(db, index, query.text, searchOptions(query), { limit }, cache && ((ids) => cache.get(ids)));
}
