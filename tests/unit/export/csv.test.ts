import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/export/csv-parse';
import { csvHeader, defuseFormula, recordsToCsv } from '../../../src/export/csv';
import { defaultCsvDelimiter } from '../../../src/settings/values';
import { QUESTIONS } from '../../../src/questions/catalogue';
import { makeAnswers, makeRecord } from '../helpers/records';

describe('recordsToCsv', () => {
  it('starts with a UTF-8 BOM, uses CRLF and has one row per record', () => {
    const csv = recordsToCsv([makeRecord(), makeRecord({ title: 'Hürth – Peremyshlyany' })]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '').includes('\n')).toBe(false);
    expect(parseCsv(csv, ',')).toHaveLength(3);
  });

  it('has metadata columns, then one column per standard question', () => {
    const header = csvHeader();
    expect(header.slice(0, 11)).toEqual(['title', 'partners', 'kind', 'interviewee', 'affiliation', 'interviewer', 'url', 'capturedAt', 'updatedAt', 'tags', 'note']);
    expect(header[11]).toBe('first-contact Wie sind Sie zusammengekommen, woher stammte der Erstkontakt?');
    expect(header.slice(11, 23)).toEqual(QUESTIONS.map((q) => `${q.id} ${q.text}`));
  });

  it('ends with a topics column per answer column, holding the topic ids of its answers', () => {
    const header = csvHeader();
    expect(header.slice(24)).toEqual([...QUESTIONS.map((q) => `${q.id} topics`), 'other questions topics']);
    const record = makeRecord({
      answers: [
        { ...makeAnswers(1)[0]!, text: 'Die Feuerwehr bekam zwei Generatoren.' },
        { ...makeAnswers(7)[6]!, text: 'Die Stadtwerke sind bisher nicht eingebunden.' },
        { number: null, questionId: null, question: 'Extra?', markdown: 'x', text: 'Ein Schüleraustausch ist geplant.' },
      ],
    });
    const rows = parseCsv(recordsToCsv([record]), ',');
    const row = Object.fromEntries(rows[0]!.map((h, i) => [h, rows[1]![i]]));
    expect(row['first-contact topics']).toBe('civil-protection, energy');
    expect(row['municipal-utilities topics']).toBe('');
    // A pupil exchange is schools, youth and visits (docs/ideas.md, annotation conventions).
    expect(row['other questions topics']).toBe('schools, youth, visits');
  });

  it('quotes quotes, delimiters and line breaks (RFC 4180) and round-trips', () => {
    const tricky = makeRecord({
      title: 'A "quoted"; title, with commas',
      partners: ['Kreis Lippe', 'Lutsk'],
      note: 'line one\r\nline two\nthree',
      tags: ['a', 'b'],
      answers: [
        { ...makeAnswers(1)[0]!, text: ' leading space' },
        { number: null, questionId: null, question: 'Extra?', markdown: 'x', text: 'Ja.' },
      ],
    });
    for (const delimiter of [',', ';'] as const) {
      const csv = recordsToCsv([tricky], { delimiter });
      const rows = parseCsv(csv, delimiter);
      expect(rows).toHaveLength(2);
      const row = Object.fromEntries(rows[0]!.map((h, i) => [h, rows[1]![i]]));
      expect(row.title).toBe(tricky.title);
      expect(row.partners).toBe('Kreis Lippe – Lutsk');
      expect(row.tags).toBe('a, b');
      expect(row.note).toBe(tricky.note);
      expect(row[csvHeader()[11]!]).toBe(' leading space');
      expect(row[csvHeader()[12]!]).toBe('');
      expect(row['other questions']).toBe('Extra?\nJa.');
    }
    expect(recordsToCsv([tricky], { delimiter: ';' })).toContain('"A ""quoted""; title, with commas"');
  });

  it('round-trips arbitrary text in any field (property test)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.constantFrom(',' as const, ';' as const), (title, note, delimiter) => {
        const rows = parseCsv(recordsToCsv([makeRecord({ title, note })], { delimiter }), delimiter);
        // Text survives exactly, except that formula-like starts are defused.
        expect(rows[1]![0]).toBe(defuseFormula(title));
        expect(rows[1]![10]).toBe(defuseFormula(note));
      }),
    );
  });

  it('defuses cells that a spreadsheet would run as a formula', () => {
    const rows = parseCsv(recordsToCsv([makeRecord({ title: '=HYPERLINK("x")', note: '@SUM(A1)' })]), ',');
    expect(rows[1]![0]).toBe(`'=HYPERLINK("x")`);
    expect(rows[1]![10]).toBe(`'@SUM(A1)`);
  });

  it('picks ; for German locales', () => {
    expect(defaultCsvDelimiter('de-DE')).toBe(';');
    expect(defaultCsvDelimiter('de')).toBe(';');
    expect(defaultCsvDelimiter('en-US')).toBe(',');
    expect(defaultCsvDelimiter('uk-UA')).toBe(',');
  });
});

describe('parseCsv', () => {
  it('handles quoted fields, escaped quotes, CRLF and a missing final newline', () => {
    expect(parseCsv('a,"b,""c"""\r\n"x\r\ny",z', ',')).toEqual([
      ['a', 'b,"c"'],
      ['x\r\ny', 'z'],
    ]);
  });
});
