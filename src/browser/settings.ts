/**
 * The user's settings, stored with WXT's storage API (browser.storage.local,
 * so they sync across the extension's pages and survive restarts). Each item
 * is versioned. Version 1 is the first published shape of each, so there is
 * nothing to migrate yet: when a shape changes, bump `version` and add
 * `migrations[n]`; WXT runs them on the next read.
 *
 * The popup reads e.g. `await exportFormatSetting.getValue()` or watches it
 * with `exportFormatSetting.watch(cb)`.
 */

import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import {
  backupSettingProblems,
  isCsvDelimiterChoice,
  isExportFormat,
  type CsvDelimiterChoice,
  type ExportFormat,
  type UpdateSchedule,
} from '../settings/values';
import type { BackupSetting } from '../record/backup-format';
import { LANGUAGE_STORAGE_KEY, type LanguageChoice } from './message-format';

/** Default export format in the popup. v1: 'json' | 'csv' | 'markdown'. */
export const exportFormatSetting = storage.defineItem<ExportFormat>('local:settings.exportFormat', {
  fallback: 'json',
  version: 1,
  migrations: {},
});

/** CSV delimiter; 'auto' follows the locale (resolveCsvDelimiter). */
export const csvDelimiterSetting = storage.defineItem<CsvDelimiterChoice>('local:settings.csvDelimiter', {
  fallback: 'auto',
  version: 1,
  migrations: {},
});

/**
 * Sites (match patterns "*://host/*") where the user granted the optional host
 * permission for auto-recognition. The permission itself is the source of
 * truth; this list only remembers what the user added, in their order.
 */
export const recognitionSitesSetting = storage.defineItem<string[]>('local:settings.recognitionSites', {
  fallback: [],
  version: 1,
  migrations: {},
});

/**
 * The extension's UI language. v1: 'browser' (follow the browser) | 'de' | 'en' | 'uk'.
 * Not in backups: a colleague restoring your backup keeps the language they read.
 */
export const languageSetting = storage.defineItem<LanguageChoice>(`local:${LANGUAGE_STORAGE_KEY}`, {
  fallback: 'browser',
  version: 1,
  migrations: {},
});

/**
 * Scheduled check for updates. v1: 'never' | 'weekly' | 'monthly'. Anything
 * but 'never' needs the optional `alarms` permission, asked when chosen. Not
 * in backups: restoring could not grant that permission, so a restored
 * schedule would be a promise the extension cannot keep.
 */
export const updateScheduleSetting = storage.defineItem<UpdateSchedule>('local:settings.updateSchedule', {
  fallback: 'never',
  version: 1,
  migrations: {},
});

export { isCsvDelimiterChoice, isExportFormat };

/**
 * The storage item of each setting a full backup carries, by its key in the
 * backup file (the storage key). The keys and value checks are BACKUP_SETTINGS;
 * a test holds the two lists equal.
 */
// `any`: the table mixes item types; backupSettingProblems guards every value before setValue.
export const BACKED_UP: Readonly<Record<string, WxtStorageItem<any, any>>> = {
  'local:settings.exportFormat': exportFormatSetting,
  'local:settings.csvDelimiter': csvDelimiterSetting,
  'local:settings.recognitionSites': recognitionSitesSetting,
};

/** Every backed-up setting with its current value (the default when never set), for buildBackup. */
export async function exportSettings(): Promise<BackupSetting[]> {
  return Promise.all(Object.entries(BACKED_UP).map(async ([key, item]) => ({ key, value: await item.getValue() })));
}

export interface SettingsImportResult {
  /** Keys whose value was stored. */
  applied: string[];
  /** One sentence per entry that was skipped (unknown key or invalid value). */
  warnings: string[];
}

/**
 * Stores the settings of a backup. Each known key's value is checked first;
 * unknown keys (e.g. from a newer version) and invalid values are skipped with
 * a warning and leave the current value alone. Recognition sites restore the
 * list only: host permissions must be granted again on the options page.
 */
export async function importSettings(entries: readonly BackupSetting[]): Promise<SettingsImportResult> {
  const result: SettingsImportResult = { applied: [], warnings: [] };
  const valid: Array<{ item: WxtStorageItem<any, any>; value: unknown }> = [];
  for (const { key, value } of entries) {
    const item = Object.hasOwn(BACKED_UP, key) ? BACKED_UP[key] : undefined;
    const problems = backupSettingProblems(key, value);
    if (!item || problems.length > 0) result.warnings.push(`Setting ignored: ${problems.join('; ') || key}.`);
    else {
      valid.push({ item, value });
      result.applied.push(key);
    }
  }
  for (const { item, value } of valid) await item.setValue(value);
  return result;
}
