/**
 * Filtering by topic: which records (or which answers) report a topic. Loaded
 * on demand by the pages; results are cached per record object, so a filter
 * change re-reads no answer twice.
 */

import { analyseRecord, type IdeasSource, type RecordIdeas } from './analyse';
import type { QuestionId } from '../questions/catalogue';
import { TOPIC_IDS, type TopicId } from './topics';
import { CachedEntry } from './cache-entry';

const cache = new WeakMap<object, RecordIdeas>();

export function ideasOf(record: IdeasSource): RecordIdeas {
  let ideas = cache.get(record);
  if (!ideas) {
    ideas = analyseRecord(record);
    cache.set(record, ideas);
  }
  return ideas;
}

/**
 * Ids of the records whose ideas-cache entry reports the topic (rows as `readIdeasCache` gives them):
 * the same records as `idsWithTopic` over the records themselves, without analysing any answer.
 */
export function idsWithTopicIn(rows: readonly { ids: readonly string[]; entries: readonly string[] }[], topic: TopicId): Set<string> {
  const wanted = TOPIC_IDS.indexOf(topic);
  const ids = new Set<string>();
  for (const row of rows) {
    row.entries.forEach((entry, i) => {
      const pairs = new CachedEntry(entry).topicPairs;
      for (let k = 0; k < pairs.length; k += 2) {
        if (pairs[k] === wanted) {
          ids.add(row.ids[i]!);
          break;
        }
      }
    });
  }
  return ids;
}

/** Ids of the records with at least one answer on the topic. */
export function idsWithTopic<R extends IdeasSource & { id: string }>(records: readonly R[], topic: TopicId): Set<string> {
  return new Set(records.filter((r) => ideasOf(r).topics.includes(topic)).map((r) => r.id));
}

/** The records whose answer to the question reports the topic: the question lens narrowed to a topic. */
export function recordsAnsweringOn<R extends IdeasSource>(records: readonly R[], questionId: QuestionId, topic: TopicId): R[] {
  return records.filter((r) =>
    ideasOf(r).answers.some((a) => a.questionId === questionId && a.topics.some((t) => t.id === topic)),
  );
}
