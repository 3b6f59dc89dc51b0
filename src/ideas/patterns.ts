/**
 * Patterns for organisation names the gazetteer lacks: a legal form after a
 * name ("Brückenschlag Ukraine e.V.", "… gGmbH"), or a head noun before one
 * ("Stiftung …", "Stadtwerke <Ort>", "Universität …", "Klinikum …"). A head noun
 * with no name after it is generic ("die Stadtwerke", "eine Stiftung") and
 * yields nothing.
 */

import type { OrganisationType } from './org-types';
import type { Token } from './tokens';

export interface PatternMatch {
  /** Token indexes [from, to). */
  from: number;
  to: number;
  name: string;
  type: OrganisationType;
  /** The name without its legal form, which later mentions may use alone. */
  core: string;
}

/** Capitalised words that never start or continue a name: articles, pronouns, sentence openers. */
const NOT_NAME = new Set(
  (
    'Der Die Das Dem Den Des Ein Eine Einen Einem Einer Eines Wir Uns Unser Unsere Unserer Unseren Sie Ihr Ihre Es Er ' +
    'Mit Über Auch Auf Bei Für Von Vom Zum Zur Im In Am An Aus Nach Seit Durch Dank Gemeinsam Zusammen Außerdem ' +
    'Zudem Dazu Hier Dort Dann Damals Bisher Inzwischen Heute Jetzt Auch Und Oder Aber Doch Sowie Beim Ja Nein ' +
    'Geld Mittel Spenden Unterstützung Hilfe Projekte Projekt Partnerschaft Kontakt Kontakte Anfang Ende ' +
    'Januar Februar März April Mai Juni Juli August September Oktober November Dezember Jahr Jahren Sommer Winter'
  ).split(' '),
);

/** Lower-case words that may join the parts of a name: "Verein für Städtepartnerschaften". */
const LINKS = new Set(['für', 'und', 'der', 'des', 'zu', 'zur', 'zum', 'in', 'im', 'am', 'an', 'von', 'gegen', 'ohne']);

/** Head nouns that a name follows, by the type they give: "Stadtwerke Hamm", "Klinikum Westmünsterland". */
const HEAD_TYPES = new Map<string, OrganisationType>([
  ...words('company', 'Stadtwerke Stadtwerken Stadtwerk Sparkasse Stadtsparkasse Kreissparkasse Volksbank'),
  ...words('education', 'Universität Hochschule Fachhochschule Gesamtschule Realschule Grundschule Hauptschule Sekundarschule Gymnasium Gymnasiums Berufskolleg Berufskollegs Volkshochschule Musikschule Akademie'),
  ...words('health', 'Klinikum Klinikums Krankenhaus Krankenhauses Universitätsklinikum Uniklinik Klinik Hospital'),
  ...words('public-body', 'Stadtverwaltung Kreisverwaltung Bezirksregierung Handwerkskammer IHK Stadt Gemeinde Landkreis Kreis'),
  ...words('association', 'Partnerschaftsverein Partnerschaftsvereins Förderverein Fördervereins Freundeskreis Freundeskreises Verein Vereins Kirchengemeinde Sportverein Sportvereins'),
  ...words('association', 'Stiftung Bürgerstiftung Gemeinschaftsstiftung'),
]);

function words(type: OrganisationType, list: string): [string, OrganisationType][] {
  return list.split(' ').map((w) => [w, type]);
}

/** Adjectives that start a name before its head: "Technische Hochschule Köln". */
const NAME_ADJECTIVE = /^(Technische|Nationale|Staatliche|Medizinische|Pädagogische|Katholische|Evangelische|Städtische|Freie|Private|Westfälische|Rheinische|Bergische|Deutsche|Deutsch-Ukrainische|Ukrainische)n?$/;

const LEGAL_FORMS: [string[], OrganisationType][] = [
  [['e', 'V'], 'association'],
  [['gGmbH'], 'association'],
  [['gUG'], 'association'],
  [['GmbH'], 'company'],
  [['AG'], 'company'],
  [['eG'], 'company'],
];

/** Words inside a name that decide its type over the legal form's default. */
const NAME_TYPES: [RegExp, OrganisationType][] = [
  [/klinik|krankenhaus|hospital|pflegeheim|seniorenheim/i, 'health'],
  [/universität|hochschule|schule|gymnasium|institut|akademie|kolleg/i, 'education'],
  [/stadtwerke|sparkasse|wohnungsbau/i, 'company'],
];

/** Inflected head nouns back to the form a name is listed under. */
const BASE_FORMS: Record<string, string> = {
  Stadtwerken: 'Stadtwerke',
  Stadtwerk: 'Stadtwerke',
  Klinikums: 'Klinikum',
  Krankenhauses: 'Krankenhaus',
  Gymnasiums: 'Gymnasium',
  Berufskollegs: 'Berufskolleg',
  Vereins: 'Verein',
  Partnerschaftsvereins: 'Partnerschaftsverein',
  Fördervereins: 'Förderverein',
  Freundeskreises: 'Freundeskreis',
  Sportvereins: 'Sportverein',
};

function gap(text: string, tokens: readonly Token[], i: number): string {
  return text.slice(tokens[i - 1]!.end, tokens[i]!.start);
}

/** Abbreviations that sit inside a name, dot included: "St. Marien", "Gymnasium Nr. 2". */
const NAME_ABBREVIATIONS = new Set(['St', 'Nr', 'Hl']);

/**
 * Words of a name are joined by a space or a hyphen, never a comma or full
 * stop, except the dot of an abbreviation inside a name ("St. Barbara-Hospital").
 */
function joined(text: string, tokens: readonly Token[], i: number): boolean {
  const between = gap(text, tokens, i);
  if (/^\.\s$/.test(between)) return NAME_ABBREVIATIONS.has(tokens[i - 1]!.text);
  return /^(\s+|\s*[-–]\s*|\.-)$/.test(between);
}

function isNameWord(token: Token): boolean {
  return token.capitalised && !NOT_NAME.has(token.text);
}

/** The genitive of a head at a word's end: "des Archigymnasiums", "des Marien-Hospitals". */
const GENITIVE_HEAD = /(gymnasium|hospital|klinikum|krankenhaus|kolleg)e?s$/i;

/** Normalises the spelling of a name: inflected heads and adjectives to their listed form. */
export function displayName(words: string[]): string {
  return words
    .map((w) => BASE_FORMS[w] ?? (NAME_ADJECTIVE.test(w) ? w.replace(/n$/, '') : w.replace(GENITIVE_HEAD, '$1')))
    .join(' ')
    .replace(/ - /g, '-')
    .replace(/ e V$/, ' e.V.');
}

function textOf(text: string, tokens: readonly Token[], from: number, to: number): string[] {
  // Keeps hyphens as part of a word, so "Kamen-Irpin" stays one word.
  const words: string[] = [];
  for (let i = from; i < to; i++) {
    const between = i > from ? gap(text, tokens, i) : ' ';
    // "Kinder- und Jugendhilfe": a truncated compound keeps its hyphen and the space.
    if (/^[-–]\s+$/.test(between)) {
      words[words.length - 1] += '-';
      words.push(tokens[i]!.text);
    } else if (/[-–]/.test(between)) words[words.length - 1] += `${between.replace(/\s+/g, '').replace('–', '-')}${tokens[i]!.text}`;
    else if (/^\.\s$/.test(between) && NAME_ABBREVIATIONS.has(tokens[i - 1]!.text)) words[words.length - 1] += `. ${tokens[i]!.text}`;
    else words.push(tokens[i]!.text);
  }
  return words;
}

/**
 * Across a link, only an organisation noun carries a name further left: "Verein
 * für Städtepartnerschaften e.V.", "Freunde der Musik e.V."; in "Pumpen von der
 * Gelsenwasser AG" the name starts after the link.
 */
const ORGANISATION_NOUN =
  /(verein|verband|vereinigung|gesellschaft|gemeinschaft|genossenschaft|kreis|freunde|förderer|hilfe|stiftung|bund|werk|initiative|netzwerk|zentrum|akademie|institut|büro|agentur|kammer|rat|club|klub|forum|union|bündnis|aktion|komitee|kuratorium)$/i;

/** Class nouns that introduce a name in apposition: "die Firma Elektro Meier GmbH", "der Verein Lichtblick e.V.". */
const APPOSITION = /^(Firma|Unternehmen|Betrieb|Verein|Hersteller|Dienstleister|Träger|Partner|Projektpartner|\p{Lu}\p{Ll}+(firma|betrieb))$/u;

/** Extends a name leftwards from `end` (exclusive) over name words and links; returns the first index. */
function nameStartBefore(text: string, tokens: readonly Token[], end: number, max = 7): number {
  let start = end;
  let linked = false;
  for (let i = end - 1; i >= 0 && end - i <= max; i--) {
    if (i < end - 1 && !joined(text, tokens, i + 1)) break;
    const t = tokens[i]!;
    if (isNameWord(t)) {
      // "Kinder- und Jugendhilfe": a truncated compound before the link belongs to the name.
      const truncated = /[-–]\s*$/.test(gap(text, tokens, i + 1));
      if (linked && !ORGANISATION_NOUN.test(t.text) && !truncated) break;
      start = i;
      linked = false;
    } else if (LINKS.has(t.text)) linked = true;
    else break;
  }
  if (start < end - 1 && APPOSITION.test(tokens[start]!.text) && isNameWord(tokens[start + 1]!)) start++;
  return start;
}

function typeFromName(name: string, fallback: OrganisationType): OrganisationType {
  for (const [re, type] of NAME_TYPES) if (re.test(name)) return type;
  return fallback;
}

const LEGAL_FORM_STARTS = new Set(LEGAL_FORMS.map(([words]) => words[0]!));

export function legalFormAt(text: string, tokens: readonly Token[], i: number): [number, OrganisationType] | null {
  if (!LEGAL_FORM_STARTS.has(tokens[i]?.text ?? '')) return null;
  for (const [words, type] of LEGAL_FORMS) {
    if (words.every((w, k) => tokens[i + k]?.text === w)) {
      if (words.length === 2 && !/^\.\s?$/.test(gap(text, tokens, i + 1))) continue;
      return [words.length, type];
    }
  }
  return null;
}

/** Every pattern match in the tokens, left to right, not overlapping. */
export function findPatternNames(text: string, tokens: readonly Token[]): PatternMatch[] {
  const found: PatternMatch[] = [];
  let i = 0;
  while (i < tokens.length) {
    const match = legalFormMatch(text, tokens, i) ?? headMatch(text, tokens, i);
    if (match && (found.length === 0 || match.from >= found[found.length - 1]!.to)) {
      found.push(match);
      i = match.to;
    } else i++;
  }
  return found;
}

function legalFormMatch(text: string, tokens: readonly Token[], i: number): PatternMatch | null {
  const form = legalFormAt(text, tokens, i);
  if (!form || i === 0) return null;
  const start = nameStartBefore(text, tokens, i);
  if (start === i) return null;
  const core = displayName(textOf(text, tokens, start, i));
  const suffix = form[0] === 2 ? 'e.V.' : tokens[i]!.text;
  return { from: start, to: i + form[0], name: `${core} ${suffix}`, core, type: typeFromName(core, form[1]) };
}

/** Links that may continue a name after its head: "Universität zu Köln", "Klinikum an der Ruhr". */
const HEAD_LINKS = new Set(['zu', 'an', 'am', 'der']);
/** Links that may open the name after a head; "Förderverein der Feuerwehr" is no name. */
const OPENING_LINKS = new Set(['zu', 'an', 'am']);
/** Words after a head that are common nouns, not part of its name: "Stiftung Wesel Spendengelder". */
const COMMON_NOUN = /(ung|ungen|heit|keit|schaft|schaften|themen|thema|projekt|projekte|gelder|geld|mittel|spenden|tion|tionen)$/;

/** Heads that end a hyphenated name: "Albert-Schweitzer-Gymnasium", "St.-Marien-Hospital". */
const COMPOUND_HEADS: [RegExp, OrganisationType][] = [
  [/^(Gymnasium|Schule|Realschule|Gesamtschule|Grundschule|Universität|Hochschule|Akademie)$/, 'education'],
  [/^(Hospital|Krankenhaus|Klinik|Klinikum)$/, 'health'],
  [/^Stiftung$/, 'association'],
];

/** Heads that grow into one word with what precedes them: "Marienschule", "Kreiskrankenhaus". */
const COMPOUND_SUFFIX: [RegExp, OrganisationType][] = [
  [/^(\p{Lu}\p{Ll}{2,}?)(gymnasiums?|schule)$/u, 'education'],
  [/^(\p{Lu}\p{Ll}{2,}?)(hospitals?|kliniku?ms?|klinik|krankenhaus(es)?)$/u, 'health'],
];

/**
 * The first part of a compound that makes it a kind of school or hospital, not a
 * name: "Grundschule", "Sonntagsschule", "Bezirkskrankenhaus" alone are generic.
 */
const GENERIC_COMPOUND_PART = new Set(
  (
    'grund haupt real gesamt sekundar gemeinschaft förder sonder berufs fach fachober ober mittel abend musik kunst ' +
    'tanz sprach mal fahr sport ganztag privat partner schwester nachbar dorf stadt land landes kreis bezirk bundes ' +
    'kinder jugend frauen tages reha kur universität uni zentral feld militär kriegs not sonntag samstag wochenend ' +
    'waldorf montessori volkshoch hoch baum hunde heimat kranken pflege alten senioren elite internat europa ' +
    'modell muster haus dorf gast welt'
  ).split(' '),
);

interface CompoundHead {
  type: OrganisationType;
  /** The first part names it ("Marienschule"), not only its kind ("Grundschule"). */
  named: boolean;
}

/** Every word of every answer passes here, so each distinct word is looked at once. */
const compoundCache = new Map<string, CompoundHead | null>();

function compoundHead(token: Token): CompoundHead | null {
  // Three letters and the shortest suffix ("klinik"): shorter or lower-case words are no compound head.
  if (!token.capitalised || token.text.length < 9) return null;
  const word = token.text;
  let head = compoundCache.get(word);
  if (head === undefined) {
    head = compoundHeadOf(word);
    if (compoundCache.size > 100_000) compoundCache.clear();
    compoundCache.set(word, head);
  }
  return head;
}

function compoundHeadOf(word: string): CompoundHead | null {
  for (const [re, type] of COMPOUND_SUFFIX) {
    const m = re.exec(word);
    const part = m?.[1]!.toLowerCase();
    if (part) return { type, named: !GENERIC_COMPOUND_PART.has(part) && !GENERIC_COMPOUND_PART.has(part.replace(/s$/, '')) };
  }
  return null;
}

function headMatch(text: string, tokens: readonly Token[], i: number): PatternMatch | null {
  const head = tokens[i]!;
  const hyphenated = i > 0 && /^\s*[-–]\s*$|^\.-$/.test(gap(text, tokens, i)) && isNameWord(tokens[i - 1]!);
  let type = hyphenated ? COMPOUND_HEADS.find(([re]) => re.test(head.text))?.[1] : HEAD_TYPES.get(head.text);
  // "Marienschule", "Archigymnasium Soest": a head grown into one word with a name.
  const compound = type || hyphenated ? null : compoundHead(head);
  type ??= compound?.type;
  if (!type) return null;
  let from = i;
  // "Ruhr-Universität", "Technische Hochschule", "St. Marien-Hospital": the words before belong to the name.
  while (
    from > 0 &&
    joined(text, tokens, from) &&
    isNameWord(tokens[from - 1]!) &&
    (NAME_ADJECTIVE.test(tokens[from - 1]!.text) ||
      /[-–]/.test(gap(text, tokens, from)) ||
      NAME_ABBREVIATIONS.has(tokens[from - 1]!.text))
  )
    from--;
  let end = i + 1;
  for (let k = i + 1; k < tokens.length && k - i <= 4 && joined(text, tokens, k); k++) {
    const t = tokens[k]!;
    if (t.text === 'Nr' && /^\d+$/.test(tokens[k + 1]?.text ?? '')) {
      end = k + 2; // "Gymnasium Nr. 2"
      break;
    }
    if (isNameWord(t) && !COMMON_NOUN.test(t.text)) end = k + 1;
    else if (!HEAD_LINKS.has(t.text) || (k === i + 1 && !OPENING_LINKS.has(t.text))) break;
  }
  // A head alone is generic ("die Stadtwerke"), unless a name leads to it or grew into it.
  if (end === i + 1 && !hyphenated && !compound?.named) return null;
  const form = legalFormAt(text, tokens, end);
  let words = textOf(text, tokens, from, end);
  if (form && /^Vereins?$/.test(words[0]!) && words.length > 1) words = words.slice(1);
  const core = displayName(words);
  if (/stiftung$/i.test(head.text)) type = fundsNearby(tokens, i) ? 'funder' : 'association';
  if (!form) return { from, to: end, name: core, core, type };
  const suffix = form[0] === 2 ? 'e.V.' : tokens[end]!.text;
  return { from, to: end + form[0], name: `${core} ${suffix}`, core, type };
}

/** A foundation that gives money is a funder (docs/ideas.md): a funding word in the same sentence. */
function fundsNearby(tokens: readonly Token[], i: number): boolean {
  for (let k = Math.max(0, i - 12); k < Math.min(tokens.length, i + 12); k++) {
    const word = tokens[k]!.text.toLowerCase();
    if (/förder|finanzier|zuschuss|gelder|mittel$|bezuschusst|unterstützt/.test(word)) return true;
  }
  return false;
}
