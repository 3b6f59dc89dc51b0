// How a blind held-out set is measured before floors are set: its figures and
// misses are printed, and only its soundness is asserted: the set's shape, known
// topic ids and types, each organisation written as canonical|type|text with the
// text as it stands in the answer, and known organisations spelled with the
// gazetteer's canonical name. Shared by the quality-held-out-*.test.ts files so
// each set is measured and checked the same way.
import { describe, expect, it } from 'vitest';
import { GAZETTEER } from '../../../src/ideas/gazetteer';
import { ORGANISATION_TYPES } from '../../../src/ideas/org-types';
import { TOPIC_IDS } from '../../../src/ideas/topics';
import { isQuestionId } from '../../../src/questions/catalogue';
import type { AnnotatedPortrait } from './fixtures/portraits';
import { analyseAll, figureLines, intervalLine, measureOrganisations, measureTopics, missLines, portraitIntervals } from './measure';

export function annotationsOf(set: AnnotatedPortrait[]) {
  return set.flatMap((p) =>
    p.answers.flatMap((a) => a.orgs.map((raw) => ({ where: `${p.key}/${a.q}`, answer: a.text, raw, parts: raw.split('|') }))),
  );
}

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

/** Registers the soundness tests for one held-out set inside the caller's describe block. */
export function checkAnnotations(set: AnnotatedPortrait[]): void {
  const annotations = annotationsOf(set);

  it('has at least 7 portraits of 8 to 12 answers in at least 3 clusters, with unique keys and questions', () => {
    expect(set.length).toBeGreaterThanOrEqual(7);
    expect(new Set(set.map((p) => p.cluster)).size).toBeGreaterThanOrEqual(3);
    expect(new Set(set.map((p) => p.key)).size).toBe(set.length);
    for (const p of set) {
      expect(p.answers.length, p.key).toBeGreaterThanOrEqual(8);
      expect(p.answers.length, p.key).toBeLessThanOrEqual(12);
      expect(new Set(p.answers.map((a) => a.q)).size, p.key).toBe(p.answers.length);
      for (const a of p.answers) expect(isQuestionId(a.q), `${p.key}/${a.q}`).toBe(true);
    }
  });

  it('annotates only known topic ids, each at most once per answer', () => {
    for (const p of set) {
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
    for (const p of set) {
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
}

/** Legal forms a company's canonical name drops (docs/ideas.md, "Annotation conventions"). */
export const LEGAL_FORM = /\s(?:GmbH & Co\. KG|gGmbH|GmbH|mbH|AG|KG|SE|eG|AöR|UG|OHG|KGaA)$/;

/**
 * Registers the stricter checks of the sets written since the legal-form convention
 * (held-out-6 on): at least 10 portraits of 9 to 12 answers, and no canonical name
 * with a legal form, so mentions with and without it join.
 */
export function checkSizeAndLegalForms(set: AnnotatedPortrait[]): void {
  it('has at least 10 portraits of 9 to 12 answers each', () => {
    expect(set.length).toBeGreaterThanOrEqual(10);
    for (const p of set) {
      expect(p.answers.length, p.key).toBeGreaterThanOrEqual(9);
      expect(p.answers.length, p.key).toBeLessThanOrEqual(12);
    }
  });

  it('gives no canonical name a legal form, so mentions with and without it join', () => {
    for (const { where, raw, parts } of annotationsOf(set)) {
      expect(parts[0], `${where}: ${raw}`).not.toMatch(LEGAL_FORM);
    }
  });

  it('the legal-form check catches the forms it is meant to, and leaves "e.V." alone', () => {
    const withForm = ['Elektro Brüggemann GmbH & Co. KG', 'Volksbank Rödinghoven eG', 'Werk mbH', 'Solar AG', 'Pflege gGmbH'];
    for (const name of [...withForm, 'Werkstatt Oberkamp OHG', 'Entsorgung AöR']) expect(name).toMatch(LEGAL_FORM);
    for (const name of ['Stadtwerke Hollwede', 'Verein der Ukrainer in Kerpenrath e.V.', 'KfW', 'sequa']) {
      expect(name).not.toMatch(LEGAL_FORM);
    }
  });
}

export interface HeldOutFloors {
  topicsF1: number;
  precision: number;
  recall: number;
  typeAccuracy: number;
  grouping: number;
}

export interface HeldOutSet {
  number: number;
  set: AnnotatedPortrait[];
  /** What the describe block says about the set, e.g. "blind, never tuned on". */
  status: string;
  /** How the set was written and used, printed with its figures. */
  provenance: string;
  /** Set by the lead once a rules round is measured; until then only soundness is asserted. */
  floors?: HeldOutFloors;
}

/** Prints a held-out set's figures and misses, holds its floors if it has any, and checks its annotations. */
export function describeHeldOutSet({ number, set, status, provenance, floors }: HeldOutSet): void {
  describe(`ideas quality on held-out-${number} (${status})`, () => {
    const analysed = analyseAll(set);
    const topics = measureTopics(analysed);
    const organisations = measureOrganisations(analysed);
    const answers = set.reduce((n, p) => n + p.answers.length, 0);

    console.log(
      [
        `held out ${number} (${set.length} portraits, ${answers} answers, ${annotationsOf(set).length} named organisations; ` +
          `${provenance}):`,
        ...figureLines(topics, organisations),
        intervalLine(portraitIntervals(analysed)),
        ...missLines(topics.misses, organisations.misses),
      ].join('\n'),
    );

    if (floors) {
      it('holds its floors for topics F1 and organisations precision, recall, type and grouping', () => {
        expect(topics.f1).toBeGreaterThanOrEqual(floors.topicsF1);
        expect(organisations.precision).toBeGreaterThanOrEqual(floors.precision);
        expect(organisations.recall).toBeGreaterThanOrEqual(floors.recall);
        expect(organisations.typeAccuracy).toBeGreaterThanOrEqual(floors.typeAccuracy);
        expect(organisations.grouping).toBeGreaterThanOrEqual(floors.grouping);
      });
    }

    checkAnnotations(set);
  });
}
