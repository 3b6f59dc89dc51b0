// WXT's fake browser has no i18n: components that call i18n.t get the real
// English messages from src/locales/en.yml, as the build writes them into
// _locales/en/messages.json (plural forms joined by " | "), with $1…
// substituted as Chrome does.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/** The messages.json the build generates for one language. */
export function builtMessages(language: string): Record<string, { message: string }> {
  const yaml = readFileSync(join(__dirname, '..', '..', '..', 'src', 'locales', `${language}.yml`), 'utf8');
  return generateChromeMessages(parseMessagesText(yaml, 'YAML')) as Record<string, { message: string }>;
}

const EN = builtMessages('en');

/** Call after fakeBrowser.reset(): i18n.getMessage answers from en.yml, in an English browser. */
export function useEnglishMessages(): void {
  const getMessage = (name: string, substitutions?: string | string[]): string => {
    const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    return (EN[name]?.message ?? '').replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  };
  (fakeBrowser.i18n as { getMessage: typeof getMessage }).getMessage = getMessage;
  (fakeBrowser.i18n as { getUILanguage: () => string }).getUILanguage = () => 'en-US';
}
