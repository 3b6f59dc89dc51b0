/**
 * Text normalisation for matching questions: the same wording should compare
 * equal whatever its case, umlaut spelling ("ü" vs "ue"), punctuation or spacing.
 */

import { foldChar } from '../text/fold';

/**
 * foldTransliterated, with each distinct character folded once: foldChar
 * (Unicode normalisation per character) is the costly part of matching.
 */
const foldedChars = new Map<string, string>();
const MAX_FOLDED_CHARS = 4096;
function foldFast(text: string): string {
  let out = '';
  for (const ch of text) {
    let folded = foldedChars.get(ch);
    if (folded === undefined) {
      if (foldedChars.size >= MAX_FOLDED_CHARS) foldedChars.clear();
      foldedChars.set(ch, (folded = foldChar(ch, true)));
    }
    out += folded;
  }
  return out;
}

const NOT_WORD = /[^\p{L}\p{N}]+/gu;

/**
 * Pages repeat the same few lines (questions, catalogue wording) many times per
 * parse, and folding goes character by character: remember recent results. A
 * pure function of the string, so the cache can never be stale; it is bounded.
 */
const MAX_CACHED = 2000;
const cache = new Map<string, string>();

/** Lower case, umlauts spelled out, other accents dropped, punctuation → space, whitespace collapsed. */
export function normaliseText(input: string): string {
  const hit = cache.get(input);
  if (hit !== undefined) return hit;
  const out = foldFast(input).replace(NOT_WORD, ' ').trim();
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(input, out);
  return out;
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
  return bigramsOf(normaliseText(input));
}

/** What similarity() compares; precompute it for texts compared often. */
export interface TextFeatures {
  /** The normalised text the sets were built from (identical texts compare as 1 without the sets). */
  normalised?: string;
  words: Set<string>;
  grams: Set<string>;
}

export function features(text: string): TextFeatures {
  const normalised = normaliseText(text);
  return { normalised, words: new Set(wordsOf(normalised)), grams: bigramsOf(normalised) };
}

/** Similarity in [0, 1]: the mean of word-set Dice and character-bigram Dice. */
export function similarity(a: string | TextFeatures, b: string | TextFeatures): number {
  const fa = typeof a === 'string' ? features(a) : a;
  const fb = typeof b === 'string' ? features(b) : b;
  return (diceSets(fa.words, fb.words) + diceSets(fa.grams, fb.grams)) / 2;
}
