/**
 * Test factories for clipped content and stored records. Texts are written
 * for the tests (paraphrasing facts from shared/docs), not copied from pages.
 */

import { QUESTIONS } from '../../../src/questions/catalogue';
import type { Answer, ClippedContent, PartnershipRecord } from '../../../src/record/types';

export function makeAnswers(count = 3, prefix = 'Antwort'): Answer[] {
  return QUESTIONS.slice(0, count).map((q) => ({
    number: q.number,
    questionId: q.id,
    question: q.text,
    markdown: `${prefix} zu Frage ${q.number}.`,
    text: `${prefix} zu Frage ${q.number}.`,
  }));
}

export function makeContent(overrides: Partial<ClippedContent> = {}): ClippedContent {
  return {
    url: 'https://staedtepartnerschaftennrw.org/duisburg-kryvyi-rih/',
    title: 'Duisburg – Kryvyi Rih',
    partners: ['Duisburg', 'Kryvyi Rih'],
    kind: 'Solidaritätspartnerschaft',
    interviewee: { name: 'Lydia Steinhauer', affiliation: 'Stadt Duisburg' },
    interviewer: null,
    photoCredit: null,
    intro: null,
    answers: makeAnswers(),
    extractor: 'portrait',
    warnings: [],
    ...overrides,
  };
}

let counter = 0;

export function makeRecord(overrides: Partial<PartnershipRecord> = {}): PartnershipRecord {
  counter++;
  return {
    ...makeContent(),
    id: `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`,
    capturedAt: '2026-01-10T09:00:00.000Z',
    updatedAt: '2026-01-10T09:00:00.000Z',
    tags: [],
    note: '',
    ...overrides,
  };
}

/** Three partnerships with distinct names, for search and sort tests. */
export function sampleContents(): ClippedContent[] {
  return [
    makeContent(),
    makeContent({
      url: 'https://staedtepartnerschaftennrw.org/huerth-peremyshlyany/',
      title: 'Hürth – Peremyshlyany',
      partners: ['Hürth', 'Peremyshlyany'],
      kind: 'Kommunalpartnerschaft',
      interviewee: { name: 'Erika Beispiel', affiliation: 'Stadt Hürth' },
      answers: makeAnswers(2, 'Schulen und Vereine helfen'),
    }),
    makeContent({
      url: 'https://staedtepartnerschaftennrw.org/oberhausen-saporischschja/',
      title: 'Oberhausen – Saporischschja',
      partners: ['Oberhausen', 'Saporischschja'],
      kind: 'Städtepartnerschaft',
      interviewee: { name: 'Max Muster', affiliation: 'Stadt Oberhausen' },
      answers: makeAnswers(2, 'Die Straßenbahn und Fördermittel'),
    }),
  ];
}

/** An annotated portrait of the ideas fixtures as clipped content: its answers under their catalogue questions. */
export function portraitContent(p: { key: string; partners: string[]; answers: readonly { q: string; text: string }[] }): ClippedContent {
  return makeContent({
    url: `https://staedtepartnerschaftennrw.org/${p.key}/`,
    title: p.partners.join(' – '),
    partners: p.partners,
    answers: QUESTIONS.filter((q) => p.answers.some((a) => a.q === q.id)).map((q) => {
      const text = p.answers.find((a) => a.q === q.id)!.text;
      return { number: q.number, questionId: q.id, question: q.text, markdown: text, text };
    }),
  });
}
