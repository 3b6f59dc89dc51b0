/**
 * Property tests: whatever the markup, extractPage never throws, and every
 * answer's text really occurs in the page. 10,000 documents in total:
 * generated portraits, random tag soup and mutated golden fixtures.
 */

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../src/extract/registry';
import type { ExtractResult } from '../../../src/extract/types';
import { collapseText } from '../../../src/html-to-markdown/turndown';
import { QUESTIONS } from '../../../src/questions/catalogue';

const parser = new DOMParser();
const parse = (html: string): Document => parser.parseFromString(html, 'text/html');
const squeeze = (s: string): string => s.replace(/\s+/g, '');

/** Runs the registry and checks both properties; returns the result for further checks. */
function check(html: string, url = 'https://staedtepartnerschaftennrw.org/a-b/'): ExtractResult | null {
  let doc: Document;
  try {
    doc = parse(html);
  } catch {
    return null; // happy-dom's own parser gave up on this input: nothing of ours to test
  }
  let result: ExtractResult | undefined;
  expect(() => {
    result = extractPage(doc, url);
  }).not.toThrow();
  if (!result) throw new Error('no result');
  if (result.ok) {
    // JSON-LD answers occur in the page source; all others in its visible text, spacing included.
    const jsonLd = squeeze(
      Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))
        .map((s) => (s.textContent ?? '').replace(/<[^>]*>/g, ''))
        .join(''),
    );
    const visible = collapseText(doc.documentElement);
    for (const answer of result.content.answers) {
      if (result.content.extractor === 'faq-jsonld') expect(jsonLd).toContain(squeeze(answer.text));
      else expect(visible).toContain(answer.text);
    }
  }
  return result;
}

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const WORDS = ['Ja', 'Nein', 'Bisher', 'nicht', 'Stadt', 'Kreis', 'Partnerschaft', 'Köln', 'Straße', 'z.B.', '–', '-', '(2022)', '1.', '*', '_', '#', 'Fragen?', 'Größe', '&', '<b>', 'Fotos:', 'Hinweis:'];
const word = fc.constantFrom(...WORDS);
const sentence = fc.array(word, { minLength: 1, maxLength: 8 }).map((w) => w.join(' '));

/** Answers avoid words that would end an interview ("Fotos:") or mark an editor's note. */
const answerSentence = fc
  .array(fc.constantFrom(...WORDS.filter((w) => !w.endsWith(':'))), { minLength: 1, maxLength: 8 })
  .map((w) => w.join(' '));
const answerHtml = fc.oneof(
  answerSentence.map((s) => escapeHtml(s)),
  fc.array(answerSentence, { minLength: 1, maxLength: 3 }).map((items) => `${escapeHtml(items[0] ?? '')}<ul>${items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`),
  fc.tuple(answerSentence, answerSentence).map(([a, b]) => `${escapeHtml(a)}<br>${escapeHtml(b)}`),
);

const STYLES = ['p', 'strong-br', 'h3', 'b', 'div', 'br'] as const;

/** Slight rewordings a page might use: case, umlauts spelled out, one word dropped. */
type Variant = 'same' | 'upper' | 'ascii' | 'drop';
function reword(text: string, variant: Variant, seed: number): string {
  if (variant === 'upper') return text.toUpperCase();
  if (variant === 'ascii') return text.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss');
  if (variant === 'drop') {
    const words = text.split(' ');
    words.splice(1 + (seed % (words.length - 1)), 1);
    return words.join(' ').replace(/[^?]$/, '$&?');
  }
  return text;
}

/** A portrait-like page: random style, subset and order of questions, optional numbers, chrome. */
const portraitPage = fc
  .record({
    style: fc.constantFrom(...STYLES),
    order: fc.shuffledSubarray([...QUESTIONS], { minLength: 0, maxLength: 12 }),
    numbered: fc.boolean(),
    answers: fc.array(answerHtml, { minLength: 12, maxLength: 12 }),
    chrome: fc.boolean(),
    subtitle: fc.constantFrom('Porträt einer NRW-ukrainischen Städtepartnerschaft', 'Porträt einer NRW-Ukrainischen Kommunalpartnerschaft ??', ''),
    closing: fc.boolean(),
    variant: fc.constantFrom<Variant>('same', 'upper', 'ascii', 'drop'),
    seed: fc.nat(),
  })
  .map(({ style, order, numbered, answers, chrome, subtitle, closing, variant, seed }) => {
    const items = order.map((q, i) => {
      const question = `${numbered ? `${q.number}. ` : ''}${reword(q.text, variant, seed + i)}`;
      const answer = answers[i] ?? '';
      switch (style) {
        case 'p': return `<p>${question}</p><p>${answer}</p>`;
        case 'strong-br': return `<p><strong>${question}</strong><br>${answer}</p>`;
        case 'h3': return `<h3>${question}</h3><div>${answer}</div>`;
        case 'b': return `<p><b>${question}</b> ${answer}</p>`;
        case 'div': return `<div>${question}</div><div>${answer}</div>`;
        default: return `${question}<br>${answer}<br>`;
      }
    });
    const body = `<h1>Ort A – Ort B</h1><p>${subtitle}</p><p>Interview mit Eva Muster, Stadt A</p>${items.join('\n')}${
      closing ? '<p>Frau Muster, wir danken Ihnen für das Interview.<br>Das Interview führte Max Beispiel<br>Fotos: privat</p>' : ''
    }`;
    const nav = chrome ? '<nav><ul><li><a href="/projekt/">Projekt</a></li></ul></nav><aside>Wussten Sie schon?</aside>' : '';
    const footer = chrome ? '<footer><p>Über uns</p><p>Impressum</p></footer><div style="display:none">%d Bloggern gefällt das:</div>' : '';
    const html = `<html><head><title>A – B</title></head><body>${nav}<article><div class="entry-content">${body}</div></article>${footer}</body></html>`;
    return { html, ids: order.map((q) => q.id as string) };
  });

const TAGS = ['p', 'div', 'span', 'strong', 'b', 'h2', 'h3', 'ul', 'li', 'ol', 'br', 'details', 'summary', 'dl', 'dt', 'dd', 'table', 'tr', 'td', 'nav', 'script', 'em', 'a'];
const token = fc.oneof(
  fc.constantFrom(...TAGS).map((t) => `<${t}>`),
  fc.constantFrom(...TAGS).map((t) => `</${t}>`),
  sentence.map(escapeHtml),
  fc.constantFrom(...QUESTIONS.map((q) => `${q.number}. ${q.text}`)),
  fc.constantFrom('Wie geht es weiter?', 'Porträt einer NRW-ukrainischen Solidaritätspartnerschaft', 'Hinweis: Entwurf', '<p hidden>versteckt?</p>', '<br>', '&nbsp;'),
  fc.string({ maxLength: 12 }),
);
const tagSoup = fc.array(token, { minLength: 0, maxLength: 40 }).map((t) => t.join(''));

const fixtureDir = join(dirname(fileURLToPath(import.meta.url)), '../../golden/fixtures');
const fixtures = readdirSync(fixtureDir)
  .filter((f) => f.endsWith('.html'))
  .map((f) => readFileSync(join(fixtureDir, f), 'utf8'));

/** Deletes, duplicates or inserts a slice of a real fixture. */
const mutatedFixture = fc
  .record({
    index: fc.nat({ max: fixtures.length - 1 }),
    op: fc.constantFrom('delete', 'duplicate', 'insert'),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    length: fc.nat({ max: 400 }),
    insert: token,
  })
  .map(({ index, op, at, length, insert }) => {
    const html = fixtures[index] ?? '';
    const start = Math.floor(at * html.length);
    const end = Math.min(html.length, start + length);
    if (op === 'delete') return html.slice(0, start) + html.slice(end);
    if (op === 'duplicate') return html.slice(0, end) + html.slice(start, end) + html.slice(end);
    return html.slice(0, start) + insert + html.slice(start);
  });

describe('extractPage properties', () => {
  it('generated portraits: never throws, answers occur in the page, catalogue ids are found', () => {
    fc.assert(
      fc.property(portraitPage, ({ html, ids }) => {
        const result = check(html);
        if (result === null || ids.length < 3) return;
        // Three or more standard questions always make a portrait, with every id found.
        expect(result.ok && result.content.extractor).toBe('portrait');
        const found = result.ok ? result.content.answers.map((a) => a.questionId) : [];
        expect(found.filter((id) => id !== null)).toEqual(ids);
      }),
      { numRuns: 2000 },
    );
  }, 120_000);

  it('tag soup: never throws, answers occur in the page', () => {
    fc.assert(
      fc.property(tagSoup, (html) => {
        check(html);
      }),
      { numRuns: 7200 },
    );
  }, 120_000);

  it('mutated golden fixtures: never throws, answers occur in the page', () => {
    fc.assert(
      fc.property(mutatedFixture, (html) => {
        check(html);
      }),
      { numRuns: 800 },
    );
  }, 120_000);

  it('never throws on non-documents and odd URLs', () => {
    const doc = parse('<p>x</p>');
    for (const url of ['', 'not a url', 'javascript:alert(1)', 'file:///tmp/a.html']) expect(extractPage(doc, url).ok).toBe(false);
    expect(extractPage(null as unknown as Document, 'x')).toMatchObject({ ok: false, code: 'invalid-input' });
    expect(extractPage({} as Document, 'x')).toMatchObject({ ok: false });
  });
});
