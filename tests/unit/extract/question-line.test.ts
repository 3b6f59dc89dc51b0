import { describe, expect, it } from 'vitest';
import { isQuestionLine, isQuotedInSentence, MAX_QUESTION_LENGTH } from '../../../src/extract/question-line';

describe('isQuestionLine', () => {
  it('takes questions that stand on their own, quotes and all', () => {
    expect(isQuestionLine('Wie geht es weiter?')).toBe(true);
    expect(isQuestionLine('„Und wenn der Strom ausfällt?“')).toBe(true);
    expect(isQuestionLine('Frau Demir, was bedeutet „Partnerschaft“ für Sie?')).toBe(true);
    expect(isQuestionLine('What does "twinning" mean to you?')).toBe(true);
    expect(isQuestionLine('Wie geht’s der Partnerstadt?')).toBe(true);
    expect(isQuestionLine(`${'Sehr lange Frage '.repeat(20)}?`)).toBe(true);
  });

  it('refuses a question quoted inside a sentence, and prose that only ends in a quoted question', () => {
    expect(isQuestionLine('Sie fragten: „Wie ist die Zivilgesellschaft Ihrer Kommune eingebunden?“')).toBe(false);
    expect(isQuestionLine('Die Bürgermeisterin fragte „Was nun?“')).toBe(false);
    expect(isQuestionLine('Wie geht es weiter')).toBe(false);
    expect(isQuestionLine(`${'x'.repeat(MAX_QUESTION_LENGTH)}?`)).toBe(false);
  });
});

describe('isQuotedInSentence', () => {
  it('sees a quotation with words before or after it', () => {
    const line = 'Auf die Frage „Was waren bisherige Erfolge Ihrer Partnerschaft?“ verwies sie auf zwei Transporte.';
    expect(isQuotedInSentence(line, line.indexOf('?'))).toBe(true);
    const after = '„Was waren bisherige Erfolge?“, fragten wir die Bürgermeisterin.';
    expect(isQuotedInSentence(after, after.indexOf('?'))).toBe(true);
    const numbered = '4. „Was waren bisherige Erfolge?“';
    expect(isQuotedInSentence(numbered, numbered.indexOf('?'))).toBe(false);
  });
});
