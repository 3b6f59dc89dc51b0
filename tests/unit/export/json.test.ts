import { Validator } from '@cfworker/json-schema';
import { describe, expect, it } from 'vitest';
import { saveClip, listRecords } from '../../../src/db/records';
import { buildRecordsFile, serialise } from '../../../src/export/json';
import schema from '../../../src/record/schema.json';
import { makeRecord, sampleContents } from '../helpers/records';
import { freshDb } from '../db/helpers';

const fileValidator = new Validator(schema as object, '2020-12', false);

describe('buildRecordsFile', () => {
  it('produces a file that validates against the shipped JSON Schema', async () => {
    const db = freshDb();
    for (const c of sampleContents()) await saveClip(db, c);
    const file = buildRecordsFile(await listRecords(db), new Date('2026-04-01T00:00:00Z'));
    const result = fileValidator.validate(JSON.parse(serialise(file)));
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
    expect(file).toMatchObject({ format: 'partnership-clipper/records', version: 1, exportedAt: '2026-04-01T00:00:00.000Z' });
    expect(file.records).toHaveLength(3);
  });

  it('the schema rejects what it should', () => {
    const bad = buildRecordsFile([makeRecord()], new Date());
    expect(fileValidator.validate({ ...bad, version: 2 }).valid).toBe(false);
    expect(fileValidator.validate({ ...bad, records: [{ ...bad.records[0], searchTerms: ['x'] }] }).valid).toBe(false);
  });

  it('strips internal fields and writes keys in the documented order', () => {
    const stored = { ...makeRecord(), searchTerms: ['duisburg'] };
    const reordered = Object.fromEntries(Object.entries(stored).reverse()) as typeof stored;
    const file = buildRecordsFile([reordered], new Date('2026-04-01T00:00:00Z'));
    expect(file.records[0]).not.toHaveProperty('searchTerms');
    expect(Object.keys(file.records[0]!)).toEqual([
      'id', 'url', 'title', 'partners', 'kind', 'interviewee', 'interviewer', 'photoCredit', 'intro',
      'answers', 'extractor', 'warnings', 'capturedAt', 'updatedAt', 'tags', 'note',
    ]);
    expect(Object.keys(file.records[0]!.answers[0]!)).toEqual(['number', 'questionId', 'question', 'markdown', 'text']);
  });

  it('serialises deterministically with a final newline', () => {
    const records = [makeRecord({ id: 'a' })];
    const now = new Date('2026-04-01T00:00:00Z');
    const text = serialise(buildRecordsFile(records, now));
    expect(text).toBe(serialise(buildRecordsFile(structuredClone(records), now)));
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "format": "partnership-clipper/records",\n');
  });
});
