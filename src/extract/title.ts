/**
 * Page titles and partner names: from the content heading, from <title> or
 * og:title without the site suffix, or, as a last resort, from the URL slug.
 */

import { wordingKey } from '../text/fold';
import { isChromeElement } from './chrome';
import { collapseWhitespace, hasAncestor, metaContent, textOf } from '../dom/nodes';
import { singleSlug } from './url';

/** En dash or em dash (spaced or not), or a spaced hyphen: "Kreis Lippe – Lutsk". */
const PARTNER_SEPARATOR = /\s*[\u2013\u2014]\s*|\s+-\s+/;

export function splitPartners(title: string): string[] {
  return title
    .split(PARTNER_SEPARATOR)
    .map((p) => collapseWhitespace(p))
    .filter(Boolean);
}

export function hasPartnerSeparator(text: string): boolean {
  return splitPartners(text).length >= 2;
}

const SITE_NAME = /st(?:ä|ae)dtepartnerschaften|auslandsgesellschaft|^nrw$|^home$|wordpress/i;

/** "Duisburg – Kryvyi Rih – Städtepartnerschaften NRW" → "Duisburg – Kryvyi Rih". */
export function stripSiteSuffix(title: string, siteName: string | null = null): string {
  let t = collapseWhitespace(title);
  const pipe = t.search(/\s[|·»]\s/);
  if (pipe > 0) t = t.slice(0, pipe).trim();
  const parts = t.split(/(\s+[\u2013\u2014-]\s+)/);
  const last = parts[parts.length - 1];
  if (parts.length >= 3 && last !== undefined) {
    const isSite = SITE_NAME.test(last) || (siteName !== null && wordingKey(last) === wordingKey(siteName));
    if (isSite) t = parts.slice(0, -2).join('').trim();
  }
  return t;
}

/**
 * The first h1 outside site chrome that reads like "A – B"; failing that an h2
 * of the content itself (never one of a sidebar's or related posts' headings).
 */
export function contentHeadingTitle(doc: Document, contentRoot: Element | null = null): string | null {
  const candidates: [ParentNode, string][] = [[doc, 'h1']];
  if (contentRoot) candidates.push([contentRoot, 'h2']);
  for (const [scope, selector] of candidates) {
    for (const el of Array.from(scope.querySelectorAll(selector))) {
      if (hasAncestor(el, isChromeElement)) continue;
      const text = textOf(el);
      if (text.length > 0 && text.length <= 120 && hasPartnerSeparator(text)) return text;
    }
  }
  return null;
}

/** og:title, else <title>, without a site suffix. */
export function metaTitle(doc: Document): string | null {
  const site = metaContent(doc, 'meta[property="og:site_name"]');
  for (const raw of [metaContent(doc, 'meta[property="og:title"]'), collapseWhitespace(doc.querySelector('title')?.textContent ?? '')]) {
    if (!raw) continue;
    const t = stripSiteSuffix(raw, site);
    if (t && !SITE_NAME.test(t)) return t;
  }
  return null;
}

/** The first h1 of the content (generic pages). */
export function firstHeading(doc: Document): string | null {
  for (const el of Array.from(doc.querySelectorAll('h1'))) {
    if (hasAncestor(el, isChromeElement)) continue;
    const text = textOf(el);
    if (text) return text;
  }
  return null;
}

function titleCase(words: string[]): string {
  return words.map((w) => (w ? w[0]!.toUpperCase() + w.slice(1) : w)).join(' ');
}

/** Finds the slug words as written in the page ("saporischschja" → "Saporischschja", "huerth" → "Hürth"). */
function spellingInText(slugWords: string[], pageWords: string[]): string | null {
  const target = slugWords.join(' ');
  const n = slugWords.length;
  for (let i = 0; i + n <= pageWords.length; i += 1) {
    const candidate = pageWords.slice(i, i + n);
    if (wordingKey(candidate.join(' ')) === target && /^\p{Lu}/u.test(candidate[0] ?? '')) return candidate.join(' ');
  }
  return null;
}

/** NRW sides whose name has two words. */
const TWO_WORD_PREFIXES = new Set(['kreis', 'rhein', 'staedteregion', 'oberbergischer', 'maerkischer', 'rheinisch', 'bad', 'st', 'sankt']);

/**
 * "kreis-lippe-lutsk" → ["Kreis Lippe", "Lutsk"]. Where the split is ambiguous
 * the page text decides (e.g. "Stadt Hürth" in the interview line), else a
 * two-word prefix list, else the first word is the NRW side.
 */
export function partnersFromSlug(url: string, pageText: string): string[] | null {
  const slug = singleSlug(url);
  if (!slug || !/^[a-z0-9]+(?:-[a-z0-9]+)+$/.test(slug)) return null;
  const words = slug.split('-');
  const pageWords = pageText.split(/[\s,.;:()„“"!?]+/).filter(Boolean);
  let cut = TWO_WORD_PREFIXES.has(words[0] ?? '') && words.length > 2 ? 2 : 1;
  // Prefer a split whose NRW side is spelled out in the page.
  for (let k = 1; k < words.length; k += 1) {
    if (spellingInText(words.slice(0, k), pageWords) && spellingInText(words.slice(k), pageWords)) {
      cut = k;
      break;
    }
  }
  const sides = [words.slice(0, cut), words.slice(cut)];
  return sides.map((side) => spellingInText(side, pageWords) ?? titleCase(side));
}
