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

import { storage } from 'wxt/utils/storage';
import { isCsvDelimiterChoice, isExportFormat, type CsvDelimiterChoice, type ExportFormat } from '../capture/settings-values';

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

export { isCsvDelimiterChoice, isExportFormat };
