/**
 * Journeys the lexicon cannot see, because only the record knows its two partners (docs/ideas.md,
 * "Visits"; the eleventh round):
 * - the verb and the place apart: "Der Posaunenchor war im Sommer in Kiwerzi", "waren zwölf
 *   Auszubildende … drei Wochen in Oelbrück". Only the past of "sein" before "in <partner>" counts;
 *   "kamen nach", "gebracht nach" and "aus <partner>" alone are said of refugees and goods as often;
 * - a camp or a tournament with the partner town's people ("ein Sommerlager für Kinder aus Kalusch").
 */

import { sentenceEndsBetween } from './clauses';
import { PARTNER_KIND } from './detect-organisations';
import type { Evidence } from './detect-topics';
import { FLED, isJob } from './roles';
import { tokenize, type Token } from './tokens';

const BEING = new Set(['war', 'waren']);
/** How far after the verb the place may stand ("waren jeweils 25 Kinder aus Stryj, deren Väter …, für drei Wochen in Werl"). */
const MAX_DISTANCE = 16;
/** Things on show were somewhere too ("Die Ausstellung war … zu sehen, dann in Kiwerzi"): no journey of people. */
const ON_SHOW = new Set(['sehen', 'besichtigen', 'ausgestellt']);

/** Words that may stand between the verb and what it says of the subject ("war vorher Lehrerin"). */
const ADVERBS = new Set(['vorher', 'fruher', 'damals', 'zuvor', 'selbst', 'schon', 'bereits', 'lange', 'auch', 'immer', 'noch']);
const ADJECTIVE = /(?:ig|lich|isch|bar|sam|los)$/;

/**
 * "war" as a copula says what the subject is, not where it went: "Sie war vorher Lehrerin am Lyzeum in
 * Olschanyk", "Uns war wichtig, dass … in Bilozerkiwka". The first word after the verb and its adverbs
 * is then a job or an adjective.
 */
function isCopula(tokens: readonly Token[], verb: number): boolean {
  let k = verb + 1;
  while (k < tokens.length && ADVERBS.has(tokens[k]!.folded)) k++;
  const next = tokens[k];
  return next !== undefined && (isJob(next) || (!next.capitalised && ADJECTIVE.test(next.folded)));
}

/** What a state is, said after the place: "Der Strom war in Kupjansk tagelang weg", "Die Lage war dort schwierig". */
const STATE = new Set(['weg', 'aus', 'knapp', 'kaputt', 'zerstort', 'verbraucht', 'ausgefallen', 'unterbrochen', 'gut', 'schlecht', 'schwer', 'gross', 'hoch']);

/**
 * "war … in <place>" followed, before the sentence ends, by how something was there ("tagelang weg",
 * "schwierig", "schnell verbraucht"): a state of things, no journey of people. `place` is the place's last token.
 */
function saysHowItWas(text: string, tokens: readonly Token[], place: number): boolean {
  for (let k = place + 1; k <= place + 3 && k < tokens.length; k++) {
    if (sentenceEndsBetween(text, tokens[k - 1]!, tokens[k]!)) return false;
    const word = tokens[k]!;
    if (!word.capitalised && (STATE.has(word.folded) || ADJECTIVE.test(word.folded))) return true;
  }
  return false;
}

/** Each partner's place as folded words, the kind word left out. */
export function partnerPlaces(partners: readonly string[]): string[][] {
  return partners
    .map((p) => tokenize(p.replace(PARTNER_KIND, '')).map((t) => t.folded))
    .filter((words) => words.length > 0);
}

const evidenceAt = (text: string, from: Token, to: Token): Evidence => ({ start: from.start, end: to.end, text: text.slice(from.start, to.end) });

const placeAt = (tokens: readonly Token[], at: number, place: readonly string[]) =>
  place.every((word, k) => tokens[at + k]?.folded === word);

/** The spans from "war"/"waren" to a partner's place after "in" in the same sentence, one per verb. */
export function journeysTo(text: string, tokens: readonly Token[], places: readonly string[][]): Evidence[] {
  const found: Evidence[] = [];
  if (places.length === 0) return found;
  for (let i = 0; i < tokens.length; i++) {
    if (!BEING.has(tokens[i]!.text) || isCopula(tokens, i)) continue;
    let journey: Evidence | undefined;
    for (let j = i + 1; j <= i + MAX_DISTANCE && j < tokens.length; j++) {
      if (sentenceEndsBetween(text, tokens[j - 1]!, tokens[j]!)) break;
      if (ON_SHOW.has(tokens[j]!.folded)) {
        journey = undefined;
        break;
      }
      if (journey || tokens[j]!.text !== 'in') continue;
      const place = places.find((p) => placeAt(tokens, j + 1, p));
      if (!place || saysHowItWas(text, tokens, j + place.length)) continue;
      journey = evidenceAt(text, tokens[i]!, tokens[j + place.length]!);
    }
    if (journey) found.push(journey);
  }
  return found;
}

/** A camp or a tournament: a group stays or plays somewhere (not "Freizeit" in the singular alone, which is also spare time). */
const GROUP_EVENT = /(?:\w+freizeit(?:en)?|freizeiten|(?:zelt|ferien|sommer|pfingst|trainings|jugend|kinder)lager[ns]?|camps?|turnier(?:e|en|s)?)$/;
/** Most answers name no camp: one look at the text spares the sentence walk. */
const MAY_NAME_EVENT = /freizeit|lager|camp|turnier/i;
/** People of both towns or of the partner town: "aus Kalusch", "aus beiden Städten", "der Partnerstädte". */
const BOTH_TOWNS = /^(?:partnerstadt|partnerstadte|partnerstadten|partnergemeinde|partnergemeinden)$/;

/** The sentences of an answer as token ranges. */
function sentencesOf(text: string, tokens: readonly Token[]): [from: number, to: number][] {
  const ranges: [number, number][] = [];
  let from = 0;
  for (let i = 1; i <= tokens.length; i++) {
    if (i === tokens.length || sentenceEndsBetween(text, tokens[i - 1]!, tokens[i]!)) {
      ranges.push([from, i]);
      from = i;
    }
  }
  return ranges;
}

/** A camp or a tournament, and the people of the partner town with it. */
export type GroupEvent = [event: Evidence, people: Evidence];

/**
 * A camp or a tournament with people of the partner town or of both towns in one sentence is a group's
 * journey, as the written "Visits" convention says ("ein Sommerlager für Kinder aus Kalusch", "ein
 * Jugendturnier mit Mannschaften aus beiden Städten"). The camp word and the people, as evidence.
 */
export function groupEventsWith(text: string, tokens: readonly Token[], places: readonly string[][]): GroupEvent[] {
  const found: GroupEvent[] = [];
  if (!MAY_NAME_EVENT.test(text)) return found;
  for (const [from, to] of sentencesOf(text, tokens)) {
    let event = -1;
    let people: Evidence | undefined;
    let fled = false;
    for (let i = from; i < to; i++) {
      const t = tokens[i]!;
      if (event < 0 && GROUP_EVENT.test(t.folded) && t.capitalised) event = i;
      // Who fled and now helps at a camp made no journey between the partners (docs/ideas.md, refugees).
      if (FLED.test(t.folded)) fled = true;
      if (people) continue;
      if (BOTH_TOWNS.test(t.folded)) people = evidenceAt(text, t, t);
      else if (t.folded === 'beiden' && /^stadt/.test(tokens[i + 1]?.folded ?? '')) people = evidenceAt(text, t, tokens[i + 1]!);
      else if (t.text === 'aus') {
        const place = places.find((p) => placeAt(tokens, i + 1, p));
        if (place) people = evidenceAt(text, t, tokens[i + place.length]!);
      }
    }
    if (event >= 0 && people && !fled) found.push([evidenceAt(text, tokens[event]!, tokens[event]!), people]);
  }
  return found;
}
