import { Validator } from '@cfworker/json-schema';
import { describe, expect, it } from 'vitest';
import { saveClip, listRecords } from '../../../src/db/records';
import fc from 'fast-check';
import { buildRecordsFile, serialise, toExportRecord } from '../../../src/export/json';
import type { PartnershipRecord } from '../../../src/record/types';
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
    expect(file).toMatchObject({ format: 'partnership-clipper/records', version: 2, exportedAt: '2026-04-01T00:00:00.000Z' });
    expect(file.records).toHaveLength(3);
  });

  it('the schema rejects what it should', () => {
    const bad = buildRecordsFile([makeRecord()], new Date());
    expect(fileValidator.validate({ ...bad, version: 3 }).valid).toBe(false);
    // Version 2 answers carry their topics and organisations; version 1 answers need not.
    const bare = { ...bad.records[0]!, answers: bad.records[0]!.answers.map(({ topics: _t, organisations: _o, ...a }) => a) };
    expect(fileValidator.validate({ ...bad, records: [bare] }).valid).toBe(false);
    expect(fileValidator.validate({ ...bad, version: 1, records: [bare] }).valid).toBe(true);
    const unknownTopic = { ...bad.records[0]!, answers: [{ ...bad.records[0]!.answers[0]!, topics: ['feuerwehr'] }] };
    expect(fileValidator.validate({ ...bad, records: [unknownTopic] }).valid).toBe(false);
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
    expect(Object.keys(file.records[0]!.answers[0]!)).toEqual([
      'number', 'questionId', 'question', 'markdown', 'text', 'topics', 'organisations',
    ]);
  });

  it('serialises deterministically with a final newline', () => {
    const records = [makeRecord({ id: 'a' })];
    const now = new Date('2026-04-01T00:00:00Z');
    const text = serialise(buildRecordsFile(records, now));
    expect(text).toBe(serialise(buildRecordsFile(structuredClone(records), now)));
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('writes one record per line, compact, and parses to the same JSON with the same key order', () => {
    const records = [makeRecord({ id: 'a', note: 'Zeile 1\nZeile 2' }), makeRecord({ id: 'b', url: 'https://example.org/b/' })];
    const file = buildRecordsFile(records, new Date('2026-04-01T00:00:00Z'));
    const text = serialise(file);
    const lines = text.split('\n');
    expect(lines[0]).toBe('{"format":"partnership-clipper/records","version":2,"exportedAt":"2026-04-01T00:00:00.000Z","records":[');
    expect(lines.slice(1, 3)).toEqual([`${JSON.stringify(file.records[0])},`, JSON.stringify(file.records[1])]);
    expect(lines.slice(3)).toEqual([']}', '']);
    expect(JSON.stringify(JSON.parse(text))).toBe(JSON.stringify(file));
    // Much smaller than the old 2-space indent.
    expect(text.length).toBeLessThan(0.8 * JSON.stringify(file, null, 2).length);
    expect(serialise({ ...file, records: [] })).toBe('{"format":"partnership-clipper/records","version":2,"exportedAt":"2026-04-01T00:00:00.000Z","records":[]}\n');
  });

  it('gives what JSON.stringify gives, for any JSON-like value (a property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.dictionary(fc.string(), fc.oneof(fc.jsonValue(), fc.array(fc.jsonValue())))), (value) => {
        const text = serialise(value);
        expect(text.endsWith('\n')).toBe(true);
        expect(JSON.stringify(JSON.parse(text))).toBe(JSON.stringify(value));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps undefined and sparse entries as JSON.stringify does', () => {
    // eslint-disable-next-line no-sparse-arrays
    const value = { a: undefined, b: [1, , undefined, () => 1], c: () => 1, d: new Date('2026-01-01T00:00:00Z') };
    expect(JSON.parse(serialise(value))).toEqual(JSON.parse(JSON.stringify(value)));
    expect(serialise([1, 2])).toBe('[1,2]\n');
  });

  it('orders keys cheaply but completely: unknown fields come last, sorted; internal fields never', () => {
    const rec = { zeta: 1, ...makeRecord(), alpha: 2, searchTerms: ['x'] } as unknown as PartnershipRecord;
    const out = toExportRecord(rec);
    expect(Object.keys(out).slice(-3)).toEqual(['note', 'alpha', 'zeta']);
    expect(out).not.toHaveProperty('searchTerms');
    expect(rec).toHaveProperty('searchTerms');
  });
});

describe('version 2: topics and organisations per answer', () => {
  it('derives them from the answer text, with the name exactly as written', () => {
    const record = makeRecord({
      answers: [
        { number: 4, questionId: 'successes', question: 'Erfolge?', markdown: 'x', text: 'Die Feuerwehr bekam Generatoren, gefördert von der SKEW.' },
        { number: 7, questionId: 'municipal-utilities', question: 'Versorger?', markdown: 'x', text: 'Die Stadtwerke sind bisher nicht eingebunden.' },
      ],
    });
    const [answer, negated] = buildRecordsFile([record]).records[0]!.answers;
    expect(answer!.topics).toEqual(['civil-protection', 'energy', 'funding']);
    expect(answer!.organisations).toEqual([{ name: 'Engagement Global', type: 'funder', text: 'SKEW' }]);
    expect(negated!.topics).toEqual([]);
    expect(negated!.organisations).toEqual([]);
  });
});
