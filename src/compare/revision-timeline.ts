/**
 * A record's history as a reader needs it: for every earlier version, when it
 * was clipped, when it was replaced, and what the next version changed.
 *
 * Clip times are derived, not stored (docs/record-format.md, "Revisions"):
 * a version entered the collection when the version before it was replaced
 * (its revision's `savedAt`), the first one at the record's `capturedAt`. A
 * version whose content equals an earlier one (a restore, or an import of an
 * old state) was clipped when that earlier one was.
 */

import { sameContent } from '../record/content';
import type { ClippedContent, PartnershipRecord } from '../record/types';
import { diffContent, summariseDiff, type ChangeSummary } from './revision-diff';

export interface RevisionLike {
  id: string;
  savedAt: string;
  record: ClippedContent;
}

export interface TimelineEntry<R extends RevisionLike> {
  revision: R;
  clippedAt: string;
  replacedAt: string;
  /** What the version after this one changed. */
  nextChanged: ChangeSummary;
}

export interface Timeline<R extends RevisionLike> {
  /** When the current content was clipped. */
  currentClippedAt: string;
  /** Earlier versions, newest first. */
  entries: TimelineEntry<R>[];
}

export function revisionTimeline<R extends RevisionLike>(current: PartnershipRecord, revisions: readonly R[]): Timeline<R> {
  const ordered = [...revisions].sort((a, b) => (a.savedAt < b.savedAt ? -1 : a.savedAt > b.savedAt ? 1 : 0));
  const versions: ClippedContent[] = [...ordered.map((r) => r.record), current];
  const entered = versions.map((_, i) => (i === 0 ? current.capturedAt : ordered[i - 1]!.savedAt));
  const clippedAt = versions.map((version, i) => {
    const first = versions.findIndex((v, j) => j <= i && sameContent(v, version));
    return entered[first]!;
  });
  const entries = ordered.map((revision, i) => ({
    revision,
    clippedAt: clippedAt[i]!,
    replacedAt: revision.savedAt,
    nextChanged: summariseDiff(diffContent(revision.record, versions[i + 1]!)),
  }));
  return { currentClippedAt: clippedAt[versions.length - 1]!, entries: entries.reverse() };
}
