import { describe, expect, it } from 'vitest';
import { accordionExtractor } from '../../../src/extract/extractors/accordion';
import { definitionListExtractor } from '../../../src/extract/extractors/definition-list';
import { faqJsonLdExtractor } from '../../../src/extract/extractors/faq-jsonld';
import { headingQaExtractor } from '../../../src/extract/extractors/heading-qa';

const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
const ld = (data: unknown): string => `<script type="application/ld+json">${JSON.stringify(data).replace(/<\//g, "<\\/")}</script>`;
const URL = 'https://example.org/faq/';

describe('faq-jsonld', () => {
  it('reads FAQPage from a top-level array and QAPage answers', () => {
    const doc = parse(
      ld([{ '@type': 'Organization', name: 'x' }, { '@type': ['WebPage', 'FAQPage'], mainEntity: [{ '@type': 'Question', name: 'Wer?', acceptedAnswer: { text: 'Wir <b>alle</b>.' } }] }]) +
        ld({ '@context': 'https://schema.org', '@type': 'QAPage', mainEntity: { '@type': 'Question', name: 'Wie?', suggestedAnswer: [{ '@type': 'Answer', text: 'So.' }] } }) +
        '<script type="application/ld+json">{ kaputt</script><h1>FAQ</h1>',
    );
    expect(faqJsonLdExtractor.detect(doc, URL)).toBeGreaterThan(0.5);
    const r = faqJsonLdExtractor.extract(doc, URL);
    if (!r.ok) throw new Error(r.reason);
    expect(r.content.title).toBe('FAQ');
    expect(r.content.answers.map((a) => [a.question, a.markdown, a.text])).toEqual([
      ['Wer?', 'Wir **alle**.', 'Wir alle.'],
      ['Wie?', 'So.', 'So.'],
    ]);
  });

  it('does not run or load anything from answer HTML', () => {
    const doc = parse(ld({ '@type': 'FAQPage', mainEntity: [{ '@type': 'Question', name: 'X?', acceptedAnswer: { text: '<img src=x onerror="window.__pwned=1">Text<script>window.__pwned=1</script>' } }] }));
    const r = faqJsonLdExtractor.extract(doc, URL);
    expect(r.ok && r.content.answers[0]?.text).toBe('Text');
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });
});

describe('accordion and definition list', () => {
  it('extracts question-like accordions, refuses menus of plain labels', () => {
    const qa = parse('<details><summary>Wann?</summary><p>Morgen.</p></details><details><summary>Wo?</summary>Im <b>Rathaus</b>.</details>');
    const r = accordionExtractor.extract(qa, URL);
    expect(r.ok && r.content.answers.map((a) => a.markdown)).toEqual(['Morgen.', 'Im **Rathaus**.']);
    const labels = parse('<details><summary>Öffnungszeiten</summary>9–12 Uhr</details><details><summary>Anfahrt</summary>Bus 5</details>');
    expect(accordionExtractor.detect(labels, URL)).toBe(0);
  });

  it('joins several <dd> of a <dt> and refuses glossaries', () => {
    const r = definitionListExtractor.extract(parse('<dl><dt>Wer?</dt><dd>A</dd><dd>B</dd><div><dt>Was?</dt><dd>C</dd></div></dl>'), URL);
    expect(r.ok && r.content.answers.map((a) => [a.question, a.text])).toEqual([['Wer?', 'A B'], ['Was?', 'C']]);
    expect(definitionListExtractor.detect(parse('<dl><dt>Kommune</dt><dd>Gemeinde</dd><dt>Kreis</dt><dd>Verbund</dd></dl>'), URL)).toBe(0);
  });
});

describe('heading-qa', () => {
  it('needs three answered questions', () => {
    const two = parse('<h2>Eins?</h2><p>a</p><h2>Zwei?</h2><p>b</p>');
    expect(headingQaExtractor.detect(two, URL)).toBe(0);
    const three = parse('<h2>Eins?</h2><p>a</p><p><strong>Zwei?</strong></p><p>b</p><h3>Drei?</h3><ul><li>c</li></ul>');
    const r = headingQaExtractor.extract(three, URL);
    expect(r.ok && r.content.answers.map((a) => [a.question, a.markdown])).toEqual([['Eins?', 'a'], ['Zwei?', 'b'], ['Drei?', '- c']]);
  });

  it('refuses when most headings are not questions', () => {
    const doc = parse('<h2>Eins?</h2><p>a</p><h2>Zwei?</h2><p>b</p><h2>Drei?</h2><p>c</p><h2>Rückblick</h2><p>d</p><h2>Programm</h2><p>e</p><h2>Team</h2><p>f</p>');
    expect(headingQaExtractor.detect(doc, URL)).toBe(0);
    expect(headingQaExtractor.extract(doc, URL).ok).toBe(false);
  });
});
