/**
 * The popup's collection list, as plain state machines its view subscribes to
 * (entrypoints/popup/App.svelte only renders what they report):
 *
 * - `openCollection`: first a plain IndexedDB read (the list shows without
 *   waiting for Dexie), then Dexie for the live index, the record cache and
 *   writes. Nothing arrives after `stop()`.
 * - `PagedList`: one page of a search, and "Show more". Every rerun takes a
 *   new run token, so an older run's page, or a "Show more" begun before it,
 *   is dropped. A new query starts again at one page; a rerun of the same
 *   query (the index changed) keeps the pages shown so far.
 */

import type { ClipperDB } from '../db/schema';
import type { QuickRead } from '../db/quick-read';
import type { PartnershipRecord } from '../record/types';
import type { Highlighter, RecordReader } from '../search/page';
import { SearchIndex } from '../search/shard-index';
import { PAGE_SIZE, pageFor, type CollectionQuery } from './collection-view';

/** What the popup uses of src/live/live-collection.ts, loaded after the first render. */
export type LiveModule = typeof import('../live/live-collection');

export interface CollectionEvents {
  /** A (newer) search index, and how to read its records now. */
  index(index: SearchIndex, read: RecordReader): void;
  /** Dexie is open: writes and live queries can start. */
  database(db: ClipperDB, live: LiveModule): void;
  /** Loading failed: the list cannot show. */
  failed(error: unknown): void;
  /** Another tab upgraded the database (or ours is blocked): the list stays, the message shows. */
  storageProblem(message: string): void;
}

export interface CollectionSources {
  quickRead(): Promise<QuickRead>;
  loadLive(): Promise<LiveModule>;
}

/** Starts loading the collection; returns `stop`, after which no event arrives and everything opened is closed. */
export function openCollection(sources: CollectionSources, on: CollectionEvents): () => void {
  let stopped = false;
  let quick: Exclude<QuickRead, 'absent' | null> | null = null;
  const cleanups: Array<() => void> = [];
  void (async () => {
    // 1. The list from a plain IndexedDB read, without waiting for Dexie.
    const first = await sources.quickRead();
    if (stopped) return first && first !== 'absent' ? first.close() : undefined;
    if (first === 'absent') on.index(new SearchIndex([]), async () => []);
    else if (first) {
      quick = first;
      on.index(first.index, first.records);
    }
    // 2. Dexie: the live index (it re-reads only the shards a change touches), the cache, the writes.
    const live = await sources.loadLive();
    if (stopped) return;
    const db = live.openClipperDB();
    const cache = new live.RecordCache(db);
    cleanups.push(() => cache.close());
    // Another tab upgraded the database (or ours is blocked): say so instead of failing later.
    cleanups.push(db.onStorageProblem((problem) => on.storageProblem(problem.message)));
    const sub = live.liveSearchIndex(db).subscribe({
      next: (index) => {
        on.index(index, (ids) => cache.get(ids));
        quick?.close();
        quick = null;
      },
      error: (error: unknown) => on.failed(error),
    });
    cleanups.push(() => sub.unsubscribe());
    on.database(db, live);
  })().catch((error: unknown) => {
    if (!stopped) on.failed(error);
  });
  return () => {
    stopped = true;
    quick?.close();
    for (const cleanup of cleanups) cleanup();
  };
}

/** The records a list shows: one page, plus the pages added by "Show more". */
export interface ShownPage {
  records: PartnershipRecord[];
  /** Every matching id, in order (keys only). */
  ids: string[];
  highlight: Highlighter;
  /** The collection size the page was read from: the empty messages follow the page, not a newer index. */
  ofSize: number;
}

export class PagedList {
  /** Ids covered so far, not records shown: a record deleted between reading the index and the page leaves a page one short. */
  private limit = PAGE_SIZE;
  private lastQuery = '';
  private run = 0;
  private page: ShownPage | null = null;

  constructor(
    private readonly onPage: (page: ShownPage) => void,
    private readonly onError: (error: unknown) => void,
  ) {}

  /** Reruns the search on `index`; resolves when its page (or its error) was reported, or it was overtaken. */
  async search(index: SearchIndex, query: CollectionQuery, read: RecordReader): Promise<void> {
    const key = JSON.stringify(query);
    if (key !== this.lastQuery) this.limit = PAGE_SIZE;
    this.lastQuery = key;
    const run = ++this.run;
    try {
      const value = await pageFor(index, query, this.limit, read);
      if (run !== this.run) return;
      this.page = { records: value.records, ids: value.ids, highlight: value.highlight, ofSize: index.size };
      this.onPage(this.page);
    } catch (error) {
      if (run === this.run) this.onError(error);
    }
  }

  /** "Show more": reads only the next page, by id. */
  async showMore(read: RecordReader): Promise<void> {
    const run = this.run;
    const from = this.limit;
    const page = this.page;
    if (!page) return;
    try {
      const next = await read(page.ids.slice(from, from + PAGE_SIZE));
      if (run !== this.run) return; // the list changed meanwhile: its rerun is current (and keeps `limit`)
      const shown = new Set(page.records.map((r) => r.id));
      this.page = { ...page, records: [...page.records, ...next.filter((r) => !shown.has(r.id))] };
      this.limit = from + PAGE_SIZE;
      this.onPage(this.page);
    } catch (error) {
      this.onError(error);
    }
  }
}
