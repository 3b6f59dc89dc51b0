/**
 * The Ideas view's model built from the ideas cache (cache-entry.ts) instead of
 * the records: topic counts, one heat-map row per record (computed when the
 * row is drawn), the organisation index and the similarity index. Nothing here
 * reads an answer's text; a page that highlights loads that record alone.
 */

import { decodeIdeas, type CachedIdeas } from './cache-entry';
import { indexOrganisations, type IndexEntry } from './collection';
import { buildSimilarityIndex, type SimilarityIndex } from './similarity';
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
  records: CachedIdeas[];
  /** Records per topic. */
  topicCounts: Record<TopicId, number>;
  organisations: CachedOrganisationEntry[];
  similarity: SimilarityIndex;
}

/** Cache rows (ids and encoded entries), optionally narrowed to the ids of a selection. */
export function overviewOf(rows: readonly { ids: readonly string[]; entries: readonly string[] }[], scope?: ReadonlySet<string>): IdeasOverview {
  const decoded: { id: string; ideas: CachedIdeas }[] = [];
  for (const row of rows) {
    row.ids.forEach((id, i) => {
      if (!scope || scope.has(id)) decoded.push({ id, ideas: decodeIdeas(row.entries[i]!) });
    });
  }
  decoded.sort((a, b) => (a.ideas.capturedAt < b.ideas.capturedAt ? 1 : a.ideas.capturedAt > b.ideas.capturedAt ? -1 : a.id < b.id ? 1 : -1));
  const records = decoded.map((d) => d.ideas);
  const topicCounts = Object.fromEntries(TOPIC_IDS.map((t) => [t, 0])) as Record<TopicId, number>;
  for (const r of records) for (const t of new Set(r.answers.flatMap((a) => a.topics))) topicCounts[t]++;
  const similarity = buildSimilarityIndex(
    records.map((r) => ({
      answers: r.answers.map((a) => ({ topics: a.topics.map((id) => ({ id })) })),
      organisations: r.answers.flatMap((a) => a.organisations),
    })),
  );
  return {
    ids: decoded.map((d) => d.id),
    records,
    topicCounts,
    organisations: indexOrganisations(records, (o) => [o.text], (record, answer) => ({ record, answer })),
    similarity,
  };
}

/** Answers of the record per topic, in TOPIC_IDS order: one heat-map row. */
export function matrixRow(ideas: CachedIdeas): number[] {
  const row = TOPIC_IDS.map(() => 0);
  for (const a of ideas.answers) for (const t of a.topics) row[TOPIC_IDS.indexOf(t)]!++;
  return row;
}
