/**
 * The matchers for a name before a legal form ("Brückenschlag Ukraine e.V.", "der Verein
 * Lippstadt hilft Kamjanez e.V.") and for a firm after "Firma" without one ("die Firma Elektro Meier").
 */

import { APPOSITION, HEAD_TYPES, typeFromName } from './head-nouns';
import { legalFormAt, withLegalForm } from './legal-forms';
import { nameStartBefore } from './name-starts';
import { displayName, joined, textOf } from './name-text';
import { COMMON_NOUN, isNameWord, NAME_ADJECTIVE } from './name-words';
import type { PatternMatch } from './pattern-match';
import type { Token } from './tokens';

/**
 * A class noun a few words before a legal form opens the name, whatever words
 * stand between: "der Verein Lippstadt hilft Kamjanez e.V.", "der Verein
 * Ukrainische Hilfe Iserlohn e. V." (a verb or a common noun in the name).
 */
function appositionStart(text: string, tokens: readonly Token[], end: number): number | null {
  for (let j = end - 1; j >= 0 && end - j <= 7; j--) {
    if (!joined(text, tokens, j + 1)) return null;
    if (!APPOSITION.test(tokens[j]!.text)) continue;
    // "der Ukrainische Verein Hamm e.V.": an adjective before the class noun makes it part of the name.
    if (j > 0 && /^Vereins?$/.test(tokens[j]!.text) && NAME_ADJECTIVE.test(tokens[j - 1]!.text) && joined(text, tokens, j)) return j - 1;
    return j + 1 < end && isNameWord(tokens[j + 1]!) ? j + 1 : null;
  }
  return null;
}

/** A class noun whose name runs on to a legal form: that name is the legal form's match. */
export function legalFormAfterApposition(text: string, tokens: readonly Token[], i: number): boolean {
  if (!APPOSITION.test(tokens[i]!.text)) return false;
  for (let k = i + 2; k < tokens.length && k - i <= 7 && joined(text, tokens, k); k++) {
    if (legalFormAt(text, tokens, k)) return appositionStart(text, tokens, k) === i + 1;
  }
  return false;
}

export function legalFormMatch(text: string, tokens: readonly Token[], i: number): PatternMatch | null {
  const form = legalFormAt(text, tokens, i);
  if (!form || i === 0) return null;
  const start = appositionStart(text, tokens, i) ?? nameStartBefore(text, tokens, i);
  if (start === i) return null;
  const core = displayName(textOf(text, tokens, start, i));
  return withLegalForm(text, tokens, i, form[0], { from: start, core, type: typeFromName(core, form[1]) });
}

/**
 * "die Firma Elektro Meier", "bei der Firma Schmitz": a firm's name without a
 * legal form, the class noun left out as in apposition. With a legal form after
 * it, legalFormMatch takes the name.
 */
export function firmMatch(text: string, tokens: readonly Token[], i: number): PatternMatch | null {
  if (tokens[i]!.text !== 'Firma' || legalFormAfterApposition(text, tokens, i)) return null;
  let end = i + 1;
  while (end < tokens.length && end - i <= 3 && joined(text, tokens, end)) {
    const t = tokens[end]!;
    if (!isNameWord(t) || COMMON_NOUN.test(t.text) || HEAD_TYPES.has(t.text)) break;
    end++;
  }
  if (end === i + 1) return null;
  const name = displayName(textOf(text, tokens, i + 1, end));
  return { from: i + 1, to: end, name, core: name, type: 'company' };
}
