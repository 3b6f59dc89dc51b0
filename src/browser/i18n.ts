/**
 * UI strings in the language chosen in the options, switchable at runtime.
 *
 * browser.i18n (and @wxt-dev/i18n on top of it) only speaks the browser's UI
 * language and cannot switch. So the lookup here keeps @wxt-dev/i18n's typed
 * `t(key, count?, substitutions?)` but reads from one of two sources:
 * - 'browser' (the default): browser.i18n.getMessage, synchronous, nothing loaded;
 * - a chosen language: that language's `_locales/<lang>/messages.json`, which the
 *   build already generates from src/locales/<lang>.yml and packages. It is
 *   fetched from the extension itself when chosen, so no page bundles any messages.
 * Plural forms follow each language's own rules (Intl.PluralRules), which
 * @wxt-dev/i18n's "0 | 1 | n" cannot express for Ukrainian.
 */

import { browser } from 'wxt/browser';
import type { GeneratedI18nStructure, i18n as generated } from '#i18n';
import {
  isLanguageChoice,
  LANGUAGE_STORAGE_KEY,
  pluralForm,
  shippedLanguage,
  substitute,
  type LanguageChoice,
  type UiLanguage,
} from './message-format';

type Messages = Record<string, { message: string } | undefined>;
type TypedI18n = typeof generated;
export type MessageKey = keyof GeneratedI18nStructure;

/** The chosen language's messages; null while the browser's own language applies. */
let chosen: { language: UiLanguage; messages: Messages } | null = null;
const listeners = new Set<() => void>();
let started: Promise<void> | null = null;
let loads = 0;

function message(name: string, substitutions: string[]): string {
  if (chosen && name === '@@ui_locale') return chosen.language;
  const own = chosen?.messages[name]?.message;
  // getMessage is typed for the predefined @@ names only; ours come from the generated messages.json.
  const fromBrowser = browser.i18n.getMessage as (name: string, substitutions?: string[]) => string;
  return own === undefined ? fromBrowser(name, substitutions) : substitute(own, substitutions);
}

function translate(key: string, ...args: unknown[]): string {
  let count: number | undefined;
  let substitutions: string[] | undefined;
  for (const arg of args) {
    if (typeof arg === 'number') count = arg;
    else if (Array.isArray(arg)) substitutions = arg.map(String);
  }
  const text = message(key.replaceAll('.', '_'), substitutions ?? (count === undefined ? [] : [formatCount(count)]));
  return count === undefined ? text : pluralForm(text, count, uiLanguage());
}

/** Same signature and key types as @wxt-dev/i18n's `i18n`. */
export const i18n: TypedI18n = { t: translate as TypedI18n['t'] };

/** The language the UI strings are in now: the chosen one, or the browser's as the browser resolves it. */
export function uiLanguage(): UiLanguage {
  return chosen?.language ?? shippedLanguage(browser.i18n.getUILanguage());
}

/** A BCP 47 locale for dates and numbers: the chosen language, or the browser's full UI locale ("de-AT"). */
export function uiLocale(): string {
  return chosen?.language ?? browser.i18n.getUILanguage();
}

let numbers: { locale: string; format: Intl.NumberFormat } | null = null;

/**
 * A count as the UI language writes it ("10.000" in German, "10,000" in English,
 * "10 000" in Ukrainian): the chosen language, not the browser's, so a German UI in
 * an English browser does not mix the two.
 */
export function formatCount(count: number): string {
  // Under a thousand no UI language groups digits, and all three write Latin digits: a page that shows only
  // small counts (the popup's first render) never sets up a number format.
  if (Number.isInteger(count) && count >= 0 && count < 1000) return String(count);
  const locale = uiLocale();
  if (numbers?.locale !== locale) numbers = { locale, format: new Intl.NumberFormat(locale) };
  return numbers.format.format(count);
}

/** Calls `listener` after every language switch; returns the unsubscribe function. */
export function onLanguageChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

async function use(choice: LanguageChoice): Promise<void> {
  const load = ++loads;
  let next: typeof chosen = null;
  if (choice !== 'browser') {
    try {
      const response = await fetch(browser.runtime.getURL(`/_locales/${choice}/messages.json` as '/'));
      next = { language: choice, messages: (await response.json()) as Messages };
    } catch (error) {
      // Packaged with the extension, so this means a broken build: stay readable in the browser's language.
      console.error(`UI language ${choice} could not be loaded`, error);
    }
  }
  if (load !== loads) return; // a later switch overtook this one
  chosen = next;
  for (const listener of listeners) listener();
}

/**
 * Applies the language setting and follows its changes. Pages await it before
 * their first render; the background awaits it before wording a title. Idempotent.
 */
export function startI18n(): Promise<void> {
  const choiceOf = (value: unknown): LanguageChoice => (isLanguageChoice(value) ? value : 'browser');
  started ??= (async () => {
    browser.storage.onChanged.addListener((changes, area) => {
      const change = changes[LANGUAGE_STORAGE_KEY];
      if (area === 'local' && change) void use(choiceOf(change.newValue));
    });
    await use(choiceOf((await browser.storage.local.get(LANGUAGE_STORAGE_KEY))[LANGUAGE_STORAGE_KEY]));
  })();
  return started;
}
