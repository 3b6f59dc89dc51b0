// WXT's fake browser has no i18n: components that call i18n.t get the real
// English messages from src/locales/en.yml, with $1… substituted as Chrome does.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMessagesText } from '@wxt-dev/i18n/build';
import { fakeBrowser } from 'wxt/testing/fake-browser';

const EN = new Map(
  parseMessagesText(readFileSync(join(__dirname, '..', '..', '..', 'src', 'locales', 'en.yml'), 'utf8'), 'YAML').map(
    (m) => [m.key.join('_'), 'message' in m ? m.message : ''] as const,
  ),
);

/** Call after fakeBrowser.reset(): i18n.getMessage answers from en.yml. */
export function useEnglishMessages(): void {
  const getMessage = (name: string, substitutions?: string | string[]): string => {
    const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    return (EN.get(name) ?? '').replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  };
  (fakeBrowser.i18n as { getMessage: typeof getMessage }).getMessage = getMessage;
}
