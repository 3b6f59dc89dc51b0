/**
 * The ideas of a record in the plain shape files carry (JSON v2 export, CSV,
 * Markdown, the `ideas` CLI): topic ids and named organisations per answer,
 * without the evidence offsets the pages use for highlighting.
 */

import { analyseRecord, type IdeasSource } from './analyse';
import type { OrganisationType } from './org-types';
import { TOPIC_IDS, type TopicId } from './topics';

export interface OrganisationInFile {
  /** Canonical name. */
  name: string;
  type: OrganisationType;
  /** The name exactly as written in the answer. */
  text: string;
}

export interface AnswerIdeasInFile {
  topics: TopicId[];
  organisations: OrganisationInFile[];
}

/** One entry per answer, in the record's answer order. */
export function answerIdeasOf(record: IdeasSource): AnswerIdeasInFile[] {
  return analyseRecord(record).answers.map((a) => ({
    topics: a.topics.map((t) => t.id),
    organisations: a.organisations.map(({ name, type, text }) => ({ name, type, text })),
  }));
}

/** Obsidian reads `tags` in front matter; a nested tag keeps topics apart from the user's own tags. */
export function topicTag(id: TopicId): string {
  return `topic/${id}`;
}

/** The per-answer ideas of a record, by whatever means (analysed here, or read from the ideas cache). */
export type AnswerIdeasSource<R> = (record: R) => AnswerIdeasInFile[];

/** The record's topics (catalogue order) and its organisations' canonical names (first named first), from its answers' ideas. */
export function recordIdeasFromAnswers(answers: readonly AnswerIdeasInFile[]): { topics: TopicId[]; organisations: string[] } {
  const topics = new Set<TopicId>();
  const names = new Set<string>();
  for (const a of answers) {
    for (const t of a.topics) topics.add(t);
    for (const o of a.organisations) names.add(o.name);
  }
  return { topics: TOPIC_IDS.filter((t) => topics.has(t)), organisations: [...names] };
}

/** The record's topics (catalogue order) and its organisations' canonical names (first named first). */
export function recordIdeasOf(record: IdeasSource): { topics: TopicId[]; organisations: string[] } {
  return recordIdeasFromAnswers(answerIdeasOf(record));
}
