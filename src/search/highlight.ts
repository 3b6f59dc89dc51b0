/**
 * Where a query matches inside a text, as [start, end) offsets into the
 * ORIGINAL text, so the UI can wrap those slices in <mark> elements without
 * ever building HTML strings. Uses the same folding and prefix rule as search.
 */

import { foldChar, queryWords, wordSpans } from '../text/fold';

/** A folded form of a word plus, for each folded char, the original offset just after it. */
function foldedWithOffsets(word: string, umlautE: boolean): { folded: string; ends: number[] } {
  let folded = '';
  const ends: number[] = [];
  let offset = 0;
  for (const ch of word) {
    offset += ch.length;
    const f = foldChar(ch, umlautE);
    folded += f;
    for (let i = 0; i < f.length; i++) ends.push(offset);
  }
  return { folded, ends };
}

/** Length (in original chars) of the longest prefix of `word` matched by a query variant, or 0. */
function matchedLength(word: string, groups: string[][]): number {
  let best = 0;
  for (const umlautE of [false, true]) {
    const { folded, ends } = foldedWithOffsets(word, umlautE);
    for (const variants of groups) {
      for (const v of variants) {
        if (v.length > 0 && folded.startsWith(v)) best = Math.max(best, ends[v.length - 1] ?? 0);
      }
    }
  }
  return best;
}

export function highlightRanges(text: string, query: string): Array<[number, number]> {
  const groups = queryWords(query);
  if (groups.length === 0) return [];
  const ranges: Array<[number, number]> = [];
  for (const span of wordSpans(text)) {
    const len = matchedLength(span.word, groups);
    if (len > 0) ranges.push([span.start, span.start + len]);
  }
  return ranges;
}
