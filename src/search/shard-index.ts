/**
 * The collection's search index, kept as a few compact rows instead of a
 * multi-entry IndexedDB index.
 *
 * Why: IndexedDB cost here is per row and per index entry, not per byte. A
 * multi-entry word index holds about 100 entries per record (a million for
 * 10,000 records), which made an import take ~30 s and every one-letter
 * search read 100,000+ keys. Instead, records are spread over a few shards
 * (16, more as the collection grows: shardCountFor) by a hash of their id. A shard is one row holding, column by column,
 * what the list needs to find, filter, count and order its records: ids, sort
 * keys, kind, tags, and the index terms as numbers into the shard's own
 * vocabulary. Reading every shard is one request of a few MB; searching them
 * is a scan in memory. A write rewrites only the shards of the records it
 * touches (see search-sync.ts).
 */

import type { PartnershipRecord } from '../record/types';
import { searchTermsOf } from './index-terms';
import { queryWords } from '../text/fold';
import { sortFieldsOf } from './sort-keys';
import { shardStats, summarise, type CollectionSummary, type TagCount } from './summary';

export type { TagCount } from './summary';

/**
 * How many shards a collection has. A clip rewrites the whole shard of its record, so the count grows
 * with the collection (doubling while shards average more than `perShard` docs, halving again below a
 * quarter of that, never under `min`): a clip at 50,000 records rewrites a shard as small as at 10,000.
 * The count in use is the length of the summary row's stats (summary.ts); readers never need it.
 */
export interface ShardLayout {
  min: number;
  perShard: number;
  /**
   * New records (a clip) go to the recent row (summary.ts, RECENT_KEY) while it holds fewer than this many;
   * then it is folded into the hashed shards. 0: no recent row.
   */
  recent?: number;
}

/**
 * 32 recent docs stay well under 64 KB (about 20 KB of generated records), the size above which Chromium's
 * IndexedDB stores a value as a separate blob (writing 66 KB took 1.6 ms here against 0.6 ms for 63 KB): a clip
 * writes that row, not a shard of up to 1,024 docs.
 */
export const SHARD_LAYOUT: ShardLayout = { min: 16, perShard: 1024, recent: 32 };

/** The fewest shards (also the count of a collection that never grew). */
export const MIN_SHARDS = SHARD_LAYOUT.min;

/**
 * The shard count for `total` docs, from the `current` one. The band between growing and shrinking
 * (a quarter of `perShard` to all of it) keeps a collection at a boundary from resharding back and forth.
 */
export function shardCountFor(total: number, current: number, layout: ShardLayout = SHARD_LAYOUT): number {
  let count = Math.max(layout.min, current);
  while (total > count * layout.perShard) count *= 2;
  while (count >= layout.min * 2 && total * 4 < count * layout.perShard) count /= 2;
  return count;
}

export type SearchSort = 'title' | 'partner' | 'captured';

export interface SearchOptions {
  kind?: string;
  tag?: string;
  /** Default 'captured' (newest first). */
  sort?: SearchSort;
}

/** What the index knows of one record. */
export interface SearchDoc {
  id: string;
  capturedAt: string;
  sortTitle: string;
  sortPartner: string;
  kind: string | null;
  tags: string[];
  terms: string[];
}

/** One stored shard row: the docs of the shard, column by column. */
export interface SearchShard {
  shard: number;
  ids: string[];
  capturedAt: string[];
  sortTitle: string[];
  sortPartner: string[];
  kinds: Array<string | null>;
  tags: string[][];
  /** The distinct terms of the shard's docs. */
  vocab: string[];
  /**
   * Doc i's terms are termIds[termStart[i] .. termStart[i + 1]], positions in vocab. 16-bit while the
   * vocabulary allows (it is most of a shard's bytes, and the popup reads every shard when it opens).
   */
  termStart: Uint32Array;
  termIds: Uint16Array | Uint32Array;
}

type Indexable = Pick<PartnershipRecord, 'id' | 'capturedAt' | 'title' | 'partners' | 'kind' | 'interviewee' | 'answers'> &
  Partial<Pick<PartnershipRecord, 'tags' | 'note'>>;

export function docOf(record: Indexable): SearchDoc {
  return {
    id: record.id,
    capturedAt: record.capturedAt,
    ...sortFieldsOf(record),
    kind: record.kind ?? null,
    tags: [...(record.tags ?? [])],
    terms: searchTermsOf(record),
  };
}

/** FNV-1a of the id, modulo the shard count: stable across sessions and versions, so a record stays in its shard until a reshard. */
export function shardOf(id: string, count: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % count;
}

/** The narrowest array that holds positions in a vocabulary of this size. */
function termNumbers(numbers: readonly number[], vocabSize: number): Uint16Array | Uint32Array {
  return vocabSize <= 0x10000 ? Uint16Array.from(numbers) : Uint32Array.from(numbers);
}

/** Writes a shard row column by column; term numbers point into the row's vocabulary. */
class ShardBuilder {
  private readonly row: SearchShard;
  private readonly termNumber: Map<string, number>;
  private readonly starts = [0];
  private readonly termIds: number[] = [];

  /** `vocab`: an existing shard's vocabulary, kept in place so its docs can be copied by number. */
  constructor(shard: number, vocab: readonly string[] = []) {
    this.row = {
      shard,
      ids: [],
      capturedAt: [],
      sortTitle: [],
      sortPartner: [],
      kinds: [],
      tags: [],
      vocab: [...vocab],
      termStart: new Uint32Array(0),
      termIds: new Uint32Array(0),
    };
    this.termNumber = new Map(vocab.map((term, n) => [term, n]));
  }

  private addColumns(doc: Omit<SearchDoc, 'terms'>): void {
    this.row.ids.push(doc.id);
    this.row.capturedAt.push(doc.capturedAt);
    this.row.sortTitle.push(doc.sortTitle);
    this.row.sortPartner.push(doc.sortPartner);
    this.row.kinds.push(doc.kind);
    this.row.tags.push(doc.tags);
  }

  add(doc: SearchDoc): void {
    this.addColumns(doc);
    for (const term of doc.terms) {
      let n = this.termNumber.get(term);
      if (n === undefined) {
        n = this.row.vocab.length;
        this.row.vocab.push(term);
        this.termNumber.set(term, n);
      }
      this.termIds.push(n);
    }
    this.starts.push(this.termIds.length);
  }

  /** Doc `at` of `from`, whose vocabulary this builder started with: copied by number, without decoding. */
  copy(from: SearchShard, at: number): void {
    this.addColumns({
      id: from.ids[at]!,
      capturedAt: from.capturedAt[at]!,
      sortTitle: from.sortTitle[at]!,
      sortPartner: from.sortPartner[at]!,
      kind: from.kinds[at] ?? null,
      tags: from.tags[at] ?? [],
    });
    for (let t = from.termStart[at]!; t < from.termStart[at + 1]!; t++) this.termIds.push(from.termIds[t]!);
    this.starts.push(this.termIds.length);
  }

  /** How many vocabulary entries the docs use (the rest is left over from removed docs). */
  usedTerms(): number {
    // A bitmap, not a Set: a shard at 50,000 records holds about 300,000 term numbers, and a clip patches it.
    const seen = new Uint8Array(this.row.vocab.length);
    let used = 0;
    for (const n of this.termIds) {
      if (seen[n] === 0) {
        seen[n] = 1;
        used++;
      }
    }
    return used;
  }

  finish(): SearchShard {
    this.row.termStart = Uint32Array.from(this.starts);
    this.row.termIds = termNumbers(this.termIds, this.row.vocab.length);
    return this.row;
  }
}

export function encodeShard(shard: number, docs: Iterable<SearchDoc>): SearchShard {
  const builder = new ShardBuilder(shard);
  for (const doc of docs) builder.add(doc);
  return builder.finish();
}

export function decodeShard(row: SearchShard): Map<string, SearchDoc> {
  const docs = new Map<string, SearchDoc>();
  row.ids.forEach((id, i) => {
    const terms: string[] = [];
    for (let t = row.termStart[i]!; t < row.termStart[i + 1]!; t++) terms.push(row.vocab[row.termIds[t]!]!);
    docs.set(id, {
      id,
      capturedAt: row.capturedAt[i]!,
      sortTitle: row.sortTitle[i]!,
      sortPartner: row.sortPartner[i]!,
      kind: row.kinds[i] ?? null,
      tags: row.tags[i] ?? [],
      terms,
    });
  });
  return docs;
}

/**
 * The shard with the docs of `remove` taken out and `put` set (replacing docs
 * with the same id; `remove` applies to the docs already there), edited column
 * by column: a clip or delete touches one doc of hundreds, and decoding and re-encoding the whole shard cost more than the
 * write. Terms no longer used stay in the vocabulary until they are more than
 * half of it; then the shard is re-encoded compactly.
 */
export function patchShard(row: SearchShard, remove: ReadonlySet<string>, put: readonly SearchDoc[]): SearchShard {
  const replaced = new Set(put.map((doc) => doc.id));
  const builder = new ShardBuilder(row.shard, row.vocab);
  row.ids.forEach((id, at) => {
    if (!remove.has(id) && !replaced.has(id)) builder.copy(row, at);
  });
  // The last doc given for an id wins, as with a bulkPut of the same id twice.
  for (const doc of new Map(put.map((d) => [d.id, d])).values()) builder.add(doc);
  const used = builder.usedTerms();
  const out = builder.finish();
  return used * 2 < out.vocab.length ? encodeShard(row.shard, decodeShard(out).values()) : out;
}

/** An empty shard row. */
export function emptyShard(shard: number): SearchShard {
  return encodeShard(shard, []);
}

/** Builds every shard row from scratch (upgrade, reshard, tests); by default as many as the docs need. */
export function buildShards(docs: readonly SearchDoc[], count = shardCountFor(docs.length, MIN_SHARDS)): SearchShard[] {
  const groups = Array.from({ length: count }, () => [] as SearchDoc[]);
  for (const doc of docs) groups[shardOf(doc.id, count)]!.push(doc);
  return groups.map((group, shard) => encodeShard(shard, group));
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** 1 for each vocabulary term that starts with one of the variants (a plain loop: it runs per shard and keystroke). */
function vocabMask(vocab: readonly string[], variants: readonly string[]): Uint8Array {
  const mask = new Uint8Array(vocab.length);
  for (let n = 0; n < vocab.length; n++) {
    const term = vocab[n]!;
    for (const v of variants) {
      if (term.startsWith(v)) {
        mask[n] = 1;
        break;
      }
    }
  }
  return mask;
}

/**
 * The loaded index: matches queries in memory. Docs are numbered across the
 * shards (shard by shard), so a query marks one flat array and reads each
 * list order as one array of numbers, whatever the shard count. Orders are
 * computed once per loaded index and reused by every keystroke.
 */
export class SearchIndex {
  readonly size: number;
  /** The number of each shard's first doc. */
  private readonly offsets: number[] = [];
  private readonly ids: string[] = [];
  private readonly orders = new Map<SearchSort, Uint32Array>();
  private totals: CollectionSummary | undefined;

  constructor(private readonly shards: readonly SearchShard[]) {
    for (const shard of shards) {
      this.offsets.push(this.ids.length);
      for (const id of shard.ids) this.ids.push(id);
    }
    this.size = this.ids.length;
  }

  /** A column of every shard, in doc-number order. */
  private column(name: 'capturedAt' | 'sortTitle' | 'sortPartner'): string[] {
    return this.shards.flatMap((shard) => shard[name]);
  }

  /**
   * The one definition of each list order: the sort key in code-unit order,
   * ties broken by id; 'captured' is newest first, ties by id descending.
   */
  private order(sort: SearchSort): Uint32Array {
    let order = this.orders.get(sort);
    if (!order) {
      const ids = this.ids;
      const numbers = Uint32Array.from({ length: this.size }, (_, n) => n);
      if (sort === 'captured') {
        const key = this.column('capturedAt');
        order = numbers.sort((a, b) => byString(key[b]!, key[a]!) || byString(ids[b]!, ids[a]!));
      } else {
        const key = this.column(sort === 'title' ? 'sortTitle' : 'sortPartner');
        order = numbers.sort((a, b) => byString(key[a]!, key[b]!) || byString(ids[a]!, ids[b]!));
      }
      this.orders.set(sort, order);
    }
    return order;
  }

  /** Every matching id, in list order. Words match as prefixes of any folded form, AND across words. */
  match(query: string, opts: SearchOptions = {}): string[] {
    const groups = queryWords(query);
    const order = this.order(opts.sort ?? 'captured');
    const out: string[] = [];
    if (groups.length === 0 && opts.kind === undefined && opts.tag === undefined) {
      for (const n of order) out.push(this.ids[n]!);
      return out;
    }
    const pass = new Uint8Array(this.size);
    this.shards.forEach((shard, s) => this.matchShard(shard, groups, opts, pass, this.offsets[s]!));
    for (const n of order) if (pass[n] === 1) out.push(this.ids[n]!);
    return out;
  }

  /** Sets pass[offset + at] to 1 for each doc of the shard that passes the query and filters. */
  private matchShard(shard: SearchShard, groups: string[][], opts: SearchOptions, pass: Uint8Array, offset: number): void {
    // Per typed word, which vocabulary terms it matches: the vocabulary is scanned once, not per doc.
    const masks = groups.map((variants) => vocabMask(shard.vocab, variants));
    for (let at = 0; at < shard.ids.length; at++) {
      if (opts.kind !== undefined && shard.kinds[at] !== opts.kind) continue;
      if (opts.tag !== undefined && !shard.tags[at]!.includes(opts.tag)) continue;
      const from = shard.termStart[at]!;
      const to = shard.termStart[at + 1]!;
      let all = true;
      for (const mask of masks) {
        let any = false;
        for (let t = from; t < to && !any; t++) any = mask[shard.termIds[t]!] === 1;
        if (!any) {
          all = false;
          break;
        }
      }
      if (all) pass[offset + at] = 1;
    }
  }

  /** Count, kinds and tag counts, as the summary row (summary.ts) holds them. */
  summary(): CollectionSummary {
    this.totals ??= summarise(this.shards.map(shardStats));
    return this.totals;
  }

  /** The distinct partnership kinds, sorted. */
  kinds(): string[] {
    return this.summary().kinds;
  }

  /** Every tag in use with the number of records carrying it, most used first. */
  tagCounts(): TagCount[] {
    return this.summary().tagCounts;
  }
}
