/**
 * Similar partnerships (docs/ideas.md): the topics two records share, each
 * weighted by how rare it is in the collection and by how many of the record's
 * answers report it, plus the organisations both name. Every result keeps its
 * reasons; the score only orders them.
 */

import { organisationKey } from './detect-organisations';
import { TOPIC_IDS, topicLabel, type TopicId, type TopicLanguage } from './topics';

/** What similarity reads of a record: its answers' topics and its organisations (RecordIdeas fits). */
export interface SimilarityInput {
  answers: readonly { topics: readonly { id: TopicId }[] }[];
  organisations: readonly { name: string }[];
}

export interface SimilarityReasons {
  /** Shared topics, heaviest first. */
  topics: TopicId[];
  /** Shared organisations (canonical names), rarest first. */
  organisations: string[];
}

export interface Similar {
  /** Index of the similar record in the collection. */
  index: number;
  score: number;
  reasons: SimilarityReasons;
}

/** A shared organisation says more than a shared topic: both chose the same actor. */
const ORGANISATION_WEIGHT = 1.5;

/**
 * A record as the index keeps it, in arrays rather than Maps: the Ideas view builds one per record
 * as it opens (10,000 Maps were a third of its model's time, with the garbage they left).
 */
interface Profile {
  /** Topic indexes (TOPIC_IDS), in the record's order. */
  topics: number[];
  /** Bit t set: the record reports topic index t. */
  mask: number;
  /** Organisation keys, each once, in the record's order, and the canonical name the record writes for each. */
  organisationKeys: readonly string[];
  organisationNames: readonly string[];
  norm: number;
}

export interface SimilarityIndex {
  profiles: Profile[];
  /** values[p * TOPIC_COUNT + t]: topic t's weight in record p (emphasis × rarity), 0 if it lacks it. */
  values: Float64Array;
  organisationWeight: Map<string, number>;
}

const TOPIC_COUNT = TOPIC_IDS.length;
// One bit per topic in a 32-bit integer.
if (TOPIC_COUNT > 31) throw new Error('similarity: more topics than bits in a profile mask');
const NO_NAMES: readonly string[] = [];

/** Rarer means heavier: log(1 + N / df), so a topic every record has still weighs a little. */
function rarity(count: number, size: number): number {
  return Math.log(1 + size / count);
}

/** A topic three answers report is the record's theme more than one mentioned once, but not three times more. */
function emphasis(answers: number): number {
  return 1 + Math.log(answers);
}

/**
 * What similarity keeps of a record: flat pairs [topic index in TOPIC_IDS, answers that report it, …]
 * (each topic once), and its organisations as parallel lists of keys (`organisationKey`) and canonical names.
 * A key listed twice counts once, at its first place, with its last name.
 */
export interface ProfileInput {
  topics: readonly number[];
  organisationKeys: readonly string[];
  organisationNames: readonly string[];
}

export function buildSimilarityIndex(records: readonly SimilarityInput[]): SimilarityIndex {
  return similarityIndexOf(
    records.map((r) => {
      const topics = new Map<number, number>();
      for (const a of r.answers) for (const t of a.topics) {
        const i = TOPIC_IDS.indexOf(t.id);
        topics.set(i, (topics.get(i) ?? 0) + 1);
      }
      return {
        topics: [...topics].flat(),
        organisationKeys: r.organisations.map((o) => organisationKey(o.name)),
        organisationNames: r.organisations.map((o) => o.name),
      };
    }),
  );
}

/** Keys once each (first place), each with the last name given for it. */
function distinctOrganisations(keys: readonly string[], names: readonly string[]): [readonly string[], readonly string[]] {
  if (keys.length === 0) return [NO_NAMES, NO_NAMES];
  if (keys.length === 1) return [keys, names];
  const byKey = new Map<string, string>();
  keys.forEach((k, i) => byKey.set(k, names[i]!));
  return [[...byKey.keys()], [...byKey.values()]];
}

/** The index over profiles built by the caller (the Ideas view builds them from the ideas cache in one pass). */
export function similarityIndexOf(inputs: readonly ProfileInput[]): SimilarityIndex {
  const size = inputs.length;
  const topicCount = new Float64Array(TOPIC_COUNT);
  const organisationCount = new Map<string, number>();
  const profiles = inputs.map((input): Profile => {
    const topics: number[] = [];
    let mask = 0;
    for (let i = 0; i < input.topics.length; i += 2) {
      const t = input.topics[i]!;
      topics.push(t);
      mask |= 1 << t;
      topicCount[t]!++;
    }
    const [organisationKeys, organisationNames] = distinctOrganisations(input.organisationKeys, input.organisationNames);
    for (const k of organisationKeys) organisationCount.set(k, (organisationCount.get(k) ?? 0) + 1);
    return { topics, mask, organisationKeys, organisationNames, norm: 0 };
  });
  const topicWeight = Array.from(topicCount, (n) => (n > 0 ? rarity(n, size) : 0));
  const organisationWeight = new Map([...organisationCount].map(([k, n]) => [k, ORGANISATION_WEIGHT * rarity(n, size)]));
  const values = new Float64Array(size * TOPIC_COUNT);
  profiles.forEach((p, r) => {
    const pairs = inputs[r]!.topics;
    let sum = 0;
    for (let i = 0; i < pairs.length; i += 2) {
      const t = pairs[i]!;
      const value = emphasis(pairs[i + 1]!) * topicWeight[t]!;
      values[r * TOPIC_COUNT + t] = value;
      sum += value ** 2;
    }
    for (const k of p.organisationKeys) sum += organisationWeight.get(k)! ** 2;
    p.norm = Math.sqrt(sum);
  });
  return { profiles, values, organisationWeight };
}

function compare(index: SimilarityIndex, a: number, b: number): Omit<Similar, 'index'> | null {
  const pa = index.profiles[a]!;
  const pb = index.profiles[b]!;
  if (pa.norm === 0 || pb.norm === 0) return null;
  const { values } = index;
  const topics: [TopicId, number][] = [];
  const organisations: [string, number][] = [];
  let dot = 0;
  for (const t of pa.topics) {
    if (((pb.mask >>> t) & 1) === 0) continue;
    const share = values[a * TOPIC_COUNT + t]! * values[b * TOPIC_COUNT + t]!;
    dot += share;
    topics.push([TOPIC_IDS[t]!, share]);
  }
  pa.organisationKeys.forEach((key, i) => {
    if (!pb.organisationKeys.includes(key)) return;
    const w = index.organisationWeight.get(key)!;
    dot += w * w;
    organisations.push([pa.organisationNames[i]!, w]);
  });
  if (dot === 0) return null;
  const heaviestFirst = <T>(list: [T, number][]) => list.sort((x, y) => y[1] - x[1]).map(([v]) => v);
  return {
    score: Math.round((dot / (pa.norm * pb.norm)) * 1000) / 1000,
    reasons: { topics: heaviestFirst(topics), organisations: heaviestFirst(organisations) },
  };
}

/** The score of `compare`, summed in the same order (so the same number), without building the reasons. */
function scoreOf(index: SimilarityIndex, a: number, b: number): number {
  const pa = index.profiles[a]!;
  const pb = index.profiles[b]!;
  if (pa.norm === 0 || pb.norm === 0) return 0;
  const { values } = index;
  let dot = 0;
  for (const t of pa.topics) if ((pb.mask >>> t) & 1) dot += values[a * TOPIC_COUNT + t]! * values[b * TOPIC_COUNT + t]!;
  for (const key of pa.organisationKeys) {
    if (!pb.organisationKeys.includes(key)) continue;
    const w = index.organisationWeight.get(key)!;
    dot += w * w;
  }
  return dot === 0 ? 0 : Math.round((dot / (pa.norm * pb.norm)) * 1000) / 1000;
}

/**
 * The records most similar to record `target`, best first; never the record itself, never without a reason.
 * Scores every record, keeps the best `limit`, and builds reasons only for those (10,000 records: one pass).
 */
export function similarTo(index: SimilarityIndex, target: number, limit = 5): Similar[] {
  const own = index.profiles[target];
  if (!own || limit <= 0) return [];
  // Best first by score, then by index; at most `limit` long.
  const best: { index: number; score: number }[] = [];
  for (let i = 0; i < index.profiles.length; i++) {
    if (i === target) continue;
    const score = scoreOf(index, target, i);
    if (score === 0 && !sharesAnything(own, index.profiles[i]!)) continue;
    if (best.length === limit && best[limit - 1]!.score >= score) continue;
    let at = best.length;
    while (at > 0 && best[at - 1]!.score < score) at--;
    best.splice(at, 0, { index: i, score });
    if (best.length > limit) best.pop();
  }
  return best.map(({ index: i }) => ({ ...compare(index, target, i)!, index: i }));
}

/** A shared topic or organisation whose score rounds to 0 still counts, as in `compare`. */
function sharesAnything(a: Profile, b: Profile): boolean {
  if (a.norm === 0 || b.norm === 0) return false;
  if ((a.mask & b.mask) !== 0) return true;
  return a.organisationKeys.some((key) => b.organisationKeys.includes(key));
}

const WORDING: Record<TopicLanguage, { both: string; name: string }> = {
  en: { both: 'both', name: 'both name' },
  de: { both: 'beide', name: 'beide nennen' },
  uk: { both: 'обидва', name: 'обидва згадують' },
};

/** "both: fire service, energy; both name Engagement Global". */
export function formatReasons(reasons: SimilarityReasons, language: TopicLanguage = 'en'): string {
  const words = WORDING[language];
  const parts: string[] = [];
  if (reasons.topics.length > 0) {
    parts.push(`${words.both}: ${reasons.topics.map((t) => topicLabel(t, language).toLowerCase()).join(', ')}`);
  }
  if (reasons.organisations.length > 0) parts.push(`${words.name} ${reasons.organisations.join(', ')}`);
  return parts.join('; ');
}
