/**
 * Patterns for organisation names the gazetteer lacks: a legal form after a
 * name ("Brückenschlag Ukraine e.V.", "… gGmbH"), or a head noun before one
 * ("Stiftung …", "Stadtwerke <Ort>", "Universität …", "Klinikum …"). A head noun
 * with no name after it is generic ("die Stadtwerke", "eine Stiftung") and
 * yields nothing.
 *
 * Each shape has a matcher of its own (match-*.ts); they share the vocabulary of
 * heads (head-nouns.ts) and of name words (name-words.ts), the extents of a name
 * (name-starts.ts, name-ends.ts, name-places.ts, name-purposes.ts), its spelling
 * (name-text.ts) and the legal forms (legal-forms.ts).
 */

import { clubMatch } from './match-club';
import { councilMatch } from './match-council';
import { fieldMatch } from './match-field';
import { headMatch } from './match-head';
import { firmMatch, legalFormMatch } from './match-legal-form';
import { quotedMatch } from './match-quoted';
import type { PatternMatch } from './pattern-match';
import type { Token } from './tokens';

/** Every pattern match in the tokens, left to right, not overlapping. */
export function findPatternNames(text: string, tokens: readonly Token[]): PatternMatch[] {
  const found: PatternMatch[] = [];
  let i = 0;
  while (i < tokens.length) {
    const match =
      quotedMatch(text, tokens, i) ??
      legalFormMatch(text, tokens, i) ??
      clubMatch(text, tokens, i) ??
      firmMatch(text, tokens, i) ??
      councilMatch(text, tokens, i) ??
      fieldMatch(text, tokens, i) ??
      headMatch(text, tokens, i);
    if (match && (found.length === 0 || match.from >= found[found.length - 1]!.to)) {
      found.push(match);
      i = match.to;
    } else i++;
  }
  return found;
}
