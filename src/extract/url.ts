/**
 * URL helpers: the canonical URL of a page (AMP and tracking variants folded
 * into one), and what a portrait URL on staedtepartnerschaftennrw.org looks like.
 */

import { memoForRun } from '../dom/run-cache';
import { PORTRAIT_HOST } from './site';

function hostKey(host: string): string {
  return host.toLowerCase().replace(/^www\./, '');
}

function parse(url: string, base?: string): URL | null {
  try {
    return new URL(url, base);
  } catch {
    return null;
  }
}

/** Drops the hash, `amp` and `utm_*` parameters and an AMP path suffix; WordPress paths end with "/". */
export function normaliseUrl(url: string): string {
  const u = parse(url);
  if (!u) return url;
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return u.href;
  u.hash = '';
  for (const key of Array.from(u.searchParams.keys())) {
    if (key === 'amp' || key.toLowerCase().startsWith('utm_')) u.searchParams.delete(key);
  }
  u.search = u.searchParams.toString() ? `?${u.searchParams.toString()}` : '';
  let path = u.pathname.replace(/\/amp\/?$/, '/');
  const last = path.split('/').pop() ?? '';
  if (!path.endsWith('/') && !last.includes('.')) path += '/';
  u.pathname = path;
  return u.href;
}

/** The page's canonical URL: its <link rel="canonical"> when on the same site (or the page has no web URL). */
export function canonicalUrl(doc: Document, url: string): string {
  const page = parse(url);
  const links = Array.from(doc.querySelectorAll('link[rel]')).filter((l) =>
    (l.getAttribute('rel') || '').toLowerCase().split(/\s+/).includes('canonical'),
  );
  // AMP and saved pages carry the canonical link; og:url is the fallback.
  const href = links[0]?.getAttribute('href')?.trim() || doc.querySelector('meta[property="og:url"]')?.getAttribute('content')?.trim();
  const canonical = href ? parse(href, page?.href) : null;
  const pageIsWeb = page !== null && (page.protocol === 'http:' || page.protocol === 'https:');
  if (canonical && (canonical.protocol === 'http:' || canonical.protocol === 'https:')) {
    if (!pageIsWeb || hostKey(canonical.hostname) === hostKey(page.hostname)) return normaliseUrl(canonical.href);
  }
  return normaliseUrl(page?.href ?? url);
}

/** canonicalUrl, worked out once per registry run (every extractor asks for it). */
export function canonicalUrlForRun(doc: Document, url: string): string {
  return memoForRun(doc, `canonical ${url}`, () => canonicalUrl(doc, url));
}

/** Single-segment pages of the portrait site that are known not to be portraits. */
const NOT_PORTRAIT_SLUGS = new Set([
  'projekt', 'who-is-who', 'ukraine', 'kontakt', 'impressum', 'datenschutz', 'datenschutzerklaerung', 'ueber-uns', 'about',
  'aktuelles', 'news', 'blog', 'termine', 'veranstaltungen', 'partnerschaften', 'portraets', 'kurzportraets', 'materialien',
  'links', 'presse', 'newsletter', 'team', 'foerderung', 'netzwerk', 'login', 'suche', 'barrierefreiheit', 'sitemap',
]);
const NOT_PORTRAIT_PREFIXES = ['bericht-', 'veranstaltung-', 'event-', 'termin-', 'news-', 'category-', 'tag-', 'author-', 'page-', 'wp-'];

/** The slug of a one-segment path ("/duisburg-kryvyi-rih/" → "duisburg-kryvyi-rih"), else null. */
export function singleSlug(url: string): string | null {
  const u = parse(url);
  if (!u) return null;
  const segments = u.pathname.split('/').filter(Boolean);
  if (segments.length !== 1) return null;
  try {
    return decodeURIComponent(segments[0] as string).toLowerCase();
  } catch {
    return null;
  }
}

/** Known non-portrait pages of the portrait site (event reports, project pages …). */
export function isKnownNonPortraitUrl(url: string): boolean {
  const u = parse(url);
  if (!u || hostKey(u.hostname) !== PORTRAIT_HOST) return false;
  const first = u.pathname.split('/').filter(Boolean)[0]?.toLowerCase() ?? '';
  return NOT_PORTRAIT_SLUGS.has(first) || NOT_PORTRAIT_PREFIXES.some((p) => first.startsWith(p));
}

/** `<nrw-side>-<ukrainian-side>` on the portrait site: one slug with at least one hyphen, not a known other page. */
export function looksLikePortraitUrl(url: string): boolean {
  const u = parse(url);
  if (!u || (u.protocol !== 'https:' && u.protocol !== 'http:')) return false;
  if (hostKey(u.hostname) !== PORTRAIT_HOST) return false;
  const slug = singleSlug(u.href);
  if (!slug || !/^[a-z0-9]+(?:-[a-z0-9]+)+$/.test(slug)) return false;
  return !isKnownNonPortraitUrl(u.href);
}
