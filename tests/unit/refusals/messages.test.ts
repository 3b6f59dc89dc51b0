import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMessagesText } from '@wxt-dev/i18n/build';
import type { GeneratedI18nStructure } from '#i18n';
import type { RefusalCode } from '../../../src/refusals/codes';
import { REFUSAL_CODES, refusalKey, refusalText, type RefusalKey } from '../../../src/refusals/messages';

function messages(locale: 'en' | 'de'): Map<string, string> {
  const text = readFileSync(join(__dirname, '..', '..', '..', 'src', 'locales', `${locale}.yml`), 'utf8');
  return new Map(parseMessagesText(text, 'YAML').map((m) => [m.key.join('.'), 'message' in m ? m.message : ''] as const));
}

const EN = messages('en');
const DE = messages('de');

describe('refusal messages', () => {
  it('every known code has an English and a German message', () => {
    for (const code of REFUSAL_CODES) {
      const key = refusalKey(code)!;
      expect(EN.get(key), `${code} in en.yml`).toBeTruthy();
      expect(DE.get(key), `${code} in de.yml`).toBeTruthy();
      expect(DE.get(key)).not.toBe(EN.get(key));
    }
  });

  it('has a message key for every code, and every key is a generated message (the compiler checks both)', () => {
    // A RefusalCode without an entry in KEYS, or a RefusalKey missing from en.yml, fails `npm run check` here.
    const everyKey: ReadonlyArray<keyof GeneratedI18nStructure> = REFUSAL_CODES.map((code: RefusalCode): RefusalKey => refusalKey(code)!);
    expect(everyKey.every((key) => EN.has(key))).toBe(true);
    expect(new Set(everyKey).size).toBe(REFUSAL_CODES.length);
  });

  it('covers the extract, clip, fetch and bulk-start codes', () => {
    for (const code of ['no-qa', 'not-a-portrait', 'invalid-input', 'internal-error', 'cannot-access', 'no-answer', 'storage', 'no-tab', 'http', 'network', 'aborted', 'cross-origin', 'interrupted', 'bulk-running', 'bulk-empty', 'bulk-none']) {
      expect(refusalKey(code), code).not.toBeNull();
    }
  });

  it('translates by code, not by the English reason', () => {
    const de = (key: string) => DE.get(key) ?? '';
    expect(refusalText({ code: 'no-qa', reason: 'No questions and answers found on this page.' }, de)).toBe(
      'Auf dieser Seite wurden keine Fragen und Antworten gefunden.',
    );
    expect(refusalText({ code: 'no-qa', reason: 'whatever' }, (key) => EN.get(key) ?? '')).toContain('No questions and answers found on this page');
  });

  it('falls back to the reason for an unknown code, a missing code or a missing message', () => {
    const de = (key: string) => DE.get(key) ?? '';
    expect(refusalText({ code: 'brand-new', reason: 'Something new.' }, de)).toBe('Something new.');
    expect(refusalText({ reason: 'No code.' }, de)).toBe('No code.');
    expect(refusalText({ code: 'no-qa', reason: 'Kept.' }, () => '')).toBe('Kept.');
    // Inherited object keys are not codes.
    expect(refusalText({ code: 'toString', reason: 'Odd.' }, de)).toBe('Odd.');
  });
});
