/**
 * The popup list's paging, as a plain state machine its view subscribes to
 * (entrypoints/popup/App.svelte only renders what it reports): one page of a
 * search, and "Show more". Every rerun takes a new run token, so an older
 * run's page, or a "Show more" begun before it, is dropped. A new query starts
 * again at one page; a rerun of the same query (the index changed) keeps the
 * pages shown so far. Before the search index is read, the default view comes
 * from the collection's summary head.
 */

import type { PartnershipRecord } from '../record/types';
import type { Highlighter, RecordReader } from '../search/page';
import type { SearchIndex } from '../search/shard-index';
import type { CollectionSummary } from '../search/summary';
import { EMPTY_QUERY, PAGE_SIZE, pageFor, type CollectionQuery, type KeptIds } from './collection-view';

/** What the popup knows before it reads the search index: the summary row and the first page, newest first. */
export interface CollectionHead {
  summary: CollectionSummary;
  firstPage: PartnershipRecord[];
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
  async search(index: SearchIndex, query: CollectionQuery, read: RecordReader, keep: KeptIds | null = null): Promise<void> {
    // The same key as showHead's for a plain query, so "Show more" before the index keeps its larger limit.
    const key = keep ? `${JSON.stringify(query)}\u0000${keep.key}` : JSON.stringify(query);
    if (key !== this.lastQuery) this.limit = PAGE_SIZE;
    this.lastQuery = key;
    const run = ++this.run;
    try {
      const value = await pageFor(index, query, this.limit, read, keep);
      if (run !== this.run) return;
      this.page = { records: value.records, ids: value.ids, highlight: value.highlight, ofSize: index.size };
      this.onPage(this.page);
    } catch (error) {
      if (run === this.run) this.onError(error);
    }
  }

  /** Before the index: the default view (no text, no filter, newest first) from the head. */
  showHead(head: CollectionHead): void {
    this.lastQuery = JSON.stringify(EMPTY_QUERY);
    ++this.run;
    this.page = { records: head.firstPage, ids: head.firstPage.map((r) => r.id), highlight: () => [], ofSize: head.summary.total };
    this.onPage(this.page);
  }

  /** "Show more" before the index is read: the ids after the first page are in the index, so its first search shows one page more. */
  growBeforeIndex(): void {
    this.limit += PAGE_SIZE;
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
