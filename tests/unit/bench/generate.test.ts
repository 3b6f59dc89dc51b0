import { describe, expect, it } from 'vitest';
import { generateRecords } from '../../bench/generate';
import { makeContent, sampleContents } from '../helpers/records';
import { validateRecords } from '../../../src/record/validate';

describe('benchmark collection generator', () => {
  const templates = [...sampleContents(), makeContent({ answers: makeContent().answers.slice(0, 1) })];

  it('makes distinct records, not copies of one', () => {
    const records = generateRecords(templates, 500);
    expect(records).toHaveLength(500);
    expect(new Set(records.map((r) => r.id)).size).toBe(500);
    expect(new Set(records.map((r) => r.url)).size).toBe(500);
    expect(new Set(records.map((r) => r.title)).size).toBeGreaterThan(100);
    expect(new Set(records.map((r) => r.answers[0]?.text)).size).toBeGreaterThan(100);
  });

  it('is deterministic for a seed and newest first', () => {
    const a = generateRecords(templates, 50, 3);
    expect(generateRecords(templates, 50, 3)).toEqual(a);
    expect(generateRecords(templates, 50, 4)).not.toEqual(a);
    const dates = a.map((r) => r.capturedAt);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it('produces records the import validator accepts', () => {
    const report = validateRecords(generateRecords(templates, 20));
    expect(report.messages).toEqual([]);
    expect(report.invalid).toEqual([]);
  });
});
