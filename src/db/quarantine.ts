/**
 * Rows an upgrade step could not convert. One malformed row (say an answer
 * that is `null`) used to abort the whole upgrade, and the database would not
 * open at all. Now the step leaves that row out of `records`, keeps it here as
 * it was, and opens the database; the collection page lists and exports them.
 */

import type { Transaction } from 'dexie';

export const QUARANTINE_TABLE = 'quarantine';

export interface QuarantinedRow {
  /** Auto-increment key. */
  seq?: number;
  /** The table the row was taken from. */
  table: 'records';
  /** The schema version whose upgrade could not convert it. */
  version: number;
  /** What went wrong, in words. */
  reason: string;
  /** The row exactly as it was stored before that step. */
  row: unknown;
  quarantinedAt: string;
}

/** The file a user downloads to keep (and mend by hand) the quarantined rows. */
export const QUARANTINE_FORMAT = 'partnership-clipper/quarantine';

/**
 * Runs `convert` on every row of `records`. It returns the fields to change
 * (an object), `true` when it changed the row in place, nothing when the row
 * needs no write (an untouched row costs no write and no index update), or
 * throws when the row cannot be converted. A row that throws is removed from
 * `records` and collected in `into` (written to the quarantine table by the
 * schema version that created it). A returned patch is applied only when
 * `convert` succeeded, so a quarantined row is kept exactly as it was.
 */
export function convertRecordRows<T extends object>(
  tx: Transaction,
  version: number,
  convert: (row: T) => Partial<T> | boolean | void,
  into: QuarantinedRow[],
): Promise<number> {
  return tx
    .table('records')
    .toCollection()
    .modify((row: T, ctx: { value: T | null }) => {
      let patch: Partial<T> | boolean | void;
      try {
        if (!row || typeof row !== 'object' || Array.isArray(row)) throw new Error('the row is not an object');
        patch = convert(row);
      } catch (err) {
        into.push(quarantineEntry(version, row, err));
        ctx.value = null;
        return;
      }
      if (!patch) return false;
      if (typeof patch === 'object') Object.assign(row, patch);
      return true;
    });
}

/** The quarantine row for a record row that the step `version` could not convert because of `err`. */
export function quarantineEntry(version: number, row: unknown, err: unknown): QuarantinedRow {
  return { table: 'records', version, reason: err instanceof Error ? err.message : String(err), row, quarantinedAt: new Date().toISOString() };
}

/** Checks what every later step and every reader relies on; throws a readable reason. */
export function assertRecordShape(row: unknown): asserts row is Record<string, unknown> {
  if (!row || typeof row !== 'object' || Array.isArray(row)) throw new Error('the row is not an object');
  const r = row as Record<string, unknown>;
  if (typeof r.id !== 'string' || !r.id) throw new Error('id is missing or not a string');
  if (typeof r.url !== 'string') throw new Error('url is missing or not a string');
  if (typeof r.capturedAt !== 'string' || !Number.isFinite(Date.parse(r.capturedAt))) throw new Error('capturedAt is missing or not a date');
  const answers = r.answers;
  if (answers !== undefined && !Array.isArray(answers)) throw new Error('answers is not a list');
  (answers ?? []).forEach((a: unknown, i: number) => {
    if (!a || typeof a !== 'object') throw new Error(`answers[${i}] is not an object`);
    const { text, markdown } = a as Record<string, unknown>;
    if (typeof text !== 'string' || typeof markdown !== 'string') throw new Error(`answers[${i}] has no text`);
  });
}
