/**
 * The Dexie database: every schema version lives here, oldest first.
 * Never edit a published version; add a new one with an upgrade function.
 */

import Dexie, { type Table } from 'dexie';
import type { PartnershipRecord } from '../record/types';
import { storageProblem, type StorageError } from './errors';
import { buildShards, type SearchDoc, type SearchShard, type ShardLayout } from '../search/shard-index';
import { QUARANTINE_TABLE, type QuarantinedRow } from './quarantine';
import { holdRecordRows, stripIndexFields, writeHeldRows } from './upgrade-rows';
import { announceUpgrade } from './upgrade-progress';
import { searchIndexMiddleware } from './search-sync';
import type { SummaryRow } from '../search/summary';
import { upgradeStoredUrls } from './upgrade-urls';

export { DEFAULT_DB_NAME } from './names';
import { DEFAULT_DB_NAME, IDEAS_TABLE, SHARDS_TABLE } from './names';
import type { IdeasTableRow } from './ideas-cache';

// Since v4 `records` stores the public record; rows written by v2/v3 also
// carried index fields (INTERNAL_FIELDS), which the v4 upgrade removes and reads strip anyway.

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
  declare records: Table<PartnershipRecord, string>;
  declare revisions: Table<Revision, string>;
  declare settings: Table<Setting, string>;
  /** The shard rows and the summary row (src/search/summary.ts). */
  declare searchShards: Table<SearchShard | SummaryRow, number>;
  declare quarantine: Table<QuarantinedRow, number>;
  /** Derived ideas per record, recomputable, kept in step by search-sync.ts (ideas-cache.ts). */
  declare ideasCache: Table<IdeasTableRow, number>;

  /** Rows the upgrade steps of this opening could not convert, until the v6 step stores them. */
  private readonly upgradeQuarantine: QuarantinedRow[] = [];
  /** The records between the v2 step (which takes them out) and the v4 step (which writes them back). */
  private heldRows: PartnershipRecord[] | null = null;
  /** The records as the v4 step wrote them back, for the v5 step of the same upgrade. */
  private writtenRows: PartnershipRecord[] | null = null;

  /** `shardLayout`: tests pass a tiny one to see the search index reshard (shard-index.ts). */
  constructor(name: string = DEFAULT_DB_NAME, { shardLayout }: { shardLayout?: ShardLayout } = {}) {
    super(name);

    // v1: the skeleton (issue 2): string UUID keys, one record per URL.
    this.version(1).stores({ records: 'id, &url, capturedAt' });

    // v2: full-text index, tags, revisions, settings.
    //
    // Declared since issue 17 without the record indexes v2 and v3 added (title, kind,
    // updatedAt, *tags, *searchTerms; v3: sortTitle, sortPartner). v4 drops them all, and
    // every upgrade now runs on to the latest version in one transaction, so building them
    // over every stored row only to drop them cost most of a v1 upgrade (minutes at 10,000
    // records). A database still at v2 or v3 has them: Dexie compares its first step with
    // the indexes the database really has, so that step deletes them.
    this.version(2)
      .stores({
        records: 'id, &url, capturedAt',
        revisions: 'id, recordId, [recordId+savedAt]',
        settings: 'key',
      })
      // The rows are taken out of the table here and written back once, by v4: the
      // indexes v2 and v3 add (dropped again by v4) are then built on an empty table,
      // and no row is written more than once (upgrade-rows.ts).
      .upgrade(async (tx) => {
        this.heldRows = await holdRecordRows(tx, this.upgradeQuarantine);
      });

    // v3: indexed sort keys, so the list reads one page in title or partner order
    // from an index instead of reading and sorting every record. No upgrade function
    // any more: the sort keys it wrote into every row are removed by v4 straight away
    // (every upgrade runs on to the latest version), so writing them only cost time.
    this.version(3).stores({ records: 'id, &url, capturedAt' });

    // v4: the search index moves out of the record rows into a few shard rows
    // (src/search/shard-index.ts): a million multi-entry index entries at 10,000 records
    // made imports and one-letter searches slow. Dropped indexes: title,
    // updatedAt, kind, tags, searchTerms, sortTitle, sortPartner: the shards
    // filter, count and order the list now, and every index entry costs a write.
    this.version(4)
      .stores({
        records: 'id, &url, capturedAt',
        [SHARDS_TABLE]: 'shard',
      })
      .upgrade(async (tx) => {
        const held = this.heldRows;
        this.heldRows = null;
        let docs: SearchDoc[];
        if (held) {
          const back = await writeHeldRows(tx, held, this.upgradeQuarantine);
          docs = back.docs;
          this.writtenRows = back.written;
        } else docs = await stripIndexFields(tx, this.upgradeQuarantine);
        await tx.table(SHARDS_TABLE).bulkPut(buildShards(docs));
      });
    // v5: URLs in their stored form (serialiseUrl): "|", "[", "]", "^" or a stray "%"
    // in a path was stored raw, and every export holding it was refused. Same
    // indexes; only rows whose URL changes are written (upgrade-urls.ts).
    this.version(5)
      .stores({})
      .upgrade((tx) => {
        // After v4 wrote the records back in this same upgrade, it checks them as written, without reading 10,000 rows again.
        const written = this.writtenRows;
        this.writtenRows = null;
        return upgradeStoredUrls(tx, written ?? undefined);
      });
    // v6: rows an upgrade step could not convert are kept aside (quarantine.ts) instead of
    // stopping the upgrade. This step stores what the steps before it collected.
    this.version(6)
      .stores({ [QUARANTINE_TABLE]: '++seq' })
      .upgrade(async (tx) => {
        const rows = this.upgradeQuarantine.splice(0);
        if (rows.length) await tx.table(QUARANTINE_TABLE).bulkAdd(rows);
        announceUpgrade({ done: 0, total: 0, finished: true });
      });
    // v7: the ideas cache (ideas-cache.ts), in a fixed partition of the records. No upgrade
    // function: it starts empty and is filled by the first reader that needs it.
    this.version(7).stores({ [IDEAS_TABLE]: 'shard' });
    // Keeps the shards and the ideas cache in step with every later write to records.
    this.use(searchIndexMiddleware(shardLayout));

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
export function openClipperDB(name: string = DEFAULT_DB_NAME, options: { shardLayout?: ShardLayout } = {}): ClipperDB {
  return new ClipperDB(name, options);
}
