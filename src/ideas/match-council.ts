/** The matcher for a municipal council named with its municipality: "der Stadtrat von Kamjanez". */

import { placeAfter } from './name-places';
import { gap, nameOf } from './name-text';
import type { PatternMatch } from './pattern-match';
import type { Token } from './tokens';

/** A municipality's council named with "von": "Stadtrat von Kamjanez", "Gemeinderats von Bilyj Kamin". */
const COUNCIL_HEAD = /^(Stadtrat|Stadtrats|Gemeinderat|Gemeinderats|Dorfrat|Dorfrats|Siedlungsrat|Siedlungsrats)$/;

/**
 * "der Stadtrat von Kamjanez": a council with its municipality after "von" is a public body (the partners' own are
 * left out by detect-organisations.ts). "Stadtrat Müller" is a councillor and "der Stadtrat" alone any council.
 */
export function councilMatch(text: string, tokens: readonly Token[], i: number): PatternMatch | null {
  if (!COUNCIL_HEAD.test(tokens[i]!.text) || tokens[i + 1]?.text !== 'von' || gap(text, tokens, i + 1) !== ' ') return null;
  const end = placeAfter(text, tokens, i + 2);
  if (end === i + 2) return null;
  const name = `${tokens[i]!.text.replace(/s$/, '')} von ${nameOf(text, tokens, i + 2, end)}`;
  return { from: i, to: end, name, core: name, type: 'public-body' };
}
