/**
 * Places in and around a name: a place after a body's name ("DRK-Kreisverband Soest"), a
 * town's adjective before its head ("Paderborner Kommunalbetriebe"), the regions and the state after a field.
 */

import { APPOSITION } from './head-nouns';
import { legalFormAt } from './legal-forms';
import { gap } from './name-text';
import { COMMON_NOUN, isNameWord } from './name-words';
import type { Token } from './tokens';

/** Regions that may follow a body's name after "in": "Landesverband der Ukrainer in NRW". */
export const REGIONS = new Set(['NRW', 'Nordrhein-Westfalen', 'Deutschland', 'Westfalen', 'Rheinland', 'Europa']);

/**
 * A place name right after a word, written with a space: "Soest" in "DRK-Kreisverband Soest", "Rhein-Erft"
 * in "Caritasverband Rhein-Erft". An object after it ("der Ortsverband Fahrzeuge") is none. Returns the index
 * after the place, or `k` when none follows.
 */
export function placeAfter(text: string, tokens: readonly Token[], k: number): number {
  const first = tokens[k];
  if (!first || gap(text, tokens, k) !== ' ' || !isNameWord(first) || COMMON_NOUN.test(first.text)) return k;
  if (legalFormAt(text, tokens, k)) return k;
  let end = k + 1;
  // "Bad Sassendorf": a spa town's name is two words.
  if (first.text === 'Bad' && tokens[end] && gap(text, tokens, end) === ' ' && isNameWord(tokens[end]!)) end++;
  // "Rhein-Erft", "Iwano-Frankiwsk": hyphenated parts of one place; "Kamen–Bohorodtschany", two places a dash joins.
  while (tokens[end] && /^[-‐–]$/.test(gap(text, tokens, end)) && tokens[end]!.capitalised) end++;
  return end;
}

/** Words before a place adjective that make its head a kind, not a name: "eine Kölner Schule", "zwei Dortmunder Kliniken". */
export const INDEFINITE_OR_COUNT = /^(ein|eine|einer|einem|einen|eines|kein|keine|keinem|keinen|keiner|zwei|drei|vier|fünf|mehrere|viele|einige|andere|anderen|jede|jeder|jedem|jeden|alle|allen)$/i;

/** A town's adjective in "-er" right before a head, inside a sentence: "Paderborner", "Dortmunder". */
export function placeAdjectiveAt(text: string, tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || k === 0 || !isNameWord(t) || !/^\p{Lu}\p{Ll}{3,}er$/u.test(t.text) || gap(text, tokens, k + 1) !== ' ') return false;
  if (AGENT_NOUN.test(t.text) || APPOSITION.test(t.text)) return false;
  return !/[.!?:„"“]\s*$/.test(gap(text, tokens, k));
}

/** Nouns in "-er" that introduce a name rather than being a town's adjective: "der Wasserversorger <Name>". */
const AGENT_NOUN =
  /(versorger|anbieter|betreiber|träger|partner|hersteller|sponsor|förderer|spender|geber|nehmer|veranstalter|vermittler|ausrichter|lieferer|händler|bauer|leiter|helfer|mitglieder|bürger|lehrer|schüler|kinder|arbeiter|vertreter|teilnehmer|retter|ärzte|sänger|spieler|musiker|maler|besucher|gäste|kollegen|brüder|schwester|mutter|vater|tochter|väter|mütter|töchter|bücher|zimmer|keller|dächer|fenster|lager|theater|center|wasser|winter|sommer|oktober|november|dezember|september|nummer|meter|liter)$/i;

/** "… des Landes NRW", "… des Landes Nordrhein-Westfalen" after a body's field: the end past it. */
export function ofTheState(tokens: readonly Token[], end: number): number {
  // "Ministerium für Gemeinden und Territorien der Ukraine": a Ukrainian ministry names its state the same way.
  if (end > 0 && tokens[end]?.text === 'der' && tokens[end + 1]?.text === 'Ukraine') return end + 2;
  if (end === 0 || tokens[end]?.text !== 'des' || tokens[end + 1]?.text !== 'Landes') return end;
  const region = tokens[end + 2]?.text;
  if (region === 'NRW') return end + 3;
  return region === 'Nordrhein' && tokens[end + 3]?.text === 'Westfalen' ? end + 4 : end;
}
