/**
 * Words of an answer with their positions, each with the two keys the rules
 * compare: the folded word and its German Snowball stem. Stemming lets one cue
 * ("Schule") match its inflections ("Schulen", "Schüler") and the cue lexicon
 * stay short; positions let the UI highlight the exact words.
 */

import { stemmer } from '@orama/stemmers/german';
import { fold, wordsOf } from '../text/fold';

export interface Token {
  /** The word as written. */
  text: string;
  start: number;
  end: number;
  /** Folded: lower case, diacritics stripped, ß→ss. */
  folded: string;
  /** The folded Snowball stem of the word. */
  stem: string;
  /** Starts with a capital letter (German nouns and names). */
  capitalised: boolean;
}

interface WordKeys {
  folded: string;
  stem: string;
  capitalised: boolean;
}

/** Answers repeat their words a lot, so each distinct word is folded and stemmed once. */
const keysCache = new Map<string, WordKeys>();

function keysOf(word: string): WordKeys {
  let keys = keysCache.get(word);
  if (keys === undefined) {
    keys = { folded: fold(word), stem: fold(stemmer(word.toLowerCase())), capitalised: isCapitalised(word) };
    if (keysCache.size > 200_000) keysCache.clear();
    keysCache.set(word, keys);
  }
  return keys;
}

/** The folded German stem of one word. */
export function stemOf(word: string): string {
  return keysOf(word).stem;
}

/**
 * The words of `text` as tokens. The words come from `wordsOf` (the same runs of letters
 * and digits as `wordSpans`, without a match object per word) and each is found again
 * from the end of the one before: only separators lie between, so the first occurrence
 * is the word itself. About a tenth of the analysis' time went to the spans and their garbage.
 */
export function tokenize(text: string): Token[] {
  const words = wordsOf(text);
  const tokens: Token[] = new Array(words.length);
  let cursor = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const start = text.indexOf(word, cursor);
    cursor = start + word.length;
    const keys = keysOf(word);
    tokens[i] = { text: word, start, end: cursor, folded: keys.folded, stem: keys.stem, capitalised: keys.capitalised };
  }
  return tokens;
}

/** True when the word starts with a capital letter. */
export function isCapitalised(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}
