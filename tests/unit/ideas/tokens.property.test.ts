// Property: tokenize finds the words by wordsOf and their positions by searching on
// from the word before (a speed-up of the sixth round); whatever the text, its tokens
// are exactly the spans wordSpans finds, the rule every search box uses.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/ideas/tokens';
import { wordSpans } from '../../../src/text/fold';

const pieces = fc.constantFrom(
  'Schule', 'Schulen', 'Schul', 'e.V.', 'St.', 'Nr. 5', 'Straße', 'Übergabe', 'Hürth', 'Kyjiw', 'Київ', 'a', 'aa', '1862',
  '\u00ad', '\u200d', 'e\u0301', ' ', '  ', '\n', ',', '.', '-', '–', '„', '“', '(', ')', '/', '!', '+', '😀', '\t',
);
const texts = fc.oneof(fc.array(pieces, { maxLength: 40 }).map((p) => p.join('')), fc.string({ unit: 'grapheme', maxLength: 60 }));

describe('tokenize', () => {
  it('gives exactly the spans of wordSpans, each the text at its position', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const tokens = tokenize(text);
        expect(tokens.map((t) => ({ word: t.text, start: t.start, end: t.end }))).toEqual(wordSpans(text));
        for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
      }),
      { numRuns: 500 },
    );
  });

  it('finds a repeated word at each of its places', () => {
    expect(tokenize('Schule, Schule; Schulen Schule').map((t) => t.start)).toEqual([0, 8, 16, 24]);
  });
});
