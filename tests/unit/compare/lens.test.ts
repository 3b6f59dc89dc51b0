import { describe, expect, it } from 'vitest';
import { questionLens } from '../../../src/compare/lens';
import { answer, extraAnswer, makeRecord } from './factory';

const duisburg = makeRecord({
  title: 'Duisburg – Kryvyi Rih',
  partners: ['Duisburg', 'Kryvyi Rih'],
  answers: [
    answer('funding-tips', 'Da wären wir für Tipps selbst dankbar.'),
    answer('staffing', 'Leider ebenfalls schwierig.'),
  ],
});
const huerth = makeRecord({
  title: 'Hürth – Peremyshlyany',
  partners: ['Hürth', 'Peremyshlyany'],
  answers: [answer('staffing', 'Eine halbe Stelle im Bürgermeisterbüro.')],
});
const lippe = makeRecord({
  title: 'Kreis Lippe – Lutsk',
  partners: ['Kreis Lippe', 'Lutsk'],
  answers: [
    answer('funding-tips', 'Fördermittel der Engagement Global beantragen; Spendenaufrufe über die Lokalpresse.'),
    extraAnswer('Ihr Tipp an andere Kommunen?', 'Nicht in die Lens mischen.'),
  ],
});
const records = [duisburg, huerth, lippe];

describe('questionLens', () => {
  it('stacks every record, answered first in input order, missing last', () => {
    const entries = questionLens(records, 'funding-tips');
    expect(entries.map((e) => e.title)).toEqual([
      'Duisburg – Kryvyi Rih',
      'Kreis Lippe – Lutsk',
      'Hürth – Peremyshlyany',
    ]);
    expect(entries[0]).toMatchObject({ recordId: duisburg.id, partners: ['Duisburg', 'Kryvyi Rih'] });
    expect(entries[1]?.answer?.text).toMatch(/^Fördermittel/);
    expect(entries[2]?.answer).toBeNull();
  });

  it('matches by question id only (not extra questions with similar wording)', () => {
    const entries = questionLens([lippe], 'funding-tips');
    expect(entries).toHaveLength(1);
    expect(entries[0]?.answer?.text).not.toMatch(/Lens/);
  });

  it('filters by folded answer text: case and umlauts do not matter', () => {
    for (const q of ['fördermittel', 'FOERDERMITTEL', 'Fordermittel', 'spendenaufrufe lokalpresse']) {
      expect(questionLens(records, 'funding-tips', q).map((e) => e.recordId)).toEqual([lippe.id]);
    }
  });

  it('filters by partnership name, keeping a matching record that has no answer', () => {
    expect(questionLens(records, 'funding-tips', 'huerth').map((e) => [e.recordId, e.answer])).toEqual([
      [huerth.id, null],
    ]);
    expect(questionLens(records, 'staffing', 'hürth stelle').map((e) => e.recordId)).toEqual([huerth.id]);
  });

  it('requires every query word and returns nothing when none match', () => {
    expect(questionLens(records, 'staffing', 'schwierig stelle')).toEqual([]);
    expect(questionLens(records, 'staffing', 'Saporischschja')).toEqual([]);
  });

  it('treats a blank query as no filter', () => {
    expect(questionLens(records, 'staffing', '   ')).toHaveLength(3);
  });
});
