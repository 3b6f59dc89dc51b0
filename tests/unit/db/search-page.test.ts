import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { toStored } from '../../../src/record/content';
import type { ClipperDB } from '../../../src/db/schema';
import { recordsByIds, searchPage, searchRecords } from '../../../src/db/search';
import type { SearchOptions, SearchSort } from '../../../src/search/shard-index';
import { sortKeyOf } from '../../../src/search/sort-keys';
import type { PartnershipRecord } from '../../../src/record/types';
import { makeAnswers, makeRecord } from '../helpers/records';
import { freshDb } from './helpers';

const SORTS: SearchSort[] = ['captured', 'title', 'partner'];
const PLACES = ['Duisburg', 'Hürth', 'Huerth', 'Oberhausen', 'Ähren', 'Zülpich', 'Köln', 'Lviv', 'Kryvyi Rih', 'Straße 9', 'Straße 10', 'ahlen', 'Ahlen'];
const WORDS = ['Stadt', 'Schule', 'Städtepartnerschaft', 'Wasser', 'Straßenbahn', 'Jugend', 'Hilfe', 'Förderung', 'Brücke', '5', 'Büro'];
const KINDS = ['Städtepartnerschaft', 'Kommunalpartnerschaft', 'Projektpartnerschaft', null];
const TAGS = ['Metall', 'Schule', 'alt'];

async function store(db: ClipperDB, records: PartnershipRecord[]) {
  await db.records.bulkAdd(records.map(toStored));
}

const recordArb = fc
  .record({
    a: fc.constantFrom(...PLACES),
    b: fc.constantFrom(...PLACES),
    words: fc.array(fc.constantFrom(...WORDS), { maxLength: 4 }),
    kind: fc.constantFrom(...KINDS),
    tags: fc.uniqueArray(fc.constantFrom(...TAGS), { maxLength: 2 }),
    // Few distinct dates, so ties in the capture order are common.
    day: fc.integer({ min: 1, max: 4 }),
  });

function build(specs: Array<{ a: string; b: string; words: string[]; kind: string | null; tags: string[]; day: number }>) {
  return specs.map((s, i) =>
    makeRecord({
      id: crypto.randomUUID(),
      url: `https://example.org/r${i}/`,
      title: `${s.a} – ${s.b}`,
      partners: [s.a, s.b],
      kind: s.kind,
      tags: s.tags,
      capturedAt: `2026-02-0${s.day}T00:00:00.000Z`,
      answers: makeAnswers(1, s.words.join(' ') || 'Antwort'),
    }),
  );
}

/** A typed query: prefixes of words that occur, or not, 0–2 words. */
const queryArb = fc
  .array(
    fc.tuple(fc.constantFrom(...PLACES, ...WORDS, 'zzz', 'frage'), fc.integer({ min: 1, max: 8 })).map(([w, n]) => w.slice(0, n)),
    { maxLength: 2 },
  )
  .map((ws) => ws.join(' '));

const optsArb = fc.record({
  sort: fc.constantFrom(...SORTS),
  kind: fc.option(fc.constantFrom(...KINDS.filter((k): k is string => k !== null)), { nil: undefined }),
  tag: fc.option(fc.constantFrom(...TAGS), { nil: undefined }),
});

describe('searchPage', () => {
  it('matches and orders exactly like searchRecords (random collections, queries, filters, sorts)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(recordArb, { minLength: 0, maxLength: 25 }), fc.array(fc.tuple(queryArb, optsArb), { minLength: 1, maxLength: 8 }), async (specs, queries) => {
        const db = freshDb();
        await store(db, build(specs));
        for (const [query, opts] of queries) {
          const full = await searchRecords(db, query, opts);
          const page = await searchPage(db, query, opts, { limit: 5 });
          const expected = full.records.map((r) => r.id);
          expect(page.ids, `${JSON.stringify(query)} ${JSON.stringify(opts)}`).toEqual(expected);
          expect(page.total).toBe(expected.length);
          expect(page.records).toEqual(full.records.slice(0, 5));
        }
        await db.delete();
      }),
      { numRuns: 30 },
    );
  });

  it('sorts by capture date (newest first), title and partner, German-aware', async () => {
    const db = freshDb();
    const rec = (title: string, capturedAt: string, partners = title.split(' – ')) =>
      makeRecord({ id: crypto.randomUUID(), url: `https://example.org/${encodeURIComponent(title)}/`, title, partners, capturedAt });
    const records = [
      rec('Zülpich – Lviv', '2026-01-03T00:00:00.000Z'),
      rec('ahlen – Odesa', '2026-01-05T00:00:00.000Z'),
      rec('Ähren – Butscha', '2026-01-01T00:00:00.000Z'),
      rec('Stadt 10 – Kyjiw', '2026-01-04T00:00:00.000Z'),
      rec('Stadt 9 – Kyjiw', '2026-01-02T00:00:00.000Z'),
      rec('Projekt Wasser', '2026-01-06T00:00:00.000Z', ['Berg', 'Ahlen']),
    ];
    await store(db, records);
    const titles = async (sort: SearchSort) =>
      (await searchPage(db, '', { sort }, { limit: 10 })).records.map((r) => r.title);
    expect(await titles('captured')).toEqual([
      'Projekt Wasser',
      'ahlen – Odesa',
      'Stadt 10 – Kyjiw',
      'Zülpich – Lviv',
      'Stadt 9 – Kyjiw',
      'Ähren – Butscha',
    ]);
    expect(await titles('title')).toEqual([
      'ahlen – Odesa',
      'Ähren – Butscha',
      'Projekt Wasser',
      'Stadt 9 – Kyjiw',
      'Stadt 10 – Kyjiw',
      'Zülpich – Lviv',
    ]);
    // Partner order: the partner line first ("Berg Ahlen" for the project), then the title.
    expect(await titles('partner')).toEqual([
      'ahlen – Odesa',
      'Ähren – Butscha',
      'Projekt Wasser',
      'Stadt 9 – Kyjiw',
      'Stadt 10 – Kyjiw',
      'Zülpich – Lviv',
    ]);
    expect(sortKeyOf('Straße 9')).toBe('strasse 000000000009');
  });

  it('filters by kind and tag and combines words with AND, prefixes included', async () => {
    const db = freshDb();
    const a = makeRecord({ id: crypto.randomUUID(), url: 'https://example.org/a/', title: 'Hürth – Lviv', kind: 'Städtepartnerschaft', tags: ['Metall'] });
    const b = makeRecord({ id: crypto.randomUUID(), url: 'https://example.org/b/', title: 'Duisburg – Lviv', kind: 'Projektpartnerschaft', tags: ['Metall'] });
    const c = makeRecord({ id: crypto.randomUUID(), url: 'https://example.org/c/', title: 'Köln – Kyjiw', kind: 'Städtepartnerschaft', tags: [] });
    await store(db, [a, b, c]);
    const ids = async (q: string, opts: SearchOptions = {}) => new Set((await searchPage(db, q, opts, { limit: 10 })).ids);
    expect(await ids('huerth')).toEqual(new Set([a.id]));
    expect(await ids('lv')).toEqual(new Set([a.id, b.id]));
    expect(await ids('lviv hu')).toEqual(new Set([a.id]));
    expect(await ids('lviv koln')).toEqual(new Set());
    expect(await ids('', { kind: 'Städtepartnerschaft' })).toEqual(new Set([a.id, c.id]));
    expect(await ids('', { tag: 'Metall' })).toEqual(new Set([a.id, b.id]));
    expect(await ids('lviv', { kind: 'Städtepartnerschaft', tag: 'Metall' })).toEqual(new Set([a.id]));
    expect(await ids('', { kind: 'Kommunalpartnerschaft' })).toEqual(new Set());
    const res = await searchPage(db, 'hue', {}, { limit: 1 });
    expect(res.highlight('Hürth').map(([s, e]) => 'Hürth'.slice(s, e))).toEqual(['Hü']);
    expect(res.records[0]).not.toHaveProperty('searchTerms');
    expect(res.records[0]).not.toHaveProperty('sortTitle');
    expect(res.records[0]).not.toHaveProperty('sortPartner');
  });

  it('pages through the ids and reads only the records of the page', async () => {
    const db = freshDb();
    const records = Array.from({ length: 250 }, (_, i) =>
      makeRecord({
        id: crypto.randomUUID(),
        url: `https://example.org/p${i}/`,
        title: `Stadt ${i} – Partner`,
        capturedAt: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
      }),
    );
    await store(db, records);
    const bulkGet = vi.spyOn(db.records, 'bulkGet');
    const toArray = vi.spyOn(db.records, 'toArray');
    const getSpy = vi.spyOn(db.records, 'get');

    for (const [query, opts] of [['', {}], ['stadt', { sort: 'title' }], ['partner', { sort: 'partner', kind: 'Solidaritätspartnerschaft' }]] as const) {
      bulkGet.mockClear();
      const first = await searchPage(db, query, opts, { limit: 100 });
      expect(first.total).toBe(250);
      expect(first.ids).toHaveLength(250);
      expect(first.records.map((r) => r.id)).toEqual(first.ids.slice(0, 100));
      expect(bulkGet).toHaveBeenCalledTimes(1);
      expect(bulkGet.mock.calls[0]![0]).toHaveLength(100);

      const last = await searchPage(db, query, opts, { offset: 200, limit: 100 });
      expect(last.records.map((r) => r.id)).toEqual(first.ids.slice(200));
      expect(bulkGet.mock.calls[1]![0]).toHaveLength(50);
    }
    expect((await searchPage(db, '', { sort: 'captured' }, { limit: 3 })).records.map((r) => r.title)).toEqual([
      'Stadt 249 – Partner',
      'Stadt 248 – Partner',
      'Stadt 247 – Partner',
    ]);
    expect((await searchPage(db, '', { sort: 'title' }, { limit: 3 })).records.map((r) => r.title)).toEqual([
      'Stadt 0 – Partner',
      'Stadt 1 – Partner',
      'Stadt 2 – Partner',
    ]);
    // An empty page reads nothing.
    bulkGet.mockClear();
    const none = await searchPage(db, 'zzzz', {}, { limit: 100 });
    expect(none).toMatchObject({ total: 0, ids: [], records: [] });
    expect(bulkGet).not.toHaveBeenCalled();
    expect(toArray).not.toHaveBeenCalled();
    expect(getSpy).not.toHaveBeenCalled();

    // The next slice, as "Show more" loads it.
    const { ids } = await searchPage(db, '', {}, { limit: 0 });
    expect((await recordsByIds(db, ids.slice(100, 200))).map((r) => r.id)).toEqual(ids.slice(100, 200));
  });
});
