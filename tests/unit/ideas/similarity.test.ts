// Similar partnerships: rarity-weighted shared topics and shared organisations,
// always with reasons.
import { describe, expect, it } from 'vitest';
import { buildSimilarityIndex, formatReasons, similarTo, type SimilarityInput } from '../../../src/ideas/similarity';
import type { TopicId } from '../../../src/ideas/topics';

function record(topics: TopicId[][], organisations: string[] = []): SimilarityInput {
  return { answers: topics.map((ids) => ({ topics: ids.map((id) => ({ id })) })), organisations: organisations.map((name) => ({ name })) };
}

describe('similarity', () => {
  const collection = [
    record([['civil-protection', 'funding'], ['energy']], ['Engagement Global']),
    record([['civil-protection'], ['energy', 'funding']], ['Engagement Global']),
    record([['schools', 'funding']]),
    record([['funding'], ['youth']]),
    record([['culture']]),
  ];
  const index = buildSimilarityIndex(collection);

  it('ranks by shared rare topics and organisations, with the reasons', () => {
    const [best, ...rest] = similarTo(index, 0);
    expect(best!.index).toBe(1);
    expect(best!.reasons.topics).toEqual(expect.arrayContaining(['civil-protection', 'energy', 'funding']));
    expect(best!.reasons.organisations).toEqual(['Engagement Global']);
    // A topic five of five records share weighs least and comes last in the reasons.
    expect(best!.reasons.topics[best!.reasons.topics.length - 1]).toBe('funding');
    for (const other of rest) expect(other.score).toBeLessThan(best!.score);
  });

  it('never lists the record itself, nor a record with nothing in common', () => {
    const similar = similarTo(index, 0);
    expect(similar.map((s) => s.index)).not.toContain(0);
    expect(similar.map((s) => s.index)).not.toContain(4);
    expect(similarTo(index, 4)).toEqual([]);
    for (const s of similar) expect(s.reasons.topics.length + s.reasons.organisations.length).toBeGreaterThan(0);
  });

  it('says why in words, in English, German and Ukrainian', () => {
    const reasons = { topics: ['civil-protection', 'energy'] as TopicId[], organisations: ['Engagement Global'] };
    expect(formatReasons(reasons)).toBe('both: fire service and civil protection, energy; both name Engagement Global');
    expect(formatReasons(reasons, 'de')).toBe('beide: feuerwehr und katastrophenschutz, energie; beide nennen Engagement Global');
    expect(formatReasons({ topics: [], organisations: ['SKEW'] }, 'uk')).toBe('обидва згадують SKEW');
  });

  it('keeps the best `limit` of the full ranking: best first, ties by position, the same as a longer list cut short', () => {
    // Many ties: records 5… are copies of records 0–3, so the top results share scores.
    const tied = buildSimilarityIndex([...collection, ...collection.slice(0, 4), ...collection.slice(0, 4)]);
    for (let target = 0; target < 13; target++) {
      const all = similarTo(tied, target, 100);
      for (let i = 1; i < all.length; i++) {
        const [a, b] = [all[i - 1]!, all[i]!];
        expect(a.score > b.score || (a.score === b.score && a.index < b.index)).toBe(true);
      }
      for (const limit of [0, 1, 2, 3, 5]) expect(similarTo(tied, target, limit)).toEqual(all.slice(0, limit));
    }
  });

  it('copes with an empty collection and an unknown index', () => {
    expect(similarTo(buildSimilarityIndex([]), 0)).toEqual([]);
    expect(similarTo(index, 99)).toEqual([]);
  });
});
