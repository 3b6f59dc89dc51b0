/**
 * Per-run caches must not change what is read: visible text, hidden and chrome
 * decisions inside a registry run equal those outside one, and the Markdown
 * cleaner's short-circuit test equals textOf(...) !== ''.
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withRunCache } from '../../../src/dom/run-cache';
import { isChromeElement } from '../../../src/extract/chrome';
import { hasVisibleText, isNonContent, textOf, visibleText } from '../../../src/dom/nodes';

const parser = new DOMParser();
const parse = (html: string): Document => parser.parseFromString(html, 'text/html');

const TAGS = ['p', 'div', 'span', 'b', 'strong', 'nav', 'aside', 'ul', 'li', 'h2', 'script', 'style', 'br', 'section', 'form'];
const ATTRS = ['', ' hidden', ' style="display: none"', ' aria-hidden="true"', ' class="sidebar"', ' role="navigation"', ' id="main"'];
const TEXTS = ['', ' ', 'Wort', '\u00a0', '\u200b', '\u00ad', 'Frage?', 'a\u200db'];

/** Random nested markup from a small vocabulary, so hidden, chrome and invisible text all occur. */
const markup: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...TEXTS),
    fc
      .tuple(fc.constantFrom(...TAGS), fc.constantFrom(...ATTRS), fc.array(tie('node'), { maxLength: 4 }))
      .map(([tag, attr, children]) => (tag === 'br' ? '<br>' : `<${tag}${attr}>${children.join('')}</${tag}>`)),
  ),
})).node;

const allNodes = (doc: Document): Node[] => {
  const out: Node[] = [];
  const walk = (n: Node) => {
    out.push(n);
    for (const c of Array.from(n.childNodes)) walk(c);
  };
  walk(doc.body);
  return out;
};

const facts = (nodes: Node[]) =>
  nodes.map((n) => ({
    text: visibleText(n),
    nonContent: isNonContent(n),
    chrome: n.nodeType === 1 ? isChromeElement(n as Element) : null,
  }));

describe('per-run node caches', () => {
  it('give the same visible text, hidden and chrome decisions as uncached reads', () => {
    fc.assert(
      fc.property(fc.array(markup, { maxLength: 4 }), (parts) => {
        const doc = parse(`<body>${parts.join('')}</body>`);
        const nodes = allNodes(doc);
        const uncached = facts(nodes);
        // Twice inside a run: the second read comes from the cache, in reverse order (children first).
        const cached = withRunCache(() => {
          facts([...nodes].reverse());
          return facts(nodes);
        });
        expect(cached).toEqual(uncached);
      }),
      { numRuns: 500 },
    );
  });

  it('are dropped after a run, so a changed page is read afresh', () => {
    const doc = parse('<body><p id="x">alt</p></body>');
    const p = doc.getElementById('x') as Element;
    withRunCache(() => expect(textOf(p)).toBe('alt'));
    p.textContent = 'neu';
    withRunCache(() => expect(textOf(p)).toBe('neu'));
  });

  it("hasVisibleText equals textOf(node) !== ''", () => {
    fc.assert(
      fc.property(fc.array(markup, { maxLength: 4 }), (parts) => {
        const doc = parse(`<body>${parts.join('')}</body>`);
        for (const n of allNodes(doc)) expect(hasVisibleText(n)).toBe(textOf(n) !== '');
      }),
      { numRuns: 500 },
    );
  });
});
