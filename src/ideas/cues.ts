/**
 * Compiles the cue syntax of lexicon.ts into word tests, once per cue.
 */

import { sentenceEndsBetween } from './clauses';
import { stemOf, type Token } from './tokens';

export type WordTest = (token: Token) => boolean;

/** One cue: a sequence of word tests matched on consecutive words, or with a gap where the cue says "…". */
export interface CompiledCue {
  source: string;
  words: WordTest[];
  weight: number;
  /** Indexes of the words that may come a few words after the one before ("kamen … zu uns"); absent when none. */
  gapBefore?: Set<number>;
}

/** A gap in a cue: up to this many words, within the sentence. */
const GAP = '…';
const MAX_GAP = 10;

const anyWord: WordTest = () => true;

export function compileWord(pattern: string): WordTest {
  if (pattern === '_') return anyWord;
  if (pattern.startsWith('=')) {
    const exact = pattern.slice(1);
    return (t) => t.text === exact;
  }
  if (pattern.startsWith('@*')) {
    const part = pattern.slice(2).toLowerCase();
    return (t) => t.text.toLowerCase().includes(part);
  }
  if (pattern.startsWith('@')) {
    const part = pattern.slice(1).toLowerCase();
    return (t) => t.text.toLowerCase().startsWith(part);
  }
  if (pattern.startsWith('*')) {
    const part = stemOf(pattern.slice(1));
    return (t) => t.stem.includes(part);
  }
  if (pattern.startsWith('^')) {
    // Snowball keeps an "s" after a vowel ("Trafos", "Unis"): the plural is the same word.
    const stem = stemOf(pattern.slice(1));
    const plural = `${stem}s`;
    return (t) => t.stem === stem || t.stem === plural;
  }
  const stem = stemOf(pattern);
  return (t) => t.stem.startsWith(stem);
}

/**
 * A cue is one word pattern or a phrase of them; "Know-how" is the phrase "Know how". A phrase
 * may hold gaps, "…": German puts a verb's parts and its object far apart ("kamen zwölf Kinder
 * zu uns"), so the words after a gap may follow up to a few words later in the same sentence.
 */
export function compileCue(source: string, weight: number): CompiledCue {
  const words: WordTest[] = [];
  const gapBefore = new Set<number>();
  for (const part of cueWords(source)) {
    if (part === GAP) gapBefore.add(words.length);
    else words.push(compileWord(part));
  }
  return gapBefore.size === 0 ? { source, weight, words } : { source, weight, words, gapBefore };
}

/** The words of a cue or a name as written, the way compileCue reads them: "Know-how" is "Know", "how". */
export function cueWords(source: string): string[] {
  return source.split(/[\s-]+/).filter(Boolean);
}

/**
 * Where a cue that starts at `at` ends (the index after its last word), or -1 when it does not match
 * there. Without gaps this is `matchesAt`; a gap takes the fewest words that let the rest match.
 */
export function matchEnd(cue: CompiledCue, tokens: readonly Token[], at: number, text: string): number {
  if (!cue.gapBefore) return matchesAt(cue, tokens, at) ? at + cue.words.length : -1;
  return cue.words[0]!(tokens[at]!) ? restEnd(cue, cue.gapBefore, tokens, 1, at + 1, text) : -1;
}

/** Matches the cue's words from `k` on, the first of them at `next` or, after a gap, a few words later. */
function restEnd(cue: CompiledCue, gaps: Set<number>, tokens: readonly Token[], k: number, next: number, text: string): number {
  if (k === cue.words.length) return next;
  const last = gaps.has(k) ? next + MAX_GAP : next;
  for (let j = next; j <= last && j < tokens.length; j++) {
    if (sentenceEndsBetween(text, tokens[j - 1]!, tokens[j]!)) return -1;
    if (!cue.words[k]!(tokens[j]!)) continue;
    const end = restEnd(cue, gaps, tokens, k + 1, j + 1, text);
    if (end >= 0) return end;
  }
  return -1;
}

/** Whether a cue without gaps matches with its first word at `at`. */
export function matchesAt(cue: CompiledCue, tokens: readonly Token[], at: number): boolean {
  if (at + cue.words.length > tokens.length) return false;
  for (let k = 0; k < cue.words.length; k++) if (!cue.words[k]!(tokens[at + k]!)) return false;
  return true;
}
