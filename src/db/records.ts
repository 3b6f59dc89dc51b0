/**
 * The collection's write and read operations. Every write is one Dexie
 * transaction containing only Dexie calls, so it is atomic and concurrent
 * writers are serialised by IndexedDB.
 *
 * Decisions:
 * - A record's `capturedAt` is its FIRST capture and never changes on re-clip;
 *   `updatedAt` is the time of the last change (re-clip, tags, note, restore).
 * - Tags and note belong to the user and survive re-clips.
 */

import { normaliseUrl, urlLookupForms } from '../extract/url';
import type { ClippedContent, PartnershipRecord } from '../record/types';
import { normaliseTags } from '../record/user-fields';
import { newId, newRecord, pickContent, sameContent, stripInternal, toStored } from '../record/content';
import { writeMerged } from './merge-write';
import { withStorageErrors } from './errors';
import type { ClipperDB, Revision } from './schema';

export { listRevisions, restoreRevision } from './revisions';
export { searchRecords } from './search';
export { normaliseTags };

export interface SaveResult {
  status: 'created' | 'updated' | 'unchanged';
  record: PartnershipRecord;
  revisionId?: string;
}

/** Stores a clip: creates the record, or updates it keeping the old content as a revision. */
export function saveClip(db: ClipperDB, clipped: ClippedContent, now: Date = new Date()): Promise<SaveResult> {
  const stamp = now.toISOString();
  // Extractors already give the canonical URL; normalising again keeps "?utm_…" or "#…" variants from making duplicates.
  const content: ClippedContent = { ...clipped, url: normaliseUrl(clipped.url) };
  return withStorageErrors(() =>
    db.transaction('rw', db.records, db.revisions, async (): Promise<SaveResult> => {
      const existing = await findByUrl(db, content.url);
      if (!existing) {
        const record = newRecord(content, newId(), stamp);
        await db.records.add(toStored(record));
        return { status: 'created', record };
      }
      const previous = stripInternal(existing);
      if (sameContent(previous, content)) return { status: 'unchanged', record: previous };
      if (sameContent({ ...previous, url: content.url }, content)) {
        // Found under the form an older version stored: only the URL moves to today's form, no revision.
        const record = { ...previous, url: content.url };
        await db.records.put(toStored(record));
        return { status: 'unchanged', record };
      }

      const revision: Revision = { id: newId(), recordId: previous.id, savedAt: stamp, record: previous };
      const record: PartnershipRecord = { ...previous, ...pickContent(content), updatedAt: stamp };
      await db.revisions.add(revision);
      await db.records.put(toStored(record));
      return { status: 'updated', record, revisionId: revision.id };
    }),
  );
}

/** The stored record of this page: under its normalised URL, else under the form an older version stored it. */
export async function findByUrl(db: ClipperDB, url: string): Promise<PartnershipRecord | undefined> {
  const forms = urlLookupForms(url);
  const rows = await db.records.where('url').anyOf(forms).toArray();
  return forms.map((form) => rows.find((r) => r.url === form)).find((r) => r !== undefined);
}

/** All records, newest capture first. */
export function listRecords(db: ClipperDB): Promise<PartnershipRecord[]> {
  return withStorageErrors(async () => {
    const rows = await db.records.orderBy('capturedAt').reverse().toArray();
    return rows.map(stripInternal);
  });
}

export function getRecord(db: ClipperDB, id: string): Promise<PartnershipRecord | undefined> {
  return withStorageErrors(async () => {
    const row = await db.records.get(id);
    return row && stripInternal(row);
  });
}

/** Everything a delete removed, so it can be undone exactly. */
export interface DeletedPayload {
  records: PartnershipRecord[];
  revisions: Revision[];
}

export function deleteRecords(db: ClipperDB, ids: readonly string[]): Promise<DeletedPayload> {
  return withStorageErrors(() =>
    db.transaction('rw', db.records, db.revisions, async () => {
      const rows = (await db.records.bulkGet([...ids])).filter((r) => r !== undefined);
      const found = rows.map((r) => r.id);
      const revisions = await db.revisions.where('recordId').anyOf(found).toArray();
      await db.revisions.bulkDelete(revisions.map((r) => r.id));
      await db.records.bulkDelete(found);
      return { records: rows.map(stripInternal), revisions };
    }),
  );
}

/**
 * Undo of deleteRecords, through the import's merge rules (merge-write.ts):
 * whatever was clipped or imported at these URLs since the delete is merged
 * with, never overwritten. The newer updatedAt wins, the other state becomes a
 * revision, the deleted record's tags and note come back, and a record that
 * took a deleted id under another URL keeps it (the restored one gets a new id).
 */
export function restoreDeleted(db: ClipperDB, payload: DeletedPayload, now: Date = new Date()): Promise<void> {
  return withStorageErrors(() =>
    db.transaction('rw', db.records, db.revisions, async (transaction) => {
      await writeMerged(db, payload.records, payload.revisions, { transaction, stamp: now.toISOString(), mergeUserFieldsOfOlder: true });
    }),
  );
}

async function updateUserFields(
  db: ClipperDB,
  id: string,
  change: Partial<Pick<PartnershipRecord, 'tags' | 'note'>>,
  now: Date,
): Promise<PartnershipRecord> {
  return withStorageErrors(() =>
    db.transaction('rw', db.records, async () => {
      const row = await db.records.get(id);
      if (!row) throw new Error(`No record with id ${id}`);
      const record: PartnershipRecord = { ...stripInternal(row), ...change, updatedAt: now.toISOString() };
      await db.records.put(toStored(record));
      return record;
    }),
  );
}

export function setTags(db: ClipperDB, id: string, tags: readonly string[], now: Date = new Date()): Promise<PartnershipRecord> {
  return updateUserFields(db, id, { tags: normaliseTags(tags) }, now);
}

export function setNote(db: ClipperDB, id: string, note: string, now: Date = new Date()): Promise<PartnershipRecord> {
  return updateUserFields(db, id, { note }, now);
}

