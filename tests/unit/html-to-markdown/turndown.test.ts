import { describe, expect, it } from 'vitest';
import { collapseText, createTurndown, htmlToMarkdown } from '../../../src/html-to-markdown/turndown';
import { isSimpleTable } from '../../../src/html-to-markdown/tables';

function el(html: string): Element {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div;
}

describe('createTurndown', () => {
  it('uses atx headings, fenced code and "-" bullets', () => {
    const md = createTurndown().turndown(el('<h2>Titel</h2><ul><li>eins</li><li>zwei</li></ul><pre><code>x = 1</code></pre>') as unknown as HTMLElement);
    expect(md).toContain('## Titel');
    expect(md).toContain('- eins\n- zwei');
    expect(md).toContain('```\nx = 1\n```');
  });
});

describe('htmlToMarkdown escaping', () => {
  it('leaves ordinary German prose free of backslashes', () => {
    const prose = 'Bisher nicht – jedoch gut vorstellbar (z.B. Schulen, Kultur). NRW-Kommunen - und 2 Personen.';
    expect(htmlToMarkdown(el(`<p>${prose}</p>`))).toBe(prose);
    expect(htmlToMarkdown('<p>Köln, Düsseldorf & Essen: 50 % mehr + 3 Projekte!</p>')).toBe('Köln, Düsseldorf & Essen: 50 % mehr + 3 Projekte!');
  });

  it('escapes what would turn into Markdown syntax', () => {
    expect(htmlToMarkdown('<p>1. Schritt</p>')).toBe('1\\. Schritt');
    expect(htmlToMarkdown('<p># kein Titel</p>')).toBe('\\# kein Titel');
    expect(htmlToMarkdown('<p>- kein Punkt</p>')).toBe('\\- kein Punkt');
    expect(htmlToMarkdown('<p>a *b* c [d](e) `f`</p>')).toBe('a \\*b\\* c \\[d\\](e) \\`f\\`');
    expect(htmlToMarkdown('<p>snake_case bleibt, _kursiv_ nicht</p>')).toBe('snake_case bleibt, \\_kursiv\\_ nicht');
  });

  it('keeps inline formatting and links', () => {
    expect(htmlToMarkdown('<p><strong>Ja</strong>, <em>gerne</em> <a href="https://x.de/">hier</a></p>')).toBe('**Ja**, _gerne_ [hier](https://x.de/)');
  });

  it('numbers ordered lists from their start attribute', () => {
    expect(htmlToMarkdown('<ol start="3"><li>drei</li><li>vier</li></ol>')).toBe('3. drei\n4. vier');
  });
});

describe('table policy', () => {
  it('turns a simple table into a GFM table', () => {
    const md = htmlToMarkdown('<table><thead><tr><th>Bereich</th><th>Stunden</th></tr></thead><tbody><tr><td>Verwaltung</td><td>10</td></tr><tr><td>a | b</td><td>5</td></tr></tbody></table>');
    expect(md).toBe('| Bereich | Stunden |\n| --- | --- |\n| Verwaltung | 10 |\n| a \\| b | 5 |');
  });

  it('uses the first row as header when there is no <thead>', () => {
    expect(htmlToMarkdown('<table><tr><td>a</td><td>b</td></tr><tr><td>1</td><td>2</td></tr></table>')).toBe('| a | b |\n| --- | --- |\n| 1 | 2 |');
  });

  it('keeps tables with spans, nested blocks or ragged rows as HTML', () => {
    for (const html of [
      '<table><tr><td colspan="2">a</td></tr><tr><td>1</td><td>2</td></tr></table>',
      '<table><tr><td rowspan="2">a</td><td>b</td></tr><tr><td>c</td></tr></table>',
      '<table><tr><td><ul><li>x</li></ul></td></tr></table>',
      '<table><tr><td><table><tr><td>x</td></tr></table></td></tr></table>',
    ]) {
      const table = el(html).querySelector('table') as Element;
      expect(isSimpleTable(table)).toBe(false);
      const md = htmlToMarkdown(html);
      expect(md.startsWith('<table>')).toBe(true);
      expect(md).not.toContain('| --- |');
    }
  });
});

describe('cleaning before conversion', () => {
  it('removes scripts, styles, hidden and empty nodes', () => {
    const html =
      '<p>sichtbar</p><script>alert(1)</script><style>p{}</style><noscript>noscript</noscript><template>tpl</template>' +
      '<p hidden>hidden-attr</p><p aria-hidden="true">aria</p><p style="display: none">styled</p><p><strong></strong></p><p>&nbsp;</p><p>ende</p>';
    const md = htmlToMarkdown(html);
    expect(md).toBe('sichtbar\n\nende');
  });

  it('does not modify the source node', () => {
    const source = el('<p>a</p><script>x</script>');
    htmlToMarkdown(source);
    expect(source.querySelector('script')).not.toBeNull();
  });
});

describe('collapseText', () => {
  it('collapses whitespace and separates lines and blocks', () => {
    expect(collapseText(el('<p>Frage<br>Antwort</p><p>  zwei \n  Zeilen </p><script>x</script><span hidden>weg</span>'))).toBe('Frage Antwort zwei Zeilen');
    expect(collapseText('  a \n\t b  ')).toBe('a b');
  });
});
