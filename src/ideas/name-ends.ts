/**
 * Where the name after a head ends: its place, number, street, founding year, region, field or
 * the named body after "der".
 */

import { legalFormAt } from './legal-forms';
import { ofTheState, placeAdjectiveAt, placeAfter, REGIONS } from './name-places';
import { fieldThenPlace, fieldThenRegion, purposeEnd } from './name-purposes';
import { gap, joined } from './name-text';
import { ARTICLES, COMMON_NOUN, FOUNDING_YEAR, isNameWord } from './name-words';
import type { Token } from './tokens';

/** Bodies whose name goes on with "der <Gruppe>": "Landesverband der Ukrainer", "Bund der Vertriebenen". */
const UMBRELLA_HEAD = /(verband|verbands|bund|vereinigung)$/i;

/** Links that may continue a name after its head: "Universität zu Köln", "Klinikum an der Ruhr". */
const HEAD_LINKS = new Set(['zu', 'an', 'am', 'der']);

/** Links that may open the name after a head; "Förderverein der Feuerwehr" is no name. */
const OPENING_LINKS = new Set(['zu', 'an', 'am']);

/**
 * The end (exclusive) of a named body that starts at `at`, or 0: the head matcher, passed in so that this module
 * needs no import of it (the two call each other for "Förderverein der Marienschule").
 */
export type NamedBodyEnd = (text: string, tokens: readonly Token[], at: number) => number;

/**
 * Where the name after a head ends (exclusive): place names, "St.", "Nr. 5", a region after "in", a named body
 * after "der" (found by `namedBodyAt`; null where the head takes none).
 */
export function nameEnd(text: string, tokens: readonly Token[], i: number, namedBodyAt: NamedBodyEnd | null): number {
  let end = i + 1;
  let umbrellaGroup = false;
  for (let k = i + 1; k < tokens.length && k - i <= 4 && joined(text, tokens, k); k++) {
    const t = tokens[k]!;
    // "Stadtwerke Schwerte GmbH": the legal form closes the name (headMatch adds it).
    if (legalFormAt(text, tokens, k)) break;
    // "Turnverein Gevelsberg 1861 e.V.": a founding year belongs to a registered name.
    if (end === k && FOUNDING_YEAR.test(t.text) && legalFormAt(text, tokens, k + 1)) return k + 1;
    // "Sportfreunde Kerpen 1920", "Turnverein Hamm 1848": a club's founding year, written in full, after its place.
    // "Männergesangverein Eintracht 1886 Rünthe": the club's town may follow the year.
    if (end === k && k > i + 1 && /^1[4-9]\d\d$/.test(t.text) && CLUB_WORD.test(tokens[i]!.text)) return placeAfter(text, tokens, k + 1);
    if (t.text === 'Nr' && /^\d+$/.test(tokens[k + 1]?.text ?? '')) return k + 2; // "Gymnasium Nr. 2"
    // "Gesamtschule Am Mühlenteich", "Gymnasium An der Stenner": a capitalised preposition inside a sentence opens
    // a street name, which ends the name ("… Am Mühlenteich Deutsch unterrichtet").
    if (k === i + 1 && STREET_PREPOSITION.has(t.text)) {
      const street = ARTICLES.has(tokens[k + 1]?.text ?? '') ? k + 2 : k + 1;
      if (tokens[street] && joined(text, tokens, street) && isNameWord(tokens[street]!)) return street + 1;
    }
    // "im Kindergarten Deutsch gelernt": a language taught there is no part of the name ("Deutsch-Ukrainische …" is).
    if (LANGUAGE.test(t.text) && !(tokens[k + 1] && /^[-‐]$/.test(gap(text, tokens, k + 1)))) break;
    // "Netzwerk Integration Hamm", "Bündnis für Familie Unna": a network named by its field and its place.
    const network = k === i + 1 && NETWORK_HEAD.test(tokens[i]!.text) ? fieldThenPlace(text, tokens, k) : 0;
    if (network) return network;
    // "Landeszentrum Gesundheit NRW", "Landesbetrieb Wald und Holz NRW": a field, then the region, names a state body.
    const region = k === i + 1 && isNameWord(t) ? fieldThenRegion(text, tokens, k) : 0;
    if (region) return region;
    // "Netzwerk Ukraine-Wirtschaft Ostwestfalen": a hyphen joins a common noun to the name word before it.
    // "Arbeitskreis Münsterländer Bürgerstiftungen": a town's or region's adjective takes its noun into the name.
    const ofPlaceAdjective = end === k && k > i + 1 && placeAdjectiveAt(text, tokens, k - 1);
    if (isNameWord(t) && (!COMMON_NOUN.test(t.text) || ofPlaceAdjective || (end === k && k > i + 1 && /^[-‐]$/.test(gap(text, tokens, k))))) {
      end = k + 1;
      continue;
    }
    // "Landesverband der Jüdischen Gemeinden von Westfalen-Lippe": the umbrella's region after its group.
    if (t.text === 'von' && end === k && umbrellaGroup && isNameWord(tokens[k + 1] ?? t) && joined(text, tokens, k + 1)) {
      end = k + 2;
      while (tokens[end] && /^[-‐]$/.test(gap(text, tokens, end)) && isNameWord(tokens[end]!)) end++;
      k = end - 1;
      continue;
    }
    // "Pfarrei der Heiligen Dreifaltigkeit", "Pfarrei zum Heiligen Kreuz": named after a feast or a saint.
    if (k === i + 1 && PARISH_LINKS.has(t.text) && PARISH_HEAD.test(tokens[i]!.text)) {
      const [holy, name] = [tokens[k + 1], tokens[k + 2]];
      if (holy && name && /^Heilig(e|en|er)$/.test(holy.text) && isNameWord(name) && joined(text, tokens, k + 2)) return k + 3;
    }
    if (k === i + 1 && (t.text === 'der' || t.text === 'des')) {
      // "Ministerium des Innern NRW", "Ministerium der Finanzen des Landes NRW": the portfolio in the genitive.
      if (MINISTRY_HEAD.test(tokens[i]!.text) && isNameWord(tokens[k + 1] ?? t) && joined(text, tokens, k + 1)) {
        let j = k + 2;
        if (j < tokens.length && REGIONS.has(tokens[j]!.text) && joined(text, tokens, j)) j++;
        return ofTheState(tokens, j);
      }

      // "Förderverein der Marienschule": a named body after the link; "… der Feuerwehr" is none.
      const nested = namedBodyAt ? namedBodyAt(text, tokens, k + 1) : 0;
      if (nested) return nested;
      if (UMBRELLA_HEAD.test(tokens[i]!.text) && t.text === 'der') {
        umbrellaGroup = true;
        continue;
      }
      break;
    }
    // "Ministerium für Bildung und Forschung": a ministry's portfolio is its name.
    if (k === i + 1 && t.text === 'für' && MINISTRY_HEAD.test(tokens[i]!.text)) return purposeEnd(text, tokens, k, true) || end;
    if (t.text === 'in' && end === k && REGIONS.has(tokens[k + 1]?.text ?? '')) {
      // "Landesverband der Ukrainer in NRW", "… in Nordrhein-Westfalen".
      const hyphenated = k + 2 < tokens.length && /^[-–]$/.test(gap(text, tokens, k + 2));
      return k + (hyphenated ? 3 : 2);
    }
    // "Theater im Depot", "Museum im Kulturspeicher": a stage or a collection named after the building it is in.
    if (k === i + 1 && t.text === 'im' && VENUE_HEAD.test(tokens[i]!.text) && tokens[k + 1] && joined(text, tokens, k + 1) && isNameWord(tokens[k + 1]!))
      return k + 2;
    if (!HEAD_LINKS.has(t.text) || (k === i + 1 && !OPENING_LINKS.has(t.text))) break;
  }
  return end;
}

const MINISTRY_HEAD = /ministeriums?$/i;

const VENUE_HEAD = /^(Theater|Theaters|Museum|Museums|Kino|Galerie)$/;

/** Heads of clubs, whose names may end in the founding year. */
const CLUB_WORD = /(verein|freunde|club|klub|gemeinschaft|gesellschaft|chor|bruderschaft|kapelle|gilde|turngemeinde|turnerschaft)$/i;

/** Prepositions a street name after a head starts with: "Gesamtschule Am Mühlenteich", "Gymnasium An der Stenner". */
const STREET_PREPOSITION = new Set(['Am', 'Im', 'An', 'Auf', 'Zum', 'Zur']);

/** Languages, which a school teaches rather than is named by: "im Kindergarten Deutsch gelernt". */
const LANGUAGE = /^(Deutsch|Englisch|Ukrainisch|Polnisch|Russisch|Französisch)$/;

/** Networks, alliances, round tables and working groups, centres and colleges, which a field and a place name. */
const NETWORK_HEAD =
  /^(Netzwerk|Netzwerks|Bündnis|Bündnisses|Arbeitskreis|Arbeitskreises|Tisch|Tisches|Allianz|Fachkolleg|Fachkollegs|Technikum|Technikums|Förderverein|Fördervereins|Freundeskreis|Freundeskreises|Partnerschaftsverein|Partnerschaftsvereins)$/;

const PARISH_HEAD = /^(Pfarrei|Pfarrgemeinde|Kirchengemeinde)$/;

const PARISH_LINKS = new Set(['der', 'des', 'zum', 'zur']);
