// Keeps the three UI languages complete and well-formed: every English message
// exists in German and Ukrainian with the same placeholders, plural messages
// have exactly the forms their language distinguishes, and nothing is empty.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMessagesText, type ParsedMessage } from '@wxt-dev/i18n/build';
import { pluralCategories, UI_LANGUAGES } from '../../../src/browser/message-format';
import { QUESTIONS } from '../../../src/questions/catalogue';

const LOCALES = join(__dirname, '..', '..', '..', 'src', 'locales');

function messagesOf(language: string): Map<string, ParsedMessage> {
  const parsed = parseMessagesText(readFileSync(join(LOCALES, `${language}.yml`), 'utf8'), 'YAML');
  // @wxt-dev/i18n adds Chrome's predefined @@ messages; they are not ours.
  return new Map(parsed.filter((m) => !m.key[0]!.startsWith('@@')).map((m) => [m.key.join('.'), m]));
}

/** The texts of a message: one, or one per plural form. */
const textsOf = (m: ParsedMessage): string[] => ('plurals' in m ? Object.values(m.plurals) : [m.message]);
const placeholders = (text: string) => [...new Set(text.match(/\$[1-9]/g) ?? [])].sort();

const english = messagesOf('en');

describe.each(UI_LANGUAGES)('the %s UI strings', (language) => {
  const messages = messagesOf(language);

  it('have exactly the English keys', () => {
    expect([...messages.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('use the same placeholders as English in every form', () => {
    // Where "one" means exactly 1 (English, German) that form may write the number out
    // ("1 stored row"); in Ukrainian "one" also covers 21, 31, … so it needs the number.
    const oneIsOnlyOne = new Intl.PluralRules(language).select(21) !== 'one';
    for (const [key, en] of english) {
      const expected = placeholders(textsOf(en).join(' '));
      const message = messages.get(key)!;
      const texts = textsOf(message);
      expect(placeholders(texts.join(' ')), `${language} ${key}`).toEqual(expected);
      texts.forEach((text, form) => {
        if (message.type === 'plural' && form === 0 && oneIsOnlyOne) return;
        expect(placeholders(text), `${language} ${key}: ${text}`).toEqual(expected);
      });
    }
  });

  it('are plural where English is, with one form per plural category of the language', () => {
    const forms = pluralCategories(language).length;
    for (const [key, en] of english) {
      const message = messages.get(key)!;
      expect(message.type, `${language} ${key}`).toBe(en.type);
      if (message.type === 'plural') expect(textsOf(message), `${language} ${key}`).toHaveLength(forms);
    }
  });

  it('have no empty text, no stray space before a comma or full stop, no doubled space', () => {
    // (A trailing space is allowed: "added: " is read out before the added text.)
    for (const [key, message] of messages) {
      for (const text of textsOf(message)) {
        expect(text.trim(), `${language} ${key}`).not.toBe('');
        expect(text, `${language} ${key}`).toBe(text.trimStart());
        // "Comma ," and "Semicolon ;" name the delimiter itself.
        if (!key.startsWith('options.delimiter')) expect(text, `${language} ${key}`).not.toMatch(/\s[,.;]/);
        expect(text, `${language} ${key}`).not.toMatch(/ {2}/);
      }
    }
  });

  it('fit the store summary limit with the description', () => {
    expect(textsOf(messages.get('extDescription')!)[0]!.length).toBeLessThanOrEqual(132);
  });

  it('label all 12 standard questions', () => {
    const labels = [...messages.keys()].filter((k) => k.startsWith('questions.'));
    expect(labels).toHaveLength(QUESTIONS.length);
  });
});

describe('plural categories', () => {
  it('are one/other for English and German, one/few/many/other for Ukrainian', () => {
    expect(pluralCategories('en')).toEqual(['one', 'other']);
    expect(pluralCategories('de')).toEqual(['one', 'other']);
    expect(pluralCategories('uk')).toEqual(['one', 'few', 'many', 'other']);
  });
});
