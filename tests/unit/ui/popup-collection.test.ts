import { describe, expect, it, vi } from 'vitest';
import type { PartnershipRecord } from '../../../src/record/types';
import { buildShards, docOf, SearchIndex } from '../../../src/search/shard-index';
import { EMPTY_QUERY, PAGE_SIZE } from '../../../src/ui/collection-view';
import { PagedList, type ShownPage } from '../../../src/ui/popup-collection';
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

  it('shows the default view from the summary head before the index, and a "Show more" there widens the first search', async () => {
    const { pages, paged } = list();
    const firstPage = records.slice(0, PAGE_SIZE);
    paged.showHead({ summary: { total: records.length, kinds: [], tagCounts: [] }, firstPage });
    expect(pages.at(-1)).toMatchObject({ records: firstPage, ofSize: records.length });
    expect(pages.at(-1)!.ids).toEqual(firstPage.map((r) => r.id));
    paged.growBeforeIndex();
    await paged.search(INDEX, EMPTY_QUERY, reader());
    expect(pages.at(-1)!.records).toHaveLength(PAGE_SIZE * 2);
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

  it('pages within the kept ids of a topic filter, in the search order, and starts a new first page for it', async () => {
    const { pages, paged } = list();
    const read = reader();
    await paged.search(INDEX, EMPTY_QUERY, read);
    await paged.showMore(read);
    const kept = new Set(records.filter((_, i) => i % 3 === 0).map((r) => r.id));
    await paged.search(INDEX, EMPTY_QUERY, read, { key: 'schools', ids: kept });
    const page = pages.at(-1)!;
    expect(page.ids).toEqual(INDEX.match('', {}).filter((id) => kept.has(id)));
    expect(page.records.map((r) => r.id)).toEqual(page.ids.slice(0, PAGE_SIZE));
  });
});

