/**
 * The merge rule for an incoming record against the local one with the same URL.
 * The newer capturedAt wins (equal: the newer updatedAt; still equal: local);
 * the losing content is kept as a revision, so nothing is ever lost.
 * Identical data (content, tags and note) is a no-op.
 */

import { sameRecordData } from '../db/content';
import type { PartnershipRecord } from '../record/types';

export type MergeDecision = 'new' | 'unchanged' | 'replace' | 'keep-local';

function time(iso: string): number {
  const t = Date.parse(iso);
  return Number.isFinite(t) ? t : 0;
}

export function isNewer(a: PartnershipRecord, b: PartnershipRecord): boolean {
  const byCapture = time(a.capturedAt) - time(b.capturedAt);
  if (byCapture !== 0) return byCapture > 0;
  return time(a.updatedAt) > time(b.updatedAt);
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
  if (isNewer(incoming, local)) return 'replace';
  return knownRevisions.some((r) => sameRecordData(r, incoming)) ? 'unchanged' : 'keep-local';
}
