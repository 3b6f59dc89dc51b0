// @vitest-environment jsdom
// DOMPurify does not support happy-dom (the unit default): its sanitising is
// broken there, so these tests run in jsdom, the DOM DOMPurify is tested on.
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import {
  isSourceUrl,
  isSafeHref,
  markdownFirstPass,
  renderInlineSafe,
  renderMarkdownSafe,
  sanitizeAnswerHtml,
  type WindowLike,
} from '../../../src/markdown-to-html/render';

/** Parses rendered HTML and reports anything dangerous that survived. */
function dangers(html: string): string[] {
  const host = document.createElement('div');
  host.innerHTML = html;
  const found: string[] = [];
  for (const el of host.querySelectorAll('*')) {
    const tag = el.tagName.toLowerCase();
    if (['script', 'img', 'iframe', 'svg', 'style', 'object', 'embed', 'form', 'input', 'math', 'link', 'meta'].includes(tag)) {
      found.push(`<${tag}>`);
    }
    for (const attr of el.getAttributeNames()) {
      const value = el.getAttribute(attr) ?? '';
      if (/^on/i.test(attr) || attr === 'style' || attr === 'src' || attr === 'srcdoc') found.push(`${tag}@${attr}`);
      if (/^\s*(?:javascript|data|vbscript):/i.test(value.replace(/[\u0000-\u0020]/g, ''))) found.push(`${tag}@${attr}=${value}`);
    }
  }
  return found;
}

describe('renderMarkdownSafe: ordinary answers', () => {
  it('renders paragraphs, emphasis, lists, code, quotes and headings', () => {
    const html = renderMarkdownSafe(
      '## Erfolge\n\nErster **persönlicher** Austausch im *März*.\n\n- Schulen\n- Vereine\n\n3. drei\n4. vier\n\n> Zitat\n\n`code`\n\n---',
    );
    expect(html).toContain('<h2>Erfolge</h2>');
    expect(html).toContain('<strong>persönlicher</strong>');
    expect(html).toContain('<em>März</em>');
    expect(html).toMatch(/<ul>\s*<li>Schulen<\/li>\s*<li>Vereine<\/li>\s*<\/ul>/);
    expect(html).toContain('<ol start="3">');
    expect(html).toContain('<blockquote>');
    expect(html).toContain('<code>code</code>');
    expect(html).toContain('<hr>');
  });

  it('renders GFM tables', () => {
    const html = renderMarkdownSafe('| Stadt | Partner |\n| :-- | --: |\n| Duisburg | Kryvyi Rih |');
    expect(html).toMatch(/<table>[\s\S]*<th align="left">Stadt<\/th>[\s\S]*<td align="right">Kryvyi Rih<\/td>/);
  });

  it('gives safe links target=_blank and rel="noopener noreferrer"', () => {
    const host = document.createElement('div');
    host.innerHTML = renderMarkdownSafe('Siehe [Portrait](https://staedtepartnerschaftennrw.org/duisburg-kryvyi-rih/) und <https://example.org/a>.');
    const links = [...host.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      'https://staedtepartnerschaftennrw.org/duisburg-kryvyi-rih/',
      'https://example.org/a',
    ]);
    for (const a of links) {
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    }
    expect(renderMarkdownSafe('[Mail](mailto:becker@example.org)')).toContain('href="mailto:becker@example.org"');
  });

  it('returns an empty string for empty input', () => {
    expect(renderMarkdownSafe('')).toBe('');
  });
});

const HOSTILE: ReadonlyArray<readonly [string, string]> = [
  ['script tag', '<script>alert(1)</script>'],
  ['script inline', 'Text <script>alert(1)</script> mehr'],
  ['img onerror', '<img src=x onerror="alert(1)">'],
  ['markdown image with js', '![x](javascript:alert(1))'],
  ['markdown image onerror title', '![x" onerror="alert(1)](https://e.org/a.png)'],
  ['javascript link', '[klick](javascript:alert(1))'],
  ['mixed-case javascript', '[klick](JaVaScRiPt:alert(1))'],
  ['entity-encoded javascript', '[klick](&#106;avascript:alert(1))'],
  ['hex entity javascript', '[klick](&#x6A;&#x61;vascript:alert(1))'],
  ['tab inside scheme', '[klick](java\tscript:alert(1))'],
  ['leading space scheme', '[klick](< javascript:alert(1)>)'],
  ['autolink javascript', '<javascript:alert(1)>'],
  ['reference link javascript', '[klick][x]\n\n[x]: javascript:alert(1)'],
  ['data link', '[klick](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
  ['vbscript link', '[klick](vbscript:msgbox(1))'],
  ['raw html block', '<div onclick="alert(1)">\n\n**fett**\n\n</div>'],
  ['iframe', '<iframe src="https://evil.example/"></iframe>'],
  ['svg onload', '<svg onload="alert(1)"><circle r="5"/></svg>'],
  ['style attribute', '<p style="background:url(javascript:alert(1))">x</p>'],
  ['style tag', '<style>body{display:none}</style>'],
  ['event handler anchor', '<a href="https://e.org" onmouseover="alert(1)">x</a>'],
  ['html a javascript', '<a href="javascript:alert(1)">x</a>'],
  ['form', '<form action="https://evil.example"><input name=a></form>'],
  ['object', '<object data="evil.swf"></object>'],
  ['math', '<math><mi xlink:href="javascript:alert(1)">x</mi></math>'],
  ['html comment trick', '<!--><img src=x onerror=alert(1)>-->'],
  ['link title breakout', '[x](https://e.org "a\\" onclick=\\"alert(1)")'],
  ['nested in list', '- <img src=x onerror=alert(1)>\n- [a](javascript:alert(1))'],
  ['text after inline script tag', 'Text <script><img src=x onerror=alert(1)>'],
  ['text after inline pre tag', 'Text <pre><svg onload=alert(1)>'],
  ['in table cell', '| a |\n| - |\n| <script>alert(1)</script> |'],
];

describe('renderMarkdownSafe: hostile Markdown', () => {
  it.each(HOSTILE)('%s: nothing dangerous survives', (_name, md) => {
    const html = renderMarkdownSafe(md);
    expect(dangers(html)).toEqual([]);
    expect(html.toLowerCase()).not.toContain('<script');
  });

  it.each(HOSTILE)('%s: the Markdown layer alone already holds', (_name, md) => {
    expect(dangers(markdownFirstPass(md))).toEqual([]);
  });

  it('shows raw HTML as text instead of dropping it silently', () => {
    const host = document.createElement('div');
    host.innerHTML = renderMarkdownSafe('Vorher <b>fett</b> nachher');
    expect(host.querySelector('b')).toBeNull();
    expect(host.textContent).toContain('<b>fett</b>');
  });

  it('keeps the text of a dropped javascript: link, without an href', () => {
    for (const md of ['[Klick mich](javascript:alert(1))', '[Klick mich](JaVaScRiPt:alert(1))', '[Klick mich](&#106;avascript:alert(1))']) {
      const host = document.createElement('div');
      host.innerHTML = renderMarkdownSafe(md);
      expect(host.textContent).toContain('Klick mich');
      expect(host.querySelector('a[href]')).toBeNull();
      expect(host.querySelector('a[target]')).toBeNull();
    }
  });

  it('drops images but keeps their alt text', () => {
    const html = renderMarkdownSafe('![Foto der Delegation](https://e.org/a.jpg)');
    expect(html).not.toMatch(/<img/i);
    expect(html).toContain('Foto der Delegation');
  });
});

describe('renderInlineSafe', () => {
  it('renders inline Markdown without block wrappers and sanitises it', () => {
    expect(renderInlineSafe('**Ja**, über [den Verein](https://e.org)')).toBe(
      '<strong>Ja</strong>, über <a href="https://e.org" target="_blank" rel="noopener noreferrer">den Verein</a>',
    );
    expect(dangers(renderInlineSafe('<img src=x onerror=alert(1)> [x](javascript:alert(1))'))).toEqual([]);
    expect(renderInlineSafe('# keine Überschrift')).not.toContain('<h1');
  });
});

describe('sanitizeAnswerHtml: the DOMPurify layer on its own', () => {
  it.each(HOSTILE.filter(([, md]) => md.includes('<')))('%s (as raw HTML): nothing dangerous survives', (_name, html) => {
    const out = sanitizeAnswerHtml(html);
    expect(dangers(out)).toEqual([]);
    expect(out.toLowerCase()).not.toContain('<script');
  });

  it('keeps allowed markup, drops the rest but keeps its text', () => {
    const out = sanitizeAnswerHtml(
      '<h3 class="x" style="color:red">Titel</h3><p id="p1">Text <span>mit</span> <a href="https://e.org" onclick="x">Link</a> <a href="javascript:x">böse</a></p>',
    );
    expect(out).toBe(
      '<h3>Titel</h3><p>Text mit <a href="https://e.org" target="_blank" rel="noopener noreferrer">Link</a> <a>böse</a></p>',
    );
  });
});

describe('renderMarkdownSafe: explicit window', () => {
  it('refuses a window DOMPurify cannot work with (linkedom) instead of passing HTML through', () => {
    const { window } = parseHTML('<!doctype html><html><body></body></html>');
    expect(() => renderMarkdownSafe('<script>x</script>', window as unknown as WindowLike)).toThrow(/DOMPurify/);
  });

  it('uses an explicitly passed window', () => {
    const html = renderMarkdownSafe('**fett** <i>x</i>', window as unknown as WindowLike);
    expect(html).toBe('<p><strong>fett</strong> &lt;i&gt;x&lt;/i&gt;</p>\n');
  });
});

describe('isSafeHref', () => {
  it.each([
    ['https://staedtepartnerschaftennrw.org/', true],
    ['http://example.org', true],
    ['mailto:becker@example.org', true],
    ['tel:+492318380046', true],
    ['/relativ/pfad', true],
    ['#anker', true],
    ['seite.html', true],
    ['javascript:alert(1)', false],
    ['JaVaScRiPt:alert(1)', false],
    [' javascript:alert(1)', false],
    ['java\tscript:alert(1)', false],
    ['java\nscript:alert(1)', false],
    ['&#106;avascript:alert(1)', false],
    ['&#x6A;avascript:alert(1)', false],
    ['javascript&colon;alert(1)', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['vbscript:msgbox(1)', false],
    ['file:///etc/passwd', false],
  ])('%j → %s', (href, safe) => {
    expect(isSafeHref(href)).toBe(safe);
  });
});

describe('renderMarkdownSafe: property', () => {
  const fragment = fc.oneof(
    fc.string(),
    fc.constantFrom(
      '<script>', '</script>', '<img src=x', ' onerror=alert(1)', ' onclick="x"', '>', '<', '"', "'", '`',
      'javascript:', 'JaVaScRiPt:', '&#106;', '&#x6A;', 'data:text/html,', 'vbscript:', '[a](', ')', '](', '![',
      '\n', '\n\n', '- ', '| a |', '<svg', '<iframe', '<a href="', '<!--', '-->', ' style="', '\t', '\\', '*', '**',
    ),
  );
  it('never lets script tags, event handlers or script URLs through', () => {
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 25 }).map((parts) => parts.join('')), (md) => {
        const html = renderMarkdownSafe(md);
        expect(html.toLowerCase()).not.toContain('<script');
        // No on…= attribute inside any tag, and no script URL in any attribute (text may mention them).
        expect(html).not.toMatch(/<[a-z][^>]*\son\w+\s*=/i);
        expect(dangers(html)).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });

  it('gives the same DOM as sanitising, also when it skips DOMPurify for bare markup', () => {
    const prose = fc.constantFrom('Wort', ' ', '\n', '\n\n', '- ', '1. ', '# ', '> ', '**', '_', '`', '```\n', '&', '&amp;', '<', '>', '"', "'", 'ä', '---\n', '  \n');
    const dom = (html: string) => {
      const t = document.createElement('template');
      t.innerHTML = html;
      return t.innerHTML;
    };
    fc.assert(
      fc.property(fc.array(fc.oneof(prose, fragment), { maxLength: 25 }).map((parts) => parts.join('')), (md) => {
        expect(dom(renderMarkdownSafe(md))).toBe(dom(sanitizeAnswerHtml(markdownFirstPass(md))));
      }),
      { numRuns: 1500 },
    );
  });

  it('holds for the Markdown layer alone, before DOMPurify (defence in depth)', () => {
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 25 }).map((parts) => parts.join('')), (md) => {
        const html = markdownFirstPass(md);
        expect(html.toLowerCase()).not.toContain('<script');
        expect(html).not.toMatch(/<[a-z][^>]*\son\w+\s*=/i);
        expect(dangers(html)).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('isSourceUrl', () => {
  it('links only web pages and saved files as a record\'s source', () => {
    expect(isSourceUrl('https://staedtepartnerschaftennrw.org/duisburg-kryvyi-rih/')).toBe(true);
    expect(isSourceUrl('http://example.org/a')).toBe(true);
    expect(isSourceUrl('file:///home/me/portrait.html')).toBe(true);
    for (const hostile of ['javascript:alert(1)', ' javascript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:x', 'mailto:a@b.c', '/relative']) {
      expect(isSourceUrl(hostile)).toBe(false);
    }
  });
});
