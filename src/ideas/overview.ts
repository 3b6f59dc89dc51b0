/**
 * The Ideas view's model built from the ideas cache (cache-entry.ts) instead of
 * the records: topic counts, one heat-map row per record (computed when the
 * row is drawn), the organisation index and the similarity index. Nothing here
 * reads an answer's text; a page that highlights loads that record alone.
 * Entries are read as they are stored (CachedEntry), without an object per
 * answer: the view parses every entry when it opens.
 */

import { CachedEntry } from './cache-entry';
import { indexOrganisations, type IndexEntry } from './collection';
import { organisationKey } from './detect-organisations';
import type { OrganisationType } from './org-types';
import { similarityIndexOf, type ProfileInput, type SimilarityIndex } from './similarity';
import { TOPIC_IDS, type TopicId } from './topics';

/** Where an organisation is named: record (position in the overview) and answer index. */
export interface CachedOccurrence {
  record: number;
  answer: number;
}

export type CachedOrganisationEntry = IndexEntry<CachedOccurrence>;

export interface IdeasOverview {
  /** Record ids, newest capture first (ties by id, descending), as the lists order them. */
  ids: string[];
  records: CachedEntry[];
  /** Records per topic. */
  topicCounts: Record<TopicId, number>;
  organisations: CachedOrganisationEntry[];
  similarity: SimilarityIndex;
}

interface NamedInCache {
  name: string;
  type: OrganisationType;
  text: string;
}

/** Cache rows (ids and encoded entries), optionally narrowed to the ids of a selection. */
export function overviewOf(rows: readonly { ids: readonly string[]; entries: readonly string[] }[], scope?: ReadonlySet<string>): IdeasOverview {
  const read: { id: string; entry: CachedEntry }[] = [];
  for (const row of rows) {
    row.ids.forEach((id, i) => {
      if (!scope || scope.has(id)) read.push({ id, entry: new CachedEntry(row.entries[i]!) });
    });
  }
  read.sort((a, b) => {
    const x = a.entry.capturedAt;
    const y = b.entry.capturedAt;
    return x < y ? 1 : x > y ? -1 : a.id < b.id ? 1 : -1;
  });
  const records = read.map((d) => d.entry);
  const topicCounts = Object.fromEntries(TOPIC_IDS.map((t) => [t, 0])) as Record<TopicId, number>;
  const keys = new Map<string, string>();
  // One pass per record: its answers per topic (the similarity profile and the topic counts) and its organisations.
  const profiles = records.map((entry): ProfileInput => {
    const topics = new Map<TopicId, number>();
    const organisations = new Map<string, string>();
    entry.eachTopic((t, answers) => topics.set(t, answers));
    entry.eachOrganisation((name) => {
      let key = keys.get(name);
      if (key === undefined) keys.set(name, (key = organisationKey(name)));
      organisations.set(key, name);
    });
    for (const t of topics.keys()) topicCounts[t]++;
    return { topics, organisations };
  });
  return {
    ids: read.map((d) => d.id),
    records,
    topicCounts,
    organisations: indexOrganisations(
      records,
      (entry, visit: (named: NamedInCache, answer: number) => void) =>
        entry.eachOrganisation((name, type, text, answer) => visit({ name, type, text }, answer)),
      (named) => [named.text],
      (record, answer) => ({ record, answer }),
    ),
    similarity: similarityIndexOf(profiles),
  };
}

/** Answers of the record per topic, in TOPIC_IDS order: one heat-map row. */
export function matrixRow(entry: CachedEntry): number[] {
  const row = TOPIC_IDS.map(() => 0);
  entry.eachTopic((t, answers) => (row[TOPIC_IDS.indexOf(t)] = answers));
  return row;
}
