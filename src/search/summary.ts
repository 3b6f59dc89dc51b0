/**
 * What the popup's first render needs from the search index besides one page
 * of records: the number of records and the filter menus (kinds, tags with
 * their counts). Kept as one small row beside the shard rows, so the popup can
 * open without reading the whole index (several MB at 10,000 records); the
 * first page itself comes from the records' `capturedAt` index.
 *
 * The row holds the figures of each shard; search-sync.ts rewrites a shard's
 * entry whenever it rewrites the shard, in the same transaction.
 */
import type { SearchShard } from './shard-index';

/** The key of the summary row in the shard table (shard rows are 0 … count − 1, the count being stats.length). */
export const SUMMARY_KEY = -1;

/**
 * The key of the recent row: a shard row like the others, holding the newest clips until it is full
 * (search-sync.ts), so a clip rewrites this small row instead of a hashed shard that grows with the collection.
 */
export const RECENT_KEY = -2;

/** One shard's figures. */
export interface ShardStats {
  size: number;
  /** Records per kind. */
  kinds: Record<string, number>;
  /** Records per tag (a record counts once per tag). */
  tags: Record<string, number>;
}

export interface SummaryRow {
  shard: typeof SUMMARY_KEY;
  /** Index = shard number. */
  stats: ShardStats[];
  /** The recent row's figures, while there is a recent row (RECENT_KEY). */
  recent?: ShardStats;
}

export interface TagCount {
  tag: string;
  count: number;
}

/** The collection as the list's header and filter menus show it. */
export interface CollectionSummary {
  total: number;
  kinds: string[];
  tagCounts: TagCount[];
}

export function isShardRow(row: SearchShard | SummaryRow): row is SearchShard {
  return row.shard !== SUMMARY_KEY;
}

export function isSummaryRow(row: unknown): row is SummaryRow {
  const r = row as Partial<SummaryRow> | undefined;
  return !!r && r.shard === SUMMARY_KEY && Array.isArray(r.stats);
}

export function shardStats(row: Pick<SearchShard, 'ids' | 'kinds' | 'tags'>): ShardStats {
  const kinds: Record<string, number> = {};
  const tags: Record<string, number> = {};
  for (const kind of row.kinds) if (kind !== null) kinds[kind] = (kinds[kind] ?? 0) + 1;
  // A Set per record: an imported record's tag list may repeat a tag, and a record counts once.
  for (const list of row.tags) for (const tag of new Set(list)) tags[tag] = (tags[tag] ?? 0) + 1;
  return { size: row.ids.length, kinds, tags };
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The one definition of the totals, the kind menu (sorted) and the tag menu (most used first). */
export function summarise(stats: readonly ShardStats[]): CollectionSummary {
  let total = 0;
  const kinds = new Set<string>();
  const tags = new Map<string, number>();
  for (const s of stats) {
    total += s.size;
    for (const [kind, count] of Object.entries(s.kinds)) if (count > 0) kinds.add(kind);
    for (const [tag, count] of Object.entries(s.tags)) tags.set(tag, (tags.get(tag) ?? 0) + count);
  }
  return {
    total,
    kinds: [...kinds].sort(byString),
    tagCounts: [...tags]
      .filter(([, count]) => count > 0)
      .map(([tag, count]) => ({ tag, count }))
      .sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag, 'de')),
  };
}

/** The figures of every row the summary row counts: the hashed shards and the recent row. */
export function allStats(row: SummaryRow): ShardStats[] {
  return row.recent ? [...row.stats, row.recent] : row.stats;
}

/** The summary row of a full set of shard rows (missing shards count as empty; the recent row has its own entry). */
export function summaryRowOf(shards: readonly SearchShard[], shardCount: number): SummaryRow {
  const stats = Array.from({ length: shardCount }, (): ShardStats => ({ size: 0, kinds: {}, tags: {} }));
  const row: SummaryRow = { shard: SUMMARY_KEY, stats };
  for (const shard of shards) {
    if (shard.shard === RECENT_KEY) row.recent = shardStats(shard);
    else stats[shard.shard] = shardStats(shard);
  }
  return row;
}
