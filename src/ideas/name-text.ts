/**
 * How the tokens of a name join (a space or a hyphen, never a comma) and how the name is
 * spelled as it is listed: inflected heads to their base form, adjectives to the strong nominative.
 */

import { HEAD_TYPES } from './head-nouns';
import { COMMON_NOUN, isNameWord, NAME_ABBREVIATIONS, NAME_ADJECTIVE } from './name-words';
import type { Token } from './tokens';

/** Heads by gender, for the strong nominative of an adjective before them ("Städtisches Gymnasium"). */
const NEUTER_HEAD = /(gymnasium|krankenhaus|klinikum|hospital|kolleg|institut|zentrum|werk|kreuz|lyzeum|haus)$/i;

const MASCULINE_HEAD = /(verein|verband|bund|dienst|kreis|rat|club|klub|chor)$/i;

/** "Städtischen" before "Gymnasium" → "Städtisches": the form a name is listed under. */
function strongAdjective(adjective: string, head: string | undefined): string {
  const stem = adjective.replace(/(e|en|er|es)$/, '');
  if (head && NEUTER_HEAD.test(head)) return `${stem}es`;
  if (head && MASCULINE_HEAD.test(head)) return `${stem}er`;
  return `${stem}e`;
}

/** Inflected head nouns back to the form a name is listed under. */
const BASE_FORMS: Record<string, string> = {
  Stadtwerken: 'Stadtwerke',
  Stadtwerk: 'Stadtwerke',
  Klinikums: 'Klinikum',
  Krankenhauses: 'Krankenhaus',
  Gymnasiums: 'Gymnasium',
  Berufskollegs: 'Berufskolleg',
  Lyzeums: 'Lyzeum',
  Vereins: 'Verein',
  Partnerschaftsvereins: 'Partnerschaftsverein',
  Fördervereins: 'Förderverein',
  Freundeskreises: 'Freundeskreis',
  Sportvereins: 'Sportverein',
  Clubs: 'Club',
  Bistums: 'Bistum',
  Erzbistums: 'Erzbistum',
  Kirchenkreises: 'Kirchenkreis',
  Hauses: 'Haus',
};

export function gap(text: string, tokens: readonly Token[], i: number): string {
  return text.slice(tokens[i - 1]!.end, tokens[i]!.start);
}

/**
 * Words of a name are joined by a space or a hyphen, never a comma or full
 * stop, except the dot of an abbreviation inside a name ("St. Barbara-Hospital").
 */
export function joined(text: string, tokens: readonly Token[], i: number): boolean {
  // Nothing joins past the last word: "im Netzwerk Integration." ends the answer.
  if (i <= 0 || i >= tokens.length) return false;
  const between = gap(text, tokens, i);
  if (/^\.\s$/.test(between)) return NAME_ABBREVIATIONS.has(tokens[i - 1]!.text);
  if (between === ' & ') return ampersandJoins(tokens, i);
  return /^(\s+|\s*[-–]\s*|\.-)$/.test(between);
}

/**
 * "Rehbein & Söhne", "Brenner & Kuhl", "Müller & Co": an ampersand joins the partners of a firm's name, a
 * capitalised name word on either side. A legal form after it ("GmbH & Co. KG") is read by legalFormAt.
 */
function ampersandJoins(tokens: readonly Token[], i: number): boolean {
  const [before, after] = [tokens[i - 1]!, tokens[i]!];
  return isNameWord(before) && isNameWord(after) && !COMMON_NOUN.test(after.text) && !HEAD_TYPES.has(after.text);
}

/** The genitive of a head at a word's end: "des Archigymnasiums", "des Marien-Hospitals", "Kreisverbands". */
const GENITIVE_HEAD =
  /(gymnasium|hospital|klinikum|krankenhaus|kolleg|verband|verein|ministerium|dienst|oblastrat|rajonrat|gebietsrat|regionalrat|amt|betrieb|kreis|heim|stift|dorf|laden|center|haus)e?s$/i;

/**
 * Normalises the spelling of a name: inflected heads to their listed form and
 * adjectives to the strong nominative of their head. A genitive after "der" or
 * "des" is part of the name and stays ("Förderverein des …-Gymnasiums").
 */
export function displayName(words: string[]): string {
  const complement = words.findIndex((w) => w === 'der' || w === 'des');
  const heads = words.map((w, k) =>
    complement >= 0 && k > complement ? w : (BASE_FORMS[w] ?? (NAME_ADJECTIVE.test(w) ? w : w.replace(GENITIVE_HEAD, '$1'))),
  );
  // Only adjectives that lead the name go with its head; in "Bundesverband Deutscher …" the adjective is a genitive.
  const leading = heads.findIndex((w) => !NAME_ADJECTIVE.test(w));
  return heads
    .map((w, k) => {
      if (k >= leading || !NAME_ADJECTIVE.test(w)) return w;
      return strongAdjective(w, heads.slice(k + 1).find((h) => !NAME_ADJECTIVE.test(h)));
    })
    .join(' ')
    .replace(/ - /g, '-')
    .replace(/ e V$/, ' e.V.')
    // One spelling of the state in a canonical name, as the gazetteer writes it.
    .replace(/ des Landes Nordrhein-Westfalen$/, ' des Landes NRW');
}

export function textOf(text: string, tokens: readonly Token[], from: number, to: number): string[] {
  // Keeps hyphens as part of a word, so "Kamen-Irpin" stays one word.
  const words: string[] = [];
  for (let i = from; i < to; i++) {
    const between = i > from ? gap(text, tokens, i) : ' ';
    // "Kinder- und Jugendhilfe": a truncated compound keeps its hyphen and the space.
    if (between === ' & ') words.push('&', tokens[i]!.text);
    else if (/^[-–]\s+$/.test(between)) {
      words[words.length - 1] += '-';
      words.push(tokens[i]!.text);
    } else if (/[-–]/.test(between)) words[words.length - 1] += `${between.replace(/\s+/g, '').replace('–', '-')}${tokens[i]!.text}`;
    else if (/^\.\s$/.test(between) && NAME_ABBREVIATIONS.has(tokens[i - 1]!.text)) words[words.length - 1] += `. ${tokens[i]!.text}`;
    else {
      // "Ministerium für Kinder, Jugend, Familie …": a list inside a name keeps its commas.
      if (/^,\s+$/.test(between)) words[words.length - 1] += ',';
      words.push(tokens[i]!.text);
    }
  }
  return words;
}

/** A name's words from tokens [from, to) as a name lists them. */
export function nameOf(text: string, tokens: readonly Token[], from: number, to: number): string {
  return displayName(textOf(text, tokens, from, to));
}
