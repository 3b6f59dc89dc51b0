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

import { QUESTION_IDS, type QuestionId } from '../questions/catalogue';
import { analyseRecord, type IdeasSource } from './analyse';
import { GAZETTEER } from './gazetteer';
import { LEXICON } from './lexicon';
import { ORGANISATION_TYPES, type OrganisationType } from './org-types';
import { QUESTION_FRAMES } from './question-frames';
import type { AnswerIdeasInFile, OrganisationInFile } from './summary';
import { TOPIC_IDS, type TopicId } from './topics';

/**
 * Bump when the rules change in code rather than in data (patterns.ts and the name-*, match-*,
 * head-nouns, legal-forms and funding modules it calls, clauses.ts, roles.ts, detect-*.ts,
 * tokens.ts), or when the stored shape below changes: the lexicon, gazetteer, question frames,
 * question ids, topic ids and types are hashed anyway.
 */
const RULES_CODE_VERSION = 49;

function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/** Entries written under other rules are stale: the readers treat them as missing. */
export const RULES_FINGERPRINT = `${RULES_CODE_VERSION}.${fnv1a(JSON.stringify([LEXICON, GAZETTEER, QUESTION_FRAMES, QUESTION_IDS, TOPIC_IDS, ORGANISATION_TYPES]))}`;

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
 * Stored shape, chosen so that opening the Ideas view parses few objects per record:
 *   [title, capturedAt, topics, organisations, answers]
 * - topics: flat pairs [topic index, number of answers with it, …], the record's heat-map row;
 * - organisations: flat quadruples [canonical name, type index, text as written, answer index, …],
 *   in answer order and, within an answer, in the analysis's order;
 * - answers: a JSON string, parsed only when asked (export, a question's label): per answer its
 *   question as a number (1 + position in QUESTION_IDS, 0 for none) when it has no topics, else
 *   [that number, topic indexes], plus the question's text when it has no catalogue id.
 */
type StoredAnswer = number | [number, number[], string?];
type Stored = [string, string, number[], (string | number)[], string];

const questionNumber = (id: QuestionId | null) => (id === null ? 0 : QUESTION_IDS.indexOf(id) + 1);
const questionIdOf = (n: number): QuestionId | null => (n === 0 ? null : (QUESTION_IDS[n - 1] ?? null));

export function encodeIdeas(record: CacheSource): string {
  const perTopic = new Map<number, number>();
  const organisations: (string | number)[] = [];
  const answers = analyseRecord(record).answers.map((a): StoredAnswer => {
    const q = questionNumber(a.questionId);
    const question = record.answers[a.index]?.question;
    const own = a.questionId === null && typeof question === 'string' && (a.topics.length > 0 || a.organisations.length > 0);
    for (const o of a.organisations) organisations.push(o.name, ORGANISATION_TYPES.indexOf(o.type), o.text, a.index);
    if (a.topics.length === 0 && !own) return q;
    const topics = a.topics.map((t) => TOPIC_IDS.indexOf(t.id));
    for (const t of topics) perTopic.set(t, (perTopic.get(t) ?? 0) + 1);
    return own ? [q, topics, question] : [q, topics];
  });
  const stored: Stored = [
    typeof record.title === 'string' ? record.title : '',
    record.capturedAt,
    [...perTopic].flat(),
    organisations,
    JSON.stringify(answers),
  ];
  return JSON.stringify(stored);
}

/** The inverse of encodeIdeas. */
export function decodeIdeas(entry: string): CachedIdeas {
  const cached = new CachedEntry(entry);
  const answers = cached.answers().map(
    (a): CachedAnswer => ({ ...a, organisations: [] as OrganisationInFile[] }),
  );
  cached.eachOrganisation((name, type, text, answer) => answers[answer]?.organisations.push({ name, type, text }));
  return { title: cached.title, capturedAt: cached.capturedAt, answers };
}

/**
 * A cached entry read without building an object per answer: the Ideas view
 * parses every entry when it opens, and only the rows it draws need more.
 */
export class CachedEntry {
  private readonly stored: Stored;

  constructor(entry: string) {
    this.stored = JSON.parse(entry) as Stored;
  }

  get title(): string {
    return this.stored[0];
  }

  get capturedAt(): string {
    return this.stored[1];
  }

  /** The record's heat-map row as stored: flat pairs [topic index in TOPIC_IDS, answers that report it, …], each topic once. */
  get topicPairs(): readonly number[] {
    return this.stored[2];
  }

  /** Its organisations as stored: flat quadruples [canonical name, type index, text as written, answer index, …]. */
  get organisationQuads(): readonly (string | number)[] {
    return this.stored[3];
  }

  /** Calls `visit` for every topic of the record with the number of its answers that report it. */
  eachTopic(visit: (topic: TopicId, answers: number) => void): void {
    const flat = this.stored[2];
    for (let i = 0; i < flat.length; i += 2) visit(TOPIC_IDS[flat[i]!]!, flat[i + 1]!);
  }

  /** Calls `visit` for every organisation of every answer: canonical name, type, text as written, answer index. */
  eachOrganisation(visit: (name: string, type: OrganisationType, text: string, answer: number) => void): void {
    const flat = this.stored[3];
    for (let i = 0; i < flat.length; i += 4) {
      visit(flat[i] as string, ORGANISATION_TYPES[flat[i + 1] as number]!, flat[i + 2] as string, flat[i + 3] as number);
    }
  }

  private parsed: StoredAnswer[] | null = null;

  /** Every answer's question and topics (parses the answers part once). */
  answers(): { questionId: QuestionId | null; question?: string; topics: TopicId[] }[] {
    this.parsed ??= JSON.parse(this.stored[4]) as StoredAnswer[];
    return this.parsed.map((a) => {
      if (typeof a === 'number') return { questionId: questionIdOf(a), topics: [] };
      const answer: { questionId: QuestionId | null; question?: string; topics: TopicId[] } = {
        questionId: questionIdOf(a[0]),
        topics: a[1].map((i) => TOPIC_IDS[i]!),
      };
      if (a[2] !== undefined) answer.question = a[2];
      return answer;
    });
  }

  /** The answer's catalogue question, or its own question text, or null. */
  questionOf(answer: number): { questionId: QuestionId | null; question?: string } {
    const a = this.answers()[answer];
    return a ? (a.question === undefined ? { questionId: a.questionId } : { questionId: a.questionId, question: a.question }) : { questionId: null };
  }
}

/** The per-answer ideas a version 2 export writes, from a cached entry, in one pass (the export runs it per record). */
export function answerIdeasOfEntry(entry: string): AnswerIdeasInFile[] {
  const stored = JSON.parse(entry) as Stored;
  const answers = (JSON.parse(stored[4]) as StoredAnswer[]).map(
    (a): AnswerIdeasInFile => ({ topics: typeof a === 'number' ? [] : a[1].map((i) => TOPIC_IDS[i]!), organisations: [] }),
  );
  const flat = stored[3];
  for (let i = 0; i < flat.length; i += 4) {
    answers[flat[i + 3] as number]?.organisations.push({
      name: flat[i] as string,
      type: ORGANISATION_TYPES[flat[i + 1] as number]!,
      text: flat[i + 2] as string,
    });
  }
  return answers;
}
