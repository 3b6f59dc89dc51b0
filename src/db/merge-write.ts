/**
 * Writes incoming records (and their revisions) into the collection by the
 * merge rules of merge.ts. One path for an import and for the undo of a
 * delete, so both keep what the other brought in the meantime: the newer
 * `updatedAt` wins, the losing state becomes a revision, tags and note are
 * merged. Call it inside a read-write transaction on `records` and
 * `revisions`; it does no non-Dexie async work.
 */

import type { Transaction } from 'dexie';
import type { PartnershipRecord } from '../record/types';
import { mergeUserFields } from '../record/user-fields';
import { newId, stableStringify, toStored } from '../record/content';
import { replacedRecord } from './merge';
import { decideAll } from './merge-batch';
import type { ClipperDB, Revision } from './schema';
import { withBatchedIndex } from './search-sync';

export interface MergeCounts {
  created: number;
  updated: number;
  older: number;
  unchanged: number;
}

export interface MergeOptions {
  /** The caller's read-write transaction, which every write joins. */
  transaction: Transaction;
  /** The time written to new revisions and changed records. */
  stamp: string;
  /**
   * When the local record is newer, also merge the incoming tags and note into
   * it (undo of a delete: the deleted record's user fields come back). An
   * import keeps them in the revision instead.
   */
  mergeUserFieldsOfOlder?: boolean;
  /** Records written so far and in all, after each batch (an import of 50,000 writes 25 batches). */
  onProgress?: (written: number, total: number) => void;
}

/** Records per write request: progress moves every batch, and only one batch of stored copies is alive at a time. */
const WRITE_BATCH = 2000;

/** The writes of `items` in batches of WRITE_BATCH, each started only when called. */
function chunked(items: PartnershipRecord[], write: (batch: PartnershipRecord[]) => PromiseLike<unknown>) {
  const out: Array<{ size: number; write: () => PromiseLike<unknown> }> = [];
  for (let i = 0; i < items.length; i += WRITE_BATCH) {
    const batch = items.slice(i, i + WRITE_BATCH);
    out.push({ size: batch.length, write: () => write(batch) });
  }
  return out;
}

export async function writeMerged(
  db: ClipperDB,
  incoming: readonly PartnershipRecord[],
  incomingRevisions: readonly Revision[],
  { transaction, stamp, mergeUserFieldsOfOlder = false, onProgress }: MergeOptions,
): Promise<MergeCounts> {
  // Everything is read in a few batched requests, decided in memory, then written with
  // one bulk call per table, so any failure aborts the caller's transaction as a whole.
  const counts: MergeCounts = { created: 0, updated: 0, older: 0, unchanged: 0 };
  const decided = await decideAll(db, incoming);
  const created = decided.filter((d) => d.decision === 'new' || !d.local);
  // Keep the incoming id unless another local record already uses it. Keys only: reading 50,000 absent
  // (or present) rows one request each cost more than walking the primary keys.
  const taken = new Set(created.length ? await db.records.where(':id').anyOf(created.map((d) => d.incoming.id)).primaryKeys() : []);
  const idMap = new Map<string, string>();
  const added: PartnershipRecord[] = []; // stored form made per batch, as it is written
  const replaced: PartnershipRecord[] = [];
  const revisions: Revision[] = [];
  created.forEach((d) => {
    const id = taken.has(d.incoming.id) ? newId() : d.incoming.id;
    idMap.set(d.incoming.id, id);
    added.push(id === d.incoming.id ? d.incoming : { ...d.incoming, id });
  });
  counts.created = created.length;
  for (const { incoming: inc, local, decision } of decided) {
    if (decision === 'new' || !local) continue;
    idMap.set(inc.id, local.id);
    if (decision === 'unchanged') {
      counts.unchanged++;
    } else if (decision === 'replace') {
      revisions.push({ id: newId(), recordId: local.id, savedAt: stamp, record: local });
      replaced.push(toStored(replacedRecord(local, inc)));
      counts.updated++;
    } else {
      revisions.push({ id: newId(), recordId: local.id, savedAt: stamp, record: { ...inc, id: local.id } });
      if (mergeUserFieldsOfOlder) {
        const user = mergeUserFields(local, inc);
        if (stableStringify(user) !== stableStringify({ tags: local.tags, note: local.note })) {
          replaced.push(toStored({ ...local, ...user, updatedAt: stamp }));
        }
      }
      counts.older++;
    }
  }
  // Revisions follow their record's (possibly local) id; those already stored are not duplicated.
  const existing = incomingRevisions.length ? await db.revisions.bulkGet(incomingRevisions.map((r) => r.id)) : [];
  const seen = new Set<string>();
  incomingRevisions.forEach((rev, i) => {
    if (existing[i] || seen.has(rev.id)) return;
    seen.add(rev.id);
    const recordId = idMap.get(rev.recordId) ?? rev.recordId;
    revisions.push({ ...rev, recordId, record: { ...rev.record, id: recordId } });
  });
  // The index is written once, after the last batch, in this same transaction (search-sync.ts).
  const total = added.length + replaced.length;
  let written = 0;
  await withBatchedIndex(transaction, async () => {
    // The next batch is handed over (its index entries computed) while IndexedDB writes this one: awaiting each
    // batch before the next left the page idle for a second at 10,000 records. At most two batches in flight.
    let inFlight: PromiseLike<void> | undefined;
    const batches = [
      ...chunked(added, (batch) => db.records.bulkAdd(batch.map(toStored))),
      ...chunked(replaced, (batch) => db.records.bulkPut(batch)),
    ];
    for (const { size, write } of batches) {
      const done = write().then(() => onProgress?.((written += size), total));
      if (inFlight) await inFlight;
      inFlight = done;
    }
    if (inFlight) await inFlight;
  });
  if (revisions.length) await db.revisions.bulkAdd(revisions);
  return counts;
}
