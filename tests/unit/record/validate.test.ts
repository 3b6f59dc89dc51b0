import { describe, expect, it } from 'vitest';
import { MAX_MESSAGES, pointerToPath, validateRecord, validateRecords } from '../../../src/record/validate';
import { makeRecord } from '../helpers/records';

describe('validateRecord', () => {
  it('accepts a well-formed record', () => {
    expect(validateRecord(makeRecord())).toEqual([]);
  });

  it('names the field of a wrong type, like "answers[3].questionId must be a string or null"', () => {
    const r = makeRecord();
    const answers = [...r.answers, ...r.answers].map((a) => ({ ...a }));
    (answers[3] as { questionId: unknown }).questionId = 42;
    expect(validateRecord({ ...r, answers })).toContain('answers[3].questionId must be a string or null');
  });

  it('reports missing fields, unknown question ids, bad dates and extra fields', () => {
    const r: Record<string, unknown> = { ...makeRecord(), capturedAt: 'yesterday', extra: 1 };
    delete r.title;
    (r.answers as Array<Record<string, unknown>>)[0] = { ...(r.answers as object[])[0], questionId: 'weather' };
    r.interviewee = { name: 'A' };
    const errors = validateRecord(r);
    expect(errors).toEqual(
      expect.arrayContaining([
        'title is missing',
        'answers[0].questionId must be one of the 12 standard question ids or null',
        'capturedAt must be an ISO 8601 date-time',
        'extra is not a field of the record format',
        'interviewee.affiliation is missing',
      ]),
    );
  });

  it('refuses a source URL that is not a web page or a saved file', () => {
    expect(validateRecord(makeRecord({ url: 'javascript:alert(1)' })).join('\n')).toMatch(/url/);
    expect(validateRecord(makeRecord({ url: 'file:///tmp/portrait.html' }))).toEqual([]);
  });

  it('names a bad URL and says what is wrong with it', () => {
    const msg = (url: string) => validateRecord(makeRecord({ url }));
    expect(msg('javascript:alert(1)')).toEqual(['url "javascript:alert(1)" uses "javascript:"; only https://, http:// and file:// URLs are stored']);
    expect(msg('https://a.example/b|c')).toEqual(['url "https://a.example/b|c" has "|", which must be percent-encoded as %7C']);
    expect(msg('https://a.example/[x]^')).toEqual(['url "https://a.example/[x]^" has "[", "]", "^", which must be percent-encoded as %5B, %5D, %5E']);
    expect(msg('https://a.example/100%')).toEqual(['url "https://a.example/100%" has a "%" that starts no %XX escape (write %25)']);
    expect(msg('/duisburg-kryvyi-rih/')).toEqual(['url "/duisburg-kryvyi-rih/" is not an absolute URL (it must start with https://, http:// or file://)']);
    expect(msg('')).toEqual(['url "" is empty']);
    expect(msg('https://a.example/a b%')).toEqual(['url "https://a.example/a b%" has a space, which must be percent-encoded as %20 and a "%" that starts no %XX escape (write %25)']);
    for (const url of ['https://a.example/b|c', '/x', 'ftp://a.example/']) expect(msg(url).join()).not.toMatch(/pattern|well-formed/);
  });

  it('rejects a record that is not an object', () => {
    expect(validateRecord('text')).toEqual(['the record must be an object']);
  });
});

describe('validateRecords', () => {
  it('names each record by its number counted from 1 and its title, and finds duplicates in a file', () => {
    const a = makeRecord({ url: 'https://example.org/a/' });
    const bad = { ...makeRecord(), partners: 'Duisburg' };
    const dupUrl = makeRecord({ url: 'https://example.org/a/' });
    const report = validateRecords([a, bad, dupUrl]);
    expect(report.invalid.map((i) => i.index)).toEqual([1, 2]);
    expect(report.invalid.map((i) => i.index)).toEqual([1, 2]); // indexes into the file stay 0-based
    expect(report.messages).toEqual([
      'record 2 ("Duisburg – Kryvyi Rih"): partners must be an array',
      'record 3 ("Duisburg – Kryvyi Rih"): url is the same as record 1 ("Duisburg – Kryvyi Rih")\'s',
    ]);
    expect(report.errorCount).toBe(2);
  });

  it('keeps at most 50 messages but counts every error', () => {
    const records = Array.from({ length: 80 }, () => ({ ...makeRecord(), title: 1 }));
    const report = validateRecords(records);
    expect(report.messages).toHaveLength(MAX_MESSAGES);
    expect(report.errorCount).toBe(80);
    expect(report.invalid).toHaveLength(80);
    // No usable title: the URL names the record.
    expect(report.messages[17]).toBe('record 18 ("https://staedtepartnerschaftennrw.org/duisburg-kryvyi-rih/"): title must be a string');
  });

  it('turns JSON pointers into readable paths', () => {
    expect(pointerToPath('#/answers/3/questionId')).toBe('answers[3].questionId');
    expect(pointerToPath('#/interviewee/name')).toBe('interviewee.name');
    expect(pointerToPath('#')).toBe('');
  });
});
