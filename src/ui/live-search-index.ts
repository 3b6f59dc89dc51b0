/** The search index, live (see liveSearchIndex). */
import Dexie, { RangeSet, rangesOverlap, type ObservabilitySet } from 'dexie';
import { SHARDS_TABLE } from '../db/names';
import type { ClipperDB } from '../db/schema';
import { SHARD_COUNT, SearchIndex, type SearchShard } from '../db/search-index';

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
      let rows: SearchShard[] = [];
      let reloadAll = true;
      let closed = false;
      let running = false;
      const stale = new Set<number>();

      // One read at a time; what changes meanwhile is read by the next round.
      const refresh = async () => {
        if (running) return;
        running = true;
        try {
          while ((reloadAll || stale.size > 0) && !closed) {
            if (reloadAll) {
              reloadAll = false;
              stale.clear();
              rows = await db.searchShards.toArray();
            } else {
              const changed = [...stale];
              stale.clear();
              const fresh = await db.searchShards.bulkGet(changed);
              const byShard = new Map<number, SearchShard>(rows.map((row) => [row.shard, row]));
              changed.forEach((n, i) => (fresh[i] ? byShard.set(n, fresh[i]) : byShard.delete(n)));
              rows = [...byShard.values()];
            }
            if (!closed) observer.next(new SearchIndex(rows));
          }
        } catch (error) {
          // Read everything again on the next change rather than keep shards known to be stale.
          reloadAll = true;
          if (!closed) observer.error?.(error);
        } finally {
          running = false;
        }
      };

      const onMutated = (parts: ObservabilitySet) => {
        // "all": Dexie cannot say what changed (e.g. the page came back from the back/forward cache).
        if (parts.all) reloadAll = true;
        else {
          const changed = parts[part];
          if (!changed) return;
          for (const { n, range } of shardKeys) if (rangesOverlap(changed, range)) stale.add(n);
        }
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
