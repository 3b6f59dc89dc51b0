/**
 * Site chrome: navigation, sidebars, footers, cookie banners, share and like
 * widgets. Segmentation skips these subtrees so no extractor ever sees them.
 */

import { runCacheOf, tagOf, visibleText } from '../dom/nodes';

const CHROME_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'DIALOG']);
/** Search and comment forms are chrome; a form wrapping a whole page (ASP.NET) is not. */
const MAX_FORM_TEXT = 500;
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog', 'alertdialog']);
/** A class or id token that starts with one of these words (then "-", "_" or end) marks chrome. */
const CHROME_WORDS = [
  'cookie', 'cookies', 'consent', 'gdpr', 'cmplz', 'borlabs', 'sidebar', 'widget', 'widgets', 'share', 'sharedaddy', 'sharing',
  'jp-relatedposts', 'related-posts', 'comments', 'comment-respond', 'respond', 'menu', 'nav', 'navbar', 'navigation',
  'main-navigation', 'breadcrumb', 'breadcrumbs', 'skip-link', 'screen-reader-text', 'site-footer', 'site-header', 'colophon',
  'masthead', 'social', 'post-navigation', 'wpcnt', 'wpl-likebox', 'newsletter',
];
const CHROME_TOKEN = new RegExp(`^(?:${CHROME_WORDS.map((w) => w.replace(/-/g, '\\-')).join('|')})(?:[-_].*)?$`, 'i');

/** Lines that are site furniture wherever they appear. */
export const CHROME_LINE = /^(?:%d Bloggern gefällt das:?|Gefällt mir:?|Teilen mit:?|Like this:?|Share this:?|Gefällt mir Wird geladen …?)$/i;

export function isChromeElement(el: Element): boolean {
  return isChromeTagged(el, tagOf(el));
}

/** isChromeElement for an element whose tag the caller has read already. */
export function isChromeTagged(el: Element, tag: string): boolean {
  if (CHROME_TAGS.has(tag)) return true;
  // Role, class and id are attributes; a bare element is chrome only as a
  // form or a page header. Telling is cheaper than a cache lookup.
  if (tag !== 'FORM' && tag !== 'HEADER' && !el.hasAttributes()) return false;
  const cache = runCacheOf('chrome');
  let chrome = cache?.get(el);
  if (chrome === undefined) {
    chrome = isChromeElementNow(el, tag);
    cache?.set(el, chrome);
  }
  return chrome;
}

function isChromeElementNow(el: Element, tag: string): boolean {
  if (tag === 'FORM' && visibleText(el).replace(/\s+/g, ' ').length < MAX_FORM_TEXT) return true;
  const role = (el.getAttribute('role') || '').toLowerCase();
  if (CHROME_ROLES.has(role)) return true;
  // A page header (not an article's own header with its title).
  if (tag === 'HEADER' && (el.querySelector('nav') || !el.querySelector('h1, h2'))) return true;
  return hasChromeToken(`${el.getAttribute('class') || ''} ${el.getAttribute('id') || ''}`);
}

/** Pages repeat a few class lists many times: during a run each one is tested once. */
function hasChromeToken(classAndId: string): boolean {
  const cache = runCacheOf('chromeTokens');
  let verdict = cache?.get(classAndId);
  if (verdict === undefined) {
    verdict = classAndId.split(/\s+/).some((t) => t !== '' && CHROME_TOKEN.test(t));
    cache?.set(classAndId, verdict);
  }
  return verdict;
}
