/**
 * The UI strings for Svelte components: src/browser/i18n.ts made reactive, so
 * every `{i18n.t(…)}` in a template re-renders when the language is switched
 * in the options, without reloading the page.
 */

import { createSubscriber } from 'svelte/reactivity';
import type { QuestionId } from '../questions/catalogue';
import { i18n as lookup, onLanguageChange, startI18n, uiLanguage, type MessageKey } from '../browser/i18n';

export { formatCount } from '../browser/i18n';

const subscribe = createSubscriber((update) => onLanguageChange(update));

export const i18n: typeof lookup = {
  t: ((...args: Parameters<typeof lookup.t>) => {
    subscribe();
    return (lookup.t as (...a: unknown[]) => string)(...args);
  }) as typeof lookup.t,
};

/** Message keys of the 12 questions' short labels (message names cannot hold the ids' hyphens). */
const QUESTION_LABELS = {
  'first-contact': 'questions.firstContact',
  motives: 'questions.motives',
  'prior-contacts': 'questions.priorContacts',
  successes: 'questions.successes',
  'funding-tips': 'questions.fundingTips',
  staffing: 'questions.staffing',
  'municipal-utilities': 'questions.municipalUtilities',
  'civil-society': 'questions.civilSociety',
  'nrw-synergies': 'questions.nrwSynergies',
  'international-partnerships': 'questions.internationalPartnerships',
  'diaspora-refugees': 'questions.diasporaRefugees',
  'other-actors': 'questions.otherActors',
} as const satisfies Record<QuestionId, MessageKey>;

/** A standard question's short label in the UI language. */
export function questionLabel(id: QuestionId): string {
  return i18n.t(QUESTION_LABELS[id]);
}

/**
 * Starts the UI language for an extension page: awaited before the first
 * render, then keeps `<html lang>` and the page title in step with switches.
 */
export async function startPageLanguage(title?: () => string): Promise<void> {
  await startI18n();
  const apply = () => {
    document.documentElement.lang = uiLanguage();
    if (title) document.title = title();
  };
  apply();
  onLanguageChange(apply);
}
