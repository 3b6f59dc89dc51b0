/**
 * Whether the browser lets an extension read a tab's page at all. Its own
 * pages (settings, new tab, other extensions', ours) and the extension stores
 * refuse every script, so the popup disables "Clip this page" there and says
 * why, instead of offering a click that can only fail. Anything unknown counts
 * as clippable: the clip itself still reports a refusal.
 */

/** Schemes of web pages and local files: the only ones a content script can run in. */
const SCRIPTABLE_SCHEMES = new Set(['http:', 'https:', 'file:']);

/** Web pages the browsers keep from every extension (their extension stores). */
const STORE_PAGES: readonly { host: string; path?: string }[] = [
  { host: 'chromewebstore.google.com' },
  { host: 'chrome.google.com', path: '/webstore' },
  { host: 'microsoftedge.microsoft.com', path: '/addons' },
  { host: 'addons.mozilla.org' },
];

export function isClippableUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return true; // not ours to judge: the clip reports what went wrong
  }
  if (!SCRIPTABLE_SCHEMES.has(parsed.protocol)) return false;
  const host = parsed.hostname.toLowerCase();
  return !STORE_PAGES.some((store) => store.host === host && (store.path === undefined || parsed.pathname.startsWith(store.path)));
}
