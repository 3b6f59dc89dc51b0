/**
 * Reads the envelope of an imported file and brings it to the latest
 * format version. Version policy: a version number changes only for a
 * change old readers cannot handle; every old version keeps importing.
 * Record contents are validated separately (validate.ts).
 */

import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type BackupFileV1 } from './backup-format';
import { RECORDS_FORMAT, RECORDS_FORMAT_VERSION, type RecordsFileV1 } from './types';

export type MigrateResult<T> = { ok: true; file: T } | { ok: false; error: string };

function envelope(json: unknown, format: string, latest: number): { ok: true; obj: Record<string, unknown> } | { ok: false; error: string } {
  if (!json || typeof json !== 'object' || Array.isArray(json)) {
    return { ok: false, error: 'This is not a Partnership Clipper export (the file does not contain a JSON object).' };
  }
  const obj = json as Record<string, unknown>;
  if (obj.format !== format) {
    const found = typeof obj.format === 'string' ? `format "${obj.format}"` : 'format missing';
    return { ok: false, error: `This is not a Partnership Clipper export (${found}; expected "${format}").` };
  }
  const v = obj.version;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) {
    return { ok: false, error: `The file has no valid format version (found ${JSON.stringify(v) ?? 'nothing'}).` };
  }
  if (v > latest) {
    return { ok: false, error: `This file was made by a newer version of Partnership Clipper (v${v}); please update the extension.` };
  }
  if (!Array.isArray(obj.records)) return { ok: false, error: 'The file has no "records" list.' };
  return { ok: true, obj };
}

const DERIVED_ANSWER_FIELDS = ['topics', 'organisations'];

const hasDerivedField = (a: unknown) => !!a && typeof a === 'object' && DERIVED_ANSWER_FIELDS.some((field) => field in a);

/** The record without its answers' derived fields; the same object when it has none (a v1 file: no copy of 50,000 records). */
export function withoutDerivedFields(record: unknown): unknown {
  if (!record || typeof record !== 'object' || !Array.isArray((record as { answers?: unknown }).answers)) return record;
  if (!(record as { answers: unknown[] }).answers.some(hasDerivedField)) return record;
  const answers = (record as { answers: unknown[] }).answers.map((a) => {
    if (!a || typeof a !== 'object' || Array.isArray(a)) return a;
    const copy = { ...(a as Record<string, unknown>) };
    for (const field of DERIVED_ANSWER_FIELDS) delete copy[field];
    return copy;
  });
  return { ...record, answers };
}

/** Reads a records file of any known version into the records as stored (the shape of version 1). */
export function migrateRecordsFile(json: unknown): MigrateResult<RecordsFileV1> {
  const env = envelope(json, RECORDS_FORMAT, RECORDS_FORMAT_VERSION);
  if (!env.ok) return env;
  // Version 2 only adds derived fields (topics and organisations per answer), recomputed from the text,
  // so reading it is dropping them: both versions give the records as stored. A version 1 file that
  // carries them (v2 records pasted into an old file) is read the same way: they are never data.
  env.obj.records = (env.obj.records as unknown[]).map(withoutDerivedFields);
  return { ok: true, file: { ...env.obj, version: 1 } as unknown as RecordsFileV1 };
}

export function migrateBackupFile(json: unknown): MigrateResult<BackupFileV1> {
  const env = envelope(json, BACKUP_FORMAT, BACKUP_FORMAT_VERSION);
  if (!env.ok) return env;
  const obj = env.obj;
  if (!Array.isArray(obj.revisions)) return { ok: false, error: 'The backup has no "revisions" list.' };
  if (!Array.isArray(obj.settings)) return { ok: false, error: 'The backup has no "settings" list.' };
  return { ok: true, file: obj as unknown as BackupFileV1 };
}

export type ImportFile = { kind: 'records'; file: RecordsFileV1 } | { kind: 'backup'; file: BackupFileV1 };

/** Accepts a records export or a full backup. */
export function migrateImportFile(json: unknown): { ok: true; value: ImportFile } | { ok: false; error: string } {
  const isBackup = !!json && typeof json === 'object' && (json as { format?: unknown }).format === BACKUP_FORMAT;
  if (isBackup) {
    const r = migrateBackupFile(json);
    return r.ok ? { ok: true, value: { kind: 'backup', file: r.file } } : r;
  }
  const r = migrateRecordsFile(json);
  return r.ok ? { ok: true, value: { kind: 'records', file: r.file } } : r;
}
