/**
 * Topics and organisations per answer for the pages' CSV and Markdown exports: from the ideas cache
 * where the record's entry is current, else analysed from the text and stored for the next reader
 * (with `encodeIdeas`, as the Ideas view fills it). Analysing every record cost about 1 s at 10,000
 * records on each export. The streamed JSON export (json-stream.ts) applies the same rule page by page.
 */

import { currentGenerations, entriesById, readIdeasCache, storeEntriesSince, unchangedSince, type IdeasCacheRead } from '../db/ideas-cache';
import { withStorageErrors } from '../db/errors';
import type { ClipperDB } from '../db/schema';
import { answerIdeasOfEntry, encodeIdeas, RULES_FINGERPRINT } from '../ideas/cache-entry';
import { answerIdeasOf, type AnswerIdeasInFile, type AnswerIdeasSource } from '../ideas/summary';
import type { PartnershipRecord } from '../record/types';

/**
 * The one rule both exports follow, record by record: the cached entry while no write touched the record's
 * shard since `read` (the generations read with the record say so), else the record analysed from its text,
 * kept to be stored for the next reader.
 */
export class AnswerIdeasFromCache {
  private readonly cached: Map<string, string>;
  private readonly fresh = { ids: [] as string[], entries: [] as string[] };

  constructor(private readonly read: IdeasCacheRead) {
    this.cached = entriesById(read);
  }

  /** The record's per-answer ideas; `generations` are the cache's shard generations read with the record. */
  of(record: PartnershipRecord, generations: readonly number[]): AnswerIdeasInFile[] {
    const current = unchangedSince(record.id, this.read.generations, generations);
    const entry = current ? this.cached.get(record.id) : undefined;
    const ideas = entry === undefined ? undefined : answerIdeasOfEntry(entry);
    if (ideas && ideas.length === record.answers.length) return ideas;
    // Missing, or (never expected) not this record's shape: analysed from the text.
    const analysed = encodeIdeas(record);
    if (current) {
      this.fresh.ids.push(record.id);
      this.fresh.entries.push(analysed);
    }
    return answerIdeasOfEntry(analysed);
  }

  /** Stores the entries analysed so far, where their shards are still as `read` saw them. */
  store(db: ClipperDB): Promise<void> {
    return storeEntriesSince(db, RULES_FINGERPRINT, this.read.generations, this.fresh.ids, this.fresh.entries);
  }
}

/**
 * The records `readRecords` gives, and each one's per-answer ideas. The cache is read before the
 * records and the generations after them, so an entry a write made stale in between is not used.
 */
export async function withAnswerIdeas(
  db: ClipperDB,
  readRecords: () => Promise<readonly PartnershipRecord[]>,
): Promise<{ records: readonly PartnershipRecord[]; ideas: AnswerIdeasSource<PartnershipRecord> }> {
  const fromCache = new AnswerIdeasFromCache(await readIdeasCache(db, RULES_FINGERPRINT));
  const records = await readRecords();
  const generations = await withStorageErrors(() => currentGenerations(db));
  const byId = new Map<string, AnswerIdeasInFile[]>();
  for (const record of records) byId.set(record.id, fromCache.of(record, generations));
  await fromCache.store(db);
  return { records, ideas: (record) => byId.get(record.id) ?? answerIdeasOf(record) };
}
