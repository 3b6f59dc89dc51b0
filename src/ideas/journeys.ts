/**
 * Journeys told with the verb and the place apart: "Der Posaunenchor war im Sommer in Kiwerzi",
 * "waren zwölf Auszubildende … drei Wochen in Oelbrück". The lexicon cannot know the place, but the
 * record knows its two partners: people who *were in* one of them made a journey between the partners
 * (docs/ideas.md, "Visits"). Only the past of "sein" before "in <partner>" counts; "kamen nach",
 * "gebracht nach" and "aus <partner>" are said of refugees and goods as often (eleventh round).
 */

import { sentenceEndsBetween } from './cues';
import type { Evidence } from './detect-topics';
import { isJob } from './roles';
import { tokenize, type Token } from './tokens';

/** A partner written with its kind ("Kreis Wittenfeld") is found in the text by its place ("in Wittenfeld"). */
const PARTNER_KIND = /^(?:Stadt|Gemeinde|Kreis|Landkreis|Rajon|Hromada|Oblast|Gebiet) /;
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

/** Each partner's place as folded words, the kind word left out. */
export function partnerPlaces(partners: readonly string[]): string[][] {
  return partners
    .map((p) => tokenize(p.replace(PARTNER_KIND, '')).map((t) => t.folded))
    .filter((words) => words.length > 0);
}

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
      if (!place) continue;
      const end = tokens[j + place.length]!.end;
      journey = { start: tokens[i]!.start, end, text: text.slice(tokens[i]!.start, end) };
    }
    if (journey) found.push(journey);
  }
  return found;
}
