/**
 * The JSON export of the whole collection (records format v2), streamed: the
 * records are read a page at a time in the list's order (newest capture
 * first), each page becomes one Blob, and the file is a Blob of those. No
 * whole-file string and no array of every record is ever held; the bytes are
 * exactly those of `serialise(buildRecordsFile(listRecords()))`.
 *
 * Topics and organisations come from the ideas cache (src/db/ideas-cache.ts).
 * Missing entries are analysed as their records are written (one read of
 * each record) and stored at the end, so the next export and the Ideas view
 * find them; an entry whose shard a write touched during the export is not
 * trusted, and the record is analysed instead.
 */

import { currentGenerations, entriesById, readIdeasCache, storeEntriesSince, unchangedSince } from '../db/ideas-cache';
import type { ClipperDB } from '../db/schema';
import { withStorageErrors } from '../db/errors';
import { answerIdeasOfEntry, encodeIdeas, RULES_FINGERPRINT } from '../ideas/cache-entry';
import { stripInternal } from '../record/content';
import { RECORDS_FORMAT } from '../record/types';
import { toExportRecord, withIdeas } from './json';

export interface StreamOptions {
  now?: Date;
  /** Records read per request (and per Blob). */
  pageSize?: number;
  /** Records written so far, of all. */
  onProgress?: (done: number, total: number) => void;
}

export async function exportRecordsBlob(db: ClipperDB, opts: StreamOptions = {}): Promise<Blob> {
  const { now = new Date(), pageSize = 1000, onProgress } = opts;
  const read = await readIdeasCache(db, RULES_FINGERPRINT);
  const cache = entriesById(read);
  // Entries analysed here, stored at the end for the next reader.
  const fresh = { ids: [] as string[], entries: [] as string[] };
  // Ascending in one request, then reversed: the index's order is (capturedAt, id), so this is the list's
  // newest-first order with ties by id descending, as a 'prev' cursor gives, without a cursor step per record.
  const keys = (await withStorageErrors(() => db.records.orderBy('capturedAt').primaryKeys())).reverse();
  const head = `{"format":${JSON.stringify(RECORDS_FORMAT)},"version":2,"exportedAt":${JSON.stringify(now.toISOString())},"records":[`;
  const parts: BlobPart[] = [];
  let written = 0;
  for (let i = 0; i < keys.length; i += pageSize) {
    // The page and the shards' generations in one read: a cached entry is used only if no write touched its shard since.
    const [rows, generations] = await withStorageErrors(() =>
      db.transaction('r', db.records, db.ideasCache, () => Promise.all([db.records.bulkGet(keys.slice(i, i + pageSize)), currentGenerations(db)])),
    );
    const lines: string[] = [];
    for (const row of rows) {
      if (!row) continue; // deleted since the keys were read
      const record = toExportRecord(stripInternal(row));
      const current = unchangedSince(record.id, read.generations, generations);
      let entry = current ? cache.get(record.id) : undefined;
      let ideas = entry === undefined ? undefined : answerIdeasOfEntry(entry);
      if (!ideas || ideas.length !== record.answers.length) {
        // Missing, or (never expected) not this record's shape: analysed from the text.
        entry = encodeIdeas(record);
        ideas = answerIdeasOfEntry(entry);
        if (current) {
          fresh.ids.push(record.id);
          fresh.entries.push(entry);
        }
      }
      lines.push(`${written === 0 ? '\n' : ',\n'}${JSON.stringify(withIdeas(record, ideas))}`);
      written++;
    }
    parts.push(new Blob(lines));
    onProgress?.(written, keys.length);
  }
  await storeEntriesSince(db, RULES_FINGERPRINT, read.generations, fresh.ids, fresh.entries);
  return new Blob([head, ...parts, written === 0 ? ']}\n' : '\n]}\n'], { type: 'application/json' });
}
