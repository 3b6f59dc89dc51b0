import { describe, expect, it } from 'vitest';
import { listRecords, saveClip, setNote } from '../../../src/db/records';
import { buildBackup, restoreBackup } from '../../../src/export/backup';
import { applyImport, planImport } from '../../../src/export/import-plan';
import { serialise } from '../../../src/export/json';
import { loadSearchIndex } from '../../../src/db/search';
import { freshDb } from '../db/helpers';
import { makeAnswers, makeContent, sampleContents } from '../helpers/records';
import type { ClipperDB } from '../../../src/db/schema';

const NOW = new Date('2026-05-01T00:00:00Z');

async function filled(): Promise<ClipperDB> {
  const db = freshDb();
  for (const c of sampleContents()) await saveClip(db, c, new Date('2026-01-01T00:00:00Z'));
  await saveClip(db, makeContent({ answers: makeAnswers(7) }), new Date('2026-01-02T00:00:00Z'));
  await setNote(db, (await listRecords(db))[0]!.id, 'Notiz');
  await db.settings.put({ key: 'local:settings.csvDelimiter', value: ';' });
  return db;
}

describe('full backup', () => {
  it('contains records, revisions and settings, without internal fields', async () => {
    const backup = await buildBackup(await filled(), NOW);
    expect(backup).toMatchObject({ format: 'partnership-clipper/backup', version: 1, exportedAt: NOW.toISOString() });
    expect(backup.records).toHaveLength(3);
    expect(backup.revisions).toHaveLength(1);
    expect(backup.settings).toEqual([{ key: 'local:settings.csvDelimiter', value: ';' }]);
    expect(serialise(backup)).not.toContain('searchTerms');
  });

  it('carries the settings passed by the page, next to the Dexie rows (the passed value wins on a clash)', async () => {
    const db = await filled();
    const passed = [
      { key: 'local:settings.recognitionSites', value: ['*://example.org/*'] },
      { key: 'local:settings.csvDelimiter', value: ',' },
      { key: 'local:settings.exportFormat', value: 'csv' },
    ];
    const backup = await buildBackup(db, NOW, passed);
    expect(backup.settings).toEqual([
      { key: 'local:settings.csvDelimiter', value: ',' },
      { key: 'local:settings.exportFormat', value: 'csv' },
      { key: 'local:settings.recognitionSites', value: ['*://example.org/*'] },
    ]);
    // The import plan of that file hands the settings on, for the page to store.
    const res = await planImport(freshDb(), serialise(backup));
    expect(res.ok && res.plan.settings).toEqual(backup.settings);
  });

  it('restoring brings everything back, replacing what is there', async () => {
    const source = await filled();
    const backup = JSON.parse(serialise(await buildBackup(source, NOW))) as unknown;
    const target = freshDb();
    await saveClip(target, makeContent({ url: 'https://example.org/will-be-replaced/' }));
    expect(await restoreBackup(target, backup)).toEqual({ ok: true, records: 3, revisions: 1, settings: 1 });
    expect(serialise(await buildBackup(target, NOW))).toBe(serialise(await buildBackup(source, NOW)));
    // The search index is rebuilt on restore.
    const index = await loadSearchIndex(target);
    expect(index.size).toBe(3);
    expect(index.match('huerth')).toHaveLength(1);
  });

  it('an invalid backup restores nothing', async () => {
    const target = await filled();
    const before = serialise(await buildBackup(target, NOW));
    const backup = JSON.parse(before) as { revisions: Array<{ recordId: unknown }> };
    backup.revisions[0]!.recordId = 5;
    const res = await restoreBackup(target, backup);
    expect(res).toMatchObject({ ok: false, error: expect.stringMatching(/nothing was restored.*revision 1( \([^)]*\))?: recordId must be a string/) });
    expect(serialise(await buildBackup(target, NOW))).toBe(before);
  });

  it('a backup can also be merged through the import plan, revisions included', async () => {
    const source = await filled();
    const text = serialise(await buildBackup(source, NOW));
    const target = freshDb();
    const res = await planImport(target, text);
    if (!res.ok) throw new Error(res.error);
    expect(res.plan.kind).toBe('backup');
    expect(res.plan.summary).toMatchObject({ new: 3, invalid: 0 });
    await applyImport(target, res.plan);
    expect(serialise(await buildBackup(target, NOW))).toBe(text);
  });
});
