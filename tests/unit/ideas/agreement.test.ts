// How far two annotators agree on a held-out set, and what the rules reach against
// each of them and against what both agree on. Annotation 1 is the set's own
// (HELD_OUT_5, HELD_OUT_10); the second (HELD_OUT_5_SECOND, HELD_OUT_10_SECOND) was
// made blind from the same texts. Everything is counted the way measure.ts counts the
// quality sets: annotation 2 is scored as if it were the rules' output against
// annotation 1. Only the second annotation's soundness is asserted; the figures are
// printed (docs/ideas.md, "Agreement between two annotators"). Held-out-10 is still a
// blind set, so only its figures are printed, never its misses.
import { describe, expect, it } from 'vitest';
import type { AnswerIdeas, RecordIdeas } from '../../../src/ideas/analyse';
import type { OrganisationType } from '../../../src/ideas/org-types';
import { HELD_OUT_10 } from './fixtures/held-out-10';
import { HELD_OUT_10_SECOND } from './fixtures/held-out-10-second';
import { HELD_OUT_5 } from './fixtures/held-out-5';
import { HELD_OUT_5_SECOND } from './fixtures/held-out-5-second';
import type { AnnotatedPortrait, SecondAnnotation } from './fixtures/portraits';
import { checkAnnotations } from './held-out-checks';
import {
  analyse,
  type Analysed,
  figureLines,
  intervalLine,
  measureOrganisations,
  measureTopics,
  missLines,
  portraitIntervals,
} from './measure';

const split = (raw: string) => raw.split('|') as [string, OrganisationType, string];
const textOf = (raw: string) => split(raw)[2];

/** The set's texts with the second annotator's topics and organisations. */
const withSecond = (first: AnnotatedPortrait[], second: SecondAnnotation[]): AnnotatedPortrait[] =>
  first.map((p, i) => ({
    ...p,
    answers: p.answers.map((a, j) => ({ ...a, ...second[i]!.answers[j]! })),
  }));

/** An annotation written out as if the rules had produced it, so measure.ts can score it. */
function asIdeas(p: AnnotatedPortrait): RecordIdeas {
  const answers: AnswerIdeas[] = p.answers.map((a, index) => ({
    index,
    questionId: a.q,
    topics: a.topics.map((id) => ({ id, evidence: [] })),
    organisations: a.orgs.map((raw) => {
      const [name, type, text] = split(raw);
      const start = a.text.indexOf(text);
      return { name, type, text, mentions: [{ start, end: start + text.length, text }] };
    }),
  }));
  return { answers, topics: [], organisations: [] };
}

/**
 * The part of both annotations the annotators agree on: topics both gave, and the
 * organisations both wrote with the same text (annotation 1's canonical name and
 * type). With it, what only one annotator gave is taken out of the rules' output
 * too, so it counts neither for nor against them.
 */
function consensus(
  firstSet: AnnotatedPortrait[],
  secondSet: AnnotatedPortrait[],
): { reference: AnnotatedPortrait[]; rules: Analysed } {
  const reference: AnnotatedPortrait[] = [];
  const rules: Analysed = [];
  firstSet.forEach((first, i) => {
    const second = secondSet[i]!;
    const ideas = analyse(first);
    const answers = first.answers.map((a, j) => {
      const b = second.answers[j]!;
      const bTexts = new Set(b.orgs.map(textOf));
      const agreedOrgs = a.orgs.filter((raw) => bTexts.has(textOf(raw)));
      const disputedTexts = new Set(
        [...a.orgs, ...b.orgs].map(textOf).filter((t) => !agreedOrgs.some((raw) => textOf(raw) === t)),
      );
      const disputedTopics = new Set([...a.topics, ...b.topics].filter((t) => a.topics.includes(t) !== b.topics.includes(t)));
      const got = ideas.answers[j]!;
      ideas.answers[j] = {
        ...got,
        topics: got.topics.filter((t) => !disputedTopics.has(t.id)),
        organisations: got.organisations.filter((o) => !o.mentions.some((m) => disputedTexts.has(m.text))),
      };
      return { ...a, topics: a.topics.filter((t) => b.topics.includes(t)), orgs: agreedOrgs };
    });
    const portrait = { ...first, answers };
    reference.push(portrait);
    rules.push({ portrait, ideas });
  });
  return { reference, rules };
}

function report(title: string, set: Analysed, withMisses: boolean): string[] {
  const topics = measureTopics(set);
  const organisations = measureOrganisations(set);
  return [
    title,
    ...figureLines(topics, organisations),
    intervalLine(portraitIntervals(set)),
    ...(withMisses ? missLines(topics.misses, organisations.misses) : []),
  ];
}

const count = (set: AnnotatedPortrait[], of: 'topics' | 'orgs') =>
  set.reduce((n, p) => n + p.answers.reduce((m, a) => m + a[of].length, 0), 0);

interface AgreementSet {
  name: string;
  first: AnnotatedPortrait[];
  second: SecondAnnotation[];
  /** Print the disagreements of (a) and the rules' misses of (d); false for a set that is still blind. */
  misses: boolean;
}

function describeAgreement({ name, first, second: annotation, misses }: AgreementSet): void {
  describe(`agreement between two annotators of ${name}`, () => {
    const second = withSecond(first, annotation);
    const { reference, rules } = consensus(first, second);
    console.log(
      [
        `${name}: annotation 1 gives ${count(first, 'topics')} topics and ${count(first, 'orgs')} organisations, ` +
          `annotation 2 ${count(second, 'topics')} and ${count(second, 'orgs')}; both agree on ` +
          `${count(reference, 'topics')} topics and ${count(reference, 'orgs')} organisations` +
          (misses ? '' : ' (a blind set: figures only)'),
        ...report(
          '(a) annotation 2 scored against annotation 1:',
          first.map((p, i) => ({ portrait: p, ideas: asIdeas(second[i]!) })),
          misses,
        ),
        ...report('(b) the rules against annotation 1:', first.map((p) => ({ portrait: p, ideas: analyse(p) })), false),
        ...report('(c) the rules against annotation 2:', second.map((p) => ({ portrait: p, ideas: analyse(p) })), false),
        ...report('(d) the rules against what both annotators agree on (what only one gave is left out):', rules, misses),
      ].join('\n'),
    );

    it('annotates the same portraits and answers, in the same order', () => {
      expect(annotation.map((p) => p.key)).toEqual(first.map((p) => p.key));
      first.forEach((p, i) => {
        expect(annotation[i]!.answers.map((a) => a.q), p.key).toEqual(p.answers.map((a) => a.q));
      });
      expect(count(second, 'topics') + count(second, 'orgs')).toBeGreaterThan(0);
    });

    // Shape, topic ids, types, texts as written and gazetteer spellings, as every held-out set is checked.
    checkAnnotations(second);
  });
}

describeAgreement({ name: 'held-out-5', first: HELD_OUT_5, second: HELD_OUT_5_SECOND, misses: true });
describeAgreement({ name: 'held-out-10', first: HELD_OUT_10, second: HELD_OUT_10_SECOND, misses: false });
