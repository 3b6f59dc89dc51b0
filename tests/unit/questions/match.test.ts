import { describe, expect, it } from 'vitest';
import { QUESTIONS } from '../../../src/questions/catalogue';
import { matchQuestion, splitQuestionNumber } from '../../../src/questions/match';
import { similarity } from '../../../src/questions/normalise';
import { wordingKey } from '../../../src/text/fold';

describe('wordingKey', () => {
  it('folds case, umlauts, ß, punctuation and whitespace', () => {
    expect(wordingKey('  Fördermittel / SPENDEN –  Größe?! ')).toBe('foerdermittel spenden groesse');
    expect(wordingKey('Straße')).toBe('strasse');
    expect(wordingKey('Hürth')).toBe(wordingKey('Huerth'));
    expect(wordingKey('Kovač')).toBe('kovac');
  });
});

describe('similarity', () => {
  it('is 1 for equal texts and low for unrelated ones', () => {
    expect(similarity('Wie geht es?', 'wie geht es')).toBe(1);
    expect(similarity('Wie ist die Zivilgesellschaft eingebunden?', 'Der Hilfstransport kam am Montag an.')).toBeLessThan(0.3);
  });
});

describe('matchQuestion', () => {
  it('matches every catalogue wording exactly, with and without its number', () => {
    for (const q of QUESTIONS) {
      expect(matchQuestion(q.text, q.number).id).toBe(q.id);
      expect(matchQuestion(q.text, null).id).toBe(q.id);
    }
  });

  it('matches reworded, re-cased and umlaut-spelled questions', () => {
    expect(matchQuestion('Wie kamen Sie zusammen und woher stammte der Erstkontakt?', null).id).toBe('first-contact');
    expect(matchQuestion('WIE STEHT ES UM DIE PERSONELLEN MITTEL FUER DIE PARTNERSCHAFTSBETREUUNG', null).id).toBe('staffing');
    expect(matchQuestion('Was waren die bisherigen Erfolge Ihrer Partnerschaft?', null).id).toBe('successes');
    expect(matchQuestion('Wie ist die Zivilgesellschaft in Ihrer Kommune eingebunden?', null).id).toBe('civil-society');
  });

  it('follows the wording, not the number, when a page reorders questions', () => {
    expect(matchQuestion(QUESTIONS[3].text, 9).id).toBe('successes');
    expect(matchQuestion(QUESTIONS[0].text, 2).id).toBe('first-contact');
  });

  it('trusts the number when the wording is only loosely similar', () => {
    expect(matchQuestion('Wie steht es mit Personal für die Partnerschaft?', 6).id).toBe('staffing');
  });

  it('returns null for questions outside the catalogue', () => {
    expect(matchQuestion('Welche Pläne haben Sie für das kommende Jahr?', 13)).toMatchObject({ id: null });
    expect(matchQuestion('Wie war das Wetter beim Besuch?', null).id).toBeNull();
    expect(matchQuestion('', null).id).toBeNull();
  });
});

describe('splitQuestionNumber', () => {
  it('splits "N." and "N)" and "Frage N:" prefixes', () => {
    expect(splitQuestionNumber('1. Wie sind Sie zusammengekommen?')).toEqual({ number: 1, text: 'Wie sind Sie zusammengekommen?' });
    expect(splitQuestionNumber('12) Gibt es weitere Akteure?')).toEqual({ number: 12, text: 'Gibt es weitere Akteure?' });
    expect(splitQuestionNumber('Frage 3: Hatten Sie Kontakt?')).toEqual({ number: 3, text: 'Hatten Sie Kontakt?' });
    expect(splitQuestionNumber('4.) Was waren bisherige Erfolge?')).toEqual({ number: 4, text: 'Was waren bisherige Erfolge?' });
  });

  it('leaves dates, amounts and unnumbered lines alone', () => {
    expect(splitQuestionNumber('12.03.2023 fand ein Treffen statt')).toEqual({ number: null, text: '12.03.2023 fand ein Treffen statt' });
    expect(splitQuestionNumber('1.5 Mio Euro')).toMatchObject({ number: null });
    expect(splitQuestionNumber('Wie geht es?')).toEqual({ number: null, text: 'Wie geht es?' });
  });
});
