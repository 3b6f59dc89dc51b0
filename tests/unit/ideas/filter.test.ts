// Filtering by topic: whole records for the list filters, and records by their
// answer to one question for the question lens.
import { describe, expect, it } from 'vitest';
import { idsWithTopic, recordsAnsweringOn } from '../../../src/ideas/filter';

const record = (id: string, answers: [string, string][]) => ({
  id,
  partners: ['Hamm', 'Tscherniwzi'],
  answers: answers.map(([questionId, text]) => ({ questionId: questionId as 'successes', text })),
});

const fire = record('fire', [
  ['successes', 'Drei Löschfahrzeuge wurden übergeben.'],
  ['other-actors', 'Die Schulen sind nicht beteiligt.'],
]);
const school = record('school', [
  ['successes', 'Zwei Schulpartnerschaften sind entstanden.'],
  ['other-actors', 'Die Feuerwehr hat Atemschutzgeräte geliefert.'],
]);

describe('topic filters', () => {
  it('keeps the records with an answer on the topic anywhere', () => {
    expect([...idsWithTopic([fire, school], 'civil-protection')].sort()).toEqual(['fire', 'school']);
    expect([...idsWithTopic([fire, school], 'schools')]).toEqual(['school']);
  });

  it('narrows the lens to the records whose answer to that question reports the topic', () => {
    expect(recordsAnsweringOn([fire, school], 'successes', 'civil-protection').map((r) => r.id)).toEqual(['fire']);
    expect(recordsAnsweringOn([fire, school], 'other-actors', 'civil-protection').map((r) => r.id)).toEqual(['school']);
    // "Die Schulen sind nicht beteiligt" is a denial, not a report.
    expect(recordsAnsweringOn([fire, school], 'other-actors', 'schools')).toEqual([]);
  });
});
