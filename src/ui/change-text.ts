/** Words for a revision's change summary and dates, in the page's language. */

import { i18n } from './i18n';
import type { ChangeSummary, DiffField } from '../compare/revision-diff';

const lang = (): string | undefined => (typeof document !== 'undefined' && document.documentElement.lang) || undefined;

/** "4, 9 and 11" in the page's language. */
export function listOf(items: readonly string[]): string {
  return new Intl.ListFormat(lang(), { type: 'conjunction' }).format(items);
}

export function fieldLabel(field: DiffField): string {
  switch (field) {
    case 'title': return i18n.t('diff.fieldTitle');
    case 'partners': return i18n.t('diff.fieldPartners');
    case 'kind': return i18n.t('diff.fieldKind');
    case 'interviewee': return i18n.t('diff.fieldInterviewee');
    case 'interviewer': return i18n.t('diff.fieldInterviewer');
    case 'photoCredit': return i18n.t('diff.fieldPhotoCredit');
    case 'intro': return i18n.t('diff.fieldIntro');
  }
}

/** One line: "answers 4 and 9 changed, interviewee changed". */
export function describeChange(summary: ChangeSummary): string {
  if (summary.nothingVisible) return i18n.t('diff.onlyFormatting');
  const parts: string[] = [];
  const numbers = (list: number[]) => listOf(list.map(String));
  if (summary.changedAnswers.length > 0) parts.push(i18n.t('diff.answersChanged', summary.changedAnswers.length, [numbers(summary.changedAnswers)]));
  if (summary.addedQuestions.length > 0) parts.push(i18n.t('diff.questionsAdded', summary.addedQuestions.length, [numbers(summary.addedQuestions)]));
  if (summary.removedQuestions.length > 0) parts.push(i18n.t('diff.questionsRemoved', summary.removedQuestions.length, [numbers(summary.removedQuestions)]));
  for (const field of summary.fields) parts.push(i18n.t('diff.fieldChanged', [fieldLabel(field)]));
  return parts.join(', ');
}

/** A moment, short: "29 Nov 2026, 17:29". */
export function when(iso: string): string {
  return new Date(iso).toLocaleString(lang(), { dateStyle: 'medium', timeStyle: 'short' });
}
