/** The history of a record: list its revisions and restore one. */

import type { PartnershipRecord } from '../record/types';
import { newId, pickContent, stripInternal, toStored } from '../record/content';
import { withStorageErrors } from './errors';
import type { ClipperDB, Revision } from './schema';

/** Revisions of one record, newest first. */
export function listRevisions(db: ClipperDB, recordId: string): Promise<Revision[]> {
  return withStorageErrors(async () => {
    const revs = await db.revisions
      .where('[recordId+savedAt]')
      .between([recordId, ''], [recordId, '\uffff'])
      .toArray();
    return revs.reverse();
  });
}

/**
 * Brings back the page content of a revision. The current state is saved as
 * a new revision first, so a restore can itself be undone. Tags and note are
 * the user's and stay as they are now; capturedAt stays the first capture.
 */
export function restoreRevision(
  db: ClipperDB,
  revisionId: string,
  now: Date = new Date(),
): Promise<{ record: PartnershipRecord; revisionId: string }> {
  const stamp = now.toISOString();
  return withStorageErrors(() =>
    db.transaction('rw', db.records, db.revisions, async () => {
      const revision = await db.revisions.get(revisionId);
      if (!revision) throw new Error(`No revision with id ${revisionId}`);
      const row = await db.records.get(revision.recordId);
      if (!row) throw new Error(`The record of revision ${revisionId} no longer exists`);
      const current = stripInternal(row);
      const saved: Revision = { id: newId(), recordId: current.id, savedAt: stamp, record: current };
      const record: PartnershipRecord = { ...current, ...pickContent(revision.record), url: current.url, updatedAt: stamp };
      await db.revisions.add(saved);
      await db.records.put(toStored(record));
      return { record, revisionId: saved.id };
    }),
  );
}
