/**
 * The fast paths of question matching (exact wording, settled number, cached
 * folding) must give exactly what the full fuzzy comparison gives.
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QUESTIONS, type QuestionId } from '../../../src/questions/catalogue';
import { matchQuestion } from '../../../src/questions/match';
import { similarity } from '../../../src/questions/normalise';
import { foldTransliterated, wordingKey } from '../../../src/text/fold';

/** The matching rule without any shortcut: every catalogue question scored. */
function fullMatch(text: string, number: number | null): { id: QuestionId | null; score: number } {
  const scored = QUESTIONS.map((q) => ({ id: q.id as QuestionId, number: q.number as number, score: similarity(text, q.text) }));
  let best = scored[0]!;
  for (const s of scored) if (s.score > best.score) best = s;
  const byNumber = number === null ? undefined : scored.find((s) => s.number === number);
  if (byNumber && byNumber.score >= 0.4 && best.score - byNumber.score < 0.15) return { id: byNumber.id, score: byNumber.score };
  if (best.score >= 0.6) return { id: best.id, score: best.score };
  return { id: null, score: best.score };
}

const question = fc.constantFrom(...QUESTIONS.map((q) => q.text as string));
/** Rewordings: case, umlaut spelling, punctuation and a dropped or inserted word. */
const variant = fc
  .tuple(question, fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 30 }), fc.constantFrom('', 'bitte', 'eigentlich', 'Stadt'))
  .map(([text, how, at, word]) => {
    const words = text.split(' ');
    if (how === 1) return text.toUpperCase();
    if (how === 2) return text.replace(/ä/g, 'ae').replace(/ü/g, 'ue').replace(/[?,/]/g, ' ');
    if (how === 3) return words.filter((_, i) => i !== at % words.length).join(' ');
    if (how === 4) return [...words.slice(0, at % words.length), word, ...words.slice(at % words.length)].join(' ');
    return text;
  });
const number = fc.option(fc.integer({ min: 0, max: 14 }), { nil: null });

describe('matchQuestion shortcuts', () => {
  it('agree with the full comparison on catalogue wording and rewordings, with any printed number', () => {
    fc.assert(
      fc.property(variant, number, (text, n) => {
        expect(matchQuestion(text, n)).toEqual(fullMatch(text, n));
      }),
      { numRuns: 3000 },
    );
  });

  it('agree with the full comparison on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), number, (text, n) => {
        expect(matchQuestion(text, n)).toEqual(fullMatch(text, n));
      }),
      { numRuns: 1000 },
    );
  });

  it('take the exact wording even when the number is missing, and let a wrong number fall through', () => {
    const q4 = QUESTIONS[3];
    expect(matchQuestion(q4.text, null)).toEqual({ id: q4.id, score: 1 });
    expect(matchQuestion(q4.text.toLowerCase(), 4)).toEqual({ id: q4.id, score: 1 });
    expect(matchQuestion(q4.text, 9)).toEqual(fullMatch(q4.text, 9));
  });
});

describe('wordingKey (cached, folded per character)', () => {
  const reference = (s: string) => foldTransliterated(s).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

  it('equals folding the whole string, on any Unicode text and on repeated calls', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (s) => {
        expect(wordingKey(s)).toBe(reference(s));
        expect(wordingKey(s)).toBe(reference(s));
      }),
      { numRuns: 2000 },
    );
  });

  it('folds German text', () => {
    expect(wordingKey('Größe der ÜBERSICHT, Café')).toBe('groesse der uebersicht cafe');
  });
});
