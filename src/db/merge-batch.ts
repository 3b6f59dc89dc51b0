/**
 * The merge decisions for a whole batch of incoming records, read in a few
 * IndexedDB requests instead of several per record (one `anyOf` per chunk of
 * URLs, one for the revisions that are needed). Call it inside a transaction
 * that includes `records` and `revisions`; it does no other async work, so
 * the caller's transaction stays alive.
 */

import { stripInternal } from '../record/content';
import type { ClipperDB } from './schema';
import { urlLookupForms } from '../extract/url';
import type { PartnershipRecord } from '../record/types';
import { decideMerge, type MergeDecision } from './merge';

/** Keys per `anyOf` query: keeps each request's key list small. */
const CHUNK = 2000;

export interface Decided {
  incoming: PartnershipRecord;
  /** The local record with the same URL; undefined exactly when the decision is 'new'. */
  local: PartnershipRecord | undefined;
  decision: MergeDecision;
}

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

/**
 * The local records of these URLs, by the given URL (without internal fields).
 * A record is found under the URL's normalised form or, failing that, the form
 * an older version stored it under (urlLookupForms), as saveClip finds it.
 */
export async function localRecordsByUrl(db: ClipperDB, urls: readonly string[]): Promise<Map<string, PartnershipRecord>> {
  const formsOf = new Map(urls.map((url) => [url, urlLookupForms(url)]));
  const stored = new Map<string, PartnershipRecord>();
  for (const part of chunks([...new Set([...formsOf.values()].flat())])) {
    for (const row of await db.records.where('url').anyOf(part).toArray()) stored.set(row.url, stripInternal(row));
  }
  const byUrl = new Map<string, PartnershipRecord>();
  for (const [url, forms] of formsOf) {
    const found = forms.map((form) => stored.get(form)).find((r) => r !== undefined);
    if (found) byUrl.set(url, found);
  }
  return byUrl;
}

/** The stored revisions of these records, by record id. */
export async function revisionsByRecord(db: ClipperDB, recordIds: readonly string[]): Promise<Map<string, PartnershipRecord[]>> {
  const byRecord = new Map<string, PartnershipRecord[]>();
  for (const part of chunks(recordIds)) {
    for (const rev of await db.revisions.where('recordId').anyOf(part).toArray()) {
      const list = byRecord.get(rev.recordId);
      if (list) list.push(rev.record);
      else byRecord.set(rev.recordId, [rev.record]);
    }
  }
  return byRecord;
}

/** decideMerge for every incoming record, in input order. */
export async function decideAll(db: ClipperDB, incoming: readonly PartnershipRecord[]): Promise<Decided[]> {
  const locals = await localRecordsByUrl(db, incoming.map((r) => r.url));
  const decided = incoming.map((inc): Decided => {
    const local = locals.get(inc.url);
    return { incoming: inc, local, decision: decideMerge(local, inc) };
  });
  // Revisions change only a 'keep-local' (an older record already kept as history is 'unchanged'),
  // so they are read for those records alone.
  const older = decided.filter((d) => d.decision === 'keep-local' && d.local);
  if (older.length === 0) return decided;
  const known = await revisionsByRecord(db, older.map((d) => d.local!.id));
  for (const d of older) {
    const revs = known.get(d.local!.id);
    if (revs) d.decision = decideMerge(d.local, d.incoming, revs);
  }
  return decided;
}
