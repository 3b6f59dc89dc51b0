/**
 * The JSON export of the whole collection (records format v2), streamed: the
 * records are read a page at a time in the list's order (newest capture
 * first, src/db/newest-first.ts), each page becomes one Blob, and the file is
 * a Blob of those. No whole-file string and no array of every record is
 * ever held; the bytes are exactly those of
 * `serialise(buildRecordsFile(listRecords()))`.
 *
 * Topics and organisations come from the ideas cache (src/db/ideas-cache.ts).
 * Missing entries are analysed as their records are written (one read of
 * each record) and stored at the end, so the next export and the Ideas view
 * find them; an entry whose shard a write touched during the export is not
 * trusted, and the record is analysed instead.
 */

import { readIdeasCache } from '../db/ideas-cache';
import { readNewestFirst } from '../db/newest-first';
import type { ClipperDB } from '../db/schema';
import { RULES_FINGERPRINT } from '../ideas/cache-entry';
import { AnswerIdeasFromCache } from './cached-ideas';
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
  const fromCache = new AnswerIdeasFromCache(read);
  const records = await readNewestFirst(db, pageSize);
  // Without a count from the reader, the search summary's (counting the records would take a second at 50,000).
  const total = records.total ?? read.sizes.reduce((sum, size) => sum + size, 0);
  const head = `{"format":${JSON.stringify(RECORDS_FORMAT)},"version":2,"exportedAt":${JSON.stringify(now.toISOString())},"records":[`;
  const parts: BlobPart[] = [];
  let written = 0;
  for await (const { rows, generations } of records.pages) {
    const lines: string[] = [];
    for (const row of rows) {
      // toExportRecord leaves the internal fields out.
      lines.push(`${written === 0 ? '\n' : ',\n'}${JSON.stringify(withIdeas(toExportRecord(row), fromCache.of(row, generations)))}`);
      written++;
    }
    parts.push(new Blob(lines));
    onProgress?.(written, Math.max(total, written));
  }
  await fromCache.store(db);
  return new Blob([head, ...parts, written === 0 ? ']}\n' : '\n]}\n'], { type: 'application/json' });
}
