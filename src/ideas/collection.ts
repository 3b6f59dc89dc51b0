/**
 * The ideas of a whole collection, for the Ideas view and the CLI: every
 * record's analysis, the topic × partnership matrix, the organisation index
 * (grouped across spellings, funders first) and the similarity index.
 */

import { fold } from '../text/fold';
import { analyseRecord, type IdeasSource, type RecordIdeas } from './analyse';
import { organisationKey } from './detect-organisations';
import { GAZETTEER } from './gazetteer';
import { ORGANISATION_TYPES, type OrganisationType } from './org-types';
import { buildSimilarityIndex, type SimilarityIndex } from './similarity';
import { TOPIC_IDS, type TopicId } from './topics';

/** Where an organisation is named: record and answer index, and the spans to highlight. */
export interface Occurrence {
  record: number;
  answer: number;
  mentions: { start: number; end: number; text: string }[];
}

export interface OrganisationEntry {
  name: string;
  type: OrganisationType;
  /** Every spelling seen and every known alias, folded, for the search. */
  searchText: string;
  occurrences: Occurrence[];
  /** How many records name it. */
  records: number;
}

export interface CollectionIdeas {
  records: RecordIdeas[];
  /** matrix[record][topic index in TOPIC_IDS] = answers of the record with that topic. */
  matrix: number[][];
  /** Records per topic. */
  topicCounts: Record<TopicId, number>;
  organisations: OrganisationEntry[];
  similarity: SimilarityIndex;
}

const ALIASES = new Map(GAZETTEER.map((e) => [e.name, e.aliases.map((a) => a.replace(/^=/, ''))]));

function organisationIndex(all: readonly RecordIdeas[]): OrganisationEntry[] {
  const byKey = new Map<string, OrganisationEntry & { spellings: Set<string> }>();
  all.forEach((ideas, record) => {
    const inRecord = new Set<string>();
    for (const answer of ideas.answers) {
      for (const o of answer.organisations) {
        const key = organisationKey(o.name);
        let entry = byKey.get(key);
        if (!entry) {
          entry = { name: o.name, type: o.type, searchText: '', occurrences: [], records: 0, spellings: new Set([o.name]) };
          byKey.set(key, entry);
        }
        for (const m of o.mentions) entry.spellings.add(m.text);
        entry.occurrences.push({ record, answer: answer.index, mentions: o.mentions });
        if (!inRecord.has(key)) entry.records++;
        inRecord.add(key);
      }
    }
  });
  const typeOrder = (t: OrganisationType) => ORGANISATION_TYPES.indexOf(t);
  return [...byKey.values()]
    .map(({ spellings, ...entry }) => ({
      ...entry,
      searchText: fold([...spellings, ...(ALIASES.get(entry.name) ?? [])].join('\n')),
    }))
    .sort((a, b) => typeOrder(a.type) - typeOrder(b.type) || b.records - a.records || a.name.localeCompare(b.name, 'de'));
}

export function collectionIdeas(records: readonly IdeasSource[]): CollectionIdeas {
  const all = records.map(analyseRecord);
  const topicCounts = Object.fromEntries(TOPIC_IDS.map((t) => [t, 0])) as Record<TopicId, number>;
  const matrix = all.map((ideas) => {
    const row = TOPIC_IDS.map(() => 0);
    for (const a of ideas.answers) for (const t of a.topics) row[TOPIC_IDS.indexOf(t.id)]!++;
    return row;
  });
  for (const ideas of all) for (const t of ideas.topics) topicCounts[t]++;
  return { records: all, matrix, topicCounts, organisations: organisationIndex(all), similarity: buildSimilarityIndex(all) };
}

/** Organisations whose name, spellings or aliases contain every word of the query ("SKEW", "Servicestelle"). */
export function searchOrganisations(entries: readonly OrganisationEntry[], query: string): OrganisationEntry[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...entries];
  return entries.filter((e) => words.every((w) => e.searchText.includes(w)));
}
