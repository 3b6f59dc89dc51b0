/**
 * The one rule for "the same words" (src/text/fold.ts), stated with German
 * examples and checked in every place that matches text: the list search of
 * the popup and the full-tab picker (SearchIndex), its highlights, the
 * question lens, and question matching and grouping.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { questionLens } from '../../../src/compare/lens';
import { diffContent } from '../../../src/compare/revision-diff';
import { QUESTIONS } from '../../../src/questions/catalogue';
import { matchQuestion } from '../../../src/questions/match';
import { questionKey } from '../../../src/questions/normalise';
import type { PartnershipRecord } from '../../../src/record/types';
import { highlightRanges } from '../../../src/search/highlight';
import { buildShards, docOf, SearchIndex } from '../../../src/search/shard-index';
import { foldTransliterated, foldVariants, matchesQuery, wordingKey } from '../../../src/text/fold';
import { makeContent, makeRecord } from '../helpers/records';

const SHY = '\u00ad';
/** A catalogue question with umlauts ("darüber", "Solidaritätspartnerschaft"). */
const QUESTION = QUESTIONS[2]!;

/** [text on the page, what someone types, whether it must be found] */
const RULE: ReadonlyArray<[string, string, boolean]> = [
  // Umlauts: with dots, spelled out, or left off.
  ['Fördermittel aus Hürth', 'Hürth', true],
  ['Fördermittel aus Hürth', 'huerth', true],
  ['Fördermittel aus Hürth', 'hurth', true],
  ['Fördermittel aus Hürth', 'foerdermittel', true],
  ['Fördermittel aus Hürth', 'fordermittel', true],
  ['Gespräch in Huerth', 'Hürth', true],
  // Two spellings without an umlaut share no form: "ue" on the page is not "u".
  ['Gespräch in Huerth', 'hurth', false],
  // No over-matching of spelled-out umlauts: Steuer is not Stör.
  ['Der Stör im Rhein', 'Steuer', false],
  // ß is ss.
  ['Die Straßenbahn fährt', 'strassenbahn', true],
  ['Die Strassenbahn fährt', 'Straßenbahn', true],
  // A soft hyphen (as copied from a page) is not there, on either side.
  [`Die Städte${SHY}partnerschaft lebt`, 'Städtepartnerschaft', true],
  ['Die Städtepartnerschaft lebt', `Städte${SHY}partnerschaft`, true],
  // Case does not matter.
  ['Fördermittel aus Hürth', 'HÜRTH', true],
  ['Die Straßenbahn fährt', 'STRASSE', true],
  // Words match from their start: typing shows results as you go.
  ['Die Solidaritätspartnerschaft', 'solid', true],
  ['Die Solidaritätspartnerschaft', 'partnerschaft', false],
];

function recordWith(text: string): PartnershipRecord {
  return makeRecord({
    title: 'Aachen – Lwiw',
    partners: ['Aachen', 'Lwiw'],
    interviewee: null,
    answers: [{ number: QUESTION.number, questionId: QUESTION.id, question: QUESTION.text, markdown: text, text }],
  });
}

describe('the one folding rule', () => {
  it('gives a word its plain and spelled-out forms', () => {
    expect(foldVariants('Hürth')).toEqual(['hurth', 'huerth']);
    expect(foldVariants(`Städte${SHY}partnerschaft`)).toEqual(['stadtepartnerschaft', 'staedtepartnerschaft']);
    expect(foldVariants('STRASSE')).toEqual(foldVariants('Straße'));
  });

  it.each(RULE)('%j, typing %j: found = %s, in matchesQuery', (text, query, found) => {
    expect(matchesQuery(text, query)).toBe(found);
  });

  it.each(RULE)('%j, typing %j: found = %s, in the list search (popup and picker)', (text, query, found) => {
    const record = recordWith(text);
    const index = new SearchIndex(buildShards([docOf(record)]));
    expect(index.match(query)).toEqual(found ? [record.id] : []);
  });

  it.each(RULE)('%j, typing %j: found = %s, in the highlights', (text, query, found) => {
    expect(highlightRanges(text, query).length > 0).toBe(found);
  });

  it.each(RULE)('%j, typing %j: found = %s, in the question lens', (text, query, found) => {
    expect(questionLens([recordWith(text)], QUESTION.id, query)).toHaveLength(found ? 1 : 0);
  });
});

describe('the same wording (questions)', () => {
  const variants = [
    QUESTION.text,
    QUESTION.text.toUpperCase(),
    QUESTION.text.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue'),
    `${QUESTION.number}. ${QUESTION.text.replace(/([a-zäöü]{4})([a-zäöü]{4})/, `$1${SHY}$2`)}`,
  ];

  it('varies the wording in each example', () => {
    expect(new Set(variants).size).toBe(variants.length);
    expect(variants.at(-1)).toContain(SHY);
  });

  it.each(variants)('%j has the catalogue question\'s key and matches it', (text) => {
    expect(questionKey(text)).toBe(questionKey(QUESTION.text));
    expect(matchQuestion(text.replace(/^\d+\.\s*/, ''), null)).toEqual({ id: QUESTION.id, score: 1 });
  });

  it('keys a wording with umlauts spelled out, ß as ss, and no soft hyphen', () => {
    expect(wordingKey(`Für die Städte${SHY}partnerschaft: GRÖSSE?`)).toBe('fuer die staedtepartnerschaft groesse');
    expect(wordingKey('fuer die Staedtepartnerschaft – Größe')).toBe('fuer die staedtepartnerschaft groesse');
  });

  it('keeps an extra question the same question across versions when only its umlaut spelling or case changed', () => {
    const extra = (question: string) =>
      makeContent({ answers: [{ number: 13, questionId: null, question, markdown: 'Ja, mit Fördermitteln.', text: 'Ja, mit Fördermitteln.' }] });
    const diff = diffContent(extra('13. Gibt es Fördermittel für Städte?'), extra('13. GIBT ES FOERDERMITTEL FÜR STAEDTE?'));
    expect(diff.questions.map((q) => q.change)).toEqual(['changed']);
  });
});

describe('wordingKey, folded character by character', () => {
  // The rule as first written, kept as the spec: fold every character, then one space per run of non-word characters.
  const byRule = (text: string) => foldTransliterated(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const CHARS = ['a', 'Z', 'Q', '7', ' ', '  ', '-', '?', '(', '„', '–', 'ä', 'Ö', 'ü', 'ß', 'ẞ', 'é', '\u00ad', 'u\u0308', '\u00a0', '𝒜', '😀', 'Σ', 'ΑΣ', 'İ', '٣', 'Ⅻ', '\u200b', 'ﬁ'];
  const text = fc.array(fc.constantFrom(...CHARS), { maxLength: 14 }).map((parts) => parts.join(''));

  it('gives what folding each character and spacing the rest gives (fuzzed)', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(wordingKey(t)).toBe(byRule(t));
      }),
      { numRuns: 5000 },
    );
  });
});
