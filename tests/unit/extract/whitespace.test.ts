// The whitespace helpers scan text without rebuilding it; they must give
// exactly what the plain regular-expression forms give, for any text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collapseWhitespace, countNonSpace } from '../../../src/dom/nodes';

/** The straightforward forms, kept here as the specification. */
const collapseByRegex = (text: string) =>
  text
    .replace(/[\u00ad\u200c\u200d\u2060\ufeff]/g, '')
    .replace(/[\s\u00a0\u200b]+/g, ' ')
    .trim();
const countByRegex = (text: string) => text.replace(/\s+/g, '').length;

// Every kind of whitespace JavaScript knows, invisible marks, and ordinary words.
const CHARS = [
  ' ', '  ', '\n', '\t', '\r', '\v', '\f', '\u00a0', '\u1680', '\u2000', '\u2009', '\u200a', '\u2028', '\u2029', '\u202f',
  '\u205f', '\u3000', '\ufeff', '\u200b', '\u00ad', '\u200c', '\u200d', '\u2060', '\u0085', '\u180e', '\u001f',
  'a', 'ä', 'Wort', '–', '„', '?', '😀',
];
const text = fc.array(fc.constantFrom(...CHARS), { maxLength: 16 }).map((parts) => parts.join(''));

describe('whitespace helpers', () => {
  it('collapseWhitespace equals the two-regex form (fuzzed)', () => {
    fc.assert(fc.property(text, (t) => {
        expect(collapseWhitespace(t)).toBe(collapseByRegex(t));
      }), { numRuns: 5000 });
  });

  it('countNonSpace counts what removing \\s leaves (fuzzed)', () => {
    fc.assert(fc.property(text, (t) => {
        expect(countNonSpace(t)).toBe(countByRegex(t));
      }), { numRuns: 5000 });
  });

  it('keeps prose with single spaces as it is', () => {
    const prose = 'Erster persönlicher Austausch im März in Duisburg – kleine Delegation.';
    expect(collapseWhitespace(prose)).toBe(prose);
    expect(collapseWhitespace(' a \u00a0 b\u200bc\u00add ')).toBe('a b cd');
    expect(countNonSpace(' a \u00a0 b\u3000c ')).toBe(3);
  });
});
