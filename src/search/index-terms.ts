/**
 * The index terms of a record: every word under each of its forms (the one
 * rule of src/text/fold.ts). "Hürth" is indexed as "hurth" and "huerth", so
 * people typing "hurth", "huerth" or "Hürth" all find it. Words written with
 * "ue" on the page (e.g. "Saporischschja", "Huerth") are indexed as written.
 */

import type { PartnershipRecord } from '../record/types';
import { fold, foldVariants, wordSpans, wordsOf } from '../text/fold';

/** Query/index tokens: the primary folded form of each word, in order, duplicates kept. */
export function tokenize(text: string): string[] {
  return wordSpans(text).map((s) => fold(s.word));
}

/** One-letter words are noise in the index (except digits, e.g. "5 Schulen"). */
function worthIndexing(term: string): boolean {
  return term.length > 1 || /\p{N}/u.test(term);
}

/**
 * Index terms per distinct word. German prose repeats words a lot, and an
 * import indexes thousands of records, so folding each word once pays off.
 * Bounded, so a long session cannot grow it without limit.
 */
const termsOfWord = new Map<string, readonly string[]>();
const MAX_CACHED_WORDS = 50_000;

function indexTermsOfWord(word: string): readonly string[] {
  let terms = termsOfWord.get(word);
  if (!terms) {
    terms = foldVariants(word).filter(worthIndexing);
    if (termsOfWord.size >= MAX_CACHED_WORDS) termsOfWord.clear();
    termsOfWord.set(word, terms);
  }
  return terms;
}

/** The index terms of pieces of text (all variants, unique). Words are deduplicated before folding. */
export function termsOfTexts(texts: Iterable<string | null | undefined>): Set<string> {
  const words = new Set<string>();
  for (const text of texts) if (text) for (const word of wordsOf(text)) words.add(word);
  const terms = new Set<string>();
  for (const word of words) for (const v of indexTermsOfWord(word)) terms.add(v);
  return terms;
}

type Searchable = Pick<PartnershipRecord, 'title' | 'partners' | 'interviewee' | 'answers'> &
  Partial<Pick<PartnershipRecord, 'tags' | 'note'>>;

/** Everything a user may search for in a record, as index terms. */
export function searchTermsOf(record: Searchable): string[] {
  const texts: Array<string | null | undefined> = [
    record.title,
    ...record.partners,
    record.interviewee?.name,
    record.interviewee?.affiliation,
    ...record.answers.map((a) => a.text),
    ...(record.tags ?? []),
    record.note,
  ];
  return [...termsOfTexts(texts)].sort();
}
