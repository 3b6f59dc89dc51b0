/**
 * Compiles the cue syntax of lexicon.ts into word tests, once per cue.
 */

import { stemOf, type Token } from './tokens';

export type WordTest = (token: Token) => boolean;

/** One cue: a sequence of word tests matched on consecutive words. */
export interface CompiledCue {
  source: string;
  words: WordTest[];
  weight: number;
}

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

/** A cue is one word pattern or a phrase of them; "Know-how" is the phrase "Know how". */
export function compileCue(source: string, weight: number): CompiledCue {
  return { source, weight, words: source.split(/[\s-]+/).filter(Boolean).map(compileWord) };
}

/** Where a cue matches in a token list: the index of its first word, each time. */
export function matchesAt(cue: CompiledCue, tokens: readonly Token[], at: number): boolean {
  if (at + cue.words.length > tokens.length) return false;
  for (let k = 0; k < cue.words.length; k++) if (!cue.words[k]!(tokens[at + k]!)) return false;
  return true;
}
