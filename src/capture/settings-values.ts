/**
 * The user's settings as values: their types, defaults, and the small rules
 * that read them (the CSV delimiter "auto", a site the user types in). Pure;
 * storage items live in src/browser/settings.ts.
 */

import { defaultCsvDelimiter, type CsvDelimiter } from '../export/csv';

export const EXPORT_FORMATS = ['json', 'csv', 'markdown'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export type CsvDelimiterChoice = CsvDelimiter | 'auto';
export const CSV_DELIMITER_CHOICES: readonly CsvDelimiterChoice[] = ['auto', ',', ';'];

/** "auto" follows the browser's locale (German Excel expects ';'). */
export function resolveCsvDelimiter(choice: CsvDelimiterChoice, locale: string): CsvDelimiter {
  return choice === 'auto' ? defaultCsvDelimiter(locale) : choice;
}

export function isExportFormat(value: unknown): value is ExportFormat {
  return typeof value === 'string' && (EXPORT_FORMATS as readonly string[]).includes(value);
}

export function isCsvDelimiterChoice(value: unknown): value is CsvDelimiterChoice {
  return value === 'auto' || value === ',' || value === ';';
}

/**
 * The match pattern for a site the user types ("example.org", "https://www.example.org/x")
 * or null when it is not a host name. The pattern covers the host only, not its subdomains.
 */
export function siteToPattern(input: string): string | null {
  const raw = input.trim();
  if (!raw) return null;
  let host: string;
  try {
    host = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `https://${raw}`).hostname.toLowerCase();
  } catch {
    return null;
  }
  if (!/^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/.test(host)) return null;
  return `*://${host}/*`;
}

/** "*://example.org/*" → "example.org" (for display). */
export function patternHost(pattern: string): string {
  return pattern.replace(/^\*:\/\//, '').replace(/\/\*$/, '');
}

/** How often the background checks the collection for updates; 'never' (the default) asks for no permission. */
export const UPDATE_SCHEDULES = ['never', 'weekly', 'monthly'] as const;
export type UpdateSchedule = (typeof UPDATE_SCHEDULES)[number];

export function isUpdateSchedule(value: unknown): value is UpdateSchedule {
  return typeof value === 'string' && (UPDATE_SCHEDULES as readonly string[]).includes(value);
}

/** Minutes between scheduled checks (an alarm's periodInMinutes). */
export function schedulePeriodMinutes(schedule: Exclude<UpdateSchedule, 'never'>): number {
  return (schedule === 'weekly' ? 7 : 30) * 24 * 60;
}
