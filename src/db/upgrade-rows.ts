/**
 * How the schema upgrades touch the records, so that upgrading 10,000 v1
 * records takes seconds, not minutes, and a malformed row is quarantined
 * instead of stopping the upgrade (quarantine.ts).
 *
 * An upgrade from v1 or v2 runs every later step in one transaction. v2 and v3
 * added indexes (title, tags, searchTerms, sort keys …) that v4 drops again, and
 * building them over 10,000 stored rows, then rewriting each row per step, took
 * minutes. So the v2 step takes the rows out of the table (holdRecordRows), the
 * indexes of v2 and v3 are built on an empty table, and the v4 step writes each
 * row back once, in chunks, with its search-index entry (writeHeldRows). A
 * database already at v2 or v3 has its rows stripped in place (stripIndexFields).
 */

import type { Transaction } from 'dexie';
import { INTERNAL_FIELDS } from '../record/content';
import type { PartnershipRecord } from '../record/types';
import { docOf, type SearchDoc } from '../search/shard-index';
import { assertRecordShape, convertRecordRows, quarantineEntry, type QuarantinedRow } from './quarantine';
import { announceUpgrade } from './upgrade-progress';

/** Rows per write while writing back: between chunks the page can paint its progress. */
const CHUNK = 500;

/** v1 rows may predate tags/note/updatedAt: the fields that make them full records. */
function filledV1(r: unknown): PartnershipRecord {
  assertRecordShape(r);
  return {
    ...r,
    tags: Array.isArray(r.tags) ? r.tags : [],
    note: typeof r.note === 'string' ? r.note : '',
    updatedAt: r.updatedAt ?? r.capturedAt,
    warnings: Array.isArray(r.warnings) ? r.warnings : [],
    partners: Array.isArray(r.partners) ? r.partners : [],
    answers: Array.isArray(r.answers) ? r.answers : [],
    title: typeof r.title === 'string' ? r.title : '',
  } as PartnershipRecord;
}

/** The v2 step: every row out of `records`, filled to a full record; rows that cannot be are quarantined. */
export async function holdRecordRows(tx: Transaction, into: QuarantinedRow[]): Promise<PartnershipRecord[]> {
  const table = tx.table('records');
  const rows = (await table.toArray()) as unknown[];
  await table.clear();
  const held: PartnershipRecord[] = [];
  for (const row of rows) {
    try {
      held.push(filledV1(row));
    } catch (err) {
      into.push(quarantineEntry(2, row, err));
    }
  }
  announceUpgrade({ done: 0, total: held.length, finished: false });
  return held;
}

/**
 * The v4 step after holdRecordRows: each record written back once, with its search-index entry.
 * Returns the entries and the records as written, which the v5 step checks instead of reading them all again.
 */
export async function writeHeldRows(
  tx: Transaction,
  held: PartnershipRecord[],
  into: QuarantinedRow[],
): Promise<{ docs: SearchDoc[]; written: PartnershipRecord[] }> {
  const table = tx.table('records');
  const docs: SearchDoc[] = [];
  const written: PartnershipRecord[] = [];
  let inFlight: PromiseLike<void> | undefined;
  for (let at = 0; at < held.length; at += CHUNK) {
    const chunk: PartnershipRecord[] = [];
    for (const record of held.slice(at, at + CHUNK)) {
      try {
        const doc = docOf(record);
        const row = record as unknown as Record<string, unknown>;
        for (const field of INTERNAL_FIELDS) delete row[field];
        docs.push(doc);
        chunk.push(record);
      } catch (err) {
        into.push(quarantineEntry(4, record, err));
      }
    }
    // The next chunk is prepared (its index entries computed) while IndexedDB writes this one: at most two in flight.
    const done = Math.min(held.length, at + CHUNK);
    const write = table.bulkAdd(chunk).then(() => announceUpgrade({ done, total: held.length, finished: false }));
    written.push(...chunk);
    if (inFlight) await inFlight;
    inFlight = write;
  }
  if (inFlight) await inFlight;
  return { docs, written };
}

/** The v4 step on a database that was at v2 or v3: old index fields leave the rows, which are indexed in the shards. */
export async function stripIndexFields(tx: Transaction, into: QuarantinedRow[]): Promise<SearchDoc[]> {
  const docs: SearchDoc[] = [];
  await convertRecordRows<Record<string, unknown>>(
    tx,
    4,
    (r) => {
      // A row the search index cannot read (docOf throws) is quarantined by this step.
      docs.push(docOf(r as unknown as PartnershipRecord));
      const stale = INTERNAL_FIELDS.filter((field) => field in r);
      for (const field of stale) delete r[field];
      return stale.length > 0;
    },
    into,
  );
  return docs;
}
