/** Wraps clipped content into a v1 record with a fresh id and timestamps. */

import type { ClippedContent, PartnershipRecord } from '../record/types';

export function toRecord(content: ClippedContent, id: string, now: string): PartnershipRecord {
  return {
    id,
    url: content.url,
    title: content.title,
    partners: content.partners,
    kind: content.kind,
    interviewee: content.interviewee,
    interviewer: content.interviewer,
    photoCredit: content.photoCredit,
    intro: content.intro,
    answers: content.answers,
    extractor: content.extractor,
    warnings: content.warnings,
    capturedAt: now,
    updatedAt: now,
    tags: [],
    note: '',
  };
}
