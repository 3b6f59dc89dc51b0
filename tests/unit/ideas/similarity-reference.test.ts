// The similarity index keeps arrays and bit masks (performance finding 16). A property test holds it
// equal to the rule written out plainly: for random collections, every record's ranking, scores and
// reasons are those of comparing it with every other record through Maps, as the index first did.
import { describe, expect, it } from 'vitest';
import { organisationKey } from '../../../src/ideas/detect-organisations';
import { buildSimilarityIndex, similarTo, type Similar, type SimilarityInput } from '../../../src/ideas/similarity';
import { TOPIC_IDS, type TopicId } from '../../../src/ideas/topics';
import { prng } from '../helpers/prng';


const NAMES = ['Engagement Global', 'Stadtwerke Lünen', 'Technisches Hilfswerk', 'Caritas', 'Stiftung Mercator', 'Deutsches Rotes Kreuz'];

function collection(seed: number, size: number): SimilarityInput[] {
  const next = prng(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  // Few topics per collection, so records share some and rarity differs.
  const topics = TOPIC_IDS.filter(() => next() < 0.4);
  return Array.from({ length: size }, () => ({
    answers: Array.from({ length: 1 + Math.floor(next() * 4) }, () => ({
      // An answer reports a topic once, as the analysis gives it.
      topics: [...new Set(topics.length === 0 ? [] : Array.from({ length: Math.floor(next() * 3) }, () => pick(topics)))].map((id) => ({ id })),
    })),
    // A name may come twice in one record: it counts once.
    organisations: Array.from({ length: Math.floor(next() * 3) }, () => ({ name: pick(NAMES) })),
  }));
}

/** The rule as docs/ideas.md states it, with a Map per record and every pair compared. */
function reference(records: readonly SimilarityInput[], target: number, limit: number): Similar[] {
  const size = records.length;
  const profiles = records.map((r) => {
    const topics = new Map<TopicId, number>();
    for (const a of r.answers) for (const t of a.topics) topics.set(t.id, (topics.get(t.id) ?? 0) + 1);
    const organisations = new Map<string, string>();
    for (const o of r.organisations) organisations.set(organisationKey(o.name), o.name);
    return { topics, organisations };
  });
  const df = (has: (p: (typeof profiles)[number]) => boolean) => profiles.filter(has).length;
  const topicWeight = (t: TopicId) => Math.log(1 + size / df((p) => p.topics.has(t)));
  const orgWeight = (k: string) => 1.5 * Math.log(1 + size / df((p) => p.organisations.has(k)));
  const value = (p: (typeof profiles)[number], t: TopicId) => (1 + Math.log(p.topics.get(t)!)) * topicWeight(t);
  const norm = (p: (typeof profiles)[number]) =>
    Math.sqrt([...p.topics.keys()].reduce((s, t) => s + value(p, t) ** 2, 0) + [...p.organisations.keys()].reduce((s, k) => s + orgWeight(k) ** 2, 0));
  const a = profiles[target]!;
  const found: Similar[] = [];
  profiles.forEach((b, index) => {
    if (index === target || norm(a) === 0 || norm(b) === 0) return;
    const topics = [...a.topics.keys()].filter((t) => b.topics.has(t)).map((t) => [t, value(a, t) * value(b, t)] as const);
    const organisations = [...a.organisations].filter(([k]) => b.organisations.has(k)).map(([k, name]) => [name, orgWeight(k) ** 2, orgWeight(k)] as const);
    if (topics.length + organisations.length === 0) return;
    const dot = topics.reduce((s, [, v]) => s + v, 0) + organisations.reduce((s, [, v]) => s + v, 0);
    found.push({
      index,
      score: Math.round((dot / (norm(a) * norm(b))) * 1000) / 1000,
      reasons: {
        topics: [...topics].sort((x, y) => y[1] - x[1]).map(([t]) => t),
        organisations: [...organisations].sort((x, y) => y[2] - x[2]).map(([name]) => name),
      },
    });
  });
  return found.sort((x, y) => y.score - x.score || x.index - y.index).slice(0, limit);
}

describe('similarity index against the plain rule', () => {
  it('ranks, scores and explains as comparing every pair does, on random collections', () => {
    let compared = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const records = collection(seed, 2 + (seed % 23));
      const index = buildSimilarityIndex(records);
      for (let target = 0; target < records.length; target++) {
        const limit = 1 + (seed % 6);
        const got = similarTo(index, target, limit);
        const want = reference(records, target, limit);
        expect(got.map((s) => s.index)).toEqual(want.map((s) => s.index));
        got.forEach((s, i) => {
          expect(s.score).toBeCloseTo(want[i]!.score, 9);
          expect(s.reasons).toEqual(want[i]!.reasons);
        });
        compared += got.length;
      }
    }
    // Random collections with nothing similar in them would prove nothing.
    expect(compared).toBeGreaterThan(500);
  });
});
