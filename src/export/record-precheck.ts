/**
 * A fast, conservative check of one imported record against the record schema
 * (src/record/schema.json). It answers "certainly valid" or "not sure": the
 * interpreting schema validator costs about 0.3 ms per record, most of a
 * 10,000-record plan, and almost every record of a real file is valid. Only the
 * records this check does not accept go through the full validator, which
 * writes the error messages, so the messages are exactly those of
 * validateRecord. It never accepts what the schema rejects: the rules, the enum
 * and the pattern are read from the schema itself, and the formats use the
 * validator's own format functions.
 */

import { format } from '@cfworker/json-schema';
import schema from '../record/schema.json';
import { isReadableDateTime, validateRecord, validateRecords, type IssueCollector } from '../record/validate';

const RECORD = schema.$defs.record;
const RECORD_KEYS = new Set<string>(RECORD.required);
const INTERVIEWEE_KEYS = new Set<string>(RECORD.properties.interviewee.required);
const ANSWER_KEYS = new Set<string>(RECORD.properties.answers.items.required);
const QUESTION_IDS = new Set<unknown>(RECORD.properties.answers.items.properties.questionId.enum);
const URL_PATTERN = new RegExp(RECORD.properties.url.pattern, 'u');
function formatCheck(name: string): (s: string) => boolean {
  const check = format[name];
  if (!check) throw new Error(`@cfworker/json-schema has no "${name}" format`);
  return check;
}
const isUri = formatCheck('uri');

type Obj = Record<string, unknown>;

const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isStringOrNull = (v: unknown) => v === null || typeof v === 'string';
const isStringArray = (v: unknown) => Array.isArray(v) && v.every(isString);

/** Exactly these keys, no others (required + additionalProperties: false). */
function hasExactKeys(o: Obj, keys: ReadonlySet<string>): boolean {
  const own = Object.keys(o);
  return own.length === keys.size && own.every((k) => keys.has(k));
}

function isValidAnswer(a: unknown): boolean {
  return (
    isObject(a) &&
    hasExactKeys(a, ANSWER_KEYS) &&
    (a.number === null || Number.isInteger(a.number)) &&
    QUESTION_IDS.has(a.questionId) &&
    isString(a.question) &&
    isString(a.markdown) &&
    isString(a.text)
  );
}

/** True only when the record is valid by the schema; false means "ask the full validator". */
export function isCertainlyValidRecord(value: unknown): boolean {
  if (!isObject(value) || !hasExactKeys(value, RECORD_KEYS)) return false;
  const r = value;
  const who = r.interviewee;
  return (
    isString(r.id) && r.id.length > 0 &&
    isString(r.url) && URL_PATTERN.test(r.url) && isUri(r.url) &&
    isString(r.title) &&
    isStringArray(r.partners) &&
    isStringOrNull(r.kind) &&
    (who === null || (isObject(who) && hasExactKeys(who, INTERVIEWEE_KEYS) && isString(who.name) && isStringOrNull(who.affiliation))) &&
    isStringOrNull(r.interviewer) &&
    isStringOrNull(r.photoCredit) &&
    isStringOrNull(r.intro) &&
    Array.isArray(r.answers) && r.answers.every(isValidAnswer) &&
    isString(r.extractor) &&
    isStringArray(r.warnings) &&
    isString(r.capturedAt) && isReadableDateTime(r.capturedAt) &&
    isString(r.updatedAt) && isReadableDateTime(r.updatedAt) &&
    isStringArray(r.tags) &&
    isString(r.note)
  );
}

/**
 * validateRecords (src/record/validate.ts) with the precheck in front of the
 * schema validator: the same issues and messages, including duplicate ids and
 * URLs, at a fraction of the cost for valid records.
 */
export function validateImportRecords(records: readonly unknown[], into: IssueCollector): void {
  validateRecords(records, into, (rec) => (isCertainlyValidRecord(rec) ? [] : validateRecord(rec)));
}
