/**
 * The in-memory search index (src/search/shard-index.ts) against brute-force
 * references written here: matching, filters and the three list orders, the
 * shard encoding, kinds() and tagCounts().
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { searchTermsOf } from '../../../src/search/index-terms';
import { queryWords } from '../../../src/text/fold';
import {
  buildShards,
  decodeShard,
  docOf,
  encodeShard,
  patchShard,
  SearchIndex,
  MIN_SHARDS,
  shardCountFor,
  shardOf,
  type SearchDoc,
  type SearchOptions,
  type SearchSort,
} from '../../../src/search/shard-index';
import { sortFieldsOf } from '../../../src/search/sort-keys';
import type { PartnershipRecord } from '../../../src/record/types';
import { makeAnswers, makeRecord } from '../helpers/records';

// Place names and words with umlauts, ß and their transliterations, so folding matters.
const PLACES = ['Hürth', 'Huerth', 'Hurth', 'Köln', 'Koeln', 'Zülpich', 'Duisburg', 'Kryvyi Rih', 'Saporischschja', 'Oberhausen', 'Ürdingen'];
const WORDS = ['Schulen', 'Vereine', 'Solidarität', 'Straßenbahn', 'Fördermittel', 'Übersetzung', 'Zug', 'Hilfe', 'Kultur', '5', 'Jugend'];
const KINDS = ['Städtepartnerschaft', 'Solidaritätspartnerschaft', 'Kommunalpartnerschaft'];
const TAGS = ['schule', 'hilfe', 'Köln', '2024', 'Jugend'];
const DATES = ['2026-01-10T09:00:00.000Z', '2026-02-01T12:00:00.000Z', '2026-03-05T08:30:00.000Z'];
const SORTS: SearchSort[] = ['captured', 'title', 'partner'];

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const recordArb = fc
  .record({
    partners: fc.array(fc.constantFrom(...PLACES), { minLength: 0, maxLength: 3 }),
    titleWord: fc.option(fc.constantFrom(...WORDS), { nil: undefined }),
    kind: fc.constantFrom<string | null>(null, ...KINDS),
    // Duplicates included: an imported file's tags are stored as written.
    tags: fc.array(fc.constantFrom(...TAGS), { maxLength: 3 }),
    answerWords: fc.array(fc.constantFrom(...WORDS), { maxLength: 4 }),
    note: fc.constantFrom('', 'Besuch in Zülpich geplant', 'Spende für Schulen'),
    capturedAt: fc.constantFrom(...DATES),
    interviewee: fc.option(fc.constantFrom('Erika Beispiel', 'Jörg Müller', 'Max Muster'), { nil: null }),
  })
  .map(({ partners, titleWord, kind, tags, answerWords, note, capturedAt, interviewee }) => ({
    title: [partners.join(' – '), titleWord].filter(Boolean).join(' '),
    partners,
    kind,
    tags,
    note,
    capturedAt,
    interviewee: interviewee === null ? null : { name: interviewee, affiliation: null },
    answers: makeAnswers(answerWords.length > 0 ? 2 : 0, answerWords.join(' ')),
  }));

/** Records with random, distinct ids (so ties broken by id are not the insertion order). */
const collectionArb = fc
  .array(fc.tuple(fc.stringMatching(/^[0-9a-f]{6}$/), recordArb), { maxLength: 14 })
  .map((rows) => {
    const seen = new Set<string>();
    return rows
      .filter(([id]) => !seen.has(id) && !!seen.add(id))
      .map(([id, fields], i) => makeRecord({ ...fields, id, url: `https://example.org/r${i}-${id}/` }));
  });

/** A query word: a prefix (at least 1 character) of a word present somewhere, in some spelling. */
const queryWordArb = fc
  .tuple(fc.constantFrom(...PLACES, ...WORDS, ...TAGS, 'Besuch', 'Erika', 'Müller'), fc.integer({ min: 1, max: 12 }), fc.constantFrom('as is', 'upper', 'lower'))
  .map(([word, length, spelling]) => {
    const prefix = [...word].slice(0, length).join('');
    return spelling === 'upper' ? prefix.toUpperCase() : spelling === 'lower' ? prefix.toLowerCase() : prefix;
  });

const queryArb = fc.oneof(
  fc.array(queryWordArb, { maxLength: 2 }).map((words) => words.join(' ')),
  fc.constantFrom('', '  ', '–', 'xyz', 'hurth, köln', 'HÜRTH'),
);

const optsArb: fc.Arbitrary<SearchOptions> = fc.record(
  {
    kind: fc.constantFrom(...KINDS, 'Unbekannt'),
    tag: fc.constantFrom(...TAGS, 'nirgends'),
    sort: fc.constantFrom(...SORTS),
  },
  { requiredKeys: [] },
);

/** The reference: every record, checked and sorted one by one with no index at all. */
function referenceMatch(records: PartnershipRecord[], query: string, opts: SearchOptions): string[] {
  const groups = queryWords(query);
  const hits = records.filter((r) => {
    const terms = searchTermsOf(r);
    if (!groups.every((variants) => variants.some((v) => terms.some((t) => t.startsWith(v))))) return false;
    if (opts.kind !== undefined && r.kind !== opts.kind) return false;
    if (opts.tag !== undefined && !r.tags.includes(opts.tag)) return false;
    return true;
  });
  const sort = opts.sort ?? 'captured';
  if (sort === 'captured') {
    hits.sort((a, b) => byString(b.capturedAt, a.capturedAt) || byString(b.id, a.id));
  } else {
    const key = (r: PartnershipRecord) => (sort === 'title' ? sortFieldsOf(r).sortTitle : sortFieldsOf(r).sortPartner);
    hits.sort((a, b) => byString(key(a), key(b)) || byString(a.id, b.id));
  }
  return hits.map((r) => r.id);
}

const indexOf = (records: PartnershipRecord[]) => new SearchIndex(buildShards(records.map(docOf)));

describe('SearchIndex.match', () => {
  it('equals a brute-force search for random collections, queries, filters and sorts', () => {
    fc.assert(
      fc.property(collectionArb, fc.array(fc.tuple(queryArb, optsArb), { minLength: 1, maxLength: 6 }), (records, queries) => {
        const index = indexOf(records);
        expect(index.size).toBe(records.length);
        // Several queries on one index: the orders cached by the first must serve the next.
        for (const [query, opts] of queries) {
          expect(index.match(query, opts), JSON.stringify({ query, opts })).toEqual(referenceMatch(records, query, opts));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('finds Hürth by every spelling and keeps Huerth apart from Hurth when spelled out', () => {
    const hurth = makeRecord({ id: 'a', title: 'Hürth', partners: ['Hürth'], url: 'https://example.org/a/' });
    const huerth = makeRecord({ id: 'b', title: 'Huerth', partners: ['Huerth'], url: 'https://example.org/b/' });
    const cologne = makeRecord({ id: 'c', title: 'Köln', partners: ['Köln'], url: 'https://example.org/c/' });
    const index = indexOf([hurth, huerth, cologne]);
    // Title order is folded code-unit order: "huerth" < "hurth".
    expect(index.match('hürth', { sort: 'title' })).toEqual(['b', 'a']);
    expect(index.match('huerth', { sort: 'title' })).toEqual(['b', 'a']);
    expect(index.match('hurth', { sort: 'title' })).toEqual(['a']);
    expect(index.match('koeln', { sort: 'title' })).toEqual(['c']);
    expect(index.match('KÖ', { sort: 'title' })).toEqual(['c']);
  });

  it('breaks ties on the sort key by id: ascending for title and partner, descending for captured', () => {
    const same = { title: 'Zülpich', partners: ['Zülpich'], capturedAt: DATES[0]! };
    const records = ['m', 'c', 'x'].map((id) => makeRecord({ ...same, id, url: `https://example.org/${id}/` }));
    const index = indexOf(records);
    expect(index.match('', { sort: 'title' })).toEqual(['c', 'm', 'x']);
    expect(index.match('zul', { sort: 'partner' })).toEqual(['c', 'm', 'x']);
    expect(index.match('', { sort: 'captured' })).toEqual(['x', 'm', 'c']);
  });
});

const docArb: fc.Arbitrary<Omit<SearchDoc, 'id'>> = fc.record({
  capturedAt: fc.string(),
  sortTitle: fc.string({ unit: 'grapheme' }),
  sortPartner: fc.string({ unit: 'grapheme' }),
  kind: fc.option(fc.string(), { nil: null }),
  tags: fc.array(fc.string({ maxLength: 6 }), { maxLength: 4 }),
  // Duplicates and shared terms across docs exercise the shard vocabulary.
  terms: fc.array(fc.oneof(fc.constantFrom('hurth', 'huerth', 'koln', ''), fc.string({ unit: 'grapheme', maxLength: 8 })), { maxLength: 12 }),
});

const docsArb = fc.uniqueArray(fc.tuple(fc.string({ minLength: 1, maxLength: 10 }), docArb), { selector: ([id]) => id, maxLength: 20 }).map((rows) =>
  rows.map(([id, doc]): SearchDoc => ({ id, ...doc })),
);

describe('shard encoding', () => {
  it('decodes exactly the docs it encoded, in order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MIN_SHARDS - 1 }), docsArb, (shard, docs) => {
        const row = encodeShard(shard, docs);
        expect(row.shard).toBe(shard);
        expect(new Set(row.vocab).size).toBe(row.vocab.length);
        // A structured clone is what IndexedDB stores and gives back.
        const decoded = decodeShard(structuredClone(row));
        expect([...decoded.keys()]).toEqual(docs.map((d) => d.id));
        expect([...decoded.values()]).toEqual(docs);
      }),
      { numRuns: 300 },
    );
  });

  it('patchShard gives the same docs as decoding, editing and re-encoding, and keeps a compact vocabulary', () => {
    fc.assert(
      fc.property(docsArb, docsArb, fc.array(fc.nat(), { maxLength: 10 }), fc.array(fc.nat(), { maxLength: 6 }), (before, fresh, removeAt, reuseAt) => {
        // Removals of present and absent ids; puts of new ids and of ids already there (replacements), one id twice.
        const remove = new Set([...removeAt.map((i) => before[i % Math.max(1, before.length)]?.id ?? 'absent'), 'never-there']);
        const reused = reuseAt.flatMap((i) => (before.length ? [{ ...fresh[i % Math.max(1, fresh.length)] ?? before[0]!, id: before[i % before.length]!.id }] : []));
        const put = [...fresh, ...reused];
        const expected = new Map(before.map((d) => [d.id, d]));
        for (const id of remove) expected.delete(id);
        for (const doc of put) expected.set(doc.id, doc);

        const patched = patchShard(structuredClone(encodeShard(3, before)), remove, put);
        expect(patched.shard).toBe(3);
        const decoded = decodeShard(structuredClone(patched));
        expect(decoded).toEqual(expected);
        expect(patched.ids).toHaveLength(expected.size);
        expect(new Set(patched.vocab).size).toBe(patched.vocab.length);
        expect(new Set(patched.termIds).size * 2).toBeGreaterThanOrEqual(patched.vocab.length);
        // Searching the patched shard equals searching one built from scratch.
        const fromScratch = new SearchIndex([encodeShard(3, expected.values())]);
        const index = new SearchIndex([patched]);
        for (const q of ['', 'a', 'ab', 'x y']) expect(index.match(q, { sort: 'title' })).toEqual(fromScratch.match(q, { sort: 'title' }));
      }),
      { numRuns: 300 },
    );
  });

  it('stores term numbers in 16 bits while the vocabulary allows, in 32 bits beyond', () => {
    const doc = (id: string, terms: string[]): SearchDoc => ({ id, capturedAt: '', sortTitle: '', sortPartner: '', kind: null, tags: [], terms });
    const small = encodeShard(1, [doc('a', ['x', 'y'])]);
    expect(small.termIds).toBeInstanceOf(Uint16Array);
    const many = Array.from({ length: 70_000 }, (_, i) => `w${i}`);
    const big = encodeShard(1, [doc('a', many)]);
    expect(big.termIds).toBeInstanceOf(Uint32Array);
    expect(decodeShard(structuredClone(big)).get('a')!.terms).toEqual(many);
    // Growing past the limit by a patch switches too, and nothing wraps around.
    const grown = patchShard(small, new Set(), [doc('b', many)]);
    expect(grown.termIds).toBeInstanceOf(Uint32Array);
    expect(decodeShard(grown).get('b')!.terms).toEqual(many);
    expect(decodeShard(grown).get('a')!.terms).toEqual(['x', 'y']);
  });

  it('buildShards puts every doc once, into the shard of its id', () => {
    fc.assert(
      fc.property(docsArb, fc.constantFrom(undefined, 1, 2, 16, 64), (docs, count) => {
        const rows = buildShards(docs, count);
        const expectedCount = count ?? MIN_SHARDS;
        expect(rows.map((r) => r.shard)).toEqual(Array.from({ length: expectedCount }, (_, i) => i));
        const placed = new Map<string, SearchDoc>();
        for (const row of rows) {
          for (const [id, doc] of decodeShard(row)) {
            expect(shardOf(id, expectedCount)).toBe(row.shard);
            expect(placed.has(id)).toBe(false);
            placed.set(id, doc);
          }
        }
        expect(placed).toEqual(new Map(docs.map((d) => [d.id, d])));
      }),
      { numRuns: 200 },
    );
  });

  it('shardOf is a stable number in range', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom(1, 16, 32, 1024), (id, count) => {
        const n = shardOf(id, count);
        expect(Number.isInteger(n) && n >= 0 && n < count).toBe(true);
        expect(shardOf(id, count)).toBe(n);
        // Doubling the count splits a shard in two: its docs go to n or n + count, no elsewhere.
        expect([n, n + count]).toContain(shardOf(id, count * 2));
      }),
    );
    // Pinned: stored shards depend on it, so it must not change between versions.
    expect(shardOf('', MIN_SHARDS)).toBe(0x811c9dc5 % MIN_SHARDS);
  });

  it('shardCountFor keeps shards within their band, a power of two times the minimum, and does not flap', () => {
    const layout = { min: 16, perShard: 1024 };
    expect(shardCountFor(0, 16)).toBe(16);
    expect(shardCountFor(10_000, 16)).toBe(16);
    expect(shardCountFor(16_384, 16)).toBe(16);
    expect(shardCountFor(16_385, 16)).toBe(32);
    expect(shardCountFor(50_000, 16)).toBe(64);
    // Shrinks only below a quarter of the capacity per shard, and never under the minimum.
    expect(shardCountFor(16_385, 64)).toBe(64);
    expect(shardCountFor(16_383, 64)).toBe(32);
    expect(shardCountFor(0, 64)).toBe(16);
    fc.assert(
      fc.property(fc.nat({ max: 300_000 }), fc.nat({ max: 8 }), fc.integer({ min: -3, max: 3 }), (total, power, step) => {
        const count = shardCountFor(total, 16 * 2 ** power, layout);
        expect(Number.isInteger(Math.log2(count / 16))).toBe(true);
        expect(total).toBeLessThanOrEqual(count * layout.perShard);
        if (count > 16) expect(total * 4).toBeGreaterThanOrEqual(count * layout.perShard);
        // One record more or less never changes the count back and forth.
        const next = shardCountFor(Math.max(0, total + step), count, layout);
        if (next !== count) expect(shardCountFor(total, next, layout)).toBe(next);
      }),
    );
  });
});

describe('SearchIndex.kinds and tagCounts', () => {
  it('match a brute-force count over the records', () => {
    fc.assert(
      fc.property(collectionArb, (records) => {
        const index = indexOf(records);

        const kinds = [...new Set(records.map((r) => r.kind).filter((k): k is string => k !== null))].sort(byString);
        expect(index.kinds()).toEqual(kinds);

        // Counted as "records carrying the tag" (as the old multi-entry index counted).
        const expected = new Map<string, number>();
        for (const r of records) for (const tag of new Set(r.tags)) expected.set(tag, (expected.get(tag) ?? 0) + 1);
        const counts = index.tagCounts();
        expect(new Map(counts.map((c) => [c.tag, c.count]))).toEqual(expected);
        expect(counts).toHaveLength(expected.size);
        // Most used first; equal counts in German alphabetical order.
        for (let i = 1; i < counts.length; i++) {
          const [a, b] = [counts[i - 1]!, counts[i]!];
          expect(a.count > b.count || (a.count === b.count && a.tag.localeCompare(b.tag, 'de') <= 0), JSON.stringify([a, b])).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('SearchIndex.tagCounts with repeated tags', () => {
  it('counts a record once even if its tag list repeats a tag', () => {
    const index = indexOf([
      makeRecord({ id: 'a', tags: ['hilfe', 'hilfe'], url: 'https://example.org/a/' }),
      makeRecord({ id: 'b', tags: ['schule'], url: 'https://example.org/b/' }),
    ]);
    expect(index.tagCounts()).toEqual([
      { tag: 'hilfe', count: 1 },
      { tag: 'schule', count: 1 },
    ]);
  });
});
