import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runParseCommand } from '../../../src/cli/parse-command';
import { env } from './memory-env';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '../../golden/fixtures');
const read = (name: string): string => readFileSync(join(fixtures, name), 'utf8');

const portrait = read('portrait--seed-paragraphs.html');
const nonPortrait = read('no-qa--news-article.html');

describe('parse command', () => {
  it('prints one v1 record for one portrait and exits 0', () => {
    const r = runParseCommand(['page.html'], env({ 'page.html': portrait }));
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const record = JSON.parse(r.stdout);
    expect(record).toMatchObject({
      id: '00000000-0000-4000-8000-000000000001',
      url: 'https://staedtepartnerschaftennrw.org/duisburg-kryvyi-rih/',
      title: 'Duisburg – Kryvyi Rih',
      partners: ['Duisburg', 'Kryvyi Rih'],
      kind: 'Solidaritätspartnerschaft',
      extractor: 'portrait',
      capturedAt: '2026-01-02T03:04:05.000Z',
      updatedAt: '2026-01-02T03:04:05.000Z',
      tags: [],
      note: '',
    });
    expect(record.answers).toHaveLength(12);
    expect(r.stdout).toContain('\n  "id"'); // pretty-printed
  });

  it('uses --url when given, else the canonical link, else a file:// URL', () => {
    const withUrl = runParseCommand(['p.html', '--url', 'https://staedtepartnerschaftennrw.org/x-y/?amp=1'], env({ 'p.html': read('portrait--strong-br.html').replace(/<link rel="canonical"[^>]*>/, '') }));
    expect(JSON.parse(withUrl.stdout).url).toBe('https://staedtepartnerschaftennrw.org/x-y/');
    const noCanonical = runParseCommand(['p.html'], env({ 'p.html': read('portrait--br-block.html') }));
    expect(JSON.parse(noCanonical.stdout).url).toBe('file:///abs/p.html');
  });

  it('exits 1 with one line on stderr and nothing on stdout for a page without Q&A', () => {
    const r = runParseCommand(['news.html'], env({ 'news.html': nonPortrait }));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('No questions and answers found');
  });

  it('reads a page saved as iso-8859-1 by its declared charset, not as UTF-8', () => {
    const bytes = readFileSync(join(fixtures, 'accordion--latin1-path-as-written.html'));
    const r = runParseCommand(['faq.html'], env({ 'faq.html': bytes }));
    expect(r.code).toBe(0);
    const record = JSON.parse(r.stdout);
    expect(record.url).toBe('https://www.stadt-beispielheim.example/partnerschaft-dnipro/faq');
    expect(record.answers[0].text).toContain('Bürgerhaus an der Südstraße');
    expect(r.stdout).not.toContain('\uFFFD');
  });

  it('exits 2 with a clear message for an unreadable file', () => {
    const r = runParseCommand(['missing.html'], env({}));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/cannot read missing\.html: no such file/);
  });

  it('prints an array for several files and reports refusals on stderr', () => {
    const r = runParseCommand(['a.html', 'b.html', 'c.html'], env({ 'a.html': portrait, 'b.html': nonPortrait, 'c.html': read('portrait--headings-h3.html') }));
    expect(r.code).toBe(1);
    const records = JSON.parse(r.stdout);
    expect(records.map((x: { title: string }) => x.title)).toEqual(['Duisburg – Kryvyi Rih', 'Hürth – Peremyshlyany']);
    expect(new Set(records.map((x: { id: string }) => x.id)).size).toBe(2);
    expect(r.stderr).toMatch(/^b\.html: /);
  });

  it('reads every .html file in a folder, sorted', () => {
    const r = runParseCommand(['dir'], env({ 'dir/b.html': portrait, 'dir/a.html': read('portrait--amp.html') }, { dir: ['b.html', 'notes.txt', 'a.html'] }));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).map((x: { title: string }) => x.title)).toEqual(['Oberhausen – Saporischschja', 'Duisburg – Kryvyi Rih']);
  });

  it('prints help and rejects bad usage', () => {
    expect(runParseCommand(['--help'], env({}))).toMatchObject({ code: 0, stderr: '' });
    expect(runParseCommand(['--help'], env({})).stdout).toContain('Exit codes');
    expect(runParseCommand([], env({})).code).toBe(2);
    expect(runParseCommand(['--bogus', 'a.html'], env({ 'a.html': portrait })).code).toBe(2);
    expect(runParseCommand(['a.html', 'b.html', '--url', 'https://x/'], env({ 'a.html': portrait, 'b.html': portrait })).code).toBe(2);
  });
});

describe('parse command on odd input', () => {
  it('parses a bare HTML fragment and refuses empty or binary files cleanly', () => {
    const fragment = [1, 4, 6]
      .map((n) => `<p>${n}. ${['', 'Wie sind Sie zusammengekommen, woher stammte der Erstkontakt?', '', '', 'Was waren bisherige Erfolge Ihrer Partnerschaft?', '', 'Wie steht es mit den personellen Mitteln für die Partnerschaftsbetreuung?'][n]}</p><p>Antwort ${n}.</p>`)
      .join('');
    const r = runParseCommand(['f.html'], env({ 'f.html': fragment }));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).answers.map((a: { text: string }) => a.text)).toEqual(['Antwort 1.', 'Antwort 4.', 'Antwort 6.']);
    for (const content of ['', '\u0000\u00ff<<>>\u0001</html>']) {
      const refused = runParseCommand(['x.html'], env({ 'x.html': content }));
      expect(refused).toMatchObject({ code: 1, stdout: '' });
    }
  });
});
