/**
 * What counts as "the content" of a record, and conversions between the
 * stored row and the public PartnershipRecord.
 */

import type { ClippedContent, PartnershipRecord } from './types';

/** Fields that come from the page. Timestamps, id, tags and note are not content. */
export const CONTENT_FIELDS = [
  'url',
  'title',
  'partners',
  'kind',
  'interviewee',
  'interviewer',
  'photoCredit',
  'intro',
  'answers',
  'extractor',
  'warnings',
] as const satisfies ReadonlyArray<keyof ClippedContent>;

/** Index fields that rows written before schema v4 carried; they never leave the database. */
export const INTERNAL_FIELDS = ['searchTerms', 'sortTitle', 'sortPartner'] as const;

/** JSON with object keys sorted, so equal data gives equal strings. */
export function stableStringify(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const obj = v as Record<string, unknown>;
      return Object.fromEntries(Object.keys(obj).sort().map((k) => [k, obj[k]]));
    }
    return v;
  });
}

export function pickContent(source: ClippedContent): ClippedContent {
  const out: Record<string, unknown> = {};
  for (const f of CONTENT_FIELDS) out[f] = source[f];
  return structuredClone(out) as unknown as ClippedContent;
}

/** A new record for freshly extracted content: no tags, no note, captured and updated `now` (ISO). */
export function newRecord(content: ClippedContent, id: string, now: string): PartnershipRecord {
  return { id, ...pickContent(content), capturedAt: now, updatedAt: now, tags: [], note: '' };
}

export function sameContent(a: ClippedContent, b: ClippedContent): boolean {
  return stableStringify(pickContent(a)) === stableStringify(pickContent(b));
}

/** Content plus the user's tags and note: what an import compares. */
export function sameRecordData(a: PartnershipRecord, b: PartnershipRecord): boolean {
  return sameContent(a, b) && stableStringify([a.tags, a.note]) === stableStringify([b.tags, b.note]);
}

/** The public record, without internal index fields. */
export function stripInternal(row: PartnershipRecord): PartnershipRecord {
  const copy: Record<string, unknown> = { ...row };
  for (const f of INTERNAL_FIELDS) delete copy[f];
  return copy as unknown as PartnershipRecord;
}

/** The row to store: the public record only (the search index is kept by search-sync.ts). */
export function toStored(record: PartnershipRecord): PartnershipRecord {
  return stripInternal(record);
}

export function newId(): string {
  return crypto.randomUUID();
}
