/**
 * The JSON export of the whole collection (records format v2), streamed: the
 * records are read a page at a time in the list's order (newest capture
 * first), each page becomes one Blob, and the file is a Blob of those. No
 * whole-file string and no array of every record is ever held; the bytes are
 * exactly those of `serialise(buildRecordsFile(listRecords()))`.
 *
 * Topics and organisations come from the ideas cache (src/db/ideas-cache.ts):
 * the missing entries are computed and stored first, so the next export and
 * the Ideas view find them.
 */

import { entriesById, fillIdeasCache, readIdeasCache } from '../db/ideas-cache';
import type { ClipperDB } from '../db/schema';
import { withStorageErrors } from '../db/errors';
import { answerIdeasFromCache, decodeIdeas, encodeIdeas, RULES_FINGERPRINT } from '../ideas/cache-entry';
import { stripInternal } from '../record/content';
import { RECORDS_FORMAT } from '../record/types';
import { toExportRecord, withIdeas } from './json';

export interface StreamOptions {
  now?: Date;
  /** Records read per request (and per Blob). */
  pageSize?: number;
  /** Records analysed for the ideas cache, then records written. */
  onProgress?: (step: 'ideas' | 'records', done: number, total: number) => void;
}

export async function exportRecordsBlob(db: ClipperDB, opts: StreamOptions = {}): Promise<Blob> {
  const { now = new Date(), pageSize = 1000, onProgress } = opts;
  await fillIdeasCache(db, {
    encode: encodeIdeas,
    rules: RULES_FINGERPRINT,
    onProgress: onProgress && ((done, total) => onProgress('ideas', done, total)),
  });
  const cache = entriesById(await readIdeasCache(db, RULES_FINGERPRINT));
  const keys = await withStorageErrors(() => db.records.orderBy('capturedAt').reverse().primaryKeys());
  const head = `{"format":${JSON.stringify(RECORDS_FORMAT)},"version":2,"exportedAt":${JSON.stringify(now.toISOString())},"records":[`;
  const parts: BlobPart[] = [];
  let written = 0;
  for (let i = 0; i < keys.length; i += pageSize) {
    const rows = await withStorageErrors(() => db.records.bulkGet(keys.slice(i, i + pageSize)));
    const lines: string[] = [];
    for (const row of rows) {
      if (!row) continue; // deleted since the keys were read
      const record = toExportRecord(stripInternal(row));
      // An entry dropped by a write after the fill is computed here, as the unstreamed export does.
      const entry = cache.get(record.id);
      const exported = entry ? withIdeas(record, answerIdeasFromCache(decodeIdeas(entry))) : withIdeas(record);
      lines.push(`${written === 0 ? '\n' : ',\n'}${JSON.stringify(exported)}`);
      written++;
    }
    parts.push(new Blob(lines));
    onProgress?.('records', written, keys.length);
  }
  return new Blob([head, ...parts, written === 0 ? ']}\n' : '\n]}\n'], { type: 'application/json' });
}
