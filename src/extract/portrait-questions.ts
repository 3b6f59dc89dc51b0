/**
 * Finds the interview questions among the segmented lines of a portrait:
 * numbered or not, bold, headings or plain text, catalogue or unknown.
 */

import type { QuestionId } from '../questions/catalogue';
import { matchQuestion, type NumberedLine, splitQuestionNumber } from '../questions/match';
import type { Block } from './blocks';
import { isClosingLine, isEditorNote, isHeaderLine } from './portrait-lines';
import { endsWithQuestionMark, isQuestionLine, isQuotedInSentence } from './question-line';

export interface QuestionHit {
  /** Index of the question's line in the block list. */
  index: number;
  number: number | null;
  question: string;
  id: QuestionId | null;
  score: number;
  /** Answer text that followed the question on the same plain-text line, if any. */
  inlineAnswer: string | null;
}

/** A line may hold a question and its answer ("N. Question? Answer …"). */
const MAX_LINE_LENGTH = 400;

/** The printed number: "N." in the text, or the item number of an <ol>. */
function numbered(block: Block): NumberedLine {
  const split = splitQuestionNumber(block.text);
  return split.number === null ? { number: block.itemNumber, text: split.text } : split;
}

function catalogueHit(block: Block, index: number, { number, text }: NumberedLine): QuestionHit | null {
  const endsAsQuestion = endsWithQuestionMark(text);
  // Prose that quotes a question inside a sentence is not a question line.
  if (endsAsQuestion && isQuotedInSentence(text, text.lastIndexOf('?'))) return null;
  // "N. Question? Answer …" on one plain line: try each "?" as the end of the question.
  if (!endsAsQuestion && text.includes('?')) {
    let best: QuestionHit | null = null;
    for (let p = text.indexOf('?'); p >= 0 && p < text.length - 1; p = text.indexOf('?', p + 1)) {
      if (isQuotedInSentence(text, p)) continue;
      const question = text.slice(0, p + 1);
      const rest = text.slice(p + 1).trim();
      const mm = matchQuestion(question, number);
      if (mm.id && rest && mm.score >= 0.6 && (!best || mm.score > best.score)) {
        best = { index, number, question, id: mm.id, score: mm.score, inlineAnswer: rest };
      }
    }
    if (best) return best;
  }
  // An unnumbered line must look like a question (or be set off) to count:
  // answers often repeat the question's words.
  if (number === null && !endsAsQuestion && !block.bold && block.heading === 0) return null;
  const m = matchQuestion(text, number);
  return m.id ? { index, number, question: text, id: m.id, score: m.score, inlineAnswer: null } : null;
}

function unknownHit(block: Block, index: number, afterFirst: boolean, { number, text }: NumberedLine): QuestionHit | null {
  if (!isQuestionLine(text)) return null;
  const emphasised = block.bold || block.heading >= 2;
  if (number === null && !(emphasised && afterFirst)) return null;
  return { index, number, question: text, id: null, score: 0, inlineAnswer: null };
}

function candidate(block: Block): boolean {
  if (block.atomic || block.text.length > MAX_LINE_LENGTH) return false;
  return !isHeaderLine(block.text) && !isClosingLine(block.text) && !isEditorNote(block.text);
}

/** Every question line, a catalogue question possibly several times (teasers repeat them). */
export function findQuestionLines(blocks: readonly Block[]): QuestionHit[] {
  const hits: QuestionHit[] = [];
  let first = -1;
  // Both passes ask; the line tests are regular expressions, so ask once.
  const candidates = blocks.map(candidate);
  const numberings = blocks.map((block, index) => (candidates[index] ? numbered(block) : null));
  blocks.forEach((block, index) => {
    const numbering = numberings[index];
    if (!numbering) return;
    const hit = catalogueHit(block, index, numbering);
    if (hit) {
      hits.push(hit);
      if (first < 0) first = index;
    }
  });
  if (hits.length === 0) return hits;
  const known = new Set(hits.map((h) => h.index));
  blocks.forEach((block, index) => {
    const numbering = numberings[index];
    if (known.has(index) || !numbering) return;
    const hit = unknownHit(block, index, index > first, numbering);
    if (hit) hits.push(hit);
  });
  hits.sort((a, b) => a.index - b.index);
  return hits;
}

/** The question lines, each catalogue id given to one of them. */
export function findQuestions(blocks: readonly Block[]): QuestionHit[] {
  return withUniqueIds(findQuestionLines(blocks));
}

/** Gives each catalogue id to one line (see dropDuplicateIds); edits and returns `hits`. */
export function withUniqueIds(hits: QuestionHit[]): QuestionHit[] {
  dropDuplicateIds(hits);
  return hits;
}

/** One id per page: a second, weaker match of the same id becomes an unknown question. */
function dropDuplicateIds(hits: QuestionHit[]): void {
  const bestById = new Map<string, QuestionHit>();
  for (const hit of hits) {
    if (!hit.id) continue;
    const prev = bestById.get(hit.id);
    if (!prev || hit.score > prev.score) bestById.set(hit.id, hit);
  }
  for (let i = hits.length - 1; i >= 0; i -= 1) {
    const hit = hits[i] as QuestionHit;
    if (!hit.id || bestById.get(hit.id) === hit) continue;
    hit.id = null;
    // A weaker twin that is not even phrased as a question was never one.
    if (!endsWithQuestionMark(hit.question)) hits.splice(i, 1);
  }
}
