/**
 * Validation of imported records: the JSON Schema (src/record/schema.json,
 * checked with @cfworker/json-schema, which needs no eval under the MV3 CSP)
 * plus checks a schema cannot express (duplicate ids and URLs in one file).
 * Messages name the record index and field, e.g.
 * "record 17: answers[3].questionId must be a string or null".
 */

import { format, Validator, type OutputUnit } from '@cfworker/json-schema';
import schema from './schema.json';
import { urlProblem } from './url-form';

export const MAX_MESSAGES = 50;

export interface RecordIssue {
  /** Index in the file's array (records, or revisions for a backup). */
  index: number;
  part: 'records' | 'revisions' | 'settings';
  errors: string[];
}

export interface ValidationReport {
  invalid: RecordIssue[];
  /** At most MAX_MESSAGES readable lines, each naming index and field. */
  messages: string[];
  /** The total number of errors, including those not in `messages`. */
  errorCount: number;
}

let recordValidator: Validator | undefined;
function validator(): Validator {
  recordValidator ??= new Validator(schema.$defs.record as object, '2020-12', false);
  return recordValidator;
}

/** "#/answers/3/questionId" → "answers[3].questionId" */
export function pointerToPath(pointer: string): string {
  const parts = pointer.replace(/^#\/?/, '').split('/').filter(Boolean).map((p) => decodeURIComponent(p).replace(/~1/g, '/').replace(/~0/g, '~'));
  let path = '';
  for (const p of parts) path += /^\d+$/.test(p) ? `[${p}]` : path ? `.${p}` : p;
  return path;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'a string',
  null: 'null',
  integer: 'an integer',
  number: 'a number',
  object: 'an object',
  array: 'an array',
  boolean: 'true or false',
};

/** Keywords that only report that something below them failed: the leaf error says what. */
const SUMMARY_KEYWORDS = new Set(['properties', 'items', '$ref', 'allOf', 'anyOf', 'oneOf', 'additionalProperties', 'prefixItems', 'unevaluatedProperties']);

function describe(unit: OutputUnit): string | null {
  if (SUMMARY_KEYWORDS.has(unit.keyword)) return null;
  const path = pointerToPath(unit.instanceLocation);
  const subject = path || 'the record';
  switch (unit.keyword) {
    case 'type': {
      const expected = [...unit.error.matchAll(/"([a-z]+)"/g)].map((m) => m[1] ?? '').slice(1);
      return `${subject} must be ${expected.map((t) => TYPE_WORDS[t] ?? t).join(' or ')}`;
    }
    case 'required': {
      const key = /"([^"]+)"/.exec(unit.error)?.[1] ?? '?';
      return `${path ? `${path}.${key}` : key} is missing`;
    }
    case 'enum':
      return path.endsWith('questionId')
        ? `${subject} must be one of the 12 standard question ids or null`
        : `${subject} has a value that is not allowed`;
    case 'const':
      return `${subject} must be ${/match (.*)\.$/.exec(unit.error)?.[1] ?? 'a fixed value'}`;
    case 'format':
      return `${subject} must be ${/date-time/.test(unit.error) ? 'an ISO 8601 date-time' : /uri/.test(unit.error) ? 'an absolute URL' : 'well-formed'}`;
    case 'minLength':
      return `${subject} must not be empty`;
    case 'false':
      return `${subject} is not a field of the record format`;
    default:
      return `${subject}: ${unit.error}`;
  }
}

/** The record's URL and what is wrong with it: 'url "https://a.example/a|b" has "|", which needs …'. */
function describeUrl(value: unknown): string {
  const url = (value as { url: string }).url;
  const shown = url.length > 120 ? `${url.slice(0, 117)}…` : url;
  return `url ${JSON.stringify(shown)} ${urlProblem(url) ?? 'is not a URL the record format accepts'}`;
}

const isDateTimeFormat = (() => {
  const check = format['date-time'];
  if (!check) throw new Error('@cfworker/json-schema has no "date-time" format');
  return check;
})();

/**
 * An RFC 3339 date-time that JavaScript also reads: the app compares and sorts
 * dates with Date.parse, which answers NaN for a leap second (":60") or a
 * date beyond its range. Such a date passes the schema's format but would be
 * read as "no date", so a newer edit could be filed as older.
 */
export function isReadableDateTime(value: string): boolean {
  return isDateTimeFormat(value) && Number.isFinite(Date.parse(value));
}

const DATE_FIELDS = ['capturedAt', 'updatedAt'] as const;

/** The date message for a field the schema accepted as a date-time but JavaScript cannot read. */
export function unreadableDate(field: string, value: string): string {
  return `${field} "${value}" is not a date this app can read (e.g. a leap second :60 or a year out of range)`;
}

/** Errors of one record, without the "record N:" prefix. Empty when valid. */
export function validateRecord(value: unknown): string[] {
  // The schema library throws on values JSON cannot hold (undefined, a function); say what is wrong instead.
  if (value === undefined) return ['the record is missing'];
  const result = validator().validate(value);
  if (result.valid) {
    const r = value as Record<(typeof DATE_FIELDS)[number], string>;
    return DATE_FIELDS.filter((f) => !Number.isFinite(Date.parse(r[f]))).map((f) => unreadableDate(f, r[f]));
  }
  // A value of the wrong type also fails enum/format checks: the type error alone says it best.
  const wrongType = new Set(result.errors.filter((e) => e.keyword === 'type').map((e) => e.instanceLocation));
  const messages = result.errors
    .filter((e) => e.keyword === 'type' || !wrongType.has(e.instanceLocation))
    // The URL's format and pattern errors become one message that names the URL and its fault.
    .map((e) => (e.instanceLocation === '#/url' && e.keyword !== 'type' ? describeUrl(value) : describe(e)))
    .filter((m): m is string => m !== null);
  return [...new Set(messages)];
}

/**
 * How a message names an entry of the file: counted from 1 as people count, with the
 * record's title (or else its URL) when it has one: `record 3 ("Duisburg – Kryvyi Rih")`.
 */
export function entryLabel(label: string, index: number, entry?: unknown): string {
  const fields = entry && typeof entry === 'object' && !Array.isArray(entry) ? (entry as Record<string, unknown>) : {};
  const name = [fields.title, fields.url].find((v): v is string => typeof v === 'string' && v.trim() !== '')?.trim();
  const short = name && name.length > 80 ? `${name.slice(0, 79)}…` : name;
  return short ? `${label} ${index + 1} (${JSON.stringify(short)})` : `${label} ${index + 1}`;
}

/** Collects issues and keeps the message list short. */
export class IssueCollector {
  readonly invalid: RecordIssue[] = [];
  readonly messages: string[] = [];
  errorCount = 0;

  /** `index` counts from 0 (RecordIssue.index); `entry` is the record (or revision's record) to name. */
  add(part: RecordIssue['part'], index: number, errors: string[], entry?: unknown): void {
    if (errors.length === 0) return;
    const existing = this.invalid.find((i) => i.part === part && i.index === index);
    if (existing) existing.errors.push(...errors);
    else this.invalid.push({ part, index, errors: [...errors] });
    const label = part === 'records' ? 'record' : part === 'revisions' ? 'revision' : 'setting';
    for (const e of errors) {
      this.errorCount++;
      if (this.messages.length < MAX_MESSAGES) this.messages.push(`${entryLabel(label, index, entry)}: ${e}`);
    }
  }

  report(): ValidationReport {
    this.invalid.sort((a, b) => a.part.localeCompare(b.part) || a.index - b.index);
    return { invalid: this.invalid, messages: this.messages, errorCount: this.errorCount };
  }
}

/**
 * Validates an array of records, including duplicate ids/URLs across the array.
 * `check` validates one record; the import passes a faster one with the same messages.
 */
export function validateRecords(
  records: readonly unknown[],
  into = new IssueCollector(),
  check: (record: unknown) => string[] = validateRecord,
): ValidationReport {
  const firstById = new Map<string, number>();
  const firstByUrl = new Map<string, number>();
  records.forEach((rec, index) => {
    const errors = check(rec);
    if (errors.length === 0) {
      const { id, url } = rec as { id: string; url: string };
      const dupId = firstById.get(id);
      const dupUrl = firstByUrl.get(url);
      if (dupId !== undefined) errors.push(`id is the same as ${entryLabel('record', dupId, records[dupId])}'s`);
      if (dupUrl !== undefined) errors.push(`url is the same as ${entryLabel('record', dupUrl, records[dupUrl])}'s`);
      if (dupId === undefined) firstById.set(id, index);
      if (dupUrl === undefined) firstByUrl.set(url, index);
    }
    into.add('records', index, errors, rec);
  });
  return into.report();
}

/** Problems of one backup setting entry; the caller knows the setting types (settings are not part of src/record). */
export type SettingCheck = (key: string, value: unknown) => string[];

/** Validates the revisions and settings of a backup (records are checked by validateRecords). */
export function validateBackupExtras(
  revisions: readonly unknown[],
  settings: readonly unknown[],
  into: IssueCollector,
  checkSetting: SettingCheck,
): void {
  revisions.forEach((rev, index) => {
    const errors: string[] = [];
    if (!rev || typeof rev !== 'object' || Array.isArray(rev)) errors.push('must be an object');
    else {
      const r = rev as Record<string, unknown>;
      for (const f of ['id', 'recordId', 'savedAt'] as const) if (typeof r[f] !== 'string') errors.push(`${f} must be a string`);
      if (typeof r.savedAt === 'string' && !isReadableDateTime(r.savedAt)) errors.push(unreadableDate('savedAt', r.savedAt));
      if (!Object.hasOwn(r, 'record')) errors.push('record is missing');
      else errors.push(...validateRecord(r.record).map((e) => `record.${e}`));
    }
    into.add('revisions', index, errors, rev && typeof rev === 'object' ? (rev as { record?: unknown }).record : undefined);
  });
  settings.forEach((s, index) => {
    if (!s || typeof s !== 'object' || Array.isArray(s)) return into.add('settings', index, ['must be an object with "key" and "value"']);
    const { key, value } = s as { key?: unknown; value?: unknown };
    if (typeof key !== 'string') return into.add('settings', index, ['key must be a string']);
    into.add('settings', index, checkSetting(key, value));
  });
}
