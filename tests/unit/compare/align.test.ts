import { describe, expect, it } from 'vitest';
import { alignRecords, answeredCount, META_ROW_KEYS } from '../../../src/compare/align';
import { QUESTION_IDS } from '../../../src/questions/catalogue';
import { answer, extraAnswer, makeRecord } from './factory';

const duisburg = makeRecord({
  title: 'Duisburg – Kryvyi Rih',
  partners: ['Duisburg', 'Kryvyi Rih'],
  interviewee: { name: 'Lydia Steinhauer', affiliation: 'Stadt Duisburg' },
  url: 'https://staedtepartnerschaftennrw.org/duisburg-kryvyi-rih/',
  capturedAt: '2026-04-02T08:15:00.000Z',
  answers: [
    answer('first-contact', 'Erstkontakt über die Verbindung zu Arcelor Mittal'),
    answer('municipal-utilities', 'Bisher nicht – kein Wunsch aus Kryvyi Rih bisher.'),
    answer('diaspora-refugees', 'Nein – ein großer Teil der Geflüchteten stammt aus den annektierten Gebieten.'),
  ],
});

// Same questions, reversed page order and without numbers: must still land in the right rows.
const lippe = makeRecord({
  title: 'Kreis Lippe – Lutsk',
  partners: ['Kreis Lippe', 'Lutsk'],
  kind: 'Kommunalpartnerschaft',
  interviewer: null,
  interviewee: null,
  answers: [
    answer('other-actors', 'Ja, Schulen und Hochschulen.', { number: null }),
    answer('funding-tips', 'Bundesprogramme nutzen.', { number: 1 }),
    answer('first-contact', 'Über einen Partnerschaftsverein.', { number: 12 }),
  ],
});

describe('alignRecords', () => {
  const m = alignRecords([duisburg, lippe]);

  it('has one column per record, in input order, with its metadata', () => {
    expect(m.columns.map((c) => c.id)).toEqual([duisburg.id, lippe.id]);
    expect(m.columns[0]).toMatchObject({
      title: 'Duisburg – Kryvyi Rih',
      partners: ['Duisburg', 'Kryvyi Rih'],
      kind: 'Solidaritätspartnerschaft',
      url: 'https://staedtepartnerschaftennrw.org/duisburg-kryvyi-rih/',
      capturedAt: '2026-04-02T08:15:00.000Z',
    });
  });

  it('has the six metadata rows with display values, null when missing', () => {
    expect(m.metaRows.map((r) => r.key)).toEqual([...META_ROW_KEYS]);
    const byKey = Object.fromEntries(m.metaRows.map((r) => [r.key, r.values]));
    expect(byKey.partners).toEqual(['Duisburg – Kryvyi Rih', 'Kreis Lippe – Lutsk']);
    expect(byKey.kind).toEqual(['Solidaritätspartnerschaft', 'Kommunalpartnerschaft']);
    expect(byKey.interviewee).toEqual(['Lydia Steinhauer, Stadt Duisburg', null]);
    expect(byKey.interviewer).toEqual(['Beate Brockmann', null]);
    expect(byKey.captured).toEqual(['2026-04-02', '2026-03-01']);
    expect(byKey.source?.[0]).toBe(duisburg.url);
  });

  it('has exactly the 12 standard rows in catalogue order', () => {
    expect(m.rows.map((r) => r.questionId)).toEqual([...QUESTION_IDS]);
    expect(m.rows.map((r) => r.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(m.rows[4]?.label).toBe('Funding tips');
  });

  it('aligns by question id, not by position or printed number', () => {
    const row = (id: string) => m.rows.find((r) => r.questionId === id)!;
    expect(row('first-contact').cells.map((c) => c?.text)).toEqual([
      'Erstkontakt über die Verbindung zu Arcelor Mittal',
      'Über einen Partnerschaftsverein.',
    ]);
    expect(row('funding-tips').cells.map((c) => c?.text ?? null)).toEqual([null, 'Bundesprogramme nutzen.']);
    expect(row('other-actors').cells[1]?.text).toBe('Ja, Schulen und Hochschulen.');
  });

  it('marks missing answers as null, never shifting later answers up', () => {
    const utilities = m.rows.find((r) => r.questionId === 'municipal-utilities')!;
    expect(utilities.cells).toHaveLength(2);
    expect(utilities.cells[1]).toBeNull();
    const nulls = m.rows.map((r) => r.cells.filter((c) => c === null).length);
    // Duisburg answers 3, Lippe 3 (one overlap): 12*2 - 6 cells are missing.
    expect(nulls.reduce((a, b) => a + b, 0)).toBe(24 - 6);
  });

  it('treats an empty answer as missing', () => {
    const r = makeRecord({ answers: [answer('staffing', '   ', { markdown: '' })] });
    const mm = alignRecords([r]);
    expect(mm.rows.find((x) => x.questionId === 'staffing')!.cells[0]).toBeNull();
  });

  it('joins two answers with the same id in page order and notes it', () => {
    const r = makeRecord({
      answers: [
        answer('successes', 'Erster Austausch im März.'),
        answer('staffing', 'Schwierig.'),
        answer('successes', 'Ausstellung geplant.'),
      ],
    });
    const mm = alignRecords([r]);
    const cell = mm.rows.find((x) => x.questionId === 'successes')!.cells[0]!;
    expect(cell.text).toBe('Erster Austausch im März. Ausstellung geplant.');
    expect(cell.markdown).toBe('Erster Austausch im März.\n\nAusstellung geplant.');
    expect(mm.duplicates).toEqual([{ recordId: r.id, row: 'successes', count: 2 }]);
    expect(alignRecords([duisburg]).duplicates).toEqual([]);
  });

  it('lists questions outside the 12 after them, grouped by folded wording', () => {
    const a = makeRecord({
      answers: [
        answer('first-contact', 'A1'),
        extraAnswer('13. Was wünschen Sie sich für die Zukunft?', 'Mehr Austausch.', 13),
        extraAnswer('Gibt es Städtepartnerschaftsfeste?', 'Ja, jährlich.'),
      ],
    });
    const b = makeRecord({
      answers: [
        extraAnswer('Gibt es Staedtepartnerschaftsfeste', 'Nein.'),
        extraAnswer('was wünschen sie sich für die zukunft ?', 'Frieden.'),
        extraAnswer('Wie viele Delegationsreisen gab es?', 'Zwei.'),
      ],
    });
    const mm = alignRecords([a, b]);
    expect(mm.rows).toHaveLength(12);
    expect(mm.extraRows.map((r) => r.question)).toEqual([
      '13. Was wünschen Sie sich für die Zukunft?',
      'Gibt es Städtepartnerschaftsfeste?',
      'Wie viele Delegationsreisen gab es?',
    ]);
    expect(mm.extraRows.every((r) => r.questionId === null)).toBe(true);
    expect(mm.extraRows.map((r) => r.cells.map((c) => c?.text ?? null))).toEqual([
      ['Mehr Austausch.', 'Frieden.'],
      ['Ja, jährlich.', 'Nein.'],
      [null, 'Zwei.'],
    ]);
  });

  it('handles no records and records without answers', () => {
    const empty = alignRecords([]);
    expect(empty.columns).toEqual([]);
    expect(empty.rows).toHaveLength(12);
    expect(empty.rows.every((r) => r.cells.length === 0)).toBe(true);
    const bare = alignRecords([makeRecord()]);
    expect(bare.rows.every((r) => r.cells[0] === null)).toBe(true);
    expect(bare.extraRows).toEqual([]);
  });

  it('does not mutate its input', () => {
    const before = JSON.stringify([duisburg, lippe]);
    alignRecords([duisburg, lippe]);
    expect(JSON.stringify([duisburg, lippe])).toBe(before);
  });
});

describe('answeredCount', () => {
  it('counts distinct standard questions with text', () => {
    expect(answeredCount(duisburg)).toBe(3);
    expect(answeredCount(makeRecord())).toBe(0);
    const r = makeRecord({
      answers: [
        answer('successes', 'A'),
        answer('successes', 'B'),
        answer('staffing', ' ', { markdown: ' ' }),
        extraAnswer('Zusatzfrage?', 'C'),
      ],
    });
    expect(answeredCount(r)).toBe(1);
  });

  it('reaches 12 for a complete record', () => {
    const r = makeRecord({ answers: QUESTION_IDS.map((id) => answer(id, `Antwort ${id}`)) });
    expect(answeredCount(r)).toBe(12);
  });
});
