// How the quality tests measure the ideas rules on annotated portraits: topics
// precision/recall/F1 per answer, named organisations matched by the text as
// written, then checked for type and canonical name. Shared by quality.test.ts
// and the held-out tests so every set is measured the same way.
import { analyseRecord, type RecordIdeas } from '../../../src/ideas/analyse';
import { buildSimilarityIndex, similarTo } from '../../../src/ideas/similarity';
import type { AnnotatedPortrait } from './fixtures/portraits';
import { prng } from '../helpers/prng';

export type Analysed = { portrait: AnnotatedPortrait; ideas: RecordIdeas }[];

export interface Miss {
  where: string;
  kind: string;
  what: string;
}

export function analyse(p: AnnotatedPortrait): RecordIdeas {
  return analyseRecord({ partners: p.partners, answers: p.answers.map((a) => ({ questionId: a.q, text: a.text })) });
}

export function analyseAll(portraits: AnnotatedPortrait[]): Analysed {
  return portraits.map((p) => ({ portrait: p, ideas: analyse(p) }));
}

export const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d);
export const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

export function measureTopics(set: Analysed) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const misses: Miss[] = [];
  for (const { portrait, ideas } of set) {
    portrait.answers.forEach((answer, i) => {
      const got = new Set(ideas.answers[i]!.topics.map((t) => t.id));
      const want = new Set(answer.topics);
      const where = `${portrait.key}/${answer.q}`;
      for (const t of got) {
        if (want.has(t)) tp++;
        else {
          fp++;
          misses.push({ where, kind: 'extra topic', what: t });
        }
      }
      for (const t of want) {
        if (got.has(t)) continue;
        fn++;
        misses.push({ where, kind: 'missed topic', what: t });
      }
    });
  }
  return { ...topicFigures(tp, fp, fn), tp, fp, fn, misses };
}

function topicFigures(tp: number, fp: number, fn: number) {
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall) };
}

export function measureOrganisations(set: Analysed) {
  let detected = 0;
  let expected = 0;
  let found = 0;
  let typed = 0;
  let grouped = 0;
  const misses: Miss[] = [];
  for (const { portrait, ideas } of set) {
    portrait.answers.forEach((answer, i) => {
      const got = ideas.answers[i]!.organisations;
      const where = `${portrait.key}/${answer.q}`;
      detected += got.length;
      expected += answer.orgs.length;
      const matched = new Set<number>();
      for (const annotation of answer.orgs) {
        const [name, type, text] = annotation.split('|') as [string, string, string];
        const k = got.findIndex((o, j) => !matched.has(j) && o.mentions.some((m) => m.text === text));
        if (k < 0) {
          misses.push({ where, kind: 'missed organisation', what: annotation });
          continue;
        }
        matched.add(k);
        found++;
        if (got[k]!.type === type) typed++;
        else misses.push({ where, kind: 'wrong type', what: `${got[k]!.name}: ${got[k]!.type}, want ${type}` });
        if (got[k]!.name === name) grouped++;
        else misses.push({ where, kind: 'wrong canonical name', what: `${got[k]!.name}, want ${name}` });
      }
      got.forEach((o, j) => {
        if (!matched.has(j)) misses.push({ where, kind: 'extra organisation', what: `${o.name} ("${o.text}")` });
      });
    });
  }
  return {
    found,
    detected,
    expected,
    precision: ratio(found, detected),
    recall: ratio(found, expected),
    typeAccuracy: ratio(typed, found),
    grouping: ratio(grouped, found),
    misses,
  };
}

/**
 * The share of each portrait's two most similar that come from its own cluster, within the set, and the share two
 * portraits drawn at random would give (`chance`: a portrait's cluster mates among all the others).
 */
export function measureSimilarity(set: Analysed) {
  const index = buildSimilarityIndex(set.map((a) => a.ideas));
  const clusterSize = new Map<string | undefined, number>();
  for (const { portrait } of set) clusterSize.set(portrait.cluster, (clusterSize.get(portrait.cluster) ?? 0) + 1);
  const others = Math.max(1, set.length - 1);
  const chance = set.reduce((sum, { portrait }) => sum + (clusterSize.get(portrait.cluster)! - 1) / others, 0) / Math.max(1, set.length);
  let own = 0;
  let total = 0;
  const lines: string[] = [];
  set.forEach(({ portrait }, i) => {
    const top = similarTo(index, i, 2);
    for (const s of top) {
      total++;
      if (set[s.index]!.portrait.cluster === portrait.cluster) own++;
    }
    lines.push(`${portrait.key} → ${top.map((s) => `${set[s.index]!.portrait.key} (${s.score})`).join(', ')}`);
  });
  return { share: ratio(own, total), own, total, chance, lines, index };
}

/** The two figure lines every set prints. */
export function figureLines(t: ReturnType<typeof measureTopics>, o: ReturnType<typeof measureOrganisations>): string[] {
  return [
    `  topics: precision ${pct(t.precision)}, recall ${pct(t.recall)}, F1 ${t.f1.toFixed(3)}`,
    `  organisations: precision ${pct(o.precision)}, recall ${pct(o.recall)}, ` +
      `type accuracy ${pct(o.typeAccuracy)}, canonical grouping ${pct(o.grouping)}`,
  ];
}

export function missLines(...lists: Miss[][]): string[] {
  return lists.flat().map((m) => `  ${m.kind} in ${m.where}: ${m.what}`);
}

export type Interval = [low: number, high: number];

/**
 * How far a set's figures would move with other portraits of the same kind: a percentile bootstrap over
 * portraits, not answers, because one writer's answers are not independent of each other. Seeded, so every
 * run prints the same interval.
 */
export function portraitIntervals(set: Analysed, level = 0.9, resamples = 2000) {
  const per = set.map((one) => ({ t: measureTopics([one]), o: measureOrganisations([one]) }));
  const draws = { topicsF1: [] as number[], precision: [] as number[], recall: [] as number[] };
  const random = prng(2026);
  for (let r = 0; r < resamples; r++) {
    let tp = 0, fp = 0, fn = 0, found = 0, detected = 0, expected = 0;
    for (let i = 0; i < per.length; i++) {
      const { t, o } = per[Math.floor(random() * per.length)]!;
      tp += t.tp; fp += t.fp; fn += t.fn;
      found += o.found; detected += o.detected; expected += o.expected;
    }
    draws.topicsF1.push(topicFigures(tp, fp, fn).f1);
    draws.precision.push(ratio(found, detected));
    draws.recall.push(ratio(found, expected));
  }
  const interval = (values: number[]): Interval => {
    values.sort((a, b) => a - b);
    const at = (q: number) => values[Math.min(values.length - 1, Math.floor(q * values.length))]!;
    return [at((1 - level) / 2), at((1 + level) / 2)];
  };
  return { level, topicsF1: interval(draws.topicsF1), precision: interval(draws.precision), recall: interval(draws.recall) };
}

export function intervalLine(i: ReturnType<typeof portraitIntervals>): string {
  const span = ([low, high]: Interval) => `${low.toFixed(3)}–${high.toFixed(3)}`;
  return (
    `  ${Math.round(i.level * 100)} % interval over portraits: topics F1 ${span(i.topicsF1)}; ` +
    `organisations precision ${span(i.precision)}, recall ${span(i.recall)}`
  );
}
