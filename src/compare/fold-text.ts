/**
 * Folding for substring search and for grouping question wordings.
 *
 * Both sides of a comparison are folded the same way, so "Förder", "Foerder"
 * and "forder" all become "forder": umlauts lose their dots, and the German
 * transliterations ae/oe/ue collapse to a/o/u as well. This may over-match
 * a few words ("Steuer" ~ "Stör"), which is fine for a search filter.
 */

import { fold } from '../text/fold';

/** Lower case, diacritics stripped, ß→ss, ae/oe/ue→a/o/u, whitespace collapsed. */
export function foldForSearch(text: string): string {
  return fold(text)
    .replace(/ae/g, 'a')
    .replace(/oe/g, 'o')
    .replace(/ue/g, 'u')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A key for "the same question, worded the same way", ignoring a leading
 * number ("13."), case, umlaut spelling, punctuation and spacing.
 */
export function questionKey(question: string): string {
  return foldForSearch(question.replace(/^\s*\d+\s*[.):]\s*/, ''))
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
