/**
 * The one place where German text is folded for comparison: search, question
 * matching, grouping and file names all build on these primitives, so "Hürth",
 * "HÜRTH" and "Hurth" compare the same way everywhere.
 */

const UMLAUT_E: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue' };
const COMBINING_MARKS = /\p{M}+/gu;
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Folds one character: lower case, ß→ss, diacritics stripped. With `umlautE`,
 * ä/ö/ü become the German transliterations ae/oe/ue instead of a/o/u.
 */
export function foldChar(ch: string, umlautE: boolean): string {
  const lower = ch.toLowerCase();
  if (umlautE && UMLAUT_E[lower]) return UMLAUT_E[lower];
  if (lower === 'ß' || lower === 'ẞ') return 'ss';
  return lower.normalize('NFD').replace(COMBINING_MARKS, '');
}

function foldWith(text: string, umlautE: boolean): string {
  let out = '';
  for (const ch of text) out += foldChar(ch, umlautE);
  return out;
}

/** Lower case, diacritics stripped, ß→ss: "Hürth" → "hurth". */
export function fold(text: string): string {
  return foldWith(text, false);
}

/** Like fold, with umlauts transliterated: "Hürth" → "huerth". */
export function foldTransliterated(text: string): string {
  return foldWith(text, true);
}

export interface WordSpan {
  word: string;
  start: number;
  end: number;
}

/** The words (runs of letters and digits) of a text, without positions: cheaper where only the words matter. */
export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Splits text into words (runs of letters and digits) with their positions in the original string. */
export function wordSpans(text: string): WordSpan[] {
  const spans: WordSpan[] = [];
  for (const m of text.matchAll(WORD)) {
    spans.push({ word: m[0], start: m.index, end: m.index + m[0].length });
  }
  return spans;
}
