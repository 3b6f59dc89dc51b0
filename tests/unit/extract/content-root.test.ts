// findContentRoot counts the text around a lone candidate first and its own
// text only until the share is reached. It must choose exactly what comparing
// whole lengths chooses (the rule as first written, kept here as the spec),
// on any page: random trees of CMS containers, chrome, hidden parts and text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findContentRoot, mainTextLength } from '../../../src/extract/blocks';
import { isChromeElement } from '../../../src/extract/chrome';
import { withRunCache } from '../../../src/dom/run-cache';
import { prng } from '../helpers/prng';

const ROOT_SELECTORS = ['.entry-content', '[itemprop="articleBody"]', '.post-content', 'article', 'main', '[role="main"]', '#content', '#main'];

/** The rule with whole lengths: the longest outside-chrome candidate of the first selector that holds a third of the text. */
function byWholeLengths(doc: Document): Element {
  const body = doc.body;
  let total = 0;
  for (let child = body.firstChild; child; child = child.nextSibling) total += mainTextLength(child);
  const insideChrome = (el: Element) => {
    for (let cur: Element | null = el; cur && cur !== body; cur = cur.parentElement) if (isChromeElement(cur)) return true;
    return false;
  };
  const longest = (selector: string, outsideChrome: boolean): [Element | null, number] => {
    let best: Element | null = null;
    let bestLength = 0;
    for (const el of Array.from(doc.querySelectorAll(selector))) {
      if (outsideChrome ? insideChrome(el) : isChromeElement(el)) continue;
      const length = mainTextLength(el);
      if (length > bestLength) [best, bestLength] = [el, length];
    }
    return [best, bestLength];
  };
  for (const selector of ROOT_SELECTORS) {
    const [best, length] = longest(selector, true);
    if (best && length > 0 && length >= total / 3) return best;
  }
  for (const selector of ROOT_SELECTORS) {
    const [best, length] = longest(selector, false);
    if (best && length > total) return best;
  }
  return body;
}

const TAGS = ['div', 'div', 'section', 'article', 'main', 'aside', 'nav', 'p', 'p', 'span', 'script', 'header', 'footer', 'form'];
const CLASSES = ['', '', '', 'entry-content', 'post-content', 'sidebar', 'widget', 'comments', 'site-main', 'content'];
const IDS = ['', '', '', '', 'content', 'main', 'secondary'];

/** A random page body from a seed, so every run is reproducible. */
function randomBody(seed: number): string {
  const rand = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const node = (depth: number): string => {
    if (depth > 4 || rand() < 0.3) return ` ${'Wort '.repeat(Math.floor(rand() * 12))}\n `;
    const tag = pick(TAGS);
    const cls = pick(CLASSES);
    const id = pick(IDS);
    const attrs = `${cls ? ` class="${cls}"` : ''}${id ? ` id="${id}"` : ''}${rand() < 0.08 ? ' hidden' : ''}${rand() < 0.05 ? ' itemprop="articleBody"' : ''}${rand() < 0.05 ? ' role="main"' : ''}`;
    const children = Array.from({ length: Math.floor(rand() * 4) }, () => node(depth + 1)).join('');
    return `<${tag}${attrs}>${children}</${tag}>`;
  };
  return Array.from({ length: 1 + Math.floor(rand() * 4) }, () => node(0)).join('');
}

describe('findContentRoot', () => {
  it('chooses what comparing whole lengths chooses (random pages)', () => {
    let chosenBelowBody = 0;
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const doc = new DOMParser().parseFromString(`<!doctype html><html><body>${randomBody(seed)}</body></html>`, 'text/html');
        const expected = byWholeLengths(doc);
        const actual = withRunCache(() => findContentRoot(doc));
        if (expected !== doc.body) chosenBelowBody += 1;
        expect(actual).toBe(expected);
      }),
      { numRuns: 1500 },
    );
    // The pages must exercise the rule, not only fall back to the body.
    expect(chosenBelowBody).toBeGreaterThan(300);
  });

  it('takes a lone article even when a long teaser follows it outside', () => {
    const words = (n: number) => 'Wort '.repeat(n);
    const doc = new DOMParser().parseFromString(
      `<body><div class="entry-content"><p>${words(10)}</p></div><div>${words(20)}</div></body>`,
      'text/html',
    );
    expect(withRunCache(() => findContentRoot(doc)).className).toBe('entry-content');
    const less = new DOMParser().parseFromString(
      `<body><div class="entry-content"><p>${words(10)}</p></div><div>${words(21)}</div></body>`,
      'text/html',
    );
    expect(withRunCache(() => findContentRoot(less)).tagName).toBe('BODY');
  });
});
