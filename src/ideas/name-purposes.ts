/**
 * A body's field after its head: "für" and a purpose that closes the name ("Bundesamt
 * für Migration und Flüchtlinge"), or a field noun and then a place or a region ("Netzwerk Integration Hamm",
 * "Landeszentrum Gesundheit NRW").
 */

import { ofTheState, placeAfter, REGIONS } from './name-places';
import { gap, joined } from './name-text';
import { COMMON_NOUN, isNameWord } from './name-words';
import type { Token } from './tokens';

/** Nouns of a field, not goods: "Integration", "Partnerschaft", "Zusammenarbeit", "Bildung". */
const FIELD_NOUN = /(schaft|schaften|ung|tion|arbeit|kultur|hilfe|pflege|schutz)$/;

/**
 * A field noun and a place after a network's head ("Netzwerk Integration Hamm"), or "für" and a field with the place
 * as its last word ("Bündnis für Familie Unna"). Returns the end, or 0: "das Netzwerk Integration" alone is generic.
 */
export function fieldThenPlace(text: string, tokens: readonly Token[], k: number): number {
  const t = tokens[k];
  if (!t) return 0;
  if (t.text === 'für') {
    const end = purposeEnd(text, tokens, k);
    const words = tokens.slice(k + 1, end).filter((w) => w.capitalised);
    return end && words.length >= 2 && !COMMON_NOUN.test(tokens[end - 1]!.text) ? end : 0;
  }
  // "Partnerschaft" is no name word alone (NOT_NAME), but it is a field here.
  if (!t.capitalised || !FIELD_NOUN.test(t.text) || !joined(text, tokens, k + 1)) return 0;
  const end = placeAfter(text, tokens, k + 1);
  return end > k + 1 ? end : 0;
}

/** The end after "Gesundheit NRW" or "Wald und Holz NRW" at `k`: field nouns, perhaps joined by "und", then a region; or 0. */
export function fieldThenRegion(text: string, tokens: readonly Token[], k: number): number {
  for (let j = k + 1; j < tokens.length && j - k <= 3 && joined(text, tokens, j); j++) {
    const t = tokens[j]!;
    if (REGIONS.has(t.text)) return j + 1;
    if (!(t.text === 'und' || isNameWord(t))) return 0;
  }
  return 0;
}

/** Words after "für …" that carry on a purpose, not a name: "für Kinder aus Charkiw", "für die Fahrt". */
const PURPOSE_GOES_ON = new Set(
  'aus in im mit von vom bei beim nach zu zur zum der die das den dem des ein eine einen einem einer an am auf für über unter um'.split(' '),
);

/**
 * The end (exclusive) of a body's field after its head, "für" at `k`: "für
 * Wirtschaft und Wissenschaft", "für Bildung und Forschung", "für Bundes- und
 * Europaangelegenheiten"; 0 when none. The field must close the name: a clause
 * end or a verb follows, not "für Kinder aus Charkiw" or "für Familien die Fahrt".
 */
export function purposeEnd(text: string, tokens: readonly Token[], k: number, genitive = false): number {
  if (tokens[k]?.text !== 'für') return 0;
  let end = 0;
  // "für Kinder, Jugend, Familie … und Integration": a list in the name, closed by "und".
  let listFrom = 0;
  let closed = false;
  for (let j = k + 1; j < tokens.length && j - k <= 14; j++) {
    const t = tokens[j]!;
    const comma = /^,\s+$/.test(gap(text, tokens, j));
    if (!joined(text, tokens, j) && !(comma && end === j && isNameWord(t))) break;
    if (comma && !listFrom) listFrom = j - 1;
    if (isNameWord(t)) end = j + 1;
    // "für politische Bildung", "für primäre medizinische Versorgung": adjectives before the next word of the field.
    else if ((FIELD_ADJECTIVE.test(t.text) || adjectivePart(text, tokens, j)) && adjectivesThenNoun(text, tokens, j + 1)) continue;
    // A ministry's portfolio with a genitive: "für Entwicklung der Gemeinden und Territorien der Ukraine".
    else if (genitive && end === j && (t.text === 'der' || t.text === 'des') && tokens[j + 1] && joined(text, tokens, j + 1) && isNameWord(tokens[j + 1]!)) continue;
    else if (t.text !== 'und' || end !== j) break;
    else if (listFrom) closed = true;
  }
  if (listFrom && !closed) end = listFrom + 1;
  end = ofTheState(tokens, end);
  if (end === 0 || end === tokens.length || /[,.;:!?()]/.test(gap(text, tokens, end))) return end;
  const next = tokens[end]!;
  return !next.capitalised && !PURPOSE_GOES_ON.has(next.text) ? end : 0;
}

const FIELD_ADJECTIVE = /^\p{Ll}+(isch|lich|al|iv|är|ell)(e|en|er|es)$/u;

/** "deutsch" in "deutsch-ukrainische": the first part of a hyphenated adjective. */
function adjectivePart(text: string, tokens: readonly Token[], j: number): boolean {
  const next = tokens[j + 1];
  return !tokens[j]!.capitalised && !!next && gap(text, tokens, j + 1) === '-' && FIELD_ADJECTIVE.test(next.text);
}

/** A name word next, perhaps after more adjectives of a field: "medizinische Versorgung" after "primäre". */
function adjectivesThenNoun(text: string, tokens: readonly Token[], j: number): boolean {
  while (tokens[j] && joined(text, tokens, j) && (FIELD_ADJECTIVE.test(tokens[j]!.text) || adjectivePart(text, tokens, j))) j++;
  return !!tokens[j] && joined(text, tokens, j) && isNameWord(tokens[j]!);
}
