/**
 * The full backup: records, revisions and settings. Restoring replaces the
 * whole collection with the backup's content (one transaction); to merge a
 * backup into an existing collection instead, use planImport/applyImport.
 */

import { toStored } from '../record/content';
import { withStorageErrors } from '../db/errors';
import type { ClipperDB } from '../db/schema';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type BackupFileV1, type BackupSetting } from '../record/backup-format';
import { migrateBackupFile } from '../record/migrate';
import { normaliseTags } from '../record/user-fields';
import { IssueCollector, validateBackupExtras, validateRecords } from '../record/validate';
import { toExportRecord } from './json';
import { backupSettingProblems } from '../settings/values';

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * `settings` are the extension's settings as the caller read them (the pages
 * pass `await exportSettings()` from src/browser/settings.ts; this module
 * stays free of browser APIs). Rows of the Dexie `settings` table are added;
 * on the same key the passed value wins.
 */
export function buildBackup(db: ClipperDB, now: Date = new Date(), settings: readonly BackupSetting[] = []): Promise<BackupFileV1> {
  return withStorageErrors(() =>
    db.transaction('r', db.records, db.revisions, db.settings, async () => {
      const [records, revisions, rows] = await Promise.all([
        db.records.toArray(),
        db.revisions.toArray(),
        db.settings.toArray(),
      ]);
      return {
        format: BACKUP_FORMAT,
        version: BACKUP_FORMAT_VERSION,
        exportedAt: now.toISOString(),
        records: records.map(toExportRecord).sort((a, b) => byString(a.capturedAt, b.capturedAt) || byString(a.id, b.id)),
        revisions: revisions
          .map((r) => ({ id: r.id, recordId: r.recordId, savedAt: r.savedAt, record: toExportRecord(r.record) }))
          .sort((a, b) => byString(a.recordId, b.recordId) || byString(a.savedAt, b.savedAt) || byString(a.id, b.id)),
        // A row an older version let in unchecked (a value nested thousands deep) is left out: it would make every backup fail.
        settings: [...new Map([...rows.filter((s) => backupSettingProblems(s.key, s.value).length === 0), ...settings].map((s) => [s.key, { key: s.key, value: structuredClone(s.value) }])).values()].sort(
          (a, b) => byString(a.key, b.key),
        ),
      };
    }),
  );
}

export type RestoreResult = { ok: true; records: number; revisions: number; settings: number } | { ok: false; error: string };

/** Replaces everything with the backup. Validates first; an invalid backup changes nothing. */
export async function restoreBackup(db: ClipperDB, json: unknown): Promise<RestoreResult> {
  const migrated = migrateBackupFile(json);
  if (!migrated.ok) return migrated;
  const backup = migrated.file;
  const issues = new IssueCollector();
  validateRecords(backup.records, issues);
  validateBackupExtras(backup.revisions, backup.settings, issues, backupSettingProblems);
  const report = issues.report();
  if (report.errorCount > 0) {
    return { ok: false, error: `The backup has ${report.errorCount} errors; nothing was restored. ${report.messages.slice(0, 3).join('; ')}` };
  }
  return withStorageErrors(() =>
    db.transaction('rw', db.records, db.revisions, db.settings, async (): Promise<RestoreResult> => {
      await Promise.all([db.records.clear(), db.revisions.clear(), db.settings.clear()]);
      await db.records.bulkAdd(backup.records.map((r) => toStored({ ...r, tags: normaliseTags(r.tags) })));
      await db.revisions.bulkAdd(backup.revisions.map((r) => ({ ...r })));
      await db.settings.bulkAdd(backup.settings.map((s) => ({ key: s.key, value: s.value })));
      return { ok: true, records: backup.records.length, revisions: backup.revisions.length, settings: backup.settings.length };
    }),
  );
}
