/**
 * Similar partnerships (docs/ideas.md): the topics two records share, each
 * weighted by how rare it is in the collection and by how many of the record's
 * answers report it, plus the organisations both name. Every result keeps its
 * reasons; the score only orders them.
 */

import { organisationKey } from './detect-organisations';
import { topicLabel, type TopicId, type TopicLanguage } from './topics';

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

interface Profile {
  /** Topic → how many answers report it. */
  topics: Map<TopicId, number>;
  /** Organisation key → canonical name as this record writes it. */
  organisations: Map<string, string>;
  norm: number;
}

export interface SimilarityIndex {
  profiles: Profile[];
  topicWeight: Map<TopicId, number>;
  organisationWeight: Map<string, number>;
}

/** Rarer means heavier: log(1 + N / df), so a topic every record has still weighs a little. */
function rarity(count: number, size: number): number {
  return Math.log(1 + size / count);
}

/** A topic three answers report is the record's theme more than one mentioned once, but not three times more. */
function emphasis(answers: number): number {
  return 1 + Math.log(answers);
}

function topicValue(index: SimilarityIndex, p: Profile, t: TopicId): number {
  return emphasis(p.topics.get(t)!) * index.topicWeight.get(t)!;
}

/** What similarity keeps of a record: answers per topic, and organisations by key with the record's canonical name. */
export interface ProfileInput {
  topics: Map<TopicId, number>;
  organisations: Map<string, string>;
}

export function buildSimilarityIndex(records: readonly SimilarityInput[]): SimilarityIndex {
  return similarityIndexOf(
    records.map((r) => {
      const topics = new Map<TopicId, number>();
      for (const a of r.answers) for (const t of a.topics) topics.set(t.id, (topics.get(t.id) ?? 0) + 1);
      return { topics, organisations: new Map(r.organisations.map((o) => [organisationKey(o.name), o.name])) };
    }),
  );
}

/** The index over profiles built by the caller (the Ideas view builds them from the ideas cache in one pass). */
export function similarityIndexOf(inputs: readonly ProfileInput[]): SimilarityIndex {
  const topicCount = new Map<TopicId, number>();
  const organisationCount = new Map<string, number>();
  const profiles = inputs.map(({ topics, organisations }): Profile => {
    for (const t of topics.keys()) topicCount.set(t, (topicCount.get(t) ?? 0) + 1);
    for (const k of organisations.keys()) organisationCount.set(k, (organisationCount.get(k) ?? 0) + 1);
    return { topics, organisations, norm: 0 };
  });
  const size = inputs.length;
  const index: SimilarityIndex = {
    profiles,
    topicWeight: new Map([...topicCount].map(([t, n]) => [t, rarity(n, size)])),
    organisationWeight: new Map([...organisationCount].map(([k, n]) => [k, ORGANISATION_WEIGHT * rarity(n, size)])),
  };
  for (const p of profiles) {
    let sum = 0;
    for (const t of p.topics.keys()) sum += topicValue(index, p, t) ** 2;
    for (const k of p.organisations.keys()) sum += index.organisationWeight.get(k)! ** 2;
    p.norm = Math.sqrt(sum);
  }
  return index;
}

function compare(index: SimilarityIndex, a: Profile, b: Profile): Omit<Similar, 'index'> | null {
  if (a.norm === 0 || b.norm === 0) return null;
  const topics: [TopicId, number][] = [];
  const organisations: [string, number][] = [];
  let dot = 0;
  for (const t of a.topics.keys()) {
    if (!b.topics.has(t)) continue;
    const share = topicValue(index, a, t) * topicValue(index, b, t);
    dot += share;
    topics.push([t, share]);
  }
  for (const [key, name] of a.organisations) {
    if (!b.organisations.has(key)) continue;
    const w = index.organisationWeight.get(key)!;
    dot += w * w;
    organisations.push([name, w]);
  }
  if (dot === 0) return null;
  const heaviestFirst = <T>(list: [T, number][]) => list.sort((x, y) => y[1] - x[1]).map(([v]) => v);
  return {
    score: Math.round((dot / (a.norm * b.norm)) * 1000) / 1000,
    reasons: { topics: heaviestFirst(topics), organisations: heaviestFirst(organisations) },
  };
}

/** The score of `compare`, summed in the same order (so the same number), without building the reasons. */
function scoreOf(index: SimilarityIndex, a: Profile, b: Profile): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  let dot = 0;
  for (const t of a.topics.keys()) if (b.topics.has(t)) dot += topicValue(index, a, t) * topicValue(index, b, t);
  for (const key of a.organisations.keys()) {
    if (!b.organisations.has(key)) continue;
    const w = index.organisationWeight.get(key)!;
    dot += w * w;
  }
  return dot === 0 ? 0 : Math.round((dot / (a.norm * b.norm)) * 1000) / 1000;
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
  index.profiles.forEach((other, i) => {
    if (i === target) return;
    const score = scoreOf(index, own, other);
    if (score === 0 && !sharesAnything(own, other)) return;
    if (best.length === limit && best[limit - 1]!.score >= score) return;
    let at = best.length;
    while (at > 0 && best[at - 1]!.score < score) at--;
    best.splice(at, 0, { index: i, score });
    if (best.length > limit) best.pop();
  });
  return best.map(({ index: i }) => ({ ...compare(index, own, index.profiles[i]!)!, index: i }));
}

/** A shared topic or organisation whose score rounds to 0 still counts, as in `compare`. */
function sharesAnything(a: Profile, b: Profile): boolean {
  if (a.norm === 0 || b.norm === 0) return false;
  for (const t of a.topics.keys()) if (b.topics.has(t)) return true;
  for (const key of a.organisations.keys()) if (b.organisations.has(key)) return true;
  return false;
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
