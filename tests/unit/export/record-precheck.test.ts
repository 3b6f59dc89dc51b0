import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCertainlyValidRecord, validateImportRecords } from '../../../src/export/record-precheck';
import { IssueCollector, validateRecord, validateRecords } from '../../../src/record/validate';
import { generateRecords } from '../../bench/generate';
import { makeAnswers, makeRecord, sampleContents } from '../helpers/records';

const valid = generateRecords(sampleContents(), 50);

/** A valid record with one value somewhere replaced (or a key added/removed). */
const mutated = fc
  .record({
    base: fc.constantFrom(...valid, makeRecord({ interviewee: null, answers: [{ ...makeAnswers(1)[0]!, number: null, questionId: null }] })),
    path: fc.constantFrom(
      'id', 'url', 'title', 'partners', 'kind', 'interviewee', 'interviewee.name', 'interviewee.affiliation', 'interviewer',
      'photoCredit', 'intro', 'answers', 'answers.0', 'answers.0.number', 'answers.0.questionId', 'answers.0.question',
      'answers.0.markdown', 'answers.0.text', 'extractor', 'warnings', 'capturedAt', 'updatedAt', 'tags', 'note', 'extra', 'interviewee.extra', 'answers.0.extra',
    ),
    value: fc.oneof(
      fc.jsonValue(),
      fc.constantFrom(undefined, '', 'x', 'first-contact', 'mailto:a@b.c', 'javascript:alert(1)', 'https://', 'https://a b/', 'file:///x', '2026-02-30T00:00:00Z', '2026-01-01T00:00:00Z', '2026-01-01', 1.5, 3, -0, ['x', 1], {}),
    ),
  })
  .map(({ base, path, value }) => {
    const rec = structuredClone(base) as unknown as Record<string, unknown>;
    const keys = path.split('.');
    let target: Record<string, unknown> | undefined = rec;
    for (const k of keys.slice(0, -1)) target = target?.[k] as Record<string, unknown> | undefined;
    if (target && typeof target === 'object') {
      // Parsed JSON has no holes: an array element is removed, not deleted.
      if (value === undefined && Array.isArray(target)) target.splice(Number(keys.at(-1)), 1);
      else if (value === undefined) delete target[keys.at(-1)!];
      else target[keys.at(-1)!] = value;
    }
    return rec;
  });

describe('isCertainlyValidRecord', () => {
  it('accepts valid records (so the schema validator is skipped for them)', () => {
    for (const r of valid) expect(isCertainlyValidRecord(r)).toBe(true);
  });

  it('never accepts a record the schema validator rejects (a property)', () => {
    fc.assert(
      fc.property(mutated, (rec) => {
        if (isCertainlyValidRecord(rec)) expect(validateRecord(rec)).toEqual([]);
      }),
      { numRuns: 3000 },
    );
  });

  it('rejects the typical mistakes', () => {
    const base = valid[0]!;
    expect(isCertainlyValidRecord({ ...base, url: 'ftp://example.org/' })).toBe(false);
    expect(isCertainlyValidRecord({ ...base, capturedAt: 'gestern' })).toBe(false);
    expect(isCertainlyValidRecord({ ...base, searchTerms: [] })).toBe(false);
    expect(isCertainlyValidRecord({ ...base, answers: [{ ...base.answers[0]!, questionId: 'unknown' }] })).toBe(false);
    expect(isCertainlyValidRecord({ ...base, id: '' })).toBe(false);
  });
});

describe('validateImportRecords', () => {
  it('reports exactly what validateRecords reports (messages, indexes, duplicates)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...valid.slice(0, 5)), mutated), { maxLength: 12 }), (records) => {
        const ours = new IssueCollector();
        validateImportRecords(records, ours);
        expect(ours.report()).toEqual(validateRecords(records));
      }),
      { numRuns: 300 },
    );
  });
});
