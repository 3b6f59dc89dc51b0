import { describe, expect, it } from 'vitest';
import { isClippableUrl } from '../../../src/browser/clippable-url';

describe('isClippableUrl', () => {
  it('takes web pages and local files', () => {
    for (const url of [
      'https://staedtepartnerschaftennrw.org/portraits/hamm-mukatschewo',
      'http://faq.example.test/fragen',
      'file:///home/me/portrait.html',
      // A store's name elsewhere in the address is no store page.
      'https://example.org/chromewebstore.google.com',
      'https://chrome.google.com/search',
    ]) {
      expect(isClippableUrl(url), url).toBe(true);
    }
  });

  it("refuses the browser's own pages, extension pages and the extension stores", () => {
    for (const url of [
      'chrome://extensions/',
      'chrome-extension://abcdefghijklmnopabcdefghijklmnop/collection.html',
      'moz-extension://0a1b2c3d/compare.html',
      'about:blank',
      'about:newtab',
      'edge://settings',
      'view-source:https://example.org/',
      'data:text/html,<p>x</p>',
      'https://chromewebstore.google.com/detail/xyz',
      'https://chrome.google.com/webstore/detail/xyz',
      'https://addons.mozilla.org/de/firefox/',
      'https://microsoftedge.microsoft.com/addons/detail/xyz',
    ]) {
      expect(isClippableUrl(url), url).toBe(false);
    }
  });

  it('leaves what it cannot parse to the clip, which reports the refusal', () => {
    expect(isClippableUrl('not a url')).toBe(true);
    expect(isClippableUrl('')).toBe(true);
  });
});
