/**
 * URL helpers: the canonical URL of a page (AMP and tracking variants folded
 * into one), and what a portrait URL on staedtepartnerschaftennrw.org looks like.
 */

import { serialiseParsedUrl, serialiseUrl } from '../record/url-form';
import { memoForRun } from '../dom/run-cache';
import { PORTRAIT_HOST } from './site';

function hostKey(host: string): string {
  const lower = host.toLowerCase();
  return lower.startsWith('www.') ? lower.slice(4) : lower;
}

function parse(url: string, base?: string): URL | null {
  try {
    return new URL(url, base);
  } catch {
    return null;
  }
}

const isTracking = (key: string) => key === 'amp' || key.toLowerCase().startsWith('utm_');

/** The query without `amp` and `utm_*` parameters; the others stay exactly as written. */
function withoutTracking(search: string): string {
  const kept = search
    .slice(1)
    .split('&')
    .filter((pair) => {
      if (pair === '') return false;
      const key = pair.split('=')[0] as string;
      try {
        return !isTracking(decodeURIComponent(key.replace(/\+/g, ' ')));
      } catch {
        return true;
      }
    });
  return kept.length ? `?${kept.join('&')}` : '';
}

function isPortraitSite(u: URL): boolean {
  return hostKey(u.hostname) === PORTRAIT_HOST;
}

/** WordPress paths end with "/": "/duisburg-kryvyi-rih" and "/duisburg-kryvyi-rih/" are one page there. */
function withWordPressSlash(path: string): string {
  const last = path.split('/').pop() ?? '';
  return path.endsWith('/') || last.includes('.') ? path : `${path}/`;
}

/**
 * The URL a record is stored and found under: the hash, `amp` and `utm_*`
 * parameters and an AMP path suffix dropped, in the stored form of
 * serialiseUrl (percent-encoded so that it passes the record schema). Paths
 * stay as the site wrote them, except on the portrait site, a WordPress site
 * where every page path ends with "/". Used by clipping AND import.
 */
export function normaliseUrl(url: string): string {
  const u = parse(url);
  return u ? normaliseParsed(u) : url;
}

/** normaliseUrl of a URL parsed already (for a web URL, parsing its href again gives the same URL); edits `u`. */
function normaliseParsed(u: URL): string {
  if (u.protocol === 'http:' || u.protocol === 'https:') {
    // Each setter parses again: only what changes is set. An empty hash or
    // query may still leave a bare "#" or "?" in the href, which setting drops.
    if (u.href.includes('#')) u.hash = '';
    const search = withoutTracking(u.search);
    // The href read again: the hash, which may hold a "?", is gone now.
    if (search !== '' || u.href.includes('?')) u.search = search;
    const current = u.pathname;
    const path = current.replace(/\/amp\/?$/, '/');
    const pathname = isPortraitSite(u) ? withWordPressSlash(path) : path;
    if (pathname !== current) u.pathname = pathname;
    return serialiseParsedUrl(u);
  }
  return serialiseUrl(u.href) ?? u.href;
}

/**
 * The URL under which versions before schema v5 stored this page: they
 * re-encoded the query and gave every dot-less path a "/" on every site. A
 * record clipped then is found under this form (see urlLookupForms).
 */
function legacyNormaliseUrl(url: string): string {
  const u = parse(url);
  if (!u || (u.protocol !== 'http:' && u.protocol !== 'https:')) return normaliseUrl(url);
  u.hash = '';
  for (const key of Array.from(u.searchParams.keys())) if (isTracking(key)) u.searchParams.delete(key);
  u.search = u.searchParams.toString() ? `?${u.searchParams.toString()}` : '';
  u.pathname = withWordPressSlash(u.pathname.replace(/\/amp\/?$/, '/'));
  return serialiseUrl(u.href) ?? u.href;
}

/**
 * The stored URLs that mean this page, best first: its normalised form, then
 * the form an older version stored it under. Lookups take the first that
 * exists, so re-clipping or importing a page finds its older record.
 */
export function urlLookupForms(url: string): string[] {
  return [...new Set([normaliseUrl(url), legacyNormaliseUrl(url)])];
}

/**
 * A canonical or og:url value as a URL. A percent-encoded one
 * ("https%3A%2F%2F…", as some plugins write it) is decoded once and must then be
 * an absolute URL; otherwise it is ignored (null), not resolved as a path.
 */
function declaredUrl(value: string, base: string | undefined): URL | null {
  if (!/^[a-z][a-z0-9+.-]*%[0-9a-f]{2}/i.test(value)) return parse(value, base);
  try {
    return parse(decodeURIComponent(value));
  } catch {
    return null;
  }
}

/** The page's canonical URL: its <link rel="canonical"> when on the same site (or the page has no web URL). */
export function canonicalUrl(doc: Document, url: string): string {
  const page = parse(url);
  const links = Array.from(doc.querySelectorAll('link[rel]')).filter((l) =>
    (l.getAttribute('rel') || '').toLowerCase().split(/\s+/).includes('canonical'),
  );
  // AMP and saved pages carry the canonical link; og:url is the fallback, also for a canonical that is ignored.
  const declared = (value: string | null | undefined): URL | null => {
    const trimmed = value?.trim();
    const u = trimmed ? declaredUrl(trimmed, page?.href) : null;
    return u?.protocol === 'http:' || u?.protocol === 'https:' ? u : null;
  };
  const canonical = declared(links[0]?.getAttribute('href')) ?? declared(doc.querySelector('meta[property="og:url"]')?.getAttribute('content'));
  const pageIsWeb = page !== null && (page.protocol === 'http:' || page.protocol === 'https:');
  if (canonical) {
    if (!pageIsWeb || hostKey(canonical.hostname) === hostKey(page.hostname)) return normaliseParsed(canonical);
  }
  return pageIsWeb ? normaliseParsed(page) : normaliseUrl(page?.href ?? url);
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

/** isKnownNonPortraitUrl of the page's canonical URL, worked out once per registry run (several extractors ask). */
export function isKnownNonPortraitPageForRun(doc: Document, url: string): boolean {
  return memoForRun(doc, `non-portrait ${url}`, () => isKnownNonPortraitUrl(canonicalUrlForRun(doc, url)));
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
