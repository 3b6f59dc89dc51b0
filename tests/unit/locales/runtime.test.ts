// The runtime language switch (src/browser/i18n.ts): the browser's language by
// default, the messages.json of the language chosen in the options otherwise,
// each with its own plural rules, and listeners told on every switch. The
// chosen language's file is "fetched" from what the build generates from the YAML.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { formatCount, i18n, onLanguageChange, startI18n, uiLanguage, uiLocale } from '../../../src/browser/i18n';
import { pluralForm, shippedLanguage, substitute } from '../../../src/browser/message-format';
import { languageSetting } from '../../../src/browser/settings';
import { builtMessages, useEnglishMessages } from '../helpers/english-messages';

const fetched: string[] = [];

beforeAll(() => {
  fakeBrowser.reset();
  useEnglishMessages();
  vi.stubGlobal('fetch', async (url: string) => {
    fetched.push(url);
    const language = /_locales\/(\w+)\/messages\.json$/.exec(url)?.[1];
    if (!language) throw new TypeError(`unexpected fetch ${url}`);
    return new Response(JSON.stringify(builtMessages(language)));
  });
});
afterAll(() => vi.unstubAllGlobals());

async function switchTo(choice: 'browser' | 'de' | 'en' | 'uk') {
  const switched = new Promise<void>((resolve) => {
    const stop = onLanguageChange(() => {
      stop();
      resolve();
    });
  });
  await languageSetting.setValue(choice);
  await switched;
}

describe('the UI language at runtime', () => {
  it('follows the browser by default, without loading anything', async () => {
    await startI18n();
    expect(fetched).toEqual([]);
    expect(uiLanguage()).toBe('en');
    expect(i18n.t('manage.count', 1)).toBe('1 partnership in your collection');
    expect(i18n.t('manage.count', 7)).toBe('7 partnerships in your collection');
  });

  it('switches to Ukrainian when chosen, with the three Ukrainian plural forms', async () => {
    await switchTo('uk');
    expect(fetched.at(-1)).toMatch(/\/_locales\/uk\/messages\.json$/);
    expect(uiLanguage()).toBe('uk');
    expect(uiLocale()).toBe('uk');
    expect(i18n.t('popup.clip')).toBe('Зберегти цю сторінку');
    expect(i18n.t('manage.count', 1)).toBe('1 партнерство у вашій колекції');
    expect(i18n.t('manage.count', 3)).toBe('3 партнерства у вашій колекції');
    expect(i18n.t('manage.count', 5)).toBe('5 партнерств у вашій колекції');
    expect(i18n.t('manage.count', 11)).toBe('11 партнерств у вашій колекції');
    expect(i18n.t('manage.count', 21)).toBe('21 партнерство у вашій колекції');
    expect(i18n.t('tab.selectedCount', ['2', '9'])).toBe('Вибрано 2 з 9');
    expect(i18n.t('@@ui_locale')).toBe('uk');
  });

  it('switches to German and back to the browser language', async () => {
    await switchTo('de');
    expect(i18n.t('tab.missingIds', 1)).toBe('1 Partnerschaft aus diesem Link ist nicht mehr in Ihrer Sammlung.');
    expect(i18n.t('questions.firstContact')).toBe('Erstkontakt');
    await switchTo('browser');
    expect(uiLanguage()).toBe('en');
    expect(i18n.t('tab.missingIds', 1)).toBe('1 partnership from this link is no longer in your collection.');
  });

  it('writes counts in the chosen language, not the browser’s', async () => {
    expect(formatCount(10000)).toBe('10,000');
    expect(i18n.t('manage.count', 12345)).toBe('12,345 partnerships in your collection');
    await switchTo('de');
    expect(formatCount(10000)).toBe('10.000');
    expect(i18n.t('manage.count', 12345)).toMatch(/^12\.345 /);
    await switchTo('uk');
    expect(formatCount(10000)).toBe('10\u00a0000');
    await switchTo('browser');
    expect(formatCount(10000)).toBe('10,000');
  });
});

describe('message formatting', () => {
  it('substitutes like chrome.i18n.getMessage', () => {
    expect(substitute('$1 of $2, $$5', ['a', 'b'])).toBe('a of b, $5');
  });

  it('picks plural forms by the language rules and falls back to the last form', () => {
    expect(pluralForm('a | b', 1, 'de')).toBe('a');
    expect(pluralForm('a | b', 0, 'de')).toBe('b');
    expect(pluralForm('one | few | many | other', 22, 'uk')).toBe('few');
    expect(pluralForm('one | few | many | other', 25, 'uk')).toBe('many');
    expect(pluralForm('one | other', 25, 'uk')).toBe('other');
  });

  it('resolves a browser locale to a shipped language as the browser does', () => {
    expect(shippedLanguage('de-AT')).toBe('de');
    expect(shippedLanguage('uk')).toBe('uk');
    expect(shippedLanguage('fr-FR')).toBe('en');
  });
});
