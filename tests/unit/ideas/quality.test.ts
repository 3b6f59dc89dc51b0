// Measures the ideas rules on the annotated portraits and holds the figures the
// issue sets: a rule change that loses quality fails here, with the numbers printed.
import { describe, expect, it } from 'vitest';
import { HELD_OUT } from './fixtures/held-out';
import { HELD_OUT_2 } from './fixtures/held-out-2';
import { HELD_OUT_3 } from './fixtures/held-out-3';
import { PORTRAITS } from './fixtures/portraits';
import {
  analyseAll,
  figureLines as figures,
  measureOrganisations,
  measureSimilarity,
  measureTopics,
  missLines as misses,
  pct,
  type Analysed,
} from './measure';

const analysed: Analysed = analyseAll(PORTRAITS);
const heldOut: Analysed = analyseAll(HELD_OUT);
const heldOut2: Analysed = analyseAll(HELD_OUT_2);
const heldOut3: Analysed = analyseAll(HELD_OUT_3);

describe('ideas quality on the annotated portraits', () => {
  const topics = measureTopics(analysed);
  const organisations = measureOrganisations(analysed);
  const heldTopics = measureTopics(heldOut);
  const heldOrganisations = measureOrganisations(heldOut);
  const held2Topics = measureTopics(heldOut2);
  const held2Organisations = measureOrganisations(heldOut2);
  const held3Topics = measureTopics(heldOut3);
  const held3Organisations = measureOrganisations(heldOut3);
  const similarity = measureSimilarity(analysed);
  const answers = PORTRAITS.reduce((n, p) => n + p.answers.length, 0);

  console.log(
    [
      `ideas quality on ${PORTRAITS.length} portraits, ${answers} answers:`,
      ...figures(topics, organisations),
      `  similar: ${pct(similarity.share)} of ${similarity.total} top-2 from the own cluster`,
      ...misses(topics.misses, organisations.misses),
      `held out 1 (${HELD_OUT.length} portraits written after the first tuning; since tuning data for its four weak spots):`,
      ...figures(heldTopics, heldOrganisations),
      ...misses(heldTopics.misses, heldOrganisations.misses),
      `held out 2 (${HELD_OUT_2.length} portraits; tuning data since its misses guided the second round of rules):`,
      ...figures(held2Topics, held2Organisations),
      ...misses(held2Topics.misses, held2Organisations.misses),
      `held out 3 (${HELD_OUT_3.length} portraits in other voices; tuning data since its misses guided the third round of rules):`,
      ...figures(held3Topics, held3Organisations),
      ...misses(held3Topics.misses, held3Organisations.misses),
      ...similarity.lines.map((l) => `  ${l}`),
    ].join('\n'),
  );

  it('has at least 12 portraits in at least 3 clusters', () => {
    expect(PORTRAITS.length).toBeGreaterThanOrEqual(12);
    expect(new Set(PORTRAITS.map((p) => p.cluster)).size).toBeGreaterThanOrEqual(3);
  });

  it('finds topics with F1 ≥ 0.85', () => {
    expect(topics.f1).toBeGreaterThanOrEqual(0.85);
  });

  it('finds named organisations with precision and recall ≥ 0.90', () => {
    expect(organisations.precision).toBeGreaterThanOrEqual(0.9);
    expect(organisations.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('types ≥ 90 % of the organisations right and groups ≥ 90 % under their canonical name', () => {
    expect(organisations.typeAccuracy).toBeGreaterThanOrEqual(0.9);
    expect(organisations.grouping).toBeGreaterThanOrEqual(0.9);
  });

  it('holds the first held-out set, now tuning data, at the same targets', () => {
    expect(heldTopics.f1).toBeGreaterThanOrEqual(0.85);
    expect(heldOrganisations.precision).toBeGreaterThanOrEqual(0.9);
    expect(heldOrganisations.recall).toBeGreaterThanOrEqual(0.9);
    expect(heldOrganisations.typeAccuracy).toBeGreaterThanOrEqual(0.9);
    expect(heldOrganisations.grouping).toBeGreaterThanOrEqual(0.9);
  });

  // Tuning data since the second round of rules: held at the targets like the sets before it.
  it('holds the second held-out set, now tuning data, at the same targets', () => {
    expect(held2Topics.f1).toBeGreaterThanOrEqual(0.85);
    expect(held2Organisations.precision).toBeGreaterThanOrEqual(0.9);
    expect(held2Organisations.recall).toBeGreaterThanOrEqual(0.9);
    expect(held2Organisations.typeAccuracy).toBeGreaterThanOrEqual(0.9);
    expect(held2Organisations.grouping).toBeGreaterThanOrEqual(0.9);
  });

  // Tuning data since the third round of rules (its untuned figures: topics F1 0.802; organisations
  // precision 0.889, recall 0.681, type 0.969, grouping 0.969): held at the targets like the sets before it.
  it('holds the third held-out set, now tuning data, at the same targets', () => {
    expect(held3Topics.f1).toBeGreaterThanOrEqual(0.85);
    expect(held3Organisations.precision).toBeGreaterThanOrEqual(0.9);
    expect(held3Organisations.recall).toBeGreaterThanOrEqual(0.9);
    expect(held3Organisations.typeAccuracy).toBeGreaterThanOrEqual(0.9);
    expect(held3Organisations.grouping).toBeGreaterThanOrEqual(0.9);
  });

  it('puts ≥ 90 % of each record’s two most similar in its own cluster', () => {
    expect(similarity.share).toBeGreaterThanOrEqual(0.9);
  });
});
