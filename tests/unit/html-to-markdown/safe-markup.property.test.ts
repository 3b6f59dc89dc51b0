// Property: whatever hostile markup a clipped fragment carries, the Markdown
// we store, rendered by a naive note app (marked with default settings, raw
// HTML passed through), yields no script, no event handler attribute, no
// javascript:/data:/vbscript: target and no image.
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { Marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { htmlToMarkdown } from '../../../src/html-to-markdown/turndown';

const naive = new Marked();

const hostileHref = fc.constantFrom(
  'javascript:alert(1)', 'JavaScript:alert(1)', ' javascript:alert(1)', 'java&#x09;script:alert(1)', 'java&#10;script:alert(1)',
  '&#106;avascript:alert(1)', 'javascript&colon;alert(1)', 'vbscript:msgbox(1)', 'data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;',
  'https://ok.example/a_(b)', 'https://ok.example/x" onmouseover="alert(1)', 'https://ok.example/ )<img src=x onerror=alert(1)>', '/relativ', '#anker',
);
const words = fc.constantFrom('Partnerschaft', 'Duisburg', 'Hilfe', 'a', '1.', '#', '-', '*', '_', '[', ']', '(', ')', '`', '\\', '!', '&', ':', 'onerror=alert(1)', '"', "'", ' ', '\n');
/** Markup written as text (escaped in the page source), the way it arrives in answers. */
const hostileText = fc.constantFrom(
  '&lt;img src=x onerror=alert(1)&gt;', '&lt;script&gt;alert(1)&lt;/script&gt;', '&lt;a href="javascript:alert(1)"&gt;x&lt;/a&gt;',
  '&lt;svg onload=alert(1)&gt;', '&lt;', '&gt;', '&lt;/', '&lt;!--', '&lt;?', '[x](javascript:alert(1))', '![x](x" onerror="alert(1))',
  '&lt;http://x.example&gt;', '&lt;javascript:alert(1)&gt;', '&amp;lt;script&amp;gt;', '&#60;img src=x onerror=alert(1)&#62;',
  '&lt;<span></span>img src=x onerror=alert(1)&gt;', '&lt;<b></b>script&gt;alert(1)&lt;/script&gt;',
);
const leaf = fc.oneof(
  words,
  hostileText,
  fc.constant('<script>alert(1)</script>'),
  fc.constant('<img src=x onerror="alert(1)" alt="Alt &lt;b onclick=x&gt;">'),
  fc.constant('<svg onload="alert(1)"><text>svg</text></svg>'),
  fc.constant('<iframe src="javascript:alert(1)"></iframe>'),
  fc.constant('<code>&lt;script&gt;alert(1)&lt;/script&gt;</code>'),
  fc.constant('<pre><code>&lt;img src=x onerror=alert(1)&gt;\n```\n&lt;script&gt;</code></pre>'),
  fc.tuple(hostileHref, words).map(([href, text]) => `<a href="${href}" onclick="alert(1)">${text || 'Link'}</a>`),
);
const wrappers = ['p', 'div', 'strong', 'em', 'span', 'li', 'ul', 'ol', 'blockquote', 'h3', 'td', 'a', 'table', 'dl'] as const;

const fragment: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.tuple(fc.constantFrom(...wrappers), fc.array(tie('node'), { maxLength: 4 }), hostileHref).map(([tag, kids, href]) => {
      const inner = kids.join('');
      if (tag === 'a') return `<a href="${href}">${inner}</a>`;
      if (tag === 'table') return `<table><tr><td colspan="2" onclick="alert(1)">${inner}</td></tr><tr><td>x</td><td style="x" onmouseover="alert(1)">${inner}</td></tr></table>`;
      if (tag === 'td') return `<table><tr><td>${inner}</td><td onclick="alert(1)">y</td></tr></table>`;
      if (tag === 'dl') return `<dl><dt>${inner}</dt><dd>${inner}</dd></dl>`;
      return `<${tag} onclick="alert(1)">${inner}</${tag}>`;
    }),
  ),
})).node;

function viaLinkedom(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body><div id="root">${html}</div></body></html>`);
  return htmlToMarkdown(document.getElementById('root')!);
}

const UNSAFE_TARGET = /^(javascript|vbscript|data):/i;

/** What a naive note app would put into its page, checked as a DOM. */
function problemsIn(markdown: string): string[] {
  const rendered = naive.parse(markdown, { async: false });
  const problems: string[] = [];
  if (/<script/i.test(rendered)) problems.push('<script');
  const doc = new DOMParser().parseFromString(`<!doctype html><body>${rendered}</body>`, 'text/html');
  for (const el of Array.from(doc.body.querySelectorAll('*'))) {
    const tag = el.tagName.toLowerCase();
    if (['script', 'img', 'iframe', 'svg', 'object', 'embed'].includes(tag)) problems.push(`<${tag}>`);
    for (const attr of Array.from(el.attributes)) {
      if (/^on/i.test(attr.name)) problems.push(`${tag} ${attr.name}=`);
      if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(attr.name.toLowerCase())) {
        // Browsers skip whitespace and controls inside a scheme.
        if (UNSAFE_TARGET.test(attr.value.replace(/[\u0000-\u0020\u007f-\u009f]/g, ''))) problems.push(`${tag} ${attr.name}=${attr.value}`);
      }
    }
  }
  return problems;
}

describe('stored Markdown rendered by a naive GFM renderer', () => {
  it('the checker does catch hostile output (so the property can fail)', () => {
    expect(problemsIn('<img src=x onerror=alert(1)>')).toContain('<img>');
    expect(problemsIn('[a](javascript:alert\\(2\\))')).toContain('a href=javascript:alert(2)');
    expect(problemsIn('<b onclick="x">b</b>')).toContain('b onclick=');
    expect(problemsIn('<script>alert(1)</script>')).toContain('<script');
  });

  it('has no script, handler or unsafe link, on the browser-like DOM and on linkedom', () => {
    fc.assert(
      fc.property(fc.array(fragment, { minLength: 1, maxLength: 5 }), (parts) => {
        const html = parts.join('');
        for (const md of [htmlToMarkdown(html), viaLinkedom(html)]) {
          const problems = problemsIn(md);
          if (problems.length > 0) throw new Error(`${problems.join(', ')}\nHTML: ${html}\nMarkdown: ${md}`);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
