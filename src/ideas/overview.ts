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

const NONE: readonly string[] = [];

/** Cache rows (ids and encoded entries), optionally narrowed to the ids of a selection. */
export function overviewOf(rows: readonly { ids: readonly string[]; entries: readonly string[] }[], scope?: ReadonlySet<string>): IdeasOverview {
  const readIds: string[] = [];
  const read: CachedEntry[] = [];
  for (const row of rows) {
    row.ids.forEach((id, i) => {
      if (scope && !scope.has(id)) return;
      readIds.push(id);
      read.push(new CachedEntry(row.entries[i]!));
    });
  }
  // Newest capture first, ties by id descending; the dates are read once, not once per comparison.
  const dates = read.map((entry) => entry.capturedAt);
  const order = read.map((_, i) => i);
  order.sort((a, b) => {
    const x = dates[a]!;
    const y = dates[b]!;
    return x < y ? 1 : x > y ? -1 : readIds[a]! < readIds[b]! ? 1 : -1;
  });
  const records = order.map((i) => read[i]!);
  const counts = TOPIC_IDS.map(() => 0);
  // One organisation key per canonical name, for the similarity profiles and the organisation index alike.
  const keys = new Map<string, string>();
  // One pass per record over its stored arrays: the topic counts and its similarity profile.
  const profiles = records.map((entry): ProfileInput => {
    const topics = entry.topicPairs;
    for (let i = 0; i < topics.length; i += 2) counts[topics[i]!]!++;
    const quads = entry.organisationQuads;
    if (quads.length === 0) return { topics, organisationKeys: NONE, organisationNames: NONE };
    const organisationKeys: string[] = [];
    const organisationNames: string[] = [];
    for (let i = 0; i < quads.length; i += 4) {
      const name = quads[i] as string;
      let key = keys.get(name);
      if (key === undefined) keys.set(name, (key = organisationKey(name)));
      organisationKeys.push(key);
      organisationNames.push(name);
    }
    return { topics, organisationKeys, organisationNames };
  });
  return {
    ids: order.map((i) => readIds[i]!),
    records,
    topicCounts: Object.fromEntries(TOPIC_IDS.map((t, i) => [t, counts[i]!])) as Record<TopicId, number>,
    organisations: indexOrganisations(
      records,
      (entry, visit: (named: NamedInCache, answer: number) => void) => {
        // Most records name no organisation: no closure for them.
        if (entry.organisationQuads.length > 0) entry.eachOrganisation((name, type, text, answer) => visit({ name, type, text }, answer));
      },
      (named) => [named.text],
      (record, answer) => ({ record, answer }),
      keys,
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
