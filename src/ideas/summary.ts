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

/** The record's topics (catalogue order) and its organisations' canonical names (first named first). */
export function recordIdeasOf(record: IdeasSource): { topics: TopicId[]; organisations: string[] } {
  const ideas = analyseRecord(record);
  return { topics: TOPIC_IDS.filter((t) => ideas.topics.includes(t)), organisations: ideas.organisations.map((o) => o.name) };
}
