/**
 * Sort keys for the list orders, stored as indexed fields so a page of the
 * list can be read in order from an index instead of sorting every record.
 *
 * IndexedDB compares strings by code unit, so the key is built to make that
 * order the one a German reader expects: words folded (case, umlauts, ß
 * ignored), joined by one space (punctuation only separates words), and digit
 * runs zero-padded so "Stadt 9" comes before "Stadt 10".
 */

import type { PartnershipRecord } from '../record/types';
import { fold, wordSpans } from '../text/fold';

const DIGITS = /\d+/g;
const NUMBER_WIDTH = 12;

/** The folded, number-aware sort key of a piece of text. */
export function sortKeyOf(text: string): string {
  return wordSpans(text)
    .map(({ word }) => fold(word).replace(DIGITS, (d) => d.replace(/^0+(?=\d)/, '').padStart(NUMBER_WIDTH, '0')))
    .join(' ');
}

export interface SortFields {
  sortTitle: string;
  /** Partners, then title (NUL sorts before any character, so a shorter partner line comes first). */
  sortPartner: string;
}

export function sortFieldsOf(record: Pick<PartnershipRecord, 'title' | 'partners'>): SortFields {
  const title = sortKeyOf(record.title ?? '');
  return { sortTitle: title, sortPartner: `${sortKeyOf((record.partners ?? []).join(' '))}\u0000${title}` };
}
