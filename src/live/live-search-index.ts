/** The search index, live (see liveSearchIndex). */
import { SHARDS_TABLE } from '../db/names';
import type { ClipperDB } from '../db/schema';
import { SearchIndex, type SearchShard } from '../search/shard-index';
import { changedKeys, onTableChanged } from '../db/table-changes';
import { isShardRow, SUMMARY_KEY } from '../search/summary';

export interface IndexObserver {
  next: (index: SearchIndex) => void;
  error?: (error: unknown) => void;
}

/**
 * The search index, live: all shards in one read, then, after each change to
 * the records (in any extension page or the background), a read of only the
 * shards that changed. A clip changes one of the shards, so the list
 * follows it without reading the whole index again. Keystrokes search the
 * index in memory; only the records of the page shown are read (pageFor).
 */
export function liveSearchIndex(db: ClipperDB) {
  return {
    subscribe(observer: IndexObserver): { unsubscribe: () => void } {
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
              rows = (await db.searchShards.toArray()).filter(isShardRow);
            } else {
              const changed = [...stale];
              stale.clear();
              const fresh = await db.searchShards.bulkGet(changed);
              const byShard = new Map<number, SearchShard>(rows.map((row) => [row.shard, row]));
              changed.forEach((n, i) => {
                const row = fresh[i];
                if (row && isShardRow(row)) byShard.set(n, row);
                else byShard.delete(n);
              });
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

      // Listening before the first read: a change during it is read right after.
      const stopListening = onTableChanged(db, SHARDS_TABLE, (keys) => {
        // A reshard writes every shard row (and may delete some): all of them are stale then, whatever the count.
        const written = changedKeys(keys);
        if (written === 'all') reloadAll = true;
        else for (const key of written) if (typeof key === 'number' && key !== SUMMARY_KEY) stale.add(key); // the hashed shards and the recent row
        void refresh();
      });
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
