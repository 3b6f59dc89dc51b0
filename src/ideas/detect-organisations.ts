/**
 * Named organisations in one answer (docs/ideas.md): gazetteer names first,
 * then the patterns for names it lacks, then names the same record introduced
 * elsewhere (a later "Brückenschlag Ukraine" for an earlier "Brückenschlag
 * Ukraine e.V.", or an acronym defined in brackets). The interview's own two
 * municipalities are not counted.
 */

import { fold } from '../text/fold';
import { compileCue, cueWords, matchesAt, type CompiledCue } from './cues';
import { GAZETTEER } from './gazetteer';
import { memoByText } from './memo';
import type { OrganisationType } from './org-types';
import { fundsNearby } from './funding';
import { classNounType } from './head-nouns';
import { legalFormAt } from './legal-forms';
import { placeAfter } from './name-places';
import { purposeEnd } from './name-purposes';
import { nameOf } from './name-text';
import type { PatternMatch } from './pattern-match';
import { findPatternNames } from './patterns';
import { isCapitalised, stemOf, tokenize, type Token } from './tokens';

export interface OrganisationMention {
  /** Canonical name: acronym and long form give the same one. */
  name: string;
  type: OrganisationType;
  /** The name exactly as written in this answer. */
  text: string;
  start: number;
  end: number;
}

/** A name known to the matcher: gazetteer entries, and names a record introduced. */
export interface KnownName {
  name: string;
  type: OrganisationType;
  cue: CompiledCue;
  /** The cue's first word must be capitalised in the text (names, not common words). */
  capitalised: boolean;
  /** Its local offices are written with their place after the name ("Agentur für Arbeit Soest"). */
  offices?: boolean;
  /** A foundation typed by what the answer says it does: `funder` near words of money. */
  foundation?: boolean;
}

function isAcronym(word: string): boolean {
  return /^[\p{Lu}][\p{L}\d]*$/u.test(word) && (word.match(/\p{Lu}/gu)?.length ?? 0) >= 2 && word.length <= 8;
}

/** Compiles a name or alias: acronyms as written, other words by their stem. */
export function knownName(
  alias: string,
  name: string,
  type: OrganisationType,
  flags: Pick<KnownName, 'offices' | 'foundation'> = {},
): KnownName {
  const words = alias.startsWith('=') ? [alias] : cueWords(alias);
  const source = words.map((w) => (w.startsWith('=') ? w : isAcronym(w) ? `=${w}` : `^${w.replace(/[.,+]/g, '')}`)).join(' ');
  return { name, type, cue: compileCue(source, 1), capitalised: isCapitalised(alias.replace(/^=/, '')), ...flags };
}

let gazetteer: KnownName[] | null = null;

/** Longest aliases first, so "Engagement Global gGmbH" wins over "Engagement Global". */
function byLength(names: KnownName[]): KnownName[] {
  return names.sort((a, b) => b.cue.words.length - a.cue.words.length);
}

/** NRW is written both ways: "Landkreistag NRW" also matches "Landkreistag Nordrhein-Westfalen", and back. */
function regionSpellings(alias: string): string[] {
  if (/ NRW\b/.test(alias)) return [alias, alias.replace(/ NRW\b/, ' Nordrhein-Westfalen')];
  if (/ Nordrhein-Westfalen\b/.test(alias)) return [alias, alias.replace(/ Nordrhein-Westfalen\b/, ' NRW')];
  return [alias];
}

/** The short forms German universities go by: "FH Südwestfalen" for "Fachhochschule Südwestfalen", "TU Dortmund". */
const UNIVERSITY_SHORT_FORMS: [long: string, short: string][] = [
  ['Fachhochschule ', 'FH '],
  ['Technische Hochschule ', 'TH '],
  ['Technische Universität ', 'TU '],
  ['Universität ', 'Uni '],
];

function shortSpellings(alias: string): string[] {
  const form = UNIVERSITY_SHORT_FORMS.find(([long]) => alias.startsWith(long));
  return form ? [alias, form[1] + alias.slice(form[0].length)] : [alias];
}

function gazetteerNames(): KnownName[] {
  gazetteer ??= byLength(
    GAZETTEER.flatMap((e) =>
      [...new Set([e.name, ...e.aliases].flatMap(regionSpellings).flatMap(shortSpellings))].map((alias) =>
        knownName(alias, e.name, e.type, { offices: e.offices, foundation: e.foundation }),
      ),
    ),
  );
  return gazetteer;
}

export interface OrganisationContext {
  /** The partnership's own municipalities ("Duisburg", "Kryvyi Rih"). */
  partners: readonly string[];
  /** Names this record introduced in other answers. */
  local?: readonly KnownName[];
}

const MUNICIPAL_HEAD =
  /^(Stadt|Gemeinde|Kreis|Landkreis|Stadtverwaltung|Kreisverwaltung|Stadtrat|Stadtrats|Gemeinderat|Gemeinderats|Dorfrat|Dorfrats|Siedlungsrat|Siedlungsrats|Hromada|Militärverwaltung|Stadtgemeinde|Dorfgemeinde|Siedlungsgemeinde|Landgemeinde|Gebietsverwaltung|Oblastverwaltung|Regionalverwaltung|Bezirksverwaltung|Rajonverwaltung|Gmina|Powiat|Gemeente|Comune|Commune)$/;

/** A partner written with its kind ("Kreis Hellbachtal", "Rajon Dubrowyzja"): the kind, and the name after it. */
/** A partner written with its kind ("Kreis Wittenfeld"): the text names it by its place ("in Wittenfeld"). */
export const PARTNER_KIND = /^(Stadt|Gemeinde|Kreis|Landkreis|Rajon|Hromada|Oblast|Gebiet) /;
const DISTRICT_HEAD = /^(Kreis|Landkreis|Kreisverwaltung)$/;

/**
 * "Stadt Duisburg" for a Duisburg partnership is the partner itself, and "in der Stadt Dnipro" a place. A partner
 * written with its kind is compared by its name ("Kreis Hellbachtal" is the partner "Kreis Hellbachtal"); a district
 * that shares a partner town's name ("Kreis Kleve" for the town Kleve) is another body, which counts.
 */
function isPartnerOrPlace(tokens: readonly Token[], from: number, to: number, partners: readonly string[]): boolean {
  if (!MUNICIPAL_HEAD.test(tokens[from]!.text)) return false;
  // Words only: "Stadt Iwano-Frankiwsk" is the partner "Iwano-Frankiwsk" although its tokens are two words.
  // "Stadtrat von Kamjanez": the council's municipality after "von".
  const at = tokens[from + 1]?.text === 'von' ? from + 2 : from + 1;
  const place = fold(tokens.slice(at, to).map((t) => t.text).join(' '));
  const asWords = (partner: string) => fold(partner.replace(PARTNER_KIND, '')).replace(/[\s\-‐–]+/g, ' ');
  const district = DISTRICT_HEAD.test(tokens[from]!.text);
  const isPartner = (p: string) =>
    (asWords(p) === place || asWords(p).startsWith(place) || place.startsWith(asWords(p))) && (!district || PARTNER_KIND.test(p));
  if (partners.some(isPartner)) return true;
  const before = tokens[from - 2] && `${tokens[from - 2]!.folded} ${tokens[from - 1]!.folded}`;
  // "in der Stadt Dnipro", "leben im Kreis Heinsberg", "aus dem Kreis Soest": a place where people are, not an actor.
  return before === 'in der' || before === 'aus der' || before === 'aus dem' || (tokens[from - 1]?.folded === 'im' && /Kreis$/.test(tokens[from]!.text));
}

/**
 * A one-word name in the plural is many bodies of that kind, not the one the name means: "über die
 * Landesjugendringe", "die Diakonien". The word is the name's spelling plus a plural ending.
 */
function pluralOf(n: KnownName, token: Token): boolean {
  const { source } = n.cue;
  if (!source.startsWith('^') || source.includes(' ')) return false;
  const word = source.slice(1).toLowerCase();
  const written = token.text.toLowerCase();
  return written === `${word}e` || written === `${word}en` || (word.endsWith('e') && written === `${word}n`);
}

function startsHere(n: KnownName, token: Token): boolean {
  return (!n.capitalised || token.capitalised) && n.cue.words[0]!(token);
}

/**
 * The gazetteer names by the key their first word is matched on: its text for an acronym ("=DRK"), its stem for a
 * word ("^Caritas"). A word can only start a name filed under its text, its stem or its stem without a plural "s"
 * (compileWord), so a new word is tested against those few names, not the whole gazetteer.
 */
let byFirstWord: Map<string, number[]> | null = null;

function firstWordIndex(): Map<string, number[]> {
  if (byFirstWord) return byFirstWord;
  byFirstWord = new Map();
  gazetteerNames().forEach((n, k) => {
    const first = cueWords(n.cue.source)[0]!;
    const key = first.startsWith('=') ? `=${first.slice(1)}` : `^${stemOf(first.slice(1))}`;
    const filed = byFirstWord!.get(key);
    if (filed) filed.push(k);
    else byFirstWord!.set(key, [k]);
  });
  return byFirstWord;
}

function filedUnder(token: Token): KnownName[] {
  const index = firstWordIndex();
  const keys = [`=${token.text}`, `^${token.stem}`];
  if (token.stem.endsWith('s')) keys.push(`^${token.stem.slice(0, -1)}`);
  // In gazetteer order, longest names first, as matchKnown expects.
  const at = keys.flatMap((key) => index.get(key) ?? []).sort((a, b) => a - b);
  const names = gazetteerNames();
  return at.map((k) => names[k]!);
}

/** Per distinct word: the gazetteer names that can start there. Each word is tested once. */
const candidatesByWord = memoByText((word) => {
  const token = tokenize(word)[0]!;
  return filedUnder(token).filter((n) => startsHere(n, token));
});

function gazetteerCandidates(token: Token): KnownName[] {
  return candidatesByWord(token.text);
}

function matchKnown(local: readonly KnownName[], tokens: readonly Token[], i: number): KnownName | undefined {
  const token = tokens[i]!;
  let fromLocal: KnownName | undefined;
  for (const n of local) if (!fromLocal && startsHere(n, token) && matchesAt(n.cue, tokens, i)) fromLocal = n;
  let fromGazetteer: KnownName | undefined;
  for (const n of gazetteerCandidates(token)) if (!fromGazetteer && matchesAt(n.cue, tokens, i)) fromGazetteer = n;
  if (!fromLocal || !fromGazetteer) return fromLocal ?? fromGazetteer;
  return fromLocal.cue.words.length > fromGazetteer.cue.words.length ? fromLocal : fromGazetteer;
}

/**
 * A hyphenated region right after a one-word charity makes a regional body of
 * its own ("Diakonie Mark-Ruhr", "Caritas Rhein-Erft"), as docs/ideas.md's
 * conventions count it; "DRK-Kreisverband" (the parent first) stays the parent.
 * Returns the region's name and the token index after it.
 */
function regionAfter(text: string, tokens: readonly Token[], hit: KnownName, end: number): { region: string; to: number } | null {
  if (hit.type !== 'association' || hit.cue.words.length !== 1) return null;
  // "Diakonie Sennetal", "Caritas Olpe": the welfare bodies' regional associations are registered under their place.
  if (REGIONAL_BODIES.has(hit.name)) {
    const to = placeAfter(text, tokens, end);
    if (to > end) return { region: nameOf(text, tokens, end, to), to };
  }
  if (end + 1 >= tokens.length) return null;
  const [first, second] = [tokens[end]!, tokens[end + 1]!];
  if (!first.capitalised || !second.capitalised) return null;
  if (text.slice(tokens[end - 1]!.end, first.start) !== ' ' || text.slice(first.end, second.start) !== '-') return null;
  return { region: `${first.text}-${second.text}`, to: end + 2 };
}

/** Parents whose regional bodies are named by a place alone ("Diakonie Sennetal"), each a body of its own. */
const REGIONAL_BODIES = new Set(['Diakonie', 'Caritas', 'Kolpingwerk', 'Lebenshilfe']);

/** A local chapter's word: "Kreisverband", "Ortsvereins", "Ortsgruppe", "Jugend" ("DLRG-Jugend"). */
const CHAPTER_WORD =
  /^((Orts|Kreis|Stadt|Bezirks|Landes|Regional|Diözesan|Stadtteil)(verband|verein|vereinigung|gruppe|stelle)(e?s)?|Jugend|Sozialstation(en)?|Beratungsstellen?|Pflegedienst(es)?)$/;
/**
 * A chapter written before its parent in the genitive: "Ortsverband des THW", "Kreisverband der AWO". Returns the
 * chapter word's index, or `i` when none stands before the parent. "Die Jugend des DRK" is no chapter's name.
 */
function chapterBefore(tokens: readonly Token[], i: number): number {
  if (i < 2 || !/^(des|der)$/.test(tokens[i - 1]!.text)) return i;
  const word = tokens[i - 2]!.text;
  return CHAPTER_WORD.test(word) && word !== 'Jugend' ? i - 2 : i;
}

/** A one-word parent name that is itself a chapter's kind: "Caritasverband". */
const CHAPTER_KIND = /(verband|verein)(e?s)?$/;

/**
 * A local chapter written with its parent's name counts as the parent, and its text is the chapter as written
 * (docs/ideas.md): "DRK-Kreisverband Soest", "THW-Ortsverband", "Caritasverband Ahlenwald". Returns the end of
 * the chapter (the chapter word and a place after it), or 0 when no chapter follows the parent.
 */
function chapterEnd(text: string, tokens: readonly Token[], hit: KnownName, end: number): number {
  let chapter = 0;
  const next = tokens[end];
  if (next && CHAPTER_WORD.test(next.text) && /^[-‐]$|^ $/.test(text.slice(tokens[end - 1]!.end, next.start))) {
    // "DLRG Jugend" with a space is no chapter's name; "DRK Kreisverband" is.
    if (next.text !== 'Jugend' || text[next.start - 1] !== ' ') chapter = end + 1;
  } else if (hit.cue.words.length === 1 && CHAPTER_KIND.test(tokens[end - 1]!.text)) chapter = end;
  if (!chapter) return 0;
  return areaAfter(text, tokens, chapter) || placeAfter(text, tokens, chapter);
}

/** The area a chapter serves, named after "für": "für das Dekanat Borken", "für den Kreis Soest". */
const AREA = /^(Dekanat|Kreis|Landkreis|Stadt|Region|Bezirk|Bistum|Erzbistum|Diözese|Erzdiözese|Kirchenkreis)$/;

/** The area after "für" or "im" ("im Kirchenkreis Halverde", "im Dekanat Borken"); 0 when none follows. */
function areaAfter(text: string, tokens: readonly Token[], k: number): number {
  const link = tokens[k]?.text;
  if (link !== 'für' && link !== 'im') return 0;
  const area = link === 'für' && /^(das|den|die)$/.test(tokens[k + 1]?.text ?? '') ? k + 2 : k + 1;
  if (!AREA.test(tokens[area]?.text ?? '')) return 0;
  const end = placeAfter(text, tokens, area + 1);
  return end > area + 1 ? end : 0;
}

/**
 * A known society or association with its field after it is another body:
 * "Deutsch-Ukrainische Gesellschaft für Wirtschaft und Wissenschaft" is not
 * the "Deutsch-Ukrainische Gesellschaft". Returns the end of the longer name, or 0.
 */
const FIELD_HEAD = /(gesellschaft|verband|verein|vereinigung|bund|stiftung|institut|akademie|zentrum)$/i;

function fieldAfter(text: string, tokens: readonly Token[], end: number): number {
  if (tokens[end]?.text !== 'für' || !FIELD_HEAD.test(tokens[end - 1]!.text)) return 0;
  return purposeEnd(text, tokens, end);
}

/**
 * The partner town after a numbered school is part of its name: "Gymnasium
 * Nr. 1 Dolyna" is not any "Gymnasium Nr. 1". Returns how many words it takes.
 */
function partnerPlaceAfter(text: string, tokens: readonly Token[], m: PatternMatch, partners: readonly string[]): number {
  if (m.to < 2 || tokens[m.to - 2]!.text !== 'Nr' || m.to >= tokens.length) return 0;
  if (!/^ +$/.test(text.slice(tokens[m.to - 1]!.end, tokens[m.to]!.start))) return 0;
  const rest = text.slice(tokens[m.to]!.start);
  for (const partner of partners) {
    if (!partner || !rest.startsWith(partner) || /^[\p{L}\d]/u.test(rest.slice(partner.length))) continue;
    const stop = tokens[m.to]!.start + partner.length;
    let k = m.to;
    while (k < tokens.length && tokens[k]!.end <= stop) k++;
    return k - m.to;
  }
  return 0;
}

/** The acronyms every German chamber goes by, for a chamber named in full with its place. */
const CHAMBER_ACRONYMS: [RegExp, string][] = [
  [/^Industrie- und Handelskammer \S/, 'IHK'],
  [/^Handwerkskammer \S/, 'HWK'],
];

/** An acronym defined in brackets right after a name: "Partnerschaftsverein Kamen-Irpin (PKI)". */
function acronymAfter(text: string, end: number): string | null {
  // 'der Verein „Ukrainer in Wesselbruch“ (UiW)': the closing quote of a quoted name may stand before the bracket.
  const m = /^[“"”«]?\s*\(([\p{Lu}][\p{L}\d]{1,7})\)/u.exec(text.slice(end, end + 13));
  return m && isAcronym(m[1]!) ? m[1]! : null;
}

export function detectOrganisations(
  text: string,
  context: OrganisationContext,
  tokens: readonly Token[] = tokenize(text),
  patterns: readonly PatternMatch[] = findPatternNames(text, tokens),
): OrganisationMention[] {
  const found: (OrganisationMention & { from: number; to: number })[] = [];
  const taken = new Uint8Array(tokens.length);
  const take = (from: number, to: number, name: string, type: OrganisationType) => {
    const start = tokens[from]!.start;
    const last = tokens[to - 1]!;
    // The closing dot of "e.V." or "e.K." belongs to the name as written, and so does the sign a programme's name ends in
    // ("Erasmus+", "Demokratie leben!"), which the words leave out.
    const sign = text[last.end] ?? '';
    const registered = (last.text === 'V' || last.text === 'K') && tokens[to - 2]?.text === 'e' && sign === '.';
    const end = last.end + (registered || ('+!?'.includes(sign) && sign !== '' && name.endsWith(sign)) ? 1 : 0);
    taken.fill(1, from, to);
    found.push({ name, type, text: text.slice(start, end), start, end, from, to });
  };

  const local = context.local ?? [];
  for (let i = 0; i < tokens.length; i++) {
    const hit = matchKnown(local, tokens, i);
    if (!hit || pluralOf(hit, tokens[i]!)) continue;
    // "Brückenschlag Ukraine" known from an earlier answer, written here with its legal form.
    const end = i + hit.cue.words.length;
    const chapter = chapterEnd(text, tokens, hit, end);
    if (chapter > end) {
      take(i, chapter, hit.name, hit.type);
      i = chapter - 1;
      continue;
    }
    // "Diakonisches Werk im Kirchenkreis Halverde": a welfare body's work in an area counts as the body, the area in its text.
    const area = REGIONAL_BODIES.has(hit.name) ? areaAfter(text, tokens, end) : 0;
    if (area) {
      take(i, area, hit.name, hit.type);
      i = area - 1;
      continue;
    }
    const regional = regionAfter(text, tokens, hit, end);
    if (regional) {
      // "Diakonie Mark-Ruhr": a regional body of its own, not the bare parent.
      const { region, to } = regional;
      take(i, to, `${hit.name} ${region}`, hit.type);
      i = to - 1;
      continue;
    }
    // "Agentur für Arbeit Sennetal": a local office counts as its parent, its text the office as written.
    const office = hit.offices ? placeAfter(text, tokens, end) : end;
    if (office > end) {
      take(i, office, hit.name, hit.type);
      i = office - 1;
      continue;
    }
    const field = fieldAfter(text, tokens, end);
    if (field) {
      take(i, field, nameOf(text, tokens, i, field), hit.type);
      i = field - 1;
      continue;
    }
    const to = end + (legalFormAt(text, tokens, end)?.[0] ?? 0);
    take(chapterBefore(tokens, i), to, hit.name, hit.foundation && fundsNearby(tokens, i) ? 'funder' : hit.type);
    i = to - 1;
  }
  for (const m of patterns) {
    if (taken.subarray(m.from, m.to).some(Boolean)) continue;
    if (isPartnerOrPlace(tokens, m.from, m.to, context.partners)) continue;
    const place = partnerPlaceAfter(text, tokens, m, context.partners);
    if (place) take(m.from, m.to + place, nameOf(text, tokens, m.from, m.to + place), m.type);
    else take(m.from, m.to, m.name, m.type);
  }
  return found.sort((a, b) => a.start - b.start).map(({ from: _f, to: _t, ...mention }) => mention);
}

/**
 * Names a record introduces for its other answers: the cores of pattern names
 * ("Brückenschlag Ukraine" for "Brückenschlag Ukraine e.V.") and acronyms
 * defined in brackets after any name.
 */
export function localNamesOf(
  answers: readonly { text: string; tokens: readonly Token[]; patterns: readonly PatternMatch[] }[],
  partners: readonly string[],
): KnownName[] {
  const local: KnownName[] = [];
  const seen = new Set<string>();
  const add = (alias: string, name: string, type: OrganisationType) => {
    const key = `${alias}\u0000${name}`;
    if (seen.has(key)) return;
    seen.add(key);
    local.push(knownName(alias, name, type));
  };
  for (const { text, tokens, patterns } of answers) {
    for (const m of patterns) {
      if (isPartnerOrPlace(tokens, m.from, m.to, partners)) continue;
      if (m.legalForm && m.core.split(' ').length >= 2) add(m.core, m.name, m.type);
      const short = shortFormOf(m.core);
      if (short) {
        // The full spelling too, so the answer that writes it in full keeps its whole text.
        add(m.core, m.name, m.type);
        add(short, m.name, m.type);
      }
      const acronym = acronymAfter(text, tokens[m.to - 1]!.end);
      if (acronym) add(`=${acronym}`, m.name, m.type);
      // "die IHK" in a later answer is the chamber this record named in full ("Industrie- und Handelskammer Aachen").
      for (const [chamber, short] of CHAMBER_ACRONYMS) if (chamber.test(m.name)) add(`=${short}`, m.name, m.type);
    }
    if (!text.includes('(')) continue;
    for (const mention of detectOrganisations(text, { partners }, tokens, patterns)) {
      const acronym = acronymAfter(text, mention.end);
      if (acronym) add(`=${acronym}`, mention.name, mention.type);
    }
  }
  for (const [acronym, m] of initialsOfRecord(answers, partners)) {
    if (!local.some((n) => n.cue.source === `=${acronym}`)) add(`=${acronym}`, m.name, m.type);
  }
  return byLength(local);
}

/** "Haus Lindenhof" inside "Seniorenzentrum Haus Lindenhof": a house's own name after the kind of body it is. */
const HOUSE_NAME = /^\S+ (Haus \p{Lu}\S+)$/u;

/**
 * The short form a later answer may use for a name written in full: the named body without its place
 * ("St.-Josef-Hospital" for "St.-Josef-Hospital Mühlbeck", when that one word alone is a name) or a house's own name
 * ("Haus Lindenhof" for "Seniorenzentrum Haus Lindenhof"). Null when the name has none.
 */
const shortFormOf = memoByText(shortFormOfName);

function shortFormOfName(core: string): string | null {
  const house = HOUSE_NAME.exec(core);
  if (house) return house[1]!;
  const named = nameAfterClassNoun(core);
  if (named) return named;
  const cut = core.lastIndexOf(' ');
  if (cut < 0 || !/^\p{Lu}/u.test(core.slice(cut + 1))) return null;
  const prefix = core.slice(0, cut);
  // One word that is a name by itself ("Marienschule", "St.-Josef-Hospital"), not the start of a longer name.
  if (prefix.includes(' ')) return null;
  const tokens = tokenize(prefix);
  const [m] = findPatternNames(prefix, tokens);
  return m && m.from === 0 && m.to === tokens.length && m.name === prefix ? prefix : null;
}

/**
 * "Ostroh-Akademie" for "Nationale Universität Ostroh-Akademie": a name of the body's own kind after its class noun,
 * which is a name by itself. "Förderverein Marienschule" gives none: the school is another body.
 */
function nameAfterClassNoun(core: string): string | null {
  const words = core.split(' ');
  const k = words.findIndex((w) => classNounType(w));
  if (k < 0 || k === words.length - 1) return null;
  const rest = words.slice(k + 1).join(' ');
  const tokens = tokenize(rest);
  const [m] = findPatternNames(rest, tokens);
  return m && m.from === 0 && m.to === tokens.length && m.name === rest && m.type === classNounType(words[k]!) ? rest : null;
}

/** A word in capitals that may be an acronym no bracket defined: "EVO", "KHS". */
const BARE_ACRONYM = /^[A-ZÄÖÜ]{3,5}$/;

/**
 * Acronyms of the record that spell the initials of exactly one name it wrote in
 * full, without brackets: "die EVO" for "Energieversorgung Oelde GmbH" (E-nergie-
 * V-ersorgung O-elde), "die KHS" for "Kreishandwerkerschaft Hochsauerland". Each
 * word of the name gives its initial, and may give more letters from inside a
 * compound ("…versorgung"); link words give none. Known acronyms are left alone.
 */
function initialsOfRecord(
  answers: readonly { tokens: readonly Token[]; patterns: readonly PatternMatch[] }[],
  partners: readonly string[],
): Map<string, PatternMatch> {
  const found = new Map<string, PatternMatch>();
  const acronyms = new Set<string>();
  for (const { tokens } of answers) {
    for (const t of tokens) if (t.capitalised && t.text.length <= 5 && BARE_ACRONYM.test(t.text)) acronyms.add(t.text);
  }
  if (acronyms.size === 0) return found;
  const names = answers.flatMap(({ tokens, patterns }) => patterns.filter((m) => !isPartnerOrPlace(tokens, m.from, m.to, partners)));
  for (const acronym of acronyms) {
    const token = tokenize(acronym)[0]!;
    if (gazetteerCandidates(token).some((n) => n.cue.words.length === 1)) continue;
    const matches = [...new Set(names.filter((m) => spellsInitials(acronym, m.core)).map((m) => m.name))];
    if (matches.length === 1) found.set(acronym, names.find((m) => m.name === matches[0])!);
  }
  return found;
}

/** True when the letters of `acronym` are the initials of the name's words, in order, each word giving at least one. */
export function spellsInitials(acronym: string, name: string): boolean {
  const words = name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w));
  if (words.length < 2 || words.length > acronym.length) return false;
  const letters = acronym.toLowerCase();
  const fits = (a: number, w: number): boolean => {
    if (w === words.length) return a === letters.length;
    const word = words[w]!.toLowerCase();
    if (a >= letters.length || word[0] !== letters[a]) return false;
    // This word gives its initial, then perhaps further letters from inside it (a compound's parts).
    let next = a + 1;
    if (fits(next, w + 1)) return true;
    let from = 3;
    while (next < letters.length) {
      const at = word.indexOf(letters[next]!, from);
      if (at < 0) return false;
      next++;
      from = at + 3;
      if (fits(next, w + 1)) return true;
    }
    return false;
  };
  return fits(0, 0);
}

/** The key that groups spellings of one name across answers and records: its stems. */
export function organisationKey(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((w) => stemOf(w.replace(/[.,+]/g, '')))
    .join(' ');
}
