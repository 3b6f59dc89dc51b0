/**
 * The record model: what one clipped partnership portrait becomes.
 * These types mirror the public v1 export format (docs/record-format.md);
 * extend them, never break them.
 */

import type { QuestionId } from '../questions/catalogue';

export interface Interviewee {
  name: string;
  affiliation: string | null;
}

export interface Answer {
  /** The number printed before the question on the page, if any. */
  number: number | null;
  /** One of the 12 stable catalogue ids, or null for a question outside the catalogue. */
  questionId: QuestionId | null;
  /** The question as written on the page. */
  question: string;
  markdown: string;
  /** Plain text of the answer, whitespace collapsed. */
  text: string;
}

/** What an extractor produces from a page: everything except the collection's own fields. */
export interface ClippedContent {
  url: string;
  title: string;
  partners: string[];
  kind: string | null;
  interviewee: Interviewee | null;
  interviewer: string | null;
  photoCredit: string | null;
  intro: string | null;
  answers: Answer[];
  extractor: string;
  warnings: string[];
}

/** A stored record: clipped content plus identity, timestamps and the user's own tags and note. */
export interface PartnershipRecord extends ClippedContent {
  id: string;
  capturedAt: string;
  updatedAt: string;
  tags: string[];
  note: string;
}

export const RECORDS_FORMAT = 'partnership-clipper/records';
/** The version exports write. Version 1 files still import (src/record/migrate.ts). */
export const RECORDS_FORMAT_VERSION = 2;

export interface RecordsFileV1 {
  format: typeof RECORDS_FORMAT;
  version: 1;
  exportedAt: string;
  records: PartnershipRecord[];
}

/** An organisation an answer names, as files carry it (docs/record-format.md, "Topics and organisation types"). */
export interface OrganisationInAnswer {
  /** Canonical name. */
  name: string;
  /** One of the six organisation types of src/ideas/org-types.ts. */
  type: string;
  /** The name exactly as written in the answer. */
  text: string;
}

/** Version 2 adds what the answer is about: derived from `text` on export, ignored and recomputed on import. */
export interface ExportedAnswer extends Answer {
  topics: string[];
  organisations: OrganisationInAnswer[];
}

export interface ExportedRecord extends Omit<PartnershipRecord, 'answers'> {
  answers: ExportedAnswer[];
}

export interface RecordsFileV2 {
  format: typeof RECORDS_FORMAT;
  version: 2;
  exportedAt: string;
  records: ExportedRecord[];
}
