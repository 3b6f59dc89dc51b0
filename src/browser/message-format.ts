/**
 * The pure half of the UI language runtime (src/browser/i18n.ts): Chrome's
 * `$1` substitution and plural forms chosen by the language's own rules.
 * No extension API here, so it runs in unit tests as it is.
 */

/** The languages the extension ships, as `src/locales/<code>.yml`. */
export const UI_LANGUAGES = ['de', 'en', 'uk'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
/** What the options page stores: a language, or 'browser' to follow the browser's UI language. */
export type LanguageChoice = 'browser' | UiLanguage;
export const LANGUAGE_CHOICES: readonly LanguageChoice[] = ['browser', ...UI_LANGUAGES];
/** Each language in its own words, as a language menu shows them (never translated). */
export const LANGUAGE_NAMES: Record<UiLanguage, string> = { de: 'Deutsch', en: 'English', uk: 'Українська' };
/** The manifest's default_locale: what the browser falls back to for any other language. */
export const DEFAULT_LANGUAGE: UiLanguage = 'en';

/**
 * Where the choice is stored in browser.storage.local (WXT item 'local:settings.language',
 * version 1, defined in settings.ts). The lookup reads the raw key so the popup's first
 * load does not pull in WXT's storage module.
 */
export const LANGUAGE_STORAGE_KEY = 'settings.language';

export function isLanguageChoice(value: unknown): value is LanguageChoice {
  return typeof value === 'string' && (LANGUAGE_CHOICES as readonly string[]).includes(value);
}

/**
 * The shipped language the browser picks for a UI locale ("de-AT" → de, "fr" → en),
 * as Chrome and Firefox resolve `_locales`: the language part, else the default.
 */
export function shippedLanguage(uiLocale: string): UiLanguage {
  const language = uiLocale.toLowerCase().split(/[-_]/)[0] ?? '';
  return (UI_LANGUAGES as readonly string[]).includes(language) ? (language as UiLanguage) : DEFAULT_LANGUAGE;
}

/** As chrome.i18n.getMessage: `$1`…`$9` take the substitutions, `$$` is a dollar sign. */
export function substitute(message: string, substitutions: readonly string[]): string {
  return message.replace(/\$(\$|[1-9])/g, (_, what: string) => (what === '$' ? '$' : (substitutions[Number(what) - 1] ?? '')));
}

/** CLDR plural categories in their canonical order: plural messages list their forms in this order. */
const CATEGORY_ORDER: readonly Intl.LDMLPluralRule[] = ['zero', 'one', 'two', 'few', 'many', 'other'];

/**
 * One Intl.PluralRules per language: constructing one costs far more than `select`, and a view
 * formats a plural label per drawn cell (the Ideas view's heat map: hundreds at first draw).
 */
const rulesByLanguage = new Map<string, { rules: Intl.PluralRules; categories: Intl.LDMLPluralRule[] }>();

function pluralRules(language: string): { rules: Intl.PluralRules; categories: Intl.LDMLPluralRule[] } {
  let cached = rulesByLanguage.get(language);
  if (!cached) {
    const rules = new Intl.PluralRules(language);
    const used = rules.resolvedOptions().pluralCategories;
    rulesByLanguage.set(language, (cached = { rules, categories: CATEGORY_ORDER.filter((c) => used.includes(c)) }));
  }
  return cached;
}

/** The plural categories a language distinguishes, in canonical order: en/de one, other; uk one, few, many, other. */
export function pluralCategories(language: string): Intl.LDMLPluralRule[] {
  return [...pluralRules(language).categories];
}

/**
 * Picks the form for `count` from a plural message ("form | form | …", one form per
 * category of the language, in canonical order). In the YAML the forms are keyed
 * by an example count: `{1: …, n: …}` in English and German, `{1: …, 2: …, 5: …, n: …}`
 * in Ukrainian (one, few, many, other).
 */
export function pluralForm(message: string, count: number, language: string): string {
  const forms = message.split(' | ');
  if (forms.length === 1) return message;
  const { rules, categories } = pluralRules(language);
  const index = categories.indexOf(rules.select(count));
  // A message with the wrong number of forms still shows something sensible: the last (general) one.
  return forms.length === categories.length && index >= 0 ? forms[index]! : forms[forms.length - 1]!;
}
