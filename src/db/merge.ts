/**
 * The merge rule for an incoming record against the local one with the same URL.
 * The newer updatedAt wins (the last change; capturedAt is only the FIRST
 * capture); equal updatedAt: the later capturedAt; still equal: local.
 * The losing content is kept as a revision, so nothing is ever lost, and the
 * user's tags and note are merged, never overwritten (mergeUserFields).
 * Identical data (content, tags and note) is a no-op, and so is an incoming
 * record that would change nothing once merged.
 */

import { sameContent, sameRecordData } from '../record/content';
import type { PartnershipRecord } from '../record/types';
import { mergeUserFields } from '../record/user-fields';

export type MergeDecision = 'new' | 'unchanged' | 'replace' | 'keep-local';

function time(iso: string): number {
  const t = Date.parse(iso);
  return Number.isFinite(t) ? t : 0;
}

export function isNewer(a: PartnershipRecord, b: PartnershipRecord): boolean {
  const byUpdate = time(a.updatedAt) - time(b.updatedAt);
  if (byUpdate !== 0) return byUpdate > 0;
  return time(a.capturedAt) > time(b.capturedAt);
}

/** What an import 'replace' stores: the incoming record under the local id, with the user fields merged. */
export function replacedRecord(local: PartnershipRecord, incoming: PartnershipRecord): PartnershipRecord {
  return { ...incoming, id: local.id, ...mergeUserFields(local, incoming) };
}

/**
 * `knownRevisions` are the local revisions of that record: an incoming record
 * that already is one of them changes nothing (re-importing a file is a no-op).
 */
export function decideMerge(
  local: PartnershipRecord | undefined,
  incoming: PartnershipRecord,
  knownRevisions: readonly PartnershipRecord[] = [],
): MergeDecision {
  if (!local) return 'new';
  if (sameRecordData(local, incoming)) return 'unchanged';
  // Same page content and nothing the merge would add (e.g. re-importing a file after a replace).
  if (sameContent(local, incoming) && sameRecordData(replacedRecord(local, incoming), local)) return 'unchanged';
  if (isNewer(incoming, local)) return 'replace';
  return knownRevisions.some((r) => sameRecordData(r, incoming)) ? 'unchanged' : 'keep-local';
}
