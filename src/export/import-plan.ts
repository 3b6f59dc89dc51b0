/**
 * Import in two steps: planImport reads, checks and diffs a file without
 * writing anything, so the user sees "N new, N updated, …" first; applyImport
 * then writes everything in ONE transaction, or nothing.
 */

import { newId, toStored } from '../db/content';
import { withStorageErrors } from '../db/errors';
import type { ClipperDB, Revision, StoredRecord } from '../db/schema';
import type { BackupRevision, BackupSetting } from '../record/backup-format';
import { migrateImportFile } from '../record/migrate';
import { normaliseTags } from '../record/user-fields';
import type { PartnershipRecord } from '../record/types';
import { IssueCollector, validateBackupExtras, type RecordIssue } from '../record/validate';
import { checkImportSize, MAX_IMPORT_BYTES, utf8Length } from './file-size';
import { decideAll } from './import-decide';
import { normaliseImportUrls } from './import-urls';
import { replacedRecord } from './merge';
import { validateImportRecords } from './record-precheck';

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
  maxBytes?: number;
}

function summarise(plan: Omit<ImportPlan, 'summary'>): ImportSummary {
  const s = {
    new: plan.new.length,
    updated: plan.updated.length,
    older: plan.older.length,
    unchanged: plan.unchanged.length,
    invalid: plan.invalid.filter((i) => i.part === 'records').length,
  };
  const text = `${s.new} new, ${s.updated} updated, ${s.older} older (kept as history), ${s.unchanged} unchanged, ${s.invalid} invalid`;
  return { ...s, text };
}

export async function planImport(db: ClipperDB, fileText: string, opts: PlanOptions = {}): Promise<PlanResult> {
  const maxBytes = opts.maxBytes ?? MAX_IMPORT_BYTES;
  const tooBig = checkImportSize(utf8Length(fileText, maxBytes), maxBytes);
  if (tooBig) return { ok: false, error: tooBig };

  let json: unknown;
  try {
    json = JSON.parse(fileText.replace(/^\uFEFF/, ''));
  } catch (err) {
    return { ok: false, error: `This file is not valid JSON: ${err instanceof Error ? err.message : String(err)}` };
  }
  const migrated = migrateImportFile(json);
  if (!migrated.ok) return migrated;
  const { kind, file } = normaliseImportUrls(migrated.value);

  const issues = new IssueCollector();
  validateImportRecords(file.records, issues);
  const revisions = kind === 'backup' ? file.revisions : [];
  const settings = kind === 'backup' ? file.settings : [];
  if (kind === 'backup') validateBackupExtras(revisions, settings, issues);
  const report = issues.report();
  const badRecords = new Set(report.invalid.filter((i) => i.part === 'records').map((i) => i.index));
  // Tags as the app itself stores them (trimmed, no duplicates), so a hand-edited file cannot add "hilfe" twice.
  const valid = file.records.filter((_, i) => !badRecords.has(i)).map((r) => ({ ...r, tags: normaliseTags(r.tags) }));

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
export async function applyImport(
  db: ClipperDB,
  plan: ImportPlan,
  now: Date = new Date(),
): Promise<ApplyResult | { ok: false; error: string }> {
  const invalidRecords = plan.invalid.length;
  if (invalidRecords > 0) {
    return { ok: false, error: `The file has ${invalidRecords} invalid ${invalidRecords === 1 ? 'record' : 'records'}; nothing was imported.` };
  }
  const stamp = now.toISOString();
  const incomingAll = [...plan.new, ...plan.updated.map((u) => u.incoming), ...plan.older.map((u) => u.incoming), ...plan.unchanged];
  return withStorageErrors(() =>
    db.transaction('rw', db.records, db.revisions, db.settings, async (): Promise<ApplyResult> => {
      // Everything is read in a few batched requests, decided in memory, then written with
      // one bulk call per table. No other async work happens here, so the transaction stays
      // open, and any failure (a write, a constraint) aborts it as a whole.
      const result: ApplyResult = { ok: true, created: 0, updated: 0, older: 0, unchanged: 0 };
      const decided = await decideAll(db, incomingAll);
      const created = decided.filter((d) => d.decision === 'new' || !d.local);
      // Keep the file's id unless another local record already uses it.
      const taken = await db.records.bulkGet(created.map((d) => d.incoming.id));
      const idMap = new Map<string, string>();
      const added: StoredRecord[] = [];
      const replaced: StoredRecord[] = [];
      const revisions: Revision[] = [];
      created.forEach((d, i) => {
        const id = taken[i] ? newId() : d.incoming.id;
        idMap.set(d.incoming.id, id);
        added.push(toStored({ ...d.incoming, id }));
      });
      result.created = created.length;
      for (const { incoming, local, decision } of decided) {
        if (decision === 'new' || !local) continue;
        idMap.set(incoming.id, local.id);
        if (decision === 'unchanged') {
          result.unchanged++;
        } else if (decision === 'replace') {
          revisions.push({ id: newId(), recordId: local.id, savedAt: stamp, record: local });
          replaced.push(toStored(replacedRecord(local, incoming)));
          result.updated++;
        } else {
          revisions.push({ id: newId(), recordId: local.id, savedAt: stamp, record: { ...incoming, id: local.id } });
          result.older++;
        }
      }
      // Backup extras: revisions follow their record's (possibly local) id; existing ones are not duplicated.
      const existing = plan.revisions.length ? await db.revisions.bulkGet(plan.revisions.map((r) => r.id)) : [];
      const seen = new Set<string>();
      plan.revisions.forEach((rev, i) => {
        if (existing[i] || seen.has(rev.id)) return;
        seen.add(rev.id);
        const recordId = idMap.get(rev.recordId) ?? rev.recordId;
        revisions.push({ ...rev, recordId, record: { ...rev.record, id: recordId } });
      });
      if (added.length) await db.records.bulkAdd(added);
      if (replaced.length) await db.records.bulkPut(replaced);
      if (revisions.length) await db.revisions.bulkAdd(revisions);
      if (plan.settings.length) await db.settings.bulkPut(plan.settings.map((s) => ({ key: s.key, value: s.value })));
      return result;
    }),
  );
}
