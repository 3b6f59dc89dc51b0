import { describe, expect, it } from 'vitest';
import { migrateImportFile, migrateRecordsFile } from '../../../src/record/migrate';
import { makeRecord } from '../helpers/records';

const v1 = () => ({ format: 'partnership-clipper/records', version: 1, exportedAt: '2026-01-01T00:00:00.000Z', records: [makeRecord()] });

describe('migrateRecordsFile', () => {
  it('passes version 1 through unchanged', () => {
    const file = v1();
    expect(migrateRecordsFile(file)).toEqual({ ok: true, file });
  });

  it('rejects a wrong or missing format', () => {
    const wrong = migrateRecordsFile({ ...v1(), format: 'something-else' });
    expect(wrong).toEqual({ ok: false, error: expect.stringMatching(/^This is not a Partnership Clipper export \(format "something-else"/) });
    const missing = migrateRecordsFile({ records: [] });
    expect(missing).toEqual({ ok: false, error: expect.stringMatching(/not a Partnership Clipper export \(format missing/) });
    expect(migrateRecordsFile([1, 2])).toMatchObject({ ok: false, error: expect.stringMatching(/not a Partnership Clipper export/) });
  });

  it('rejects a future version with an update hint', () => {
    expect(migrateRecordsFile({ ...v1(), version: 7 })).toEqual({
      ok: false,
      error: 'This file was made by a newer version of Partnership Clipper (v7); please update the extension.',
    });
  });

  it('rejects a broken version and a missing records list', () => {
    expect(migrateRecordsFile({ ...v1(), version: '1' })).toMatchObject({ ok: false, error: expect.stringMatching(/no valid format version/) });
    expect(migrateRecordsFile({ ...v1(), records: {} })).toMatchObject({ ok: false, error: expect.stringMatching(/no "records" list/) });
  });
});

describe('migrateImportFile', () => {
  it('recognises records files and backups', () => {
    expect(migrateImportFile(v1())).toMatchObject({ ok: true, value: { kind: 'records' } });
    const backup = { ...v1(), format: 'partnership-clipper/backup', revisions: [], settings: [] };
    expect(migrateImportFile(backup)).toMatchObject({ ok: true, value: { kind: 'backup' } });
    expect(migrateImportFile({ ...backup, version: 2 })).toMatchObject({ ok: false, error: expect.stringMatching(/newer version of Partnership Clipper \(v2\)/) });
  });
});
