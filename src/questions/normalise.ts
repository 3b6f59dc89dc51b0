/**
 * Text normalisation for matching questions: the same wording should compare
 * equal whatever its case, umlaut spelling ("ü" vs "ue"), punctuation or spacing.
 */

import { foldTransliterated } from '../text/fold';

/** Lower case, umlauts spelled out, other accents dropped, punctuation → space, whitespace collapsed. */
export function normaliseText(input: string): string {
  return foldTransliterated(input)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Normalised words; very short filler words carry no signal and are dropped. */
export function normalisedWords(input: string): string[] {
  return normaliseText(input)
    .split(' ')
    .filter((w) => w.length > 1);
}

/** Sørensen–Dice coefficient of two sets: 2|A∩B| / (|A|+|B|). */
export function diceSets<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (a.size === 0 && b.size === 0) return 1;
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const item of a) if (b.has(item)) shared += 1;
  return (2 * shared) / (a.size + b.size);
}

/** Character bigrams of the normalised text, so inflected or misspelt words still overlap. */
export function bigrams(input: string): Set<string> {
  const s = normaliseText(input).replace(/ /g, '');
  const grams = new Set<string>();
  for (let i = 0; i < s.length - 1; i += 1) grams.add(s.slice(i, i + 2));
  return grams;
}

/** What similarity() compares; precompute it for texts compared often. */
export interface TextFeatures {
  words: Set<string>;
  grams: Set<string>;
}

export function features(text: string): TextFeatures {
  return { words: new Set(normalisedWords(text)), grams: bigrams(text) };
}

/** Similarity in [0, 1]: the mean of word-set Dice and character-bigram Dice. */
export function similarity(a: string | TextFeatures, b: string | TextFeatures): number {
  const fa = typeof a === 'string' ? features(a) : a;
  const fb = typeof b === 'string' ? features(b) : b;
  return (diceSets(fa.words, fb.words) + diceSets(fa.grams, fb.grams)) / 2;
}
