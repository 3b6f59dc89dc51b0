/**
 * Import in two steps: planImport reads, checks and diffs a file without
 * writing anything, so the user sees "N new, N updated, …" first; applyImport
 * then writes everything in ONE transaction, or nothing.
 */

import { withStorageErrors } from '../db/errors';
import type { ClipperDB } from '../db/schema';
import { decideAll } from '../db/merge-batch';
import { writeMerged } from '../db/merge-write';
import type { BackupRevision, BackupSetting } from '../record/backup-format';
import { migrateImportFile, withoutDerivedFields } from '../record/migrate';
import { RECORDS_FORMAT } from '../record/types';
import { normaliseTags } from '../record/user-fields';
import type { PartnershipRecord } from '../record/types';
import { IssueCollector, validateBackupExtras, type RecordIssue } from '../record/validate';
import { normaliseImportUrls } from './import-urls';
import { JsonSyntaxError, readJson, type EntryTransform } from './json-reader';
import { validateImportRecords } from './record-precheck';
import { backupSettingProblems } from '../settings/values';

export interface ImportUpdate {
  incoming: PartnershipRecord;
  local: PartnershipRecord;
}

export interface ImportSummary {
  new: number;
  /** Incoming is newer: it replaces the local content (tags and note merged), the local record becomes a revision. */
  updated: number;
  /** Local is newer: it stays, the incoming content is added as a revision. */
  older: number;
  unchanged: number;
  invalid: number;
  text: string;
}

export interface ImportPlan {
  kind: 'records' | 'backup';
  new: PartnershipRecord[];
  updated: ImportUpdate[];
  older: ImportUpdate[];
  unchanged: PartnershipRecord[];
  invalid: RecordIssue[];
  /** At most 50 readable errors ("record 17: answers[3].questionId must be …"). */
  messages: string[];
  errorCount: number;
  /** From a backup only. */
  revisions: BackupRevision[];
  settings: BackupSetting[];
  summary: ImportSummary;
}

export type PlanResult = { ok: false; error: string } | { ok: true; plan: ImportPlan };

export interface PlanOptions {
  /** Bytes of the file read so far and its size, while it is read. */
  onProgress?: (read: number, total: number) => void;
}

/**
 * A records file's derived fields (v2: topics and organisations per answer, recomputed from the text) dropped
 * as each record is parsed, as migrateRecordsFile would drop them after: the parsed answers with them die young.
 * Only once the file said it is a records export (our exports write "format" first); otherwise migrate does it.
 */
const dropDerivedFields: EntryTransform = (key, entry, root) => (key === 'records' && root.format === RECORDS_FORMAT ? withoutDerivedFields(entry) : entry);

/** The record with its tags as the app stores them; the same object when they already are (no copy per record). */
function withNormalTags(record: PartnershipRecord): PartnershipRecord {
  const tags = normaliseTags(record.tags);
  return tags.length === record.tags.length && tags.every((tag, i) => tag === record.tags[i]) ? record : { ...record, tags };
}

function summarise(plan: Omit<ImportPlan, 'summary'>): ImportSummary {
  const s = {
    new: plan.new.length,
    updated: plan.updated.length,
    older: plan.older.length,
    unchanged: plan.unchanged.length,
    // Every refused entry counts, a setting or a revision as much as a record: the apply step refuses on the same count.
    invalid: plan.invalid.length,
  };
  const text = `${s.new} new, ${s.updated} updated, ${s.older} older (kept as history), ${s.unchanged} unchanged, ${s.invalid} invalid`;
  return { ...s, text };
}

/**
 * `source` is the chosen File (read in pieces, so there is no size ceiling below
 * what an export writes) or the file's text.
 */
export async function planImport(db: ClipperDB, source: Blob | string, opts: PlanOptions = {}): Promise<PlanResult> {
  let json: unknown;
  try {
    json = await readJson(source, { onProgress: opts.onProgress, transform: dropDerivedFields });
  } catch (err) {
    if (!(err instanceof JsonSyntaxError)) throw err;
    return { ok: false, error: `This file is not valid JSON: ${err.message}` };
  }
  const migrated = migrateImportFile(json);
  if (!migrated.ok) return migrated;
  const { kind, file: imported } = normaliseImportUrls(migrated.value);
  const { records } = imported;

  const issues = new IssueCollector();
  validateImportRecords(records, issues);
  const revisions = kind === 'backup' ? imported.revisions : [];
  const settings = kind === 'backup' ? imported.settings : [];
  if (kind === 'backup') validateBackupExtras(revisions, settings, issues, backupSettingProblems);
  const report = issues.report();
  const badRecords = new Set(report.invalid.filter((i) => i.part === 'records').map((i) => i.index));
  // Tags as the app itself stores them (trimmed, no duplicates), so a hand-edited file cannot add "hilfe" twice.
  const valid = records.filter((_, i) => !badRecords.has(i)).map(withNormalTags);

  const plan: Omit<ImportPlan, 'summary'> = {
    kind,
    new: [],
    updated: [],
    older: [],
    unchanged: [],
    invalid: report.invalid,
    messages: report.messages,
    errorCount: report.errorCount,
    revisions,
    settings,
  };
  // One read transaction and a few batched queries for the whole file (not a query per record).
  const decided = await withStorageErrors(() => db.transaction('r', db.records, db.revisions, () => decideAll(db, valid)));
  for (const { incoming, local, decision } of decided) {
    if (decision === 'new' || !local) plan.new.push(incoming);
    else if (decision === 'unchanged') plan.unchanged.push(incoming);
    else if (decision === 'replace') plan.updated.push({ incoming, local });
    else plan.older.push({ incoming, local });
  }
  return { ok: true, plan: { ...plan, summary: summarise(plan) } };
}

const PART_WORDS: Record<RecordIssue['part'], [string, string]> = {
  records: ['invalid record', 'invalid records'],
  revisions: ['invalid revision', 'invalid revisions'],
  settings: ['invalid setting', 'invalid settings'],
};

/** "1 invalid record and 2 invalid settings": the same entries the summary's "N invalid" counts. */
function invalidCount(invalid: readonly RecordIssue[]): string {
  return (['records', 'revisions', 'settings'] as const)
    .map((part) => [invalid.filter((i) => i.part === part).length, part] as const)
    .filter(([n]) => n > 0)
    .map(([n, part]) => `${n} ${PART_WORDS[part][n === 1 ? 0 : 1]}`)
    .join(' and ');
}

export interface ApplyResult {
  ok: true;
  created: number;
  updated: number;
  older: number;
  unchanged: number;
}

/**
 * Writes a plan in one transaction. Decisions are re-made inside the
 * transaction against the current data, so a clip made after planning is
 * merged correctly too.
 */
export interface ApplyOptions {
  /** Records written so far and in all, while the records are written (in batches, in the one transaction). */
  onProgress?: (written: number, total: number) => void;
}

export async function applyImport(
  db: ClipperDB,
  plan: ImportPlan,
  now: Date = new Date(),
  { onProgress }: ApplyOptions = {},
): Promise<ApplyResult | { ok: false; error: string }> {
  if (plan.invalid.length > 0) return { ok: false, error: `The file has ${invalidCount(plan.invalid)}; nothing was imported.` };
  const incomingAll = [...plan.new, ...plan.updated.map((u) => u.incoming), ...plan.older.map((u) => u.incoming), ...plan.unchanged];
  return withStorageErrors(() =>
    db.transaction('rw', db.records, db.revisions, db.settings, async (transaction): Promise<ApplyResult> => {
      const counts = await writeMerged(db, incomingAll, plan.revisions, { transaction, stamp: now.toISOString(), onProgress });
      if (plan.settings.length) await db.settings.bulkPut(plan.settings.map((s) => ({ key: s.key, value: s.value })));
      return { ok: true, ...counts };
    }),
  );
}
