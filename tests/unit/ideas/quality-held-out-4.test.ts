// Measures the ideas rules on held-out-4, the way quality.test.ts measures the
// earlier sets, and prints the figures and misses. Held-out-4 was written blind
// before the third rules round; its blind figures (after that round: topics F1
// 0.732, organisations precision 0.905, recall 0.697) are in docs/ideas.md. The
// fourth round tuned on its misses, so it is TUNING DATA now: the floors below
// hold the figures measured after that round (the targets where reached,
// just under the measured figure where not), and say nothing about new text.
import { describe, expect, it } from 'vitest';
import { GAZETTEER } from '../../../src/ideas/gazetteer';
import { ORGANISATION_TYPES } from '../../../src/ideas/org-types';
import { TOPIC_IDS } from '../../../src/ideas/topics';
import { isQuestionId } from '../../../src/questions/catalogue';
import { HELD_OUT_4 } from './fixtures/held-out-4';
import { analyseAll, figureLines, measureOrganisations, measureTopics, missLines } from './measure';

/** Under the targets (0.85, 0.90) after the fourth round: just under the measured figures. */
const TOPICS_F1_FLOOR = 0.8;
const ORGANISATIONS_RECALL_FLOOR = 0.69;

const annotations = HELD_OUT_4.flatMap((p) =>
  p.answers.flatMap((a) => a.orgs.map((raw) => ({ where: `${p.key}/${a.q}`, answer: a.text, raw, parts: raw.split('|') }))),
);

/** Every spelling the gazetteer knows (names and aliases), with the entry it belongs to. */
const gazetteerSpellings = GAZETTEER.flatMap((entry) =>
  [entry.name, ...entry.aliases].map((alias) => ({
    entry,
    exact: alias.startsWith('='),
    spelling: alias.replace(/^=/, ''),
  })),
);
const knownAs = (written: string) =>
  gazetteerSpellings.filter((g) =>
    g.exact ? g.spelling === written : g.spelling.toLowerCase() === written.toLowerCase(),
  );

describe('ideas quality on held-out-4 (blind before the third round, tuned on in the fourth)', () => {
  const set = analyseAll(HELD_OUT_4);
  const topics = measureTopics(set);
  const organisations = measureOrganisations(set);
  const answers = HELD_OUT_4.reduce((n, p) => n + p.answers.length, 0);

  console.log(
    [
      `held out 4 (${HELD_OUT_4.length} portraits, ${answers} answers, ${annotations.length} named organisations; ` +
        'written blind before the third rules round; tuning data since its misses guided the fourth):',
      ...figureLines(topics, organisations),
      ...missLines(topics.misses, organisations.misses),
    ].join('\n'),
  );

  it('holds the figures of the fourth round: the issue’s targets where reached, floors just under the rest', () => {
    expect(topics.f1).toBeGreaterThanOrEqual(TOPICS_F1_FLOOR);
    expect(organisations.precision).toBeGreaterThanOrEqual(0.9);
    expect(organisations.recall).toBeGreaterThanOrEqual(ORGANISATIONS_RECALL_FLOOR);
    expect(organisations.typeAccuracy).toBeGreaterThanOrEqual(0.9);
    expect(organisations.grouping).toBeGreaterThanOrEqual(0.9);
  });

  it('has at least 7 portraits of 8 to 12 answers in at least 3 clusters, with unique keys and questions', () => {
    expect(HELD_OUT_4.length).toBeGreaterThanOrEqual(7);
    expect(new Set(HELD_OUT_4.map((p) => p.cluster)).size).toBeGreaterThanOrEqual(3);
    expect(new Set(HELD_OUT_4.map((p) => p.key)).size).toBe(HELD_OUT_4.length);
    for (const p of HELD_OUT_4) {
      expect(p.answers.length, p.key).toBeGreaterThanOrEqual(8);
      expect(p.answers.length, p.key).toBeLessThanOrEqual(12);
      expect(new Set(p.answers.map((a) => a.q)).size, p.key).toBe(p.answers.length);
      for (const a of p.answers) expect(isQuestionId(a.q), `${p.key}/${a.q}`).toBe(true);
    }
  });

  it('annotates only known topic ids, each at most once per answer', () => {
    for (const p of HELD_OUT_4) {
      for (const a of p.answers) {
        for (const t of a.topics) expect(TOPIC_IDS, `${p.key}/${a.q}`).toContain(t);
        expect(new Set(a.topics).size, `${p.key}/${a.q}`).toBe(a.topics.length);
      }
    }
  });

  it('writes every organisation as canonical|type|text, with a known type and the text as it stands in the answer', () => {
    expect(annotations.length).toBeGreaterThan(0);
    for (const { where, answer, raw, parts } of annotations) {
      expect(parts, `${where}: ${raw}`).toHaveLength(3);
      const [name, type, text] = parts as [string, string, string];
      expect(name.trim(), `${where}: ${raw}`).not.toBe('');
      expect(ORGANISATION_TYPES, `${where}: ${raw}`).toContain(type);
      expect(answer, `${where}: ${raw}`).toContain(text);
    }
  });

  it('annotates each organisation once per answer', () => {
    for (const p of HELD_OUT_4) {
      for (const a of p.answers) {
        const names = a.orgs.map((raw) => raw.split('|')[0]);
        expect(new Set(names).size, `${p.key}/${a.q}`).toBe(names.length);
      }
    }
  });

  it('spells every organisation the gazetteer knows with the gazetteer’s canonical name', () => {
    for (const { where, raw, parts } of annotations) {
      const [name, , text] = parts as [string, string, string];
      // A canonical name that is one of the gazetteer's spellings must be the entry's own name…
      for (const g of knownAs(name)) expect(name, `${where}: ${raw}`).toBe(g.entry.name);
      // …and a text written exactly as a gazetteer spelling belongs to that entry.
      for (const g of knownAs(text)) expect(name, `${where}: ${raw}`).toBe(g.entry.name);
    }
  });
});
