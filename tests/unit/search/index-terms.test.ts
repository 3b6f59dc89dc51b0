import { describe, expect, it } from 'vitest';
import { searchTermsOf, tokenize } from '../../../src/search/index-terms';
import { fold, foldVariants, wordSpans } from '../../../src/text/fold';
import { makeRecord } from '../helpers/records';

describe('fold', () => {
  it('lower-cases, strips diacritics and writes ß as ss', () => {
    expect(fold('Hürth')).toBe('hurth');
    expect(fold('Straße')).toBe('strasse');
    expect(fold('Café ÉLAN')).toBe('cafe elan');
    expect(fold('Saporischschja')).toBe('saporischschja');
    expect(fold('Zaporizhzhia')).toBe('zaporizhzhia');
  });

  it('gives the ae/oe/ue variant only for words with umlauts', () => {
    expect(foldVariants('Hürth')).toEqual(['hurth', 'huerth']);
    expect(foldVariants('Köln')).toEqual(['koln', 'koeln']);
    expect(foldVariants('Duisburg')).toEqual(['duisburg']);
  });

  it('splits words on punctuation and keeps their positions', () => {
    expect(tokenize('NRW-Kommunen/ Kreisen, 2022!')).toEqual(['nrw', 'kommunen', 'kreisen', '2022']);
    const spans = wordSpans('Ja, Hürth.');
    expect(spans.map((s) => [s.word, s.start, s.end])).toEqual([
      ['Ja', 0, 2],
      ['Hürth', 4, 9],
    ]);
  });

  it('indexes title, partners, interviewee, answers, tags and note', () => {
    const terms = searchTermsOf(
      makeRecord({
        title: 'Hürth – Peremyshlyany',
        interviewee: { name: 'Erika Beispiel', affiliation: 'Stadtverwaltung' },
        tags: ['Schulaustausch'],
        note: 'nachfragen',
        answers: [{ number: 1, questionId: 'first-contact', question: 'Frage?', markdown: '', text: 'Über Vereine' }],
      }),
    );
    for (const t of ['hurth', 'huerth', 'peremyshlyany', 'erika', 'stadtverwaltung', 'schulaustausch', 'nachfragen', 'uber', 'ueber', 'vereine']) {
      expect(terms).toContain(t);
    }
    // Questions themselves are the same on every page: not indexed.
    expect(terms).not.toContain('frage');
    expect(new Set(terms).size).toBe(terms.length);
  });
});
