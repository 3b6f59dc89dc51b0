/**
 * The Dexie database: every schema version lives here, oldest first.
 * Never edit a published version; add a new one with an upgrade function.
 */

import Dexie, { type Table } from 'dexie';
import type { PartnershipRecord } from '../record/types';
import { INTERNAL_FIELDS } from './content';
import { storageProblem, type StorageError } from './errors';
import { searchTermsOf } from './fold';
import { buildShards, docOf, type SearchDoc, type SearchShard } from './search-index';
import { searchIndexMiddleware } from './search-sync';
import { sortFieldsOf, type SortFields } from './sort-keys';
import { upgradeStoredUrls } from './upgrade-urls';

export { DEFAULT_DB_NAME } from './names';
import { DEFAULT_DB_NAME, SHARDS_TABLE } from './names';

/**
 * What is stored in `records`. Since v4 it is the public record; rows written
 * by v2/v3 also carried index fields (INTERNAL_FIELDS), which the v4 upgrade
 * removes and reads strip anyway.
 */
export type StoredRecord = PartnershipRecord;

type V3Row = PartnershipRecord & SortFields & { searchTerms: string[] };

/** A previous state of a record, kept when it is re-clipped, imported over or restored. */
export interface Revision {
  id: string;
  recordId: string;
  savedAt: string;
  record: PartnershipRecord;
}

export interface Setting {
  key: string;
  value: unknown;
}

export class ClipperDB extends Dexie {
  declare records: Table<StoredRecord, string>;
  declare revisions: Table<Revision, string>;
  declare settings: Table<Setting, string>;
  declare searchShards: Table<SearchShard, number>;

  constructor(name: string = DEFAULT_DB_NAME) {
    super(name);

    // v1: the skeleton (issue 2): string UUID keys, one record per URL.
    this.version(1).stores({ records: 'id, &url, capturedAt' });

    // v2: full-text index, tags, revisions, settings.
    this.version(2)
      .stores({
        records: 'id, &url, title, kind, capturedAt, updatedAt, *tags, *searchTerms',
        revisions: 'id, recordId, [recordId+savedAt]',
        settings: 'key',
      })
      .upgrade((tx) =>
        tx
          .table('records')
          .toCollection()
          .modify((r: Partial<V3Row> & PartnershipRecord) => {
            // v1 records may predate tags/note/updatedAt: fill them so every record is a full PartnershipRecord.
            r.tags = Array.isArray(r.tags) ? r.tags : [];
            r.note = typeof r.note === 'string' ? r.note : '';
            r.updatedAt = r.updatedAt ?? r.capturedAt;
            r.warnings = Array.isArray(r.warnings) ? r.warnings : [];
            r.partners = Array.isArray(r.partners) ? r.partners : [];
            r.answers = Array.isArray(r.answers) ? r.answers : [];
            r.title = typeof r.title === 'string' ? r.title : '';
            r.searchTerms = searchTermsOf(r);
          }),
      );

    // v3: indexed sort keys, so the list reads one page in title or partner order
    // from an index instead of reading and sorting every record.
    this.version(3)
      .stores({
        records: 'id, &url, title, kind, capturedAt, updatedAt, *tags, *searchTerms, sortTitle, sortPartner',
      })
      .upgrade((tx) =>
        tx
          .table('records')
          .toCollection()
          .modify((r: V3Row) => {
            Object.assign(r, sortFieldsOf(r));
          }),
      );

    // v4: the search index moves out of the record rows into a few shard rows
    // (search-index.ts): a million multi-entry index entries at 10,000 records
    // made imports and one-letter searches slow. Dropped indexes: title,
    // updatedAt, kind, tags, searchTerms, sortTitle, sortPartner: the shards
    // filter, count and order the list now, and every index entry costs a write.
    this.version(4)
      .stores({
        records: 'id, &url, capturedAt',
        [SHARDS_TABLE]: 'shard',
      })
      .upgrade(async (tx) => {
        const docs: SearchDoc[] = [];
        await tx
          .table('records')
          .toCollection()
          .modify((r: Record<string, unknown>) => {
            for (const field of INTERNAL_FIELDS) delete r[field];
            docs.push(docOf(r as unknown as PartnershipRecord));
          });
        await tx.table(SHARDS_TABLE).bulkPut(buildShards(docs));
      });
    // v5: URLs in their stored form (serialiseUrl): "|", "[", "]", "^" or a stray "%"
    // in a path was stored raw, and every export holding it was refused. Same
    // indexes; only rows whose URL changes are written (upgrade-urls.ts).
    this.version(5)
      .stores({})
      .upgrade((tx) => upgradeStoredUrls(tx));
    // Keeps the shards in step with every later write to records.
    this.use(searchIndexMiddleware);

    // Another connection (a tab of a newer extension version, or a delete) needs
    // this one gone. Close for good: this page's code knows only the old schema,
    // so instead of auto-reopening it tells the user to reload.
    // Returning false stops Dexie's default handler, which would re-enable auto-open.
    this.on('versionchange', () => {
      this.close({ disableAutoOpen: true });
      this.reportProblem(storageProblem('closed'));
      return false;
    });
    // Our upgrade waits for an old connection elsewhere that does not close.
    this.on('blocked', () => {
      this.reportProblem(storageProblem('blocked'));
    });
  }

  private readonly problemListeners = new Set<(problem: StorageError) => void>();

  /**
   * Calls `cb` when the database becomes unusable without an operation failing
   * (closed by another tab's upgrade, or our upgrade blocked), so a page can
   * show the message. Returns the unsubscribe function.
   */
  onStorageProblem(cb: (problem: StorageError) => void): () => void {
    this.problemListeners.add(cb);
    return () => {
      this.problemListeners.delete(cb);
    };
  }

  private reportProblem(problem: StorageError): void {
    for (const cb of this.problemListeners) cb(problem);
  }
}

/** Opens (lazily) a new connection; pass a unique name in tests. */
export function openClipperDB(name: string = DEFAULT_DB_NAME): ClipperDB {
  return new ClipperDB(name);
}
