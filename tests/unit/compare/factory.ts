// Local record factory for the compare/render tests (kept separate from tests/unit/helpers).
import { questionById, type QuestionId } from '../../../src/questions/catalogue';
import type { Answer, PartnershipRecord } from '../../../src/record/types';

let seq = 0;

export function answer(questionId: QuestionId, text: string, overrides: Partial<Answer> = {}): Answer {
  const q = questionById(questionId)!;
  return { number: q.number, questionId, question: q.text, markdown: text, text, ...overrides };
}

export function extraAnswer(question: string, text: string, number: number | null = null): Answer {
  return { number, questionId: null, question, markdown: text, text };
}

export function makeRecord(overrides: Partial<PartnershipRecord> = {}): PartnershipRecord {
  seq += 1;
  return {
    id: `00000000-0000-4000-8000-${String(seq).padStart(12, '0')}`,
    url: `https://staedtepartnerschaftennrw.org/test-${seq}/`,
    title: `Teststadt ${seq} – Partnerstadt ${seq}`,
    partners: [`Teststadt ${seq}`, `Partnerstadt ${seq}`],
    kind: 'Solidaritätspartnerschaft',
    interviewee: { name: 'Erika Muster', affiliation: `Stadt Teststadt ${seq}` },
    interviewer: 'Beate Brockmann',
    photoCredit: null,
    intro: null,
    answers: [],
    extractor: 'test',
    warnings: [],
    capturedAt: '2026-03-01T10:00:00.000Z',
    updatedAt: '2026-03-01T10:00:00.000Z',
    tags: [],
    note: '',
    ...overrides,
  };
}
