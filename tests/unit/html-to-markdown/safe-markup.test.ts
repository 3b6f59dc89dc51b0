// Clipped page markup must not survive into the stored Markdown: exports of it
// are opened in note apps that render raw HTML. Checked on both DOMs we clip
// with (happy-dom here as the browser stand-in, linkedom as in the CLI) and
// through two renderers: plain marked (raw HTML on) and our own safe renderer.
import { parseHTML } from 'linkedom';
import { Marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { answerFromNodes } from '../../../src/extract/answer';
import { htmlToMarkdown } from '../../../src/html-to-markdown/turndown';
import { safeHtml } from '../../../src/html-to-markdown/safe-html';
import { isSafeHref } from '../../../src/links/safe-url';
import { isSafeHref as renderIsSafeHref, renderMarkdownSafe } from '../../../src/markdown-to-html/render';

const naive = new Marked();
const naiveHtml = (md: string) => naive.parse(md, { async: false });

function viaLinkedom(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body><div id="root">${html}</div></body></html>`);
  return htmlToMarkdown(document.getElementById('root')!);
}

const HOSTILE_TEXT = '<p>Text &lt;img src=x onerror=alert(1)&gt; und &lt;script&gt;alert(3)&lt;/script&gt; Ende</p>';

describe('angle brackets in page text stay text', () => {
  it('escapes every "<" on both DOMs, also where the DOM split the text at the entity', () => {
    for (const md of [htmlToMarkdown(HOSTILE_TEXT), viaLinkedom(HOSTILE_TEXT)]) {
      expect(md).not.toContain('<');
      // linkedom's separate ">" node is escaped as a line start: harmless either way.
      expect(md).toMatch(/&lt;img src=x onerror=alert\(1\)\\?>/);
      expect(md).toMatch(/&lt;script\\?>/);
    }
  });

  it('renders as the literal text in plain GFM (raw HTML on) and in our renderer', () => {
    for (const md of [htmlToMarkdown(HOSTILE_TEXT), viaLinkedom(HOSTILE_TEXT)]) {
      const plain = naiveHtml(md);
      expect(plain).not.toMatch(/<(img|script)/i);
      expect(plain).toContain('&lt;img src=x onerror=alert(1)&gt;');
      const ours = renderMarkdownSafe(md);
      const shown = new DOMParser().parseFromString(ours, 'text/html').body.textContent?.trim();
      expect(shown).toBe('Text <img src=x onerror=alert(1)> und <script>alert(3)</script> Ende');
    }
  });

  it('a "<" joined to a tag name only after an empty node is removed is still escaped', () => {
    const md = htmlToMarkdown('<p>&lt;<span></span>img src=x onerror=alert(1)&gt;</p>');
    expect(naiveHtml(md)).not.toMatch(/<img/i);
  });

  it('keeps "&lt;" written as text as those characters', () => {
    const md = htmlToMarkdown('<p>Schreibweise &amp;lt;script&amp;gt; im Quelltext</p>');
    expect(naiveHtml(md)).toContain('&amp;lt;script&amp;gt;');
    expect(htmlToMarkdown('<p>Köln & Essen</p>')).toBe('Köln & Essen');
  });

  it('stores the visible text unchanged next to the escaped Markdown', () => {
    const div = document.createElement('div');
    div.innerHTML = HOSTILE_TEXT;
    const answer = answerFromNodes(Array.from(div.childNodes), document);
    expect(answer.text).toBe('Text <img src=x onerror=alert(1)> und <script>alert(3)</script> Ende');
    expect(answer.markdown).toContain('&lt;img');
  });
});

describe('links', () => {
  it('drops unsafe targets and keeps the link text', () => {
    for (const href of ['javascript:alert(2)', ' JaVaScRiPt:alert(2)', 'java&#x09;script:alert(2)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x']) {
      const html = `<p>Vor <a href="${href.replace(/"/g, '&quot;')}">Link</a> nach</p>`;
      expect(htmlToMarkdown(html)).toBe('Vor Link nach');
      expect(viaLinkedom(html)).toBe('Vor Link nach');
    }
  });

  it('keeps safe targets as Markdown links that cannot break out of the destination', () => {
    expect(htmlToMarkdown('<a href="https://x.de/a_(b)">hier</a>')).toBe('[hier](https://x.de/a_\\(b\\))');
    expect(htmlToMarkdown('<a href="mailto:a@b.de" title="Mail &quot;uns&quot;">Mail</a>')).toBe('[Mail](mailto:a@b.de "Mail \\"uns\\"")');
    const tricky = htmlToMarkdown('<a href="https://x.de/ )<img src=x onerror=alert(1)>">t</a>');
    expect(tricky).toBe('[t](https://x.de/%20\\)%3Cimg%20src=x%20onerror=alert\\(1\\)%3E)');
    expect(naiveHtml(tricky)).not.toMatch(/<img/i);
  });

  it('uses the one scheme rule shared with the renderer', () => {
    expect(renderIsSafeHref).toBe(isSafeHref);
    expect(isSafeHref('https://a.de')).toBe(true);
    expect(isSafeHref('/relativ')).toBe(true);
    expect(isSafeHref('javascript:alert(1)')).toBe(false);
  });
});

describe('images', () => {
  it('keep only their alt text', () => {
    expect(htmlToMarkdown('<p>Foto <img src="https://t.example/pixel.gif" onerror="alert(1)" alt="Rathaus [Duisburg]"> rechts</p>')).toBe(
      'Foto Rathaus \\[Duisburg\\] rechts',
    );
    expect(htmlToMarkdown('<p>a <img src="x"> b</p>')).toMatch(/^a +b$/);
  });
});

describe('tables kept as HTML', () => {
  const complex =
    '<table onclick="alert(1)" style="color:red"><tr><td colspan="2" onmouseover="alert(2)">Kopf <img src=x onerror=alert(3) alt="Bild"></td></tr>' +
    '<tr><td><a href="javascript:alert(4)">böse</a> <a href="https://ok.de/">gut</a></td><td>1 &lt;script&gt;\n\n[x](javascript:alert(5))</td></tr></table>';

  it('are rebuilt from an allow-list on one line', () => {
    const md = htmlToMarkdown(complex);
    // Whether a <tbody> is implied depends on the DOM's parser.
    expect(md.replace(/<\/?tbody>/g, '')).toBe(
      '<table><tr><td colspan="2">Kopf Bild</td></tr><tr><td>böse <a href="https://ok.de/">gut</a></td><td>1 &lt;script&gt; &#91;x&#93;(javascript:alert(5))</td></tr></table>',
    );
    const rendered = naiveHtml(md);
    expect(rendered).not.toMatch(/ on\w+=|<img|<script|javascript:alert\(4\)|href="javascript/i);
  });

  it('escapes attribute values and drops unknown elements but keeps their text', () => {
    const div = document.createElement('div');
    div.innerHTML = '<table><tr><th scope="col&quot;><script>">a</th><td><svg onload="x"><text>svgtext</text></svg><iframe src="javascript:x"></iframe></td></tr></table>';
    expect(safeHtml(div.querySelector('table')!)).toBe('<table><tbody><tr><th>a</th><td>svgtext</td></tr></tbody></table>');
  });
});

describe('GFM corner cases found by the property test', () => {
  it('a bare URL right before escaped markup cannot swallow the escape', () => {
    const md = htmlToMarkdown('<p>http://x.example&lt;img src=x onerror=alert(1)&gt;</p>');
    expect(naiveHtml(md)).not.toMatch(/<img/i);
  });

  it('a bare URL right before inline code cannot swallow its backtick', () => {
    const md = htmlToMarkdown('<p>http://x.example<code>&lt;script&gt;alert(1)&lt;/script&gt;</code></p>');
    expect(md).toBe('http://x.example `<script>alert(1)</script>`');
    expect(naiveHtml(md)).not.toMatch(/<script/i);
    // Without "<" in the code, nothing changes.
    expect(htmlToMarkdown('<p>Befehl<code>npm ci</code></p>')).toBe('Befehl`npm ci`');
  });

  it('a "!" right before a link does not make it an image', () => {
    const md = htmlToMarkdown('<p><a href="javascript:x">Ja!</a><a href="https://t.example/p.gif">x</a></p>');
    expect(md).toBe('Ja! [x](https://t.example/p.gif)');
    expect(naiveHtml(md)).not.toMatch(/<img/i);
  });

  it('a backslash at the end of a text node cannot escape the next code span', () => {
    const md = htmlToMarkdown('<p>C:\\<code>&lt;script&gt;</code></p>');
    expect(naiveHtml(md)).not.toMatch(/<script/i);
  });

  it('an <li> outside a list still starts its own line, so its code block stays a code block', () => {
    const md = htmlToMarkdown('<p><code>a</code><li><pre><code>&lt;img src=x onerror=alert(1)&gt;</code></pre></li></p>');
    expect(naiveHtml(md)).not.toMatch(/<img/i);
  });
});

describe('code blocks inside inline elements', () => {
  it('become plain escaped text, since a fence there would break', () => {
    for (const wrap of ['strong', 'em', 'h3', 'span']) {
      const md = htmlToMarkdown(`<p><${wrap}>a<pre><code>&lt;img src=x onerror=alert(1)&gt;\n\`\`\`\n&lt;script&gt;</code></pre></${wrap}>b</p>`);
      expect(naiveHtml(md)).not.toMatch(/<(img|script)/i);
      expect(md).toContain('&lt;img src=x onerror=alert(1)>');
    }
    const linked = htmlToMarkdown('<a href="https://x.de/"><pre><code>&lt;img src=x onerror=alert(1)&gt;</code></pre></a>');
    expect(naiveHtml(linked)).not.toMatch(/<img/i);
    // Top-level code blocks stay fenced.
    expect(htmlToMarkdown('<pre><code>&lt;b&gt;</code></pre>')).toBe('```\n<b>\n```');
  });
});

describe('an HTML table at the end of a list item', () => {
  it('is followed by a blank line, so what comes next is not read as raw HTML', () => {
    const md = htmlToMarkdown('<ul><li>a<table><tr><td colspan="2">x</td></tr></table></li><li><code>&lt;script&gt;alert(1)&lt;/script&gt;</code></li></ul>');
    expect(naiveHtml(md)).not.toMatch(/<script/i);
  });
});
