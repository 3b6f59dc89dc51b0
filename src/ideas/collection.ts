/**
 * The ideas of a whole collection, for the Ideas view and the CLI: every
 * record's analysis, the topic × partnership matrix, the organisation index
 * (grouped across spellings, funders first) and the similarity index.
 */

import { fold } from '../text/fold';
import { analyseRecord, type IdeasSource, type NamedOrganisation, type RecordIdeas } from './analyse';
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

/** One organisation of the index: every answer naming it, grouped across spellings. */
export interface IndexEntry<O> {
  name: string;
  type: OrganisationType;
  /** Every spelling seen and every known alias, folded, for the search. */
  searchText: string;
  occurrences: O[];
  /** How many records name it. */
  records: number;
}

export type OrganisationEntry = IndexEntry<Occurrence>;

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

interface Named {
  name: string;
  type: OrganisationType;
}

/**
 * The organisation index over any record shape: `each` calls `visit` for every
 * named organisation of a record with its answer index (the full analysis
 * here, the ideas cache in the view); `spellingsOf` gives the names as written
 * and `occurrenceOf` what to keep of each answer naming it.
 */
/** One collator: `localeCompare(…, 'de')` sets one up on every call. */
const GERMAN = new Intl.Collator('de');

export function indexOrganisations<R, N extends Named, O>(
  all: readonly R[],
  each: (record: R, visit: (named: N, answer: number) => void) => void,
  spellingsOf: (named: N) => readonly string[],
  occurrenceOf: (record: number, answer: number, named: N) => O,
  // Canonical names repeat across thousands of answers; their key (stemmed words) is computed once each,
  // and a caller that keyed them already (the Ideas view's similarity profiles) passes its keys in.
  keys: Map<string, string> = new Map(),
): IndexEntry<O>[] {
  const byKey = new Map<string, IndexEntry<O> & { spellings: Set<string> }>();
  all.forEach((ideas, record) => {
    const inRecord = new Set<string>();
    each(ideas, (named, answer) => {
      let key = keys.get(named.name);
      if (key === undefined) keys.set(named.name, (key = organisationKey(named.name)));
      let entry = byKey.get(key);
      if (!entry) {
        entry = { name: named.name, type: named.type, searchText: '', occurrences: [], records: 0, spellings: new Set([named.name]) };
        byKey.set(key, entry);
      }
      for (const spelling of spellingsOf(named)) entry.spellings.add(spelling);
      entry.occurrences.push(occurrenceOf(record, answer, named));
      if (!inRecord.has(key)) entry.records++;
      inRecord.add(key);
    });
  });
  const typeOrder = (t: OrganisationType) => ORGANISATION_TYPES.indexOf(t);
  return [...byKey.values()]
    .map(({ spellings, ...entry }) => ({
      ...entry,
      searchText: fold([...spellings, ...(ALIASES.get(entry.name) ?? [])].join('\n')),
    }))
    .sort((a, b) => typeOrder(a.type) - typeOrder(b.type) || b.records - a.records || GERMAN.compare(a.name, b.name));
}

function organisationIndex(all: readonly RecordIdeas[]): OrganisationEntry[] {
  return indexOrganisations(
    all,
    (ideas, visit: (named: NamedOrganisation, answer: number) => void) => {
      for (const answer of ideas.answers) for (const o of answer.organisations) visit(o, answer.index);
    },
    (o) => o.mentions.map((m) => m.text),
    (record, answer, o) => ({ record, answer, mentions: o.mentions }),
  );
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
export function searchOrganisations<E extends { searchText: string }>(entries: readonly E[], query: string): E[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...entries];
  return entries.filter((e) => words.every((w) => e.searchText.includes(w)));
}
