/**
 * The records a list has shown, kept in memory and dropped as soon as any
 * extension page or the background writes them (Dexie's storagemutated event
 * names the keys written). After a clip the list then reads one new record
 * instead of its whole page again.
 */
import { RECORDS_TABLE } from '../db/names';
import type { ClipperDB } from '../db/schema';
import { recordsByIds } from '../db/search';
import { onTableChanged, touches } from '../db/table-changes';
import type { PartnershipRecord } from '../record/types';

/** More than a few pages of the popup's list; beyond it the oldest entries go. */
const MAX_CACHED = 1000;

export class RecordCache {
  private readonly records = new Map<string, PartnershipRecord>();
  /** Bumped by every write: a read that began before a write must not cache what it got. */
  private generation = 0;
  private readonly stopListening: () => void;

  constructor(private readonly db: ClipperDB) {
    this.stopListening = onTableChanged(db, RECORDS_TABLE, (keys) => {
      this.generation++;
      for (const id of this.records.keys()) if (touches(keys, id)) this.records.delete(id);
    });
  }

  /** The records of `ids` in that order (ids deleted meanwhile are skipped), reading only those not cached. */
  async get(ids: readonly string[]): Promise<PartnershipRecord[]> {
    // What is cached now is shown even if a write drops it during the read: the write's index change re-renders anyway.
    const known = new Map(ids.flatMap((id) => (this.records.has(id) ? [[id, this.records.get(id)!] as const] : [])));
    const missing = ids.filter((id) => !known.has(id));
    const generation = this.generation;
    const read = missing.length === 0 ? [] : await recordsByIds(this.db, missing);
    const fresh = new Map(read.map((r) => [r.id, r]));
    if (generation === this.generation) {
      for (const record of read) this.records.set(record.id, record);
      for (const id of [...this.records.keys()].slice(0, Math.max(0, this.records.size - MAX_CACHED))) this.records.delete(id);
    }
    return ids.flatMap((id) => fresh.get(id) ?? known.get(id) ?? []);
  }

  close(): void {
    this.stopListening();
    this.records.clear();
  }
}
