// @vitest-environment jsdom
// Markdown that came in through an import leaves through the Markdown export
// as safe as clipped Markdown: no raw HTML but the allow-listed kind the
// clipper writes itself, no script links, no loading images. Code stays as is.
import { describe, expect, it } from 'vitest';
import { marked } from 'marked';
import { defuseMarkdown } from '../../../src/export/markdown-safety';
import { recordsToCombinedMarkdown, recordToMarkdown } from '../../../src/export/markdown';
import { makeAnswers, makeRecord } from '../helpers/records';

/** What a note app that renders raw HTML would build from the Markdown. */
function rendered(markdown: string): Document {
  return new DOMParser().parseFromString(marked.parse(markdown, { async: false }), 'text/html');
}

function assertHarmless(markdown: string): void {
  const doc = rendered(markdown);
  expect(doc.querySelectorAll('script, img, iframe, style, object, embed, svg, form, input')).toHaveLength(0);
  for (const el of doc.querySelectorAll('*')) {
    for (const attr of el.attributes) expect(attr.name).not.toMatch(/^on/i);
  }
  for (const a of doc.querySelectorAll('a')) expect(a.getAttribute('href') ?? '').not.toMatch(/^\s*(javascript|data|vbscript):/i);
}

const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  'Text <script>alert(1)</script> mehr',
  '<a href="javascript:alert(1)">Klick</a>',
  '[Klick](javascript:alert(1))',
  '[Klick](javascript\\:alert(1))',
  '[Klick](  <javascript:alert(1)>  )',
  '[Klick][ref]\n\n[ref]: javascript:alert(1)',
  '![Pixel](https://tracker.example/p.gif)',
  '<td onclick="alert(1)">x</td>',
  '<table><tr><td colspan="2" onmouseover="x">a</td></tr></table>',
  '<svg><script>alert(1)</script></svg>',
  '<div\nonclick="alert(1)">mehrzeilig</div>',
  '<!-- Kommentar --><iframe src="https://x.example"></iframe>',
  '<javascript:alert(1)>',
  '\\<img src=x onerror=alert(1)>',
];

describe('defuseMarkdown', () => {
  it.each(HOSTILE)('neutralises %j', (markdown) => {
    const out = defuseMarkdown(markdown);
    assertHarmless(out);
    assertHarmless(recordToMarkdown(makeRecord({ answers: [{ ...makeAnswers(1)[0]!, markdown }] })));
  });

  it('keeps the allow-listed HTML the clipper writes itself (tables, safe links)', () => {
    const table = '<table><thead><tr><th scope="col">Jahr</th></tr></thead><tbody><tr><td colspan="2"><a href="https://example.org/">Bericht</a></td></tr></tbody></table>';
    expect(defuseMarkdown(table)).toBe(table);
  });

  it('leaves code spans and fenced code alone', () => {
    const markdown = 'Der Tag `<script>` bleibt Code.\n\n```html\n<img src=x onerror=alert(1)>\n```\n\nAber <b onclick="x">nicht hier</b>.';
    const out = defuseMarkdown(markdown);
    expect(out).toContain('`<script>`');
    expect(out).toContain('```html\n<img src=x onerror=alert(1)>\n```');
    expect(out).toContain('&lt;b onclick="x">nicht hier</b>');
    assertHarmless(out);
  });

  it('changes nothing in ordinary clipped Markdown', () => {
    const markdown = '**Wichtig:** Die [Partnerschaft](https://example.org/a_b) begann 2022.\n\n- Schulen\n- Wasser & Energie\n\n> Zitat';
    expect(defuseMarkdown(markdown)).toBe(markdown);
  });
});

describe('the Markdown export of an imported record', () => {
  it('escapes raw HTML in title, question, intro and the combined file\'s metadata', () => {
    const record = makeRecord({
      title: '<img src=x onerror=alert(1)> – Kyiv',
      intro: '<script>alert(1)</script>',
      kind: '<iframe src=x>',
      note: '<img src=y onerror=alert(2)>',
      tags: ['<b onclick=x>'],
      interviewee: { name: '<svg onload=alert(3)>', affiliation: '<img src=z>' },
      answers: [{ ...makeAnswers(1)[0]!, question: '<img src=q onerror=alert(4)>?' }],
    });
    assertHarmless(recordToMarkdown(record));
    assertHarmless(recordsToCombinedMarkdown([record]));
  });
});
