/**
 * Topics and organisations per answer for the pages' CSV and Markdown exports: from the ideas cache
 * where the record's entry is current, else analysed from the text and stored for the next reader
 * (with `encodeIdeas`, as the Ideas view fills it). Analysing every record cost about 1 s at 10,000
 * records on each export. The streamed JSON export (json-stream.ts) follows the same rule page by page.
 */

import { currentGenerations, entriesById, readIdeasCache, storeEntriesSince, unchangedSince } from '../db/ideas-cache';
import { withStorageErrors } from '../db/errors';
import type { ClipperDB } from '../db/schema';
import { answerIdeasOfEntry, encodeIdeas, RULES_FINGERPRINT } from '../ideas/cache-entry';
import { answerIdeasOf, type AnswerIdeasInFile, type AnswerIdeasSource } from '../ideas/summary';
import type { PartnershipRecord } from '../record/types';

/**
 * The records `readRecords` gives, and each one's per-answer ideas. The cache is read before the
 * records and the generations after them, so an entry a write made stale in between is not used.
 */
export async function withAnswerIdeas(
  db: ClipperDB,
  readRecords: () => Promise<readonly PartnershipRecord[]>,
): Promise<{ records: readonly PartnershipRecord[]; ideas: AnswerIdeasSource<PartnershipRecord> }> {
  const read = await readIdeasCache(db, RULES_FINGERPRINT);
  const records = await readRecords();
  const generations = await withStorageErrors(() => currentGenerations(db));
  const cached = entriesById(read);
  const fresh = { ids: [] as string[], entries: [] as string[] };
  const byId = new Map<string, AnswerIdeasInFile[]>();
  for (const record of records) {
    const current = unchangedSince(record.id, read.generations, generations);
    const entry = current ? cached.get(record.id) : undefined;
    let ideas = entry === undefined ? undefined : answerIdeasOfEntry(entry);
    if (!ideas || ideas.length !== record.answers.length) {
      // Missing, or (never expected) not this record's shape: analysed from the text.
      const analysed = encodeIdeas(record);
      ideas = answerIdeasOfEntry(analysed);
      if (current) {
        fresh.ids.push(record.id);
        fresh.entries.push(analysed);
      }
    }
    byId.set(record.id, ideas);
  }
  await storeEntriesSince(db, RULES_FINGERPRINT, read.generations, fresh.ids, fresh.entries);
  return { records, ideas: (record) => byId.get(record.id) ?? answerIdeasOf(record) };
}
