/**
 * The matcher for a head noun with a name beside it: "Stadtwerke Hamm", "Albert-Schweitzer-
 * Gymnasium", "Technische Hochschule Köln", "Gerda Henkel Stiftung", "Runder Tisch Ukraine Hamm". A head alone
 * ("die Stadtwerke") is generic and yields nothing.
 */

import { fundsNearby, PROGRAMME_HEAD, publicProgramme } from './funding';
import { CLUB_HEAD, CLUB_PREFIXES, COMPOUND_HEADS, compoundHead, GENERIC_COMPOUND_PART, HEAD_TYPES, MINISTRY, NUMBERED_HEADS, PERSON_HEAD, suffixHead, typeFromName } from './head-nouns';
import { institutionType } from './institutions';
import { legalFormAt, withLegalForm } from './legal-forms';
import { legalFormAfterApposition } from './match-legal-form';
import { quoteFollows } from './match-quoted';
import { nameEnd } from './name-ends';
import { INDEFINITE_OR_COUNT, placeAdjectiveAt } from './name-places';
import { fieldThenPlace } from './name-purposes';
import { nameStart, nameStartBefore } from './name-starts';
import { displayName, gap, joined, textOf } from './name-text';
import { COMMUNITY_ADJECTIVE, FAITH_KIND, isNameWord, KIND_ADJECTIVE, NAME_ABBREVIATIONS, NAME_ADJECTIVE, PARISH_KIND_HEAD } from './name-words';
import type { PatternMatch } from './pattern-match';
import type { Token } from './tokens';

export function headMatch(text: string, tokens: readonly Token[], i: number): PatternMatch | null {
  const head = tokens[i]!;
  const hyphenated = i > 0 && /^\s*[-–]\s*$|^\.-$/.test(gap(text, tokens, i)) && isNameWord(tokens[i - 1]!);
  const numbered = tokens[i + 1]?.text === 'Nr' ? NUMBERED_HEADS.get(head.text) : undefined;
  // "Runder Tisch Ukraine Hamm": a round table by its own name; "am Runden Tisch" alone is none.
  const roundTable = /^Tisch(es)?$/.test(head.text) && i > 0 && /^Rund(e|er|en|es)$/.test(tokens[i - 1]!.text) && gap(text, tokens, i) === ' ';
  if (roundTable) return roundTableMatch(text, tokens, i);
  let type = hyphenated ? COMPOUND_HEADS.find(([re]) => re.test(head.text))?.[1] : (HEAD_TYPES.get(head.text) ?? numbered);
  // "Ukraine-Netzwerk Sauerland": an institution head after a hyphen names a body only with a name after it.
  const hyphenInstitution = hyphenated && !type ? institutionType(head.text) : null;
  type ??= hyphenInstitution ?? undefined;
  // "Marienschule", "Archigymnasium Soest": a head grown into one word with a name.
  const compound = type || hyphenated ? null : compoundHead(head);
  type ??= compound?.type ?? (hyphenated ? null : suffixHead(head)) ?? undefined;
  if (!type) return null;
  // "der Fußballverein TuS Brühl": the club's own name follows (clubMatch); "der Verein <Name> e.V.": legalFormMatch.
  if (CLUB_PREFIXES.has(tokens[i + 1]?.text ?? '') || legalFormAfterApposition(text, tokens, i)) return null;
  let from = nameStart(text, tokens, i);
  // "Paderborner Kommunalbetriebe", "Dortmunder Stadtwerke": a place adjective before a municipal company names it.
  // "Ostroher Akademie", "Warsteiner Brauerei": a place adjective before any head names it, unless counted ("zwei Kölner Schulen").
  const placeLed = from === i && placeAdjectiveAt(text, tokens, i - 1) && !INDEFINITE_OR_COUNT.test(tokens[i - 2]?.text ?? '');
  if (placeLed) from = i - 1;
  // "Technische Betriebe Velbert", but "Betriebe in der Region" and "Betriebe Praktikumsplätze" are no name.
  if (head.text === 'Betriebe' && !adjectiveLed(text, tokens, from, i)) return null;
  const house = /^Haus(es)?$/.test(head.text);
  if (house && !adjectiveLed(text, tokens, from, i)) return null;
  // "Reha-Zentrum" names only a kind, like "Grundschule": it needs a name after it.
  const kindOnly = hyphenated && from === i - 1 && GENERIC_COMPOUND_PART.has(tokens[i - 1]!.folded);
  // Only a body of its own takes a named body after "der" ("Förderverein der Marienschule"); a kind of school does not.
  const end = nameEnd(text, tokens, i, type === 'association' && !compound ? namedBodyAt : null);
  // A head alone is generic ("die Stadtwerke"), unless a name leads to it or grew into it.
  const named =
    (hyphenated && !kindOnly && !hyphenInstitution) ||
    (from === i - 2 && tokens[from]!.text === 'St') ||
    compound?.named ||
    placeLed ||
    MINISTRY.test(head.text) ||
    adjectiveLed(text, tokens, from, i) ||
    (from < i && PERSON_HEAD.test(head.text) && !NAME_ADJECTIVE.test(tokens[from]!.text));
  if (end === i + 1 && !named) return null;
  // "im Arbeitskreis Digitales des Städtetags": a working group of a body is a part of it, not a body of its own.
  if (WORKING_GROUP.test(head.text) && (tokens[end]?.text === 'des' || tokens[end]?.text === 'der')) return null;
  // "das Ukrainische Haus" alone may be any house; with its place it is the community's.
  if (end === i + 1 && house) return null;
  // "der Rotary Club", "vom Lions Club": the service club everywhere; its local club is named by its place.
  if (end === i + 1 && CLUB_HEAD.test(head.text)) return null;
  // "der Bolechiwer Verein „Sokil“", "der Nationalen Universität „Ostroher Akademie“": the quoted name is the name.
  if (end === i + 1 && quoteFollows(text, tokens, i)) return null;
  const form = legalFormAt(text, tokens, end);
  // "Gesellschaft für den Kreis Heinsberg mbH": the legal form's name starts further left, so legalFormMatch takes it.
  if (form && nameStartBefore(text, tokens, end) < from) return null;
  let words = textOf(text, tokens, from, end);
  if (form && /^Vereins?$/.test(words[0]!) && words.length > 1) words = words.slice(1);
  // "Kreisverwaltung Steinfurt" is the Kreis Steinfurt as a body (docs/ideas.md).
  if (words[0] === 'Kreisverwaltung' && words.length > 1) words = ['Kreis', ...words.slice(1)];
  // "FH Münster" is the "Fachhochschule Münster": a short form joins its long form's entry.
  const long = SHORT_FORM_OF_HEAD[words[0]!];
  if (long && words.length > 1) words = [long, ...words.slice(1)];
  const core = displayName(words);
  if (head.text === 'Stamm' && !scoutsBefore(tokens, i)) return null;
  if (/stiftung$/i.test(head.text)) type = fundsNearby(tokens, i) ? 'funder' : 'association';
  // "Nationale Klimaschutzinitiative", "Landesprogramm Heimat": a national or state programme pays, like a named programme.
  else if (PROGRAMME_HEAD.test(head.text) && publicProgramme(tokens, from, i, end)) type = 'funder';
  else if (/zentrums?$/i.test(head.text)) type = typeFromName(core, type);
  // "Gemeinde St. Aloysius" is a parish, "Jüdische Gemeinde Wengerhausen" a congregation, not a municipality.
  else if (head.text === 'Gemeinde' && (NAME_ABBREVIATIONS.has(tokens[i + 1]?.text ?? '') || (from < i && COMMUNITY_ADJECTIVE.test(tokens[i - 1]!.text))))
    type = 'association';
  if (!form) return { from, to: end, name: core, core, type };
  return withLegalForm(text, tokens, end, form[0], { from, core, type });
}

/** "Runder Tisch Ukraine Hamm", "am Runden Tisch Flüchtlingshilfe Unna": the table's name after it, in the nominative. */
function roundTableMatch(text: string, tokens: readonly Token[], i: number): PatternMatch | null {
  const end = fieldThenPlace(text, tokens, i + 1) || nameEnd(text, tokens, i, null);
  if (end === i + 1) return null;
  const core = ['Runder Tisch', ...textOf(text, tokens, i + 1, end)].join(' ');
  return { from: i - 1, to: end, name: core, core, type: 'association' };
}

/** Working groups and alliances, named by a field or a place ("Arbeitskreis Ukraine Soest"). */
const WORKING_GROUP = /^Arbeits(kreis|kreises|gemeinschaft)$/;

/** A university's short form before its place, to the long form its canonical name uses. */
const SHORT_FORM_OF_HEAD: Record<string, string> = {
  FH: 'Fachhochschule',
  TH: 'Technische Hochschule',
  TU: 'Technische Universität',
  Uni: 'Universität',
  VHS: 'Volkshochschule',
};

/** The end of a named body that starts at `at` ("Marienschule", "Alexander-Hegius-Gymnasiums"), or 0. */
export function namedBodyAt(text: string, tokens: readonly Token[], at: number): number {
  for (let j = at; j < tokens.length && j - at < 4; j++) {
    if (j > at && !joined(text, tokens, j)) break;
    const m = headMatch(text, tokens, j);
    if (m && m.from === at) return m.to;
  }
  return 0;
}

/** "Bergischer Handballverein": a capitalised adjective inside a sentence makes the head a name. */
function adjectiveLed(text: string, tokens: readonly Token[], from: number, i: number): boolean {
  if (from === i || !NAME_ADJECTIVE.test(tokens[from]!.text) || KIND_ADJECTIVE.test(tokens[from]!.text)) return false;
  if (FAITH_KIND.test(tokens[from]!.text) && PARISH_KIND_HEAD.test(tokens[i]!.text)) return false;
  return from > 0 && !/[.!?:„"“]\s*$/.test(gap(text, tokens, from));
}

/** Scouts named a few words before "Stamm": "die Pfadfinder vom Stamm Ennepe", "DPSG-Stamm"; a family's "Stamm" is none. */
function scoutsBefore(tokens: readonly Token[], i: number): boolean {
  for (let k = Math.max(0, i - 6); k < i; k++) if (/pfadfind|^(DPSG|VCP|BdP)$/i.test(tokens[k]!.text)) return true;
  return false;
}
