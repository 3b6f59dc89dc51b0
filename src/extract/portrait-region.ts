/**
 * The interview's own lines on a portrait page. Teasers of other portraits
 * (sidebar boxes, related posts, page-builder post grids) show a title, a
 * subtitle and the first question with the start of its answer: a question
 * that repeats one this interview answers, in another region of the page.
 * They are dropped with their whole box, as is anything after the closing
 * lines, so the record holds only this interview's answers.
 */

import { wordingKey } from '../text/fold';
import type { Block } from './blocks';
import { isInterviewEnd } from './portrait-lines';
import { findQuestionLines, findQuestions, type QuestionHit, withUniqueIds } from './portrait-questions';
import { childToward, isInside, majorityRegion, outsideBox } from './region';

export interface InterviewLines {
  blocks: Block[];
  hits: QuestionHit[];
}

/** How many catalogue questions follow on from `k` without one repeating: the interview's run is long, a teaser's is one. */
function runLength(hits: readonly QuestionHit[], k: number): number {
  const seen = new Set<string>();
  let length = 0;
  for (const hit of hits.slice(k)) {
    if (!hit.id) continue;
    if (seen.has(hit.id)) break;
    seen.add(hit.id);
    length += 1;
  }
  return length;
}

/** Per catalogue id, the hit that belongs to the interview: inside its region, in the longest run, then the best wording. */
function owners(hits: readonly QuestionHit[], blocks: readonly Block[], region: Element | null): Map<string, QuestionHit> {
  const rank = (k: number): number[] => {
    const hit = hits[k] as QuestionHit;
    const inRegion = region !== null && isInside((blocks[hit.index] as Block).container, region) ? 1 : 0;
    return [inRegion, runLength(hits, k), hit.score];
  };
  const best = new Map<string, number>();
  hits.forEach((hit, k) => {
    if (!hit.id) return;
    const prev = best.get(hit.id);
    if (prev === undefined || isBetter(rank(k), rank(prev))) best.set(hit.id, k);
  });
  return new Map(Array.from(best, ([id, k]) => [id, hits[k] as QuestionHit]));
}

function isBetter(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return (a[i] as number) > (b[i] as number);
  return false;
}

/** Indexes of the lines to drop: each repeated question with its answer, or its teaser's whole box. */
function repeatedLines(blocks: readonly Block[], hits: readonly QuestionHit[], region: Element | null): Set<number> {
  const owner = owners(hits, blocks, region);
  const boxes: Element[] = [];
  const dropped = new Set<number>();
  hits.forEach((hit, k) => {
    const first = hit.id ? owner.get(hit.id) : undefined;
    if (!first || first === hit) return;
    const container = (blocks[hit.index] as Block).container;
    if (region !== null && !isInside(container, region)) {
      boxes.push(outsideBox(container, region));
      return;
    }
    if (wordingKey(hit.question) !== wordingKey(first.question)) return;
    // The same question again inside the region: a teaser box of its own
    // (not holding the interview's question), else the line and its answer.
    const box = region ? childToward(region, container) : null;
    const firstContainer = (blocks[first.index] as Block).container;
    if (box && !isInside(firstContainer, box) && blocks.some((b, i) => i !== hit.index && isInside(b.container, box))) {
      boxes.push(box);
      return;
    }
    const end = hits[k + 1]?.index ?? blocks.length;
    for (let i = hit.index; i < end; i += 1) dropped.add(i);
  });
  blocks.forEach((block, i) => {
    if (boxes.some((box) => isInside(block.container, box))) dropped.add(i);
  });
  return dropped;
}

export function interviewLines(allBlocks: Block[]): InterviewLines {
  let blocks = allBlocks;
  const lines = findQuestionLines(blocks);
  const catalogue = lines.filter((h) => h.id !== null);
  const region = majorityRegion(catalogue.map((h) => (blocks[h.index] as Block).container));
  const dropped = repeatedLines(blocks, lines, region);
  let hits: QuestionHit[];
  if (dropped.size > 0) {
    blocks = blocks.filter((_, i) => !dropped.has(i));
    hits = findQuestions(blocks);
  } else {
    hits = withUniqueIds(lines);
  }
  // After the thanks or the interviewer's line the interview is over.
  const start = hits[0]?.index ?? 0;
  const end = blocks.findIndex((b, i) => i > start && isInterviewEnd(b.text));
  if (end >= 0) hits = hits.filter((h) => h.index < end);
  return { blocks, hits };
}
