// Issue 17, items 2, 6 and 7: a backup's settings and revisions are checked
// with clear messages, the summary and the apply step count the same refusals,
// and a date JavaScript cannot read is refused instead of being read as 1970.
import { describe, expect, it } from 'vitest';
import { saveClip } from '../../../src/db/records';
import type { ClipperDB } from '../../../src/db/schema';
import { buildBackup, restoreBackup } from '../../../src/export/backup';
import { applyImport, planImport, type ImportPlan } from '../../../src/export/import-plan';
import { buildRecordsFile, serialise } from '../../../src/export/json';
import { isReadableDateTime } from '../../../src/record/validate';
import { freshDb } from '../db/helpers';
import { makeContent, makeRecord } from '../helpers/records';

const NOW = new Date('2026-05-01T00:00:00Z');

/** A value `depth` arrays deep, as a file would hold it (JSON.stringify itself overflows long before 100,000). */
const NESTED = (depth: number) => ({ deepJson: `${'['.repeat(depth)}"tief"${']'.repeat(depth)}` });

async function backupText(db: ClipperDB, edit: (file: Record<string, any>) => void): Promise<string> {
  const file = JSON.parse(serialise(await buildBackup(db, NOW))) as Record<string, any>;
  edit(file);
  const deep: string[] = [];
  const text = JSON.stringify(file, (_k, v: unknown) => {
    if (v && typeof v === 'object' && 'deepJson' in v) return `@@deep${deep.push((v as { deepJson: string }).deepJson) - 1}@@`;
    return v;
  });
  return text.replace(/"@@deep(\d+)@@"/g, (_m, i: string) => deep[Number(i)]!);
}

async function planOf(db: ClipperDB, text: string): Promise<ImportPlan> {
  const res = await planImport(db, text);
  if (!res.ok) throw new Error(res.error);
  return res.plan;
}

describe('backup settings', () => {
  it.each([
    ['nested 2,000 arrays deep', 'local:settings.recognitionSites', NESTED(2000), /"local:settings.recognitionSites" must be a list of at most 500 different site patterns/],
    ['nested 100,000 arrays deep', 'local:settings.exportFormat', NESTED(100_000), /"local:settings.exportFormat" must be "json", "csv" or "markdown"/],
    ['a 5 MB string', 'local:settings.csvDelimiter', 'x'.repeat(5_000_000), /"local:settings.csvDelimiter" must be "auto", "," or ";"/],
    ['an unknown key', 'local:settings.theme', 'dark', /"local:settings.theme" is not a setting this version of Partnership Clipper knows/],
    ['a site list of 10,000 entries', 'local:settings.recognitionSites', Array.from({ length: 10_000 }, (_, i) => `*://site${i}.example.org/*`), /"local:settings.recognitionSites" must be a list of at most 500/],
  ])('refuses %s with a clear message, and nothing is stored', async (_name, key, value, message) => {
    const db = freshDb();
    await saveClip(db, makeContent(), NOW);
    const text = await backupText(db, (f) => f.settings.push({ key, value }));
    const target = freshDb();
    const plan = await planOf(target, text);
    expect(plan.messages).toEqual([expect.stringMatching(new RegExp(`^setting 1: ${message.source}`))]);
    expect(await applyImport(target, plan)).toMatchObject({ ok: false });
    expect(await target.settings.count()).toBe(0);
    expect(await restoreBackup(target, JSON.parse(text))).toMatchObject({ ok: false, error: expect.stringMatching(message) });
    expect(await target.records.count()).toBe(0);
  });

  it('a value an earlier version stored unchecked is left out of later backups', async () => {
    const db = freshDb();
    await saveClip(db, makeContent(), NOW);
    let deep: unknown = 'tief';
    for (let i = 0; i < 300; i++) deep = [deep];
    await db.settings.bulkPut([
      { key: 'local:settings.exportFormat', value: deep },
      { key: 'local:settings.theme', value: 'dunkel' },
    ]);
    const text = serialise(await buildBackup(db, NOW, [{ key: 'local:settings.csvDelimiter', value: ';' }]));
    expect(JSON.parse(text).settings).toEqual([{ key: 'local:settings.csvDelimiter', value: ';' }]);
  });

  it('accepts the settings the extension itself writes', async () => {
    const db = freshDb();
    const settings = [
      { key: 'local:settings.csvDelimiter', value: ';' },
      { key: 'local:settings.exportFormat', value: 'markdown' },
      { key: 'local:settings.recognitionSites', value: ['*://example.org/*', '*://www.stadt.example/*'] },
    ];
    const plan = await planOf(freshDb(), serialise(await buildBackup(db, NOW, settings)));
    expect(plan.invalid).toEqual([]);
    expect(plan.settings).toEqual(settings);
  });
});

describe('backup revisions', () => {
  it('a revision without `record` is refused by name, not by a throw inside the schema library', async () => {
    const db = freshDb();
    const saved = await saveClip(db, makeContent(), NOW);
    const text = await backupText(db, (f) => f.revisions.push({ id: 'r1', recordId: saved.record.id, savedAt: NOW.toISOString() }));
    const plan = await planOf(freshDb(), text);
    expect(plan.messages).toEqual(['revision 1: record is missing']);
    expect(await restoreBackup(freshDb(), JSON.parse(text))).toMatchObject({ ok: false, error: expect.stringMatching(/revision 1: record is missing/) });
  });
});

describe('one count for a refusal', () => {
  it.each([
    ['a setting', 'setting', (f: Record<string, any>) => f.settings.push({ key: 'local:settings.exportFormat', value: 'pdf' })],
    ['a revision', 'revision', (f: Record<string, any>) => f.revisions.push({ id: 'r1', recordId: 'x', savedAt: 'gestern', record: f.records[0] })],
  ])('a backup whose only problem is %s says "1 invalid" in the summary and on apply', async (_name, word, edit) => {
    const db = freshDb();
    await saveClip(db, makeContent(), NOW);
    const plan = await planOf(freshDb(), await backupText(db, edit));
    expect(plan.summary.invalid).toBe(1);
    expect(plan.summary.text).toMatch(/, 1 invalid$/);
    expect(await applyImport(freshDb(), plan)).toEqual({ ok: false, error: `The file has 1 invalid ${word}; nothing was imported.` });
  });
});

describe('dates', () => {
  it('reads only dates JavaScript can parse', () => {
    expect(isReadableDateTime('2026-06-30T23:59:59Z')).toBe(true);
    expect(isReadableDateTime('2026-06-30T23:59:60Z')).toBe(false);
    expect(isReadableDateTime('2026-02-31T10:00:00Z')).toBe(false);
  });

  it('a leap-second updatedAt is refused, not filed as 1970 ("older")', async () => {
    const db = freshDb();
    const local = (await saveClip(db, makeContent(), new Date('2026-01-01T00:00:00Z'))).record;
    const incoming = makeRecord({ url: local.url, updatedAt: '2026-12-31T23:59:60Z', title: 'Neuer Titel' });
    const plan = await planOf(db, serialise(buildRecordsFile([incoming], NOW)));
    expect(plan.summary).toMatchObject({ older: 0, invalid: 1 });
    expect(plan.messages).toEqual(['record 1 ("Neuer Titel"): updatedAt "2026-12-31T23:59:60Z" is not a date this app can read (e.g. a leap second :60 or a year out of range)']);
  });

  it('a revision with an unreadable savedAt is refused', async () => {
    const db = freshDb();
    await saveClip(db, makeContent(), NOW);
    const text = await backupText(db, (f) => f.revisions.push({ id: 'r1', recordId: f.records[0].id, savedAt: '2016-12-31T23:59:60Z', record: f.records[0] }));
    expect((await planOf(freshDb(), text)).messages).toEqual([expect.stringMatching(/^revision 1 \("Duisburg – Kryvyi Rih"\): savedAt "2016-12-31T23:59:60Z" is not a date/)]);
  });
});
