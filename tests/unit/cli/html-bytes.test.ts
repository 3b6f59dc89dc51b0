import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { declaredCharset, decodeHtml } from '../../../src/cli/html-bytes';

const latin1 = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
const utf8 = (text: string) => new TextEncoder().encode(text);
const fixture = join(dirname(fileURLToPath(import.meta.url)), '../../golden/fixtures/accordion--latin1-path-as-written.html');

describe('decodeHtml: BOM, then <meta charset> / http-equiv, then UTF-8', () => {
  it('reads the committed iso-8859-1 fixture with its umlauts', () => {
    const bytes = readFileSync(fixture);
    expect(bytes.includes(0xfc)).toBe(true); // "ü" as one latin-1 byte: the file really is iso-8859-1
    const { text, encoding } = decodeHtml(bytes);
    expect(encoding).toBe('windows-1252');
    expect(text).toContain('Bürgerhaus an der Südstraße');
    expect(text).not.toContain('\uFFFD');
  });

  it('honours <meta charset> and http-equiv in any attribute order and quoting', () => {
    expect(decodeHtml(latin1('<meta charset=iso-8859-1><p>Grüße</p>')).text).toContain('Grüße');
    expect(decodeHtml(latin1(`<meta content='text/html; charset=ISO-8859-15' http-equiv='content-type'><p>K\u00f6ln \u00a4</p>`)).text).toContain('Köln €');
    expect(declaredCharset(latin1('<!-- <meta charset="koi8-r"> --><meta name="x" content="charset=utf-16"><meta charset="windows-1252">'))).toBe('windows-1252');
  });

  it('lets a BOM win over the declaration, and strips it', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('<meta charset="iso-8859-1"><p>Grüße</p>')]);
    expect(decodeHtml(bytes)).toEqual({ text: '<meta charset="iso-8859-1"><p>Grüße</p>', encoding: 'utf-8' });
    const le = new Uint8Array([0xff, 0xfe, ...[...'<p>Ä</p>'].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(decodeHtml(le).text).toBe('<p>Ä</p>');
  });

  it('falls back to UTF-8 without a declaration, for an unknown label, and for a UTF-16 label in ASCII bytes', () => {
    for (const head of ['', '<meta charset="klingon">', '<meta charset="utf-16">']) {
      expect(decodeHtml(utf8(`${head}<p>Grüße</p>`))).toEqual({ text: `${head}<p>Grüße</p>`, encoding: 'utf-8' });
    }
  });
});
