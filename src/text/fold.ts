/**
 * The one rule for "the same words", used by every search box (the list
 * search of the popup and the full-tab picker, its highlights, the question
 * lens) and by question matching and grouping:
 *
 * - case does not matter: "HÜRTH" = "Hürth";
 * - ß is ss: "Straße" = "Strasse";
 * - soft hyphens and other invisible joiners inside a word are not there:
 *   "Städte\u00ADpartnerschaft" (as copied from a page) = "Städtepartnerschaft";
 * - an umlaut may be written with its dots, spelled out, or left off:
 *   "Hürth" = "Huerth" = "Hurth". A word has up to two forms, plain (ü→u) and
 *   spelled out (ü→ue); two words are the same when they share a form. So
 *   "Huerth" and "Hurth" both find "Hürth", while "Steuer" does not find "Stör".
 *   Other accents are dropped: "Café" = "Cafe".
 *
 * Searching compares words by prefix (`startsWithWord`); keys for "the same
 * wording" (questions) use the spelled-out form (`wordingKey`), in which
 * "Für" and "Fuer" are equal.
 */

const UMLAUT_E: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue' };
const COMBINING_MARKS = /\p{M}+/gu;
/** Soft hyphen, zero-width non-joiner and joiner, word joiner, BOM: inside a word, and invisible. */
const INVISIBLE_IN_WORD = /[\u00ad\u200c\u200d\u2060\ufeff]/;
/** A word: letters and digits, with the marks and invisible joiners that may sit inside one. */
const WORD = /[\p{L}\p{N}\p{M}\u00ad\u200c\u200d\u2060\ufeff]+/gu;

/**
 * Folds one character: lower case, ß→ss, diacritics stripped, invisible joiners
 * dropped. With `umlautE`, ä/ö/ü become the German transliterations ae/oe/ue instead of a/o/u.
 */
export function foldChar(ch: string, umlautE: boolean): string {
  if (INVISIBLE_IN_WORD.test(ch)) return '';
  const lower = ch.toLowerCase();
  if (umlautE && UMLAUT_E[lower]) return UMLAUT_E[lower];
  if (lower === 'ß' || lower === 'ẞ') return 'ss';
  return lower.normalize('NFD').replace(COMBINING_MARKS, '');
}

function foldWith(text: string, umlautE: boolean): string {
  let out = '';
  // Composed first, so a decomposed "u" + "◌̈" folds like "ü".
  for (const ch of text.normalize('NFC')) out += foldChar(ch, umlautE);
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

/** The forms a word is known by (1 or 2): plain, and spelled out when it has an umlaut. */
export function foldVariants(word: string): string[] {
  const plain = fold(word);
  const umlaut = foldTransliterated(word);
  return plain === umlaut ? [plain] : [plain, umlaut];
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

/** The typed words of a query, each as its forms; a word typed twice counts once. */
export function queryWords(query: string): string[][] {
  const groups: string[][] = [];
  const seen = new Set<string>();
  for (const word of wordsOf(query)) {
    const variants = foldVariants(word);
    const key = variants.join('|');
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    groups.push(variants);
  }
  return groups;
}

/** True when some form of the typed word begins some form of `word`: the rule every search box applies per word. */
export function startsWithWord(word: string, typed: readonly string[]): boolean {
  const forms = foldVariants(word);
  return typed.some((t) => forms.some((f) => f.startsWith(t)));
}

/** True when every typed word of `query` begins some word of `text` (an empty query matches everything). */
export function matchesQuery(text: string, query: string | string[][]): boolean {
  const groups = typeof query === 'string' ? queryWords(query) : query;
  if (groups.length === 0) return true;
  const words = wordsOf(text);
  return groups.every((typed) => words.some((w) => startsWithWord(w, typed)));
}

/**
 * foldTransliterated, with each distinct character folded once: foldChar
 * (Unicode normalisation per character) is the costly part of matching questions.
 */
const foldedChars = new Map<string, string>();
const MAX_FOLDED_CHARS = 4096;
function foldTransliteratedFast(text: string): string {
  const s = text.normalize('NFC');
  let out = '';
  // Runs of lower-case ASCII letters, digits, spaces and ASCII punctuation fold
  // to themselves and are copied whole; upper-case ASCII only changes case.
  let run = 0;
  for (let i = 0; i < s.length; i += 1) {
    const c = s.charCodeAt(i);
    if (c < 0x80 && !(c >= 65 && c <= 90)) continue;
    out += s.slice(run, i);
    if (c < 0x80) {
      out += String.fromCharCode(c + 32);
      run = i + 1;
      continue;
    }
    // One code point (a surrogate pair stays together), folded once per distinct character.
    const next = s.charCodeAt(i + 1);
    const ch = c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? s.slice(i, i + 2) : (s[i] as string);
    let folded = foldedChars.get(ch);
    if (folded === undefined) {
      if (foldedChars.size >= MAX_FOLDED_CHARS) foldedChars.clear();
      foldedChars.set(ch, (folded = foldChar(ch, true)));
    }
    out += folded;
    i += ch.length - 1;
    run = i + 1;
  }
  return out + s.slice(run);
}

const WORD_CHAR = /^[\p{L}\p{N}]$/u;

/**
 * `text.replace(/[^\p{L}\p{N}]+/gu, ' ')`: every run of characters that are
 * neither letters nor digits becomes one space. ASCII is told apart by its
 * code; only other characters go through the (slow) Unicode property test.
 */
function spaceNonWords(text: string): string {
  let out = '';
  let run = 0;
  let inGap = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    let width = 1;
    let word: boolean;
    if (c < 0x80) word = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
    else {
      const next = text.charCodeAt(i + 1);
      width = c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
      word = WORD_CHAR.test(text.slice(i, i + width));
    }
    if (word && inGap) {
      out += ' ';
      run = i;
      inGap = false;
    } else if (!word && !inGap) {
      out += text.slice(run, i);
      inGap = true;
    }
    i += width - 1;
  }
  return inGap ? `${out} ` : out + text.slice(run);
}

/**
 * Pages repeat the same few lines (questions, catalogue wording) many times per
 * parse: remember recent results. A pure function of the string, so the cache
 * can never be stale; it is bounded.
 */
const MAX_CACHED = 2000;
const wordingCache = new Map<string, string>();

/**
 * The key of a wording: lower case, umlauts spelled out, other accents dropped,
 * invisible joiners dropped, punctuation → one space, trimmed. "Für die Städte­partnerschaft?"
 * and "fuer die Staedtepartnerschaft" have the same key.
 */
export function wordingKey(input: string): string {
  const hit = wordingCache.get(input);
  if (hit !== undefined) return hit;
  const out = spaceNonWords(foldTransliteratedFast(input)).trim();
  if (wordingCache.size >= MAX_CACHED) wordingCache.clear();
  wordingCache.set(input, out);
  return out;
}
