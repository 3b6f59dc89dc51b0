/**
 * One record's ideas as the ideas cache stores them (src/db/ideas-cache.ts):
 * what the Ideas view needs to open (title, capture date, per answer its
 * question, topics and named organisations) and what the JSON export writes,
 * in one compact JSON string. Never the only copy: an entry is always
 * recomputable from the record's answers, and the rules fingerprint below
 * makes a fix to the lexicon, gazetteer or patterns recompute every entry.
 * Evidence offsets are not kept: a page that highlights loads the one record
 * and analyses it again.
 */

import type { QuestionId } from '../questions/catalogue';
import { analyseRecord, type IdeasSource } from './analyse';
import { GAZETTEER } from './gazetteer';
import { LEXICON } from './lexicon';
import { ORGANISATION_TYPES, type OrganisationType } from './org-types';
import type { AnswerIdeasInFile, OrganisationInFile } from './summary';
import { TOPIC_IDS, type TopicId } from './topics';

/**
 * Bump when the rules change in code rather than in data (patterns.ts, clauses.ts,
 * detect-*.ts, tokens.ts): the lexicon, gazetteer, topic ids and types are hashed anyway.
 */
const RULES_CODE_VERSION = 1;

function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/** Entries written under other rules are stale: the readers treat them as missing. */
export const RULES_FINGERPRINT = `${RULES_CODE_VERSION}.${fnv1a(JSON.stringify([LEXICON, GAZETTEER, TOPIC_IDS, ORGANISATION_TYPES]))}`;

/** The answer ideas of one answer as the view and the export read them. */
export interface CachedAnswer extends AnswerIdeasInFile {
  questionId: QuestionId | null;
  /** The question as written, kept only for an answer with ideas but no catalogue question. */
  question?: string;
}

export interface CachedIdeas {
  title: string;
  capturedAt: string;
  answers: CachedAnswer[];
}

export type CacheSource = IdeasSource & {
  title: string;
  capturedAt: string;
  answers: readonly { questionId: QuestionId | null; text: string; question?: string }[];
};

/**
 * Stored shape: [title, capturedAt, answers]; an answer is [questionId, topic indexes,
 * [name, type index, text][]] (plus the question when questionId is null), or [questionId] when empty.
 */
type StoredAnswer = [QuestionId | null] | [QuestionId | null, number[], [string, number, string][], string?];

export function encodeIdeas(record: CacheSource): string {
  const answers = analyseRecord(record).answers.map((a): StoredAnswer => {
    if (a.topics.length === 0 && a.organisations.length === 0) return [a.questionId];
    const stored: StoredAnswer = [
      a.questionId,
      a.topics.map((t) => TOPIC_IDS.indexOf(t.id)),
      a.organisations.map((o) => [o.name, ORGANISATION_TYPES.indexOf(o.type), o.text]),
    ];
    const question = record.answers[a.index]?.question;
    if (a.questionId === null && typeof question === 'string') stored.push(question);
    return stored;
  });
  return JSON.stringify([typeof record.title === 'string' ? record.title : '', record.capturedAt, answers]);
}

/** The inverse of encodeIdeas. */
export function decodeIdeas(entry: string): CachedIdeas {
  const [title, capturedAt, answers] = JSON.parse(entry) as [string, string, StoredAnswer[]];
  return {
    title,
    capturedAt,
    answers: answers.map((a): CachedAnswer => {
      if (a.length === 1) return { questionId: a[0], topics: [], organisations: [] };
      const answer: CachedAnswer = {
        questionId: a[0],
        topics: a[1].map((i) => TOPIC_IDS[i]!),
        organisations: a[2].map(([name, type, text]): OrganisationInFile => ({ name, type: ORGANISATION_TYPES[type] as OrganisationType, text })),
      };
      if (a[3] !== undefined) answer.question = a[3];
      return answer;
    }),
  };
}

/** The per-answer ideas a version 2 export writes, from a cached entry. */
export function answerIdeasFromCache(ideas: CachedIdeas): AnswerIdeasInFile[] {
  return ideas.answers.map(({ topics, organisations }) => ({ topics: [...topics] as TopicId[], organisations }));
}
