/**
 * How the popup (and the side panel, which mounts the same view) loads the
 * collection, as a plain state machine its view subscribes to:
 *
 * 1. a plain IndexedDB read (src/db/quick-read.ts) gives the first render
 *    without waiting for Dexie: the summary row and the rows that fill the
 *    list's viewport (the rest of the first page is read right after that
 *    render is painted), or the whole index when there is no summary row yet,
 *    or "no collection yet";
 * 2. then Dexie arrives (imported late, so the first-load bundle stays free of
 *    it: tests/e2e/popup-bundle.test.ts): records are read through the cache,
 *    the head follows writes live, and the page gets the database for writes;
 * 3. the search index, live, is read only once something wants it (a search,
 *    a filter, another order, "Show more", the lens), or at once when the plain
 *    read already had to read it.
 *
 * A stopped run (the view went away) ignores whatever arrives after it.
 */

import type { ClipperDB } from '../db/schema';
import type { QuickRead, QuickReader } from '../db/quick-read';
import { describeStorageError } from '../db/errors';
import type { RecordReader } from '../search/page';
import { SearchIndex } from '../search/shard-index';
import type { CollectionHead } from './popup-collection';

/** What the loader needs of src/live/live-collection.ts (a type only: the module itself is imported late). */
export type LiveParts = Pick<typeof import('../live/live-collection'), 'openClipperDB' | 'RecordCache' | 'liveHead' | 'liveSearchIndex'>;

export interface LoadingSources<L extends LiveParts> {
  /**
   * The plain read (bounded in time: null when it is slow or unavailable, then Dexie does it all), of as
   * many records as fill the list's viewport: reading and drawing the rest of the page can wait a frame.
   */
  quickRead(): Promise<QuickRead>;
  /** Dexie and what needs it: a dynamic import, after the first render. */
  importLive(): Promise<L>;
  pageSize: number;
  /** Resolves once the first render has been painted. */
  afterPaint(): Promise<void>;
}

export interface LoadingEvents<L extends LiveParts> {
  index(index: SearchIndex): void;
  head(head: CollectionHead): void;
  /** Dexie is there: writes, live queries and the lens can start. */
  ready(db: ClipperDB, live: L): void;
  /** `settled`: loading stopped on it (the list shows the error instead of waiting). */
  error(message: string, settled: boolean): void;
}

export class CollectionLoading<L extends LiveParts> {
  /** How the list reads records: plainly at first, then through Dexie and the cache. */
  read: RecordReader = async () => [];
  private wanted = false;
  private hasIndex = false;
  private startIndex: (() => void) | null = null;

  constructor(
    private readonly sources: LoadingSources<L>,
    private readonly events: LoadingEvents<L>,
  ) {}

  /** Starts loading; returns the function that stops it (and closes what it opened). */
  start(): () => void {
    let stopped = false;
    // Dexie's live head has spoken: a plain read of the rest of the first page would be older.
    let liveHeadSeen = false;
    let quick: QuickReader | null = null;
    const cleanups: Array<() => void> = [];
    const { sources, events } = this;
    const index = (value: SearchIndex) => {
      this.hasIndex = true;
      events.index(value);
    };
    const failed = (error: unknown) => events.error(describeStorageError(error), true);
    void (async () => {
      // 1. The list from a plain IndexedDB read, without waiting for Dexie.
      const first = await sources.quickRead();
      if (stopped) return first && first !== 'absent' ? first.close() : undefined;
      if (first === 'absent') index(new SearchIndex([]));
      else if (first) {
        quick = first;
        this.read = first.records;
        if ('index' in first.first) index(first.first.index);
        else {
          const { summary, firstPage } = first.first;
          events.head(first.first);
          // The rest of the first page, once the rows in view are painted (unless Dexie's head came first).
          if (firstPage.length < Math.min(summary.total, sources.pageSize)) {
            const reader = first;
            void sources
              .afterPaint()
              .then(() => (stopped || liveHeadSeen ? null : reader.page(sources.pageSize)))
              .then((page) => page && !stopped && !liveHeadSeen && events.head({ summary, firstPage: page }))
              // Closed meanwhile (Dexie took over, or another page upgrades): the live head shows the page.
              .catch(() => undefined);
          }
        }
      }
      // 2. Dexie: the live head or the live index (each re-reads only what a change touched), the cache, the writes.
      const live = await sources.importLive();
      if (stopped) return;
      const db = live.openClipperDB();
      const cache = new live.RecordCache(db);
      this.read = (ids) => cache.get(ids);
      quick?.close();
      quick = null;
      cleanups.push(() => cache.close());
      // Another tab upgraded the database (or ours is blocked): say so instead of failing later.
      cleanups.push(db.onStorageProblem((problem) => events.error(problem.message, false)));
      const headSub = live.liveHead(db, cache, sources.pageSize).subscribe({
        next: (value) => {
          liveHeadSeen = true;
          if (value) events.head(value);
          else this.wantIndex(); // no summary row yet: the index has the count and the menus
        },
        error: failed,
      });
      cleanups.push(() => headSub.unsubscribe());
      this.startIndex = () => {
        this.startIndex = null;
        headSub.unsubscribe();
        const sub = live.liveSearchIndex(db).subscribe({ next: index, error: failed });
        cleanups.push(() => sub.unsubscribe());
      };
      events.ready(db, live);
      // 3. The live index, if something asked for it meanwhile (or the plain read already had to read it).
      if (this.wanted || this.hasIndex) this.startIndex?.();
    })().catch(failed);
    return () => {
      stopped = true;
      this.startIndex = null;
      quick?.close();
      for (const cleanup of cleanups) cleanup();
    };
  }

  /** Something needs the search index: read it (now, or as soon as Dexie is there). */
  wantIndex(): void {
    this.wanted = true;
    this.startIndex?.();
  }
}
