/**
 * A parsed search query: one group of folded forms per typed word.
 * Every word matches as a prefix (so results appear while typing, and
 * "solid" finds "Solidaritätspartnerschaft"); words are combined with AND.
 */

import { foldVariants, wordSpans } from './index-terms';

export type QueryGroups = string[][];

export function parseQuery(query: string): QueryGroups {
  const groups: QueryGroups = [];
  const seen = new Set<string>();
  for (const { word } of wordSpans(query)) {
    const variants = foldVariants(word);
    const key = variants.join('|');
    if (seen.has(key)) continue;
    seen.add(key);
    groups.push(variants);
  }
  return groups;
}
