/**
 * Where a name starts before its head or its legal form: name words and links leftwards,
 * a person's or a service club's name before a foundation or a club, adjectives and hyphenated parts before a head.
 */

import { APPOSITION, CLUB_HEAD, HEAD_TYPES, PERSON_HEAD } from './head-nouns';
import { gap, joined } from './name-text';
import { ARTICLES, COMMON_NOUN, isNameWord, LINKS, NAME_ABBREVIATIONS, NAME_ADJECTIVE } from './name-words';
import type { Token } from './tokens';

/**
 * Across a link, only an organisation noun carries a name further left: "Verein
 * für Städtepartnerschaften e.V.", "Freunde der Musik e.V."; in "Pumpen von der
 * Gelsenwasser AG" the name starts after the link.
 */
const ORGANISATION_NOUN =
  /(verein|verband|vereinigung|gesellschaft|gemeinschaft|genossenschaft|kreis|freunde|förderer|hilfe|stiftung|bund|werk|initiative|netzwerk|zentrum|akademie|institut|büro|agentur|kammer|rat|club|klub|forum|union|bündnis|aktion|komitee|kuratorium)$/i;

/** Prepositions inside registered names: "Brücke nach Trostjanez e.V.", "Ärzte ohne Grenzen e.V.". */
const INNER_PREPOSITIONS = new Set(['nach', 'ohne', 'gegen']);

/**
 * A name word before one such preposition opens the name when an article or the
 * sentence start stands before it: "die Brücke nach Trostjanez e.V."; "Pakete
 * gingen nach Hilfe e.V." is no name.
 */
function nameAcrossPreposition(text: string, tokens: readonly Token[], i: number): boolean {
  if (!INNER_PREPOSITIONS.has(tokens[i + 1]?.text ?? '')) return false;
  if (i === 0 || /[.!?:]\s*$/.test(gap(text, tokens, i))) return true;
  return ARTICLES.has(tokens[i - 1]!.folded);
}

/** Extends a name leftwards from `end` (exclusive) over name words and links; returns the first index. */
export function nameStartBefore(text: string, tokens: readonly Token[], end: number, max = 7): number {
  let start = end;
  let linked = false;
  for (let i = end - 1; i >= 0 && end - i <= max; i--) {
    if (i < end - 1 && !joined(text, tokens, i + 1)) break;
    const t = tokens[i]!;
    // "Chor Cäcilia 1874 Bad Hollenfeld e.V.": a founding year between the club's name and its place.
    if (i === start - 1 && i > 0 && !linked && /^1[89]\d\d$/.test(t.text) && isNameWord(tokens[i - 1]!) && joined(text, tokens, i)) continue;
    // "Ukraine-Hilfe Kamen e.V.": a word that is no name by itself ("Hilfe") is one inside a hyphenated name.
    const hyphenPart = t.capitalised && i > 0 && /^[-–]$/.test(gap(text, tokens, i)) && isNameWord(tokens[i - 1]!);
    if (isNameWord(t) || hyphenPart) {
      // "Kinder- und Jugendhilfe": a truncated compound before the link belongs to the name.
      const truncated = /[-–]\s*$/.test(gap(text, tokens, i + 1));
      if (linked && !ORGANISATION_NOUN.test(t.text) && !truncated && !nameAcrossPreposition(text, tokens, i)) {
        // "Verein der Ukrainer in Kerpenrath e.V.": a registered name runs on leftwards to its organisation noun.
        start = organisationNounBefore(text, tokens, i, end - max) ?? start;
        break;
      }
      start = i;
      linked = false;
    } else if (LINKS.has(t.text) || (INNER_PREPOSITIONS.has(t.text) && i === start - 1)) linked = true;
    else break;
  }
  if (start < end - 1 && APPOSITION.test(tokens[start]!.text) && isNameWord(tokens[start + 1]!)) start++;
  return start;
}

/**
 * The organisation noun that opens a registered name, found leftwards from the name word at `i` over name words
 * and links, not before `limit`: "Verein" in "Verein der Ukrainer in …". Only a noun standing where a name starts
 * (after an article, a preposition or the sentence start) counts; null when there is none.
 */
function organisationNounBefore(text: string, tokens: readonly Token[], i: number, limit: number): number | null {
  for (let j = i; j >= Math.max(0, limit); j--) {
    if (j < i && !joined(text, tokens, j + 1)) return null;
    const t = tokens[j]!;
    if (isNameWord(t) && ORGANISATION_NOUN.test(t.text) && j < i - 1) return j > 0 && isNameWord(tokens[j - 1]!) ? null : j;
    if (!isNameWord(t) && !LINKS.has(t.text)) return null;
  }
  return null;
}

/** The first words of service clubs named in two words before "Club". */
const TWO_WORD_CLUB = new Set(['Inner', 'Soroptimist', 'Round']);

/**
 * The words before a foundation or club head that name it, joined by single
 * spaces: a person ("Gerda Henkel Stiftung", the first name of "Else
 * Kröner-Fresenius-Stiftung") or a service club ("Lions Club"). A club takes
 * one word; articles, sentence openers and common nouns ("Projekt") are none.
 */
function personStart(text: string, tokens: readonly Token[], from: number, head: string): number {
  const most = CLUB_HEAD.test(head) ? 1 : 3;
  let start = from;
  while (start > 0 && from - start < most && gap(text, tokens, start) === ' ') {
    const before = tokens[start - 1]!;
    if (!isNameWord(before) || COMMON_NOUN.test(before.text) || HEAD_TYPES.has(before.text)) break;
    start--;
  }
  // "Inner Wheel Club", "Soroptimist International Club": the service clubs whose names are two words.
  if (start === from - 1 && start > 0 && TWO_WORD_CLUB.has(tokens[start - 1]!.text) && gap(text, tokens, start) === ' ') start--;
  return start;
}

/** "Ruhr-Universität", "Technische Hochschule", "St. Marien-Hospital", "Werner-und-Hilde-Brandt-Stiftung": the words before a head that belong to its name. */
export function nameStart(text: string, tokens: readonly Token[], i: number): number {
  const from = compoundStart(text, tokens, i);
  if (!PERSON_HEAD.test(tokens[i]!.text)) return from;
  // "Else Kröner-Fresenius-Stiftung": one first name before a hyphenated name; no adjective before a person's name.
  if (from < i && !/[-–]/.test(gap(text, tokens, from + 1))) return from;
  const start = personStart(text, tokens, from, tokens[i]!.text);
  return from < i ? Math.max(start, from - 1) : start;
}

function compoundStart(text: string, tokens: readonly Token[], i: number): number {
  // "St. Ansgar Krankenhaus", "St. Josef Gymnasium": a saint's name before the head, written apart.
  if (i >= 2 && tokens[i - 2]!.text === 'St' && /^\.\s$/.test(gap(text, tokens, i - 1)) && gap(text, tokens, i) === ' ' && isNameWord(tokens[i - 1]!))
    return i - 2;
  let from = i;
  while (from > 0 && joined(text, tokens, from)) {
    const before = tokens[from - 1]!;
    const hyphen = /[-–]/.test(gap(text, tokens, from));
    if (isNameWord(before) && (NAME_ADJECTIVE.test(before.text) || hyphen || NAME_ABBREVIATIONS.has(before.text))) from--;
    // A link inside a hyphenated name: "Werner-und-Hilde-…".
    else if (hyphen && LINKS.has(before.text) && from > 1 && /[-–]/.test(gap(text, tokens, from - 1)) && isNameWord(tokens[from - 2]!))
      from -= 2;
    // A truncated compound before the head: "Kinder- und Jugendhilfe Hamm", "Kinder- und Jugendzentrum".
    else if (from === i && before.text === 'und' && from > 1 && /^[-–]\s+$/.test(gap(text, tokens, from - 1)) && isNameWord(tokens[from - 2]!))
      from -= 2;
    else break;
  }
  return from;
}
