/**
 * Maps a question as printed on a page to a catalogue id, by number and by
 * wording, so unnumbered, reordered or slightly reworded questions still match.
 */

import { QUESTIONS, type QuestionId } from './catalogue';
import { features, featuresOfKey, similarity } from './normalise';
import { wordingKey } from '../text/fold';

export interface QuestionMatch {
  id: QuestionId | null;
  /** Wording similarity of the chosen question, 0..1 (0 when nothing matched). */
  score: number;
}

/** The wording alone is enough above this. */
const WORDING_THRESHOLD = 0.6;
/** When the printed number agrees, a looser wording match is enough. */
const NUMBER_AGREES_THRESHOLD = 0.4;

/** Folded once per module load: features hold the normalised text, words and bigram sets. */
const CATALOGUE = QUESTIONS.map((q) => ({ id: q.id as QuestionId, number: q.number as number, features: features(q.text) }));
const BY_NORMALISED = new Map(CATALOGUE.map((q) => [q.features.normalised, q]));
const BY_NUMBER = new Map(CATALOGUE.map((q) => [q.number, q]));
/**
 * A wording score above this for the printed number's question settles it: no
 * other question can beat it by the 0.15 margin (scores are at most 1).
 */
const NUMBER_SETTLES = 0.86;

export function matchQuestion(text: string, number: number | null): QuestionMatch {
  const normalised = wordingKey(text);
  // Shortcuts give exactly what the full comparison below would give.
  // Printed as in the catalogue (the usual case): similarity 1, and the number
  // cannot overrule it unless it names another question. The word and bigram
  // sets are built only past this point: most lines never need them.
  const exact = BY_NORMALISED.get(normalised);
  if (exact && (number === null || number === exact.number)) return { id: exact.id, score: 1 };
  const own = featuresOfKey(normalised);
  const numbered = number === null ? undefined : BY_NUMBER.get(number);
  if (numbered) {
    const score = similarity(own, numbered.features);
    if (score > NUMBER_SETTLES) return { id: numbered.id, score };
  }
  const scored = CATALOGUE.map((q) => ({ id: q.id, number: q.number, score: similarity(own, q.features) }));
  let best = scored[0];
  for (const s of scored) if (best === undefined || s.score > best.score) best = s;
  if (best === undefined) return { id: null, score: 0 };

  const byNumber = number === null ? undefined : scored.find((s) => s.number === number);
  // The number agrees and the wording is close enough: trust the number,
  // unless another question is clearly the better wording match (reordered page).
  if (byNumber && byNumber.score >= NUMBER_AGREES_THRESHOLD && best.score - byNumber.score < 0.15) {
    return { id: byNumber.id, score: byNumber.score };
  }
  if (best.score >= WORDING_THRESHOLD) return { id: best.id, score: best.score };
  return { id: null, score: best.score };
}

export interface NumberedLine {
  number: number | null;
  text: string;
}

/** Splits a leading "N." / "N)" / "N.)" / "N:" (optionally "Frage N:") off a question line. */
export function splitQuestionNumber(line: string): NumberedLine {
  const m = /^\s*(?:frage\s*)?(\d{1,2})\s*[.):]{1,2}\s*([\p{L}„"»][\s\S]*)$/iu.exec(line);
  if (!m || m[1] === undefined || m[2] === undefined) return { number: null, text: line.trim() };
  return { number: Number(m[1]), text: m[2].trim() };
}
