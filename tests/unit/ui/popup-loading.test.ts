import { describe, expect, it, vi } from 'vitest';
import type { ClipperDB } from '../../../src/db/schema';
import type { QuickRead, QuickReader } from '../../../src/db/quick-read';
import { buildShards, docOf, SearchIndex } from '../../../src/search/shard-index';
import type { CollectionHead } from '../../../src/ui/popup-collection';
import { CollectionLoading, type LiveParts } from '../../../src/ui/popup-loading';
import { makeRecord } from '../helpers/records';

const records = Array.from({ length: 5 }, (_, i) => makeRecord({ title: `Stadt ${i} – Misto ${i}`, partners: [`Stadt ${i}`, `Misto ${i}`] }));
const INDEX = new SearchIndex(buildShards(records.map(docOf)));
const HEAD: CollectionHead = { summary: { total: records.length, kinds: [], tagCounts: [] }, firstPage: records.slice(0, 2) };
/** The loader's page is 2 records; a plain read of the rows in view reads 1, and the rest after the first paint. */
const VIEWPORT_HEAD: CollectionHead = { ...HEAD, firstPage: records.slice(0, 1) };

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A plain read that found the summary row (or, with `index`, only the whole index). */
function quickReader(first: QuickReader['first'] = HEAD): QuickReader {
  return {
    first,
    page: vi.fn(async (limit: number) => records.slice(0, limit)),
    records: vi.fn(async (ids) => records.filter((r) => ids.includes(r.id))),
    close: vi.fn(),
  };
}

type Observer<T> = { next: (value: T) => void; error?: (error: unknown) => void };

/** Dexie's side, faked: the head and index subscriptions hand their observers to the test. */
function fakeLive() {
  const heads: Array<Observer<CollectionHead | null>> = [];
  const indexes: Array<Observer<SearchIndex>> = [];
  const unsubscribed = { head: 0, index: 0 };
  let problem: ((p: Error) => void) | null = null;
  const db = { onStorageProblem: (cb: (p: Error) => void) => ((problem = cb), () => (problem = null)) } as unknown as ClipperDB;
  const cacheGet = vi.fn(async (ids: readonly string[]) => records.filter((r) => ids.includes(r.id)));
  const cacheClose = vi.fn();
  const live = {
    openClipperDB: () => db,
    RecordCache: class {
      get = cacheGet;
      close = cacheClose;
    },
    liveHead: () => ({
      subscribe: (o: Observer<CollectionHead | null>) => (heads.push(o), { unsubscribe: () => unsubscribed.head++ }),
    }),
    liveSearchIndex: () => ({
      subscribe: (o: Observer<SearchIndex>) => (indexes.push(o), { unsubscribe: () => unsubscribed.index++ }),
    }),
  } as unknown as LiveParts;
  return { live, db, heads, indexes, unsubscribed, cacheGet, cacheClose, problem: (p: Error) => problem?.(p) };
}

function loader(quick: Promise<QuickRead>, live: Promise<LiveParts>, afterPaint: () => Promise<void> = () => Promise.resolve()) {
  const seen = { index: [] as SearchIndex[], head: [] as CollectionHead[], ready: [] as ClipperDB[], errors: [] as Array<[string, boolean]> };
  const loading = new CollectionLoading(
    { quickRead: () => quick, importLive: () => live, pageSize: 2, afterPaint },
    {
      index: (i) => seen.index.push(i),
      head: (h) => seen.head.push(h),
      ready: (db) => seen.ready.push(db),
      error: (message, settled) => seen.errors.push([message, settled]),
    },
  );
  return { loading, seen };
}

describe('CollectionLoading', () => {
  it('shows the first page from the plain read before Dexie arrives, and reads through the cache after', async () => {
    const quick = quickReader();
    const fake = fakeLive();
    const live = deferred<LiveParts>();
    const { loading, seen } = loader(Promise.resolve(quick), live.promise);
    loading.start();
    await settle();
    expect(seen.head).toEqual([HEAD]);
    expect(seen.ready).toEqual([]);
    await loading.read([records[0]!.id]);
    expect(quick.records).toHaveBeenCalledWith([records[0]!.id]);

    live.resolve(fake.live);
    await settle();
    expect(seen.ready).toEqual([fake.db]);
    expect(quick.close).toHaveBeenCalled();
    await loading.read([records[1]!.id]);
    expect(fake.cacheGet).toHaveBeenCalledWith([records[1]!.id]);
    // The live head follows writes; the index is not read until something wants it.
    fake.heads[0]!.next({ ...HEAD, firstPage: records.slice(0, 1) });
    expect(seen.head).toHaveLength(2);
    expect(fake.indexes).toHaveLength(0);
  });

  it('shows the rows in view first and reads the rest of the first page once they are painted', async () => {
    const quick = quickReader(VIEWPORT_HEAD);
    const painted = deferred<void>();
    const { loading, seen } = loader(Promise.resolve(quick), new Promise<LiveParts>(() => {}), () => painted.promise);
    loading.start();
    await settle();
    expect(seen.head).toEqual([VIEWPORT_HEAD]);
    expect(quick.page).not.toHaveBeenCalled();
    painted.resolve();
    await settle();
    expect(quick.page).toHaveBeenCalledWith(2);
    expect(seen.head).toEqual([VIEWPORT_HEAD, HEAD]);
  });

  it('reads no rest of the page when the first read had it all, or when Dexie\'s head came first', async () => {
    const whole = quickReader(HEAD);
    const first = loader(Promise.resolve(whole), new Promise<LiveParts>(() => {}));
    first.loading.start();
    await settle();
    expect(whole.page).not.toHaveBeenCalled();
    expect(first.seen.head).toEqual([HEAD]);

    // Dexie's live head is newer than a plain read started before it: the plain one is dropped.
    const quick = quickReader(VIEWPORT_HEAD);
    const painted = deferred<void>();
    const fake = fakeLive();
    const second = loader(Promise.resolve(quick), Promise.resolve(fake.live), () => painted.promise);
    second.loading.start();
    await settle();
    const newer = { ...HEAD, firstPage: records.slice(3, 5) };
    fake.heads[0]!.next(newer);
    painted.resolve();
    await settle();
    expect(quick.page).not.toHaveBeenCalled();
    expect(second.seen.head).toEqual([VIEWPORT_HEAD, newer]);

    // Stopped before the paint: nothing more is read or shown.
    const later = deferred<void>();
    const third = loader(Promise.resolve(quickReader(VIEWPORT_HEAD)), new Promise<LiveParts>(() => {}), () => later.promise);
    const stop = third.loading.start();
    await settle();
    stop();
    later.resolve();
    await settle();
    expect(third.seen.head).toEqual([VIEWPORT_HEAD]);
  });

  it('reads the live index on the first search, once, and then stops following the head', async () => {
    const fake = fakeLive();
    const { loading, seen } = loader(Promise.resolve(quickReader()), Promise.resolve(fake.live));
    loading.start();
    await settle();
    expect(fake.indexes).toHaveLength(0);
    loading.wantIndex();
    loading.wantIndex();
    expect(fake.indexes).toHaveLength(1);
    expect(fake.unsubscribed.head).toBe(1);
    fake.indexes[0]!.next(INDEX);
    expect(seen.index).toEqual([INDEX]);
  });

  it('remembers a search made before Dexie arrived and reads the index as soon as it does', async () => {
    const fake = fakeLive();
    const live = deferred<LiveParts>();
    const { loading } = loader(Promise.resolve(quickReader()), live.promise);
    loading.start();
    await settle();
    loading.wantIndex();
    expect(fake.indexes).toHaveLength(0);
    live.resolve(fake.live);
    await settle();
    expect(fake.indexes).toHaveLength(1);
  });

  it('goes live on the index at once when the plain read found no summary row, or when the head says there is none', async () => {
    const fromQuick = fakeLive();
    const first = loader(Promise.resolve(quickReader({ index: INDEX })), Promise.resolve(fromQuick.live));
    first.loading.start();
    await settle();
    expect(first.seen.index).toEqual([INDEX]);
    expect(fromQuick.indexes).toHaveLength(1);

    const fromHead = fakeLive();
    const second = loader(Promise.resolve(quickReader()), Promise.resolve(fromHead.live));
    second.loading.start();
    await settle();
    fromHead.heads[0]!.next(null);
    expect(fromHead.indexes).toHaveLength(1);
  });

  it('falls back to Dexie alone when the plain read is unavailable or slow, and shows an empty list when there is no collection', async () => {
    const fake = fakeLive();
    const { loading, seen } = loader(Promise.resolve(null), Promise.resolve(fake.live));
    loading.start();
    await settle();
    expect(seen.head).toEqual([]);
    expect(seen.ready).toEqual([fake.db]);
    fake.heads[0]!.next(HEAD);
    expect(seen.head).toEqual([HEAD]);
    await loading.read([records[2]!.id]);
    expect(fake.cacheGet).toHaveBeenCalledWith([records[2]!.id]);

    const absent = loader(Promise.resolve('absent'), Promise.resolve(fakeLive().live));
    absent.loading.start();
    await settle();
    expect(absent.seen.index.map((i) => i.size)).toEqual([0]);
  });

  it('ignores what arrives after the run stopped, and closes it', async () => {
    const quick = quickReader();
    const pending = deferred<QuickRead>();
    const fake = fakeLive();
    const first = loader(pending.promise, Promise.resolve(fake.live));
    const stop = first.loading.start();
    stop();
    pending.resolve(quick);
    await settle();
    expect(quick.close).toHaveBeenCalled();
    expect(first.seen.head).toEqual([]);
    expect(first.seen.ready).toEqual([]);

    // Stopped while Dexie was loading: no database opened for a view that is gone.
    const live = deferred<LiveParts>();
    const second = loader(Promise.resolve(quickReader()), live.promise);
    const stopSecond = second.loading.start();
    await settle();
    stopSecond();
    live.resolve(fake.live);
    await settle();
    expect(second.seen.ready).toEqual([]);
    second.loading.wantIndex();
    expect(fake.indexes).toHaveLength(0);

    // Stopped after loading: the subscriptions and the cache are released.
    const third = loader(Promise.resolve(quickReader()), Promise.resolve(fake.live));
    const stopThird = third.loading.start();
    await settle();
    third.loading.wantIndex();
    stopThird();
    expect(fake.unsubscribed).toEqual({ head: 2, index: 1 });
    expect(fake.cacheClose).toHaveBeenCalledTimes(1);
  });

  it('reports a failed load as settled, and a storage problem found later without stopping', async () => {
    const failing = loader(Promise.resolve(null), Promise.reject(new Error('kaputt')));
    failing.loading.start();
    await settle();
    expect(failing.seen.errors).toHaveLength(1);
    expect(failing.seen.errors[0]![1]).toBe(true);

    const fake = fakeLive();
    const { loading, seen } = loader(Promise.resolve(quickReader()), Promise.resolve(fake.live));
    loading.start();
    await settle();
    fake.problem(new Error('Die Datenbank wurde in einem anderen Tab aktualisiert.'));
    expect(seen.errors).toEqual([['Die Datenbank wurde in einem anderen Tab aktualisiert.', false]]);
    fake.heads[0]!.error!(new Error('lesen fehlgeschlagen'));
    expect(seen.errors.at(-1)![1]).toBe(true);
  });
});
