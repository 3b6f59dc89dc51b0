/**
 * The user's settings as values: their types, defaults, and the small rules
 * that read them (the CSV delimiter "auto", a site the user types in). Pure;
 * storage items live in src/browser/settings.ts.
 */

/** The two delimiters spreadsheets read. */
export type CsvDelimiter = ',' | ';';

/** German-speaking Excel expects ';' (the comma is the decimal separator there). */
export function defaultCsvDelimiter(locale: string): CsvDelimiter {
  return /^de\b/i.test(locale) ? ';' : ',';
}

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

/** Recognition sites: what the options page itself stores, host-only patterns without duplicates. */
export const MAX_RECOGNITION_SITES = 500;

export function isSitePatternList(value: unknown): value is string[] {
  return (
    Array.isArray(value) &&
    value.length <= MAX_RECOGNITION_SITES &&
    value.every((p) => typeof p === 'string' && p.length <= 300 && siteToPattern(patternHost(p)) === p) &&
    new Set(value).size === value.length
  );
}

/**
 * The settings a full backup carries, by storage key, with the check of their
 * value and what a valid value is, in words. A backup may carry only these:
 * each check looks at the value's type first, so a huge or deeply nested value
 * is refused without walking it.
 */
export const BACKUP_SETTINGS: Readonly<Record<string, { isValid: (value: unknown) => boolean; expected: string }>> = {
  'local:settings.exportFormat': { isValid: isExportFormat, expected: '"json", "csv" or "markdown"' },
  'local:settings.csvDelimiter': { isValid: isCsvDelimiterChoice, expected: '"auto", "," or ";"' },
  'local:settings.recognitionSites': {
    isValid: isSitePatternList,
    expected: `a list of at most ${MAX_RECOGNITION_SITES} different site patterns like "*://example.org/*"`,
  },
};

/** Why a backup's setting entry cannot be restored; empty when it can. */
export function backupSettingProblems(key: string, value: unknown): string[] {
  const known = Object.hasOwn(BACKUP_SETTINGS, key) ? BACKUP_SETTINGS[key] : undefined;
  const name = JSON.stringify(key.length > 80 ? `${key.slice(0, 80)}…` : key);
  if (!known) return [`${name} is not a setting this version of Partnership Clipper knows`];
  return known.isValid(value) ? [] : [`${name} must be ${known.expected}`];
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
