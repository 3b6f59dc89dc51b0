/**
 * Committed writes to one table, from any extension page or the background,
 * through Dexie's storagemutated event (which names the keys written). The one
 * place that knows the event's format, for the live index, the record cache
 * and the badges.
 */
import Dexie, { cmp, RangeSet, rangesOverlap, type IndexableType, type IntervalTree, type ObservabilitySet } from 'dexie';

/** The keys written, or 'all' when Dexie cannot say (e.g. the page came back from the back/forward cache). */
export type ChangedKeys = IntervalTree | 'all';

/** Calls `onChange` after each committed write to `table` of database `db`. Returns the unsubscribe. */
export function onTableChanged(db: Dexie, table: string, onChange: (keys: ChangedKeys) => void): () => void {
  const part = `idb://${db.name}/${table}/`;
  const listener = (parts: ObservabilitySet) => {
    if (parts.all) onChange('all');
    else if (parts[part]) onChange(parts[part]);
  };
  Dexie.on.storagemutated.subscribe(listener);
  return () => Dexie.on.storagemutated.unsubscribe(listener);
}

/** The single keys a change wrote, or 'all' when it covers a range (e.g. a clear()) or Dexie cannot say. */
export function changedKeys(keys: ChangedKeys): IndexableType[] | 'all' {
  if (keys === 'all') return 'all';
  const out: IndexableType[] = [];
  for (const node of RangeSet(keys)) {
    if (cmp(node.from, node.to) !== 0) return 'all';
    out.push(node.from);
  }
  return out;
}

/** Whether a change covers this key. */
export function touches(keys: ChangedKeys, key: string | number): boolean {
  return keys === 'all' || rangesOverlap(keys, new RangeSet(key));
}
