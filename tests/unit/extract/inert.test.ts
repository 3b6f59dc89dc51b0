import { describe, expect, it } from 'vitest';
import { answerFromNodes } from '../../../src/extract/answer';
import { inertCopy, scratchDocument } from '../../../src/dom/inert';
import { extractPage } from '../../../src/extract/registry';
import { htmlToMarkdown } from '../../../src/html-to-markdown/turndown';

const page = `<!doctype html><html><head><title>T</title></head><body><main><p>Antwort <img src="/a.jpg" onerror="alert(1)" alt="Bild"></p></main></body></html>`;

describe('inert parsing', () => {
  it('copies the page node for node into another document', () => {
    const live = new DOMParser().parseFromString(page, 'text/html');
    const before = live.documentElement.outerHTML;
    const copy = inertCopy(live);
    expect(copy).not.toBe(live);
    expect(copy.documentElement.outerHTML).toBe(before);
    expect(copy.querySelector('img')?.ownerDocument).toBe(copy);
    extractPage(copy, 'https://example.org/');
    expect(live.documentElement.outerHTML).toBe(before);
  });

  it('builds answer trees and Markdown outside the document it reads', () => {
    const live = new DOMParser().parseFromString(page, 'text/html');
    const created: Node[] = [];
    const createElement = live.createElement.bind(live);
    live.createElement = ((tag: string) => {
      const el = createElement(tag);
      created.push(el);
      return el;
    }) as typeof live.createElement;
    const importNode = live.importNode.bind(live);
    live.importNode = (<T extends Node>(node: T, deep?: boolean) => {
      created.push(node);
      return importNode(node, deep);
    }) as typeof live.importNode;
    const p = live.querySelector('p') as Element;
    expect(answerFromNodes([p], live).markdown).toBe('Antwort Bild');
    expect(htmlToMarkdown(p)).toBe('Antwort Bild');
    expect(created).toEqual([]);
    expect(scratchDocument(live)).not.toBe(live);
  });
});
