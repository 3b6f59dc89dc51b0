import { describe, expect, it, vi } from 'vitest';
import type { QuickReader } from '../../../src/db/quick-read';
import type { PartnershipRecord } from '../../../src/record/types';
import { buildShards, docOf, SearchIndex } from '../../../src/search/shard-index';
import { EMPTY_QUERY, PAGE_SIZE } from '../../../src/ui/collection-view';
import { openCollection, PagedList, type LiveModule, type ShownPage } from '../../../src/ui/popup-collection';
import { makeRecord } from '../helpers/records';

const records = Array.from({ length: PAGE_SIZE * 2 + 5 }, (_, i) =>
  makeRecord({ title: `Stadt ${i} – Misto ${i}`, partners: [`Stadt ${i}`, `Misto ${i}`], capturedAt: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString() }),
);
const byId = new Map(records.map((r) => [r.id, r]));
const indexOf = (list: PartnershipRecord[]) => new SearchIndex(buildShards(list.map(docOf)));
const INDEX = indexOf(records);
const reader = (from = byId) => vi.fn(async (ids: readonly string[]) => ids.flatMap((id) => from.get(id) ?? []));

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

function list() {
  const pages: ShownPage[] = [];
  const errors: unknown[] = [];
  return { pages, errors, paged: new PagedList((p) => pages.push(p), (e) => errors.push(e)) };
}

describe('PagedList', () => {
  it('shows one page, and "Show more" reads only the next page by id', async () => {
    const { pages, paged } = list();
    const read = reader();
    await paged.search(INDEX, EMPTY_QUERY, read);
    expect(pages.at(-1)!.records).toHaveLength(PAGE_SIZE);
    expect(pages.at(-1)!.ids).toHaveLength(records.length);
    expect(pages.at(-1)!.ofSize).toBe(records.length);
    await paged.showMore(read);
    expect(read).toHaveBeenLastCalledWith(pages.at(-1)!.ids.slice(PAGE_SIZE, PAGE_SIZE * 2));
    expect(pages.at(-1)!.records).toHaveLength(PAGE_SIZE * 2);
    await paged.showMore(read);
    expect(pages.at(-1)!.records).toHaveLength(records.length);
  });

  it('keeps the pages shown when the same query reruns on a newer index, and starts again at one page for a new query', async () => {
    const { pages, paged } = list();
    const read = reader();
    await paged.search(INDEX, EMPTY_QUERY, read);
    await paged.showMore(read);
    await paged.search(indexOf(records.slice(1)), EMPTY_QUERY, read);
    expect(pages.at(-1)!.records).toHaveLength(PAGE_SIZE * 2);
    expect(pages.at(-1)!.ofSize).toBe(records.length - 1);
    await paged.search(INDEX, { ...EMPTY_QUERY, sort: 'title' }, read);
    expect(pages.at(-1)!.records).toHaveLength(PAGE_SIZE);
  });

  it('drops the page of a run that a newer run overtook', async () => {
    const { pages, paged } = list();
    const slow = deferred<PartnershipRecord[]>();
    const first = paged.search(INDEX, { ...EMPTY_QUERY, text: 'Stadt' }, () => slow.promise);
    await paged.search(INDEX, { ...EMPTY_QUERY, text: 'Misto 7' }, reader());
    slow.resolve([records[0]!]);
    await first;
    expect(pages).toHaveLength(1);
    expect(pages[0]!.records.length).toBeGreaterThan(0);
    expect(pages[0]!.records.every((r) => r.title.includes('Misto 7'))).toBe(true);
  });

  it('drops a "Show more" begun before a rerun, and the rerun keeps the limit it had', async () => {
    const { pages, paged } = list();
    await paged.search(INDEX, EMPTY_QUERY, reader());
    const slow = deferred<PartnershipRecord[]>();
    const more = paged.showMore(() => slow.promise);
    await paged.search(INDEX, EMPTY_QUERY, reader());
    slow.resolve(records.slice(0, PAGE_SIZE));
    await more;
    expect(pages.map((p) => p.records.length)).toEqual([PAGE_SIZE, PAGE_SIZE]);
  });

  it('goes on after the ids already read when a record vanished between the index and the page', async () => {
    const { pages, paged } = list();
    const gone = new Map(byId);
    const firstId = INDEX.match('', { sort: 'captured' })[0]!;
    gone.delete(firstId);
    const read = reader(gone);
    await paged.search(INDEX, EMPTY_QUERY, read);
    expect(pages.at(-1)!.records).toHaveLength(PAGE_SIZE - 1);
    await paged.showMore(read);
    expect(read).toHaveBeenLastCalledWith(pages.at(-1)!.ids.slice(PAGE_SIZE, PAGE_SIZE * 2));
    expect(pages.at(-1)!.records).toHaveLength(PAGE_SIZE * 2 - 1);
  });

  it('reports a failed read of the current run only', async () => {
    const { errors, paged } = list();
    const slow = deferred<PartnershipRecord[]>();
    const stale = paged.search(INDEX, EMPTY_QUERY, () => slow.promise.then(() => Promise.reject(new Error('stale'))));
    await paged.search(INDEX, { ...EMPTY_QUERY, text: 'x' }, () => Promise.reject(new Error('current')));
    slow.resolve([]);
    await stale;
    expect(errors.map((e) => (e as Error).message)).toEqual(['current']);
  });
});

/** A stand-in for src/live/live-collection.ts: a database, a cache and a live index the test drives. */
function fakeLive() {
  const subscribers: Array<{ next: (i: SearchIndex) => void; error: (e: unknown) => void }> = [];
  const closed = { cache: false, sub: false };
  const db = { onStorageProblem: vi.fn(() => () => {}) };
  const module = {
    openClipperDB: () => db,
    RecordCache: class {
      get(ids: readonly string[]) {
        return Promise.resolve(ids.flatMap((id) => byId.get(id) ?? []));
      }
      close() {
        closed.cache = true;
      }
    },
    liveSearchIndex: () => ({
      subscribe(observer: (typeof subscribers)[number]) {
        subscribers.push(observer);
        return { unsubscribe: () => (closed.sub = true) };
      },
    }),
  } as unknown as LiveModule;
  return { module, db, subscribers, closed };
}

function quickReader(index: SearchIndex) {
  const close = vi.fn<() => void>();
  const quick: QuickReader = { index, records: reader(), close };
  return Object.assign(quick, { close });
}

function events() {
  const log: string[] = [];
  return {
    log,
    on: {
      index: (index: SearchIndex) => log.push(`index ${index.size}`),
      database: () => log.push('database'),
      failed: (error: unknown) => log.push(`failed ${(error as Error).message}`),
      storageProblem: (message: string) => log.push(`problem ${message}`),
    },
  };
}

describe('openCollection', () => {
  it('shows the plain read first, then follows the live index and closes the plain reader', async () => {
    const live = fakeLive();
    const quick = quickReader(indexOf(records.slice(0, 3)));
    const { log, on } = events();
    openCollection({ quickRead: async () => quick, loadLive: async () => live.module }, on);
    await vi.waitFor(() => expect(log).toContain('database'));
    expect(log).toEqual(['index 3', 'database']);
    live.subscribers[0]!.next(indexOf(records.slice(0, 4)));
    expect(log.at(-1)).toBe('index 4');
    expect(quick.close).toHaveBeenCalledOnce();
  });

  it('starts from an empty index when there is no collection yet', async () => {
    const { log, on } = events();
    openCollection({ quickRead: async () => 'absent', loadLive: async () => fakeLive().module }, on);
    await vi.waitFor(() => expect(log).toEqual(['index 0', 'database']));
  });

  it('reports nothing after stop, and closes what it opened', async () => {
    const quick = quickReader(INDEX);
    const pending = deferred<QuickReader>();
    const { log, on } = events();
    const stop = openCollection({ quickRead: () => pending.promise, loadLive: async () => fakeLive().module }, on);
    stop();
    pending.resolve(quick);
    await vi.waitFor(() => expect(quick.close).toHaveBeenCalled());
    expect(log).toEqual([]);

    const live = fakeLive();
    const stopLater = openCollection({ quickRead: async () => null, loadLive: async () => live.module }, events().on);
    await vi.waitFor(() => expect(live.subscribers).toHaveLength(1));
    stopLater();
    expect(live.closed).toEqual({ cache: true, sub: true });
  });

  it('reports a failed load and a storage problem of another tab', async () => {
    const { log, on } = events();
    openCollection({ quickRead: async () => null, loadLive: () => Promise.reject(new Error('no Dexie')) }, on);
    await vi.waitFor(() => expect(log).toEqual(['failed no Dexie']));

    const live = fakeLive();
    const second = events();
    openCollection({ quickRead: async () => null, loadLive: async () => live.module }, second.on);
    await vi.waitFor(() => expect(live.db.onStorageProblem).toHaveBeenCalled());
    (live.db.onStorageProblem.mock.calls[0] as unknown as [(p: { message: string }) => void])[0]({ message: 'upgraded elsewhere' });
    live.subscribers[0]!.error(new Error('read failed'));
    expect(second.log).toEqual(['database', 'problem upgraded elsewhere', 'failed read failed']);
  });
});
