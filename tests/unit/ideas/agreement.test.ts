// How far two annotators agree on held-out-5, and what the rules reach against
// each of them and against what both agree on. Annotation 1 is HELD_OUT_5, the
// second (HELD_OUT_5_SECOND) was made blind from the same texts. Everything is
// counted the way measure.ts counts the quality sets: annotation 2 is scored as if
// it were the rules' output against annotation 1. Only the second annotation's
// soundness is asserted; the figures are printed (docs/ideas.md, "Agreement
// between two annotators").
import { describe, expect, it } from 'vitest';
import type { AnswerIdeas, RecordIdeas } from '../../../src/ideas/analyse';
import type { OrganisationType } from '../../../src/ideas/org-types';
import { HELD_OUT_5 } from './fixtures/held-out-5';
import { HELD_OUT_5_SECOND } from './fixtures/held-out-5-second';
import type { AnnotatedPortrait } from './fixtures/portraits';
import { checkAnnotations } from './held-out-checks';
import { analyse, type Analysed, figureLines, measureOrganisations, measureTopics, missLines } from './measure';

const split = (raw: string) => raw.split('|') as [string, OrganisationType, string];
const textOf = (raw: string) => split(raw)[2];

/** Held-out-5's texts with the second annotator's topics and organisations. */
const SECOND: AnnotatedPortrait[] = HELD_OUT_5.map((p, i) => ({
  ...p,
  answers: p.answers.map((a, j) => ({ ...a, ...HELD_OUT_5_SECOND[i]!.answers[j]! })),
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
function consensus(): { reference: AnnotatedPortrait[]; rules: Analysed } {
  const reference: AnnotatedPortrait[] = [];
  const rules: Analysed = [];
  HELD_OUT_5.forEach((first, i) => {
    const second = SECOND[i]!;
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
  return [title, ...figureLines(topics, organisations), ...(withMisses ? missLines(topics.misses, organisations.misses) : [])];
}

const count = (set: AnnotatedPortrait[], of: 'topics' | 'orgs') =>
  set.reduce((n, p) => n + p.answers.reduce((m, a) => m + a[of].length, 0), 0);

describe('agreement between two annotators of held-out-5', () => {
  const { reference, rules } = consensus();
  console.log(
    [
      `held-out-5: annotation 1 gives ${count(HELD_OUT_5, 'topics')} topics and ${count(HELD_OUT_5, 'orgs')} organisations, ` +
        `annotation 2 ${count(SECOND, 'topics')} and ${count(SECOND, 'orgs')}; both agree on ` +
        `${count(reference, 'topics')} topics and ${count(reference, 'orgs')} organisations`,
      ...report(
        '(a) annotation 2 scored against annotation 1:',
        HELD_OUT_5.map((p, i) => ({ portrait: p, ideas: asIdeas(SECOND[i]!) })),
        true,
      ),
      ...report('(b) the rules against annotation 1:', HELD_OUT_5.map((p) => ({ portrait: p, ideas: analyse(p) })), false),
      ...report('(c) the rules against annotation 2:', SECOND.map((p) => ({ portrait: p, ideas: analyse(p) })), false),
      ...report('(d) the rules against what both annotators agree on (what only one gave is left out):', rules, true),
    ].join('\n'),
  );

  it('annotates the same portraits and answers, in the same order', () => {
    expect(HELD_OUT_5_SECOND.map((p) => p.key)).toEqual(HELD_OUT_5.map((p) => p.key));
    HELD_OUT_5.forEach((p, i) => {
      expect(HELD_OUT_5_SECOND[i]!.answers.map((a) => a.q), p.key).toEqual(p.answers.map((a) => a.q));
    });
    expect(count(SECOND, 'topics') + count(SECOND, 'orgs')).toBeGreaterThan(0);
  });

  // Shape, topic ids, types, texts as written and gazetteer spellings, as every held-out set is checked.
  checkAnnotations(SECOND);
});
