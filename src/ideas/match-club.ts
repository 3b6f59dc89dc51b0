/** The matcher for a sports club by its abbreviation and place: "TuS Brühl", "SV Coesfeld 08". */

import { CLUB_PREFIXES } from './head-nouns';
import { legalFormAt, withLegalForm } from './legal-forms';
import { gap, joined, textOf } from './name-text';
import { FOUNDING_YEAR, isNameWord } from './name-words';
import type { PatternMatch } from './pattern-match';
import type { Token } from './tokens';

/** "TuS Brühl", "SV Coesfeld 08": a club abbreviation, the place, perhaps the founding year. */
export function clubMatch(text: string, tokens: readonly Token[], i: number): PatternMatch | null {
  if (!CLUB_PREFIXES.has(tokens[i]!.text)) return null;
  // "ein TV-Team", "SV-Beiträge": a compound, not a club; "Spvgg. Hamm": a long abbreviation may keep its dot.
  if (i + 1 >= tokens.length) return null;
  const dotted = tokens[i]!.text.length >= 4 && /^\. +$/.test(gap(text, tokens, i + 1));
  if (!/^ +$/.test(gap(text, tokens, i + 1)) && !dotted) return null;
  // "VfB 03 Hilden": the founding year may come before the place.
  const yearFirst = i + 2 < tokens.length && FOUNDING_YEAR.test(tokens[i + 1]!.text) && /^ +$/.test(gap(text, tokens, i + 2)) ? 1 : 0;
  let end = i + 1 + yearFirst;
  while (end < tokens.length && end - i <= 3 + yearFirst && (joined(text, tokens, end) || (dotted && end === i + 1)) && isNameWord(tokens[end]!)) end++;
  if (end === i + 1 + yearFirst) return null;
  if (!yearFirst && end < tokens.length && /^\s+$/.test(gap(text, tokens, end)) && FOUNDING_YEAR.test(tokens[end]!.text)) end++;
  const name = textOf(text, tokens, i, end).join(' ');
  // "TG Gevelsberg 1861 e.V.": the registered club with its legal form.
  const form = legalFormAt(text, tokens, end);
  if (form) return withLegalForm(text, tokens, end, form[0], { from: i, core: name, type: 'association' });
  return { from: i, to: end, name, core: name, type: 'association' };
}
