/**
 * Comparing question wordings: keys and similarity built on the one folding
 * rule of src/text/fold.ts, so the same wording compares equal whatever its
 * case, umlaut spelling ("ü" vs "ue"), punctuation or spacing.
 */

import { wordingKey } from '../text/fold';

/**
 * A key for "the same question, worded the same way", ignoring a leading
 * number ("13."), case, umlaut spelling, punctuation and spacing.
 */
export function questionKey(question: string): string {
  return wordingKey(question.replace(/^\s*\d+\s*[.):]\s*/, ''));
}

function wordsOf(normalised: string): string[] {
  return normalised.split(' ').filter((w) => w.length > 1);
}

function bigramsOf(normalised: string): Set<string> {
  const s = normalised.replace(/ /g, '');
  const grams = new Set<string>();
  for (let i = 0; i < s.length - 1; i += 1) grams.add(s.slice(i, i + 2));
  return grams;
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
  return bigramsOf(wordingKey(input));
}

/** What similarity() compares; precompute it for texts compared often. */
export interface TextFeatures {
  /** The normalised text the sets were built from (identical texts compare as 1 without the sets). */
  normalised?: string;
  words: Set<string>;
  grams: Set<string>;
}

export function features(text: string): TextFeatures {
  return featuresOfKey(wordingKey(text));
}

/** features() of a text whose wordingKey is already known. */
export function featuresOfKey(normalised: string): TextFeatures {
  return { normalised, words: new Set(wordsOf(normalised)), grams: bigramsOf(normalised) };
}

/** Similarity in [0, 1]: the mean of word-set Dice and character-bigram Dice. */
export function similarity(a: string | TextFeatures, b: string | TextFeatures): number {
  const fa = typeof a === 'string' ? features(a) : a;
  const fb = typeof b === 'string' ? features(b) : b;
  return (diceSets(fa.words, fb.words) + diceSets(fa.grams, fb.grams)) / 2;
}
