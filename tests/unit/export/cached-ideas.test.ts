/**
 * The topic filters and the pages' CSV and Markdown exports read topics and organisations from the
 * ideas cache (src/export/cached-ideas.ts, src/ui/topic-filter.ts): the same files and the same
 * records as analysing every answer, without analysing a record whose entry is current, filling
 * the entries that are missing, and never using an entry a write made stale.
 */

import { describe, expect, it } from 'vitest';
import { fillAndReadIdeasCache, readIdeasCache } from '../../../src/db/ideas-cache';
import { listRecords, saveClip, setNote } from '../../../src/db/records';
import type { ClipperDB } from '../../../src/db/schema';
import { withAnswerIdeas } from '../../../src/export/cached-ideas';
import { recordsToCsv } from '../../../src/export/csv';
import { recordsToCombinedMarkdown, recordToMarkdown } from '../../../src/export/markdown';
import { answerIdeasOfEntry, encodeIdeas, RULES_FINGERPRINT } from '../../../src/ideas/cache-entry';
import { answerIdeasOf } from '../../../src/ideas/summary';
import { idsWithTopic, idsWithTopicIn } from '../../../src/ideas/filter';
import { TOPIC_IDS } from '../../../src/ideas/topics';
import type { PartnershipRecord } from '../../../src/record/types';
import { idsWithTopicInCollection } from '../../../src/ui/topic-filter';
import { PORTRAITS } from '../ideas/fixtures/portraits';
import { portraitContent } from '../helpers/records';
import { freshDb } from '../db/helpers';

async function clipPortraits(db: ClipperDB, count = 8): Promise<PartnershipRecord[]> {
  const out: PartnershipRecord[] = [];
  for (const p of PORTRAITS.slice(0, count)) out.push((await saveClip(db, portraitContent(p))).record);
  return out;
}

/** Counts the analyses `encode` makes while `body` runs. */
async function countingEncodes<T>(body: (encode: (r: PartnershipRecord) => string) => Promise<T>): Promise<{ value: T; encoded: number }> {
  let encoded = 0;
  const value = await body((r) => {
    encoded++;
    return encodeIdeas(r);
  });
  return { value, encoded };
}

describe('topic filter from the ideas cache', () => {
  it('finds the same records for every topic as analysing them, filling the cache once', async () => {
    const db = freshDb();
    await clipPortraits(db);
    const records = await listRecords(db);
    expect((await readIdeasCache(db, RULES_FINGERPRINT)).missing).toBe(records.length);
    const { value: filled, encoded } = await countingEncodes((encode) => fillAndReadIdeasCache(db, { encode, rules: RULES_FINGERPRINT }));
    expect(encoded).toBe(records.length);
    expect(filled.read.missing).toBe(0);
    expect(filled.unfillable).toBe(-1);
    let found = 0;
    for (const topic of TOPIC_IDS) {
      const expected = idsWithTopic(records, topic);
      expect(idsWithTopicIn(filled.read.rows, topic)).toEqual(expected);
      expect(await idsWithTopicInCollection(db, topic)).toEqual(expected);
      found += expected.size;
    }
    // The fixtures report topics: a filter that finds nothing would prove nothing.
    expect(found).toBeGreaterThan(records.length);
  });

  it('reads the topics from the cache, not from the answers', async () => {
    const db = freshDb();
    const [target] = await clipPortraits(db, 3);
    await fillAndReadIdeasCache(db, { encode: encodeIdeas, rules: RULES_FINGERPRINT });
    const planted = foreignEntry(target!);
    await plantEntry(db, target!.id, planted);
    const onlyPlanted = TOPIC_IDS.find((t) => idsWithTopicIn([{ ids: [target!.id], entries: [planted] }], t).size > 0 && idsWithTopic([target!], t).size === 0);
    expect(onlyPlanted).toBeDefined();
    expect(await idsWithTopicInCollection(db, onlyPlanted!)).toContain(target!.id);
  });

  it('fills the entries a write dropped before it filters: an edited record is found again', async () => {
    const db = freshDb();
    const [first] = await clipPortraits(db, 4);
    await fillAndReadIdeasCache(db, { encode: encodeIdeas, rules: RULES_FINGERPRINT });
    await setNote(db, first!.id, 'Notiz');
    expect((await readIdeasCache(db, RULES_FINGERPRINT)).missing).toBe(1);
    const topic = TOPIC_IDS.find((t) => idsWithTopic([first!], t).size > 0)!;
    expect(await idsWithTopicInCollection(db, topic)).toContain(first!.id);
    expect((await readIdeasCache(db, RULES_FINGERPRINT)).missing).toBe(0);
  });
});

/** Puts `entry` into the cache as the entry of record `id`, without a write to the record (no generation moves). */
async function plantEntry(db: ClipperDB, id: string, entry: string): Promise<void> {
  const rows = await db.ideasCache.toArray();
  for (const row of rows) {
    if (!('ids' in row)) continue;
    const at = row.ids.indexOf(id);
    if (at >= 0) row.entries[at] = entry;
  }
  await db.ideasCache.bulkPut(rows);
}

/** An entry with the record's answer count but another portrait's words: ideas no analysis of the record gives. */
function foreignEntry(record: PartnershipRecord): string {
  const texts = PORTRAITS[6]!.answers.map((a) => a.text);
  return encodeIdeas({ ...record, answers: record.answers.map((a, i) => ({ ...a, text: texts[i % texts.length]! })) });
}

describe('CSV and Markdown exports from the ideas cache', () => {
  it('write exactly the files analysing every record writes, filling the missing entries', async () => {
    const db = freshDb();
    await clipPortraits(db);
    const analysed = await listRecords(db);
    const expected = {
      csv: recordsToCsv(analysed, { delimiter: ';' }),
      markdown: recordsToCombinedMarkdown(analysed),
      single: analysed.map((r) => recordToMarkdown(r)),
    };
    // Empty cache: every record analysed, and its entry stored for the next reader.
    const first = await withAnswerIdeas(db, () => listRecords(db));
    expect(recordsToCsv(first.records, { delimiter: ';', ideas: first.ideas })).toBe(expected.csv);
    expect((await readIdeasCache(db, RULES_FINGERPRINT)).missing).toBe(0);
    // Filled cache: the same bytes.
    const second = await withAnswerIdeas(db, () => listRecords(db));
    expect(recordsToCsv(second.records, { delimiter: ';', ideas: second.ideas })).toBe(expected.csv);
    expect(recordsToCombinedMarkdown(second.records, second.ideas)).toBe(expected.markdown);
    expect(second.records.map((r) => recordToMarkdown(r, second.ideas))).toEqual(expected.single);
  });

  it('take a current entry from the cache instead of analysing the record', async () => {
    const db = freshDb();
    const [target] = await clipPortraits(db, 3);
    await fillAndReadIdeasCache(db, { encode: encodeIdeas, rules: RULES_FINGERPRINT });
    const planted = foreignEntry(target!);
    await plantEntry(db, target!.id, planted);
    const { records, ideas } = await withAnswerIdeas(db, () => listRecords(db));
    const fromPlanted = (r: PartnershipRecord) => (r.id === target!.id ? answerIdeasOfEntry(planted) : answerIdeasOf(r));
    expect(recordsToCsv(records, { ideas })).toBe(recordsToCsv(records, { ideas: fromPlanted }));
    expect(recordsToCsv(records, { ideas })).not.toBe(recordsToCsv(records));
  });

  it('never uses an entry a write made stale between reading the cache and reading the records', async () => {
    const db = freshDb();
    const [target] = await clipPortraits(db, 3);
    await fillAndReadIdeasCache(db, { encode: encodeIdeas, rules: RULES_FINGERPRINT });
    await plantEntry(db, target!.id, foreignEntry(target!));
    const { records, ideas } = await withAnswerIdeas(db, async () => {
      // The write lands after the cache was read and before the records are: its shard's generation moves.
      await setNote(db, target!.id, 'geändert');
      return listRecords(db);
    });
    expect(recordsToCsv(records, { ideas })).toBe(recordsToCsv(records));
  });
});
