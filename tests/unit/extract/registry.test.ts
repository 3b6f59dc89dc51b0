import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../src/extract/registry';
import type { Extractor, ExtractResult } from '../../../src/extract/types';
import { QUESTIONS } from '../../../src/questions/catalogue';

const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
const ok = (id: string): ExtractResult => ({
  ok: true,
  confidence: 1,
  content: { url: 'u', title: id, partners: [], kind: null, interviewee: null, interviewer: null, photoCredit: null, intro: null, answers: [], extractor: id, warnings: [] },
});
const fake = (id: string, confidence: number, result: () => ExtractResult): Extractor => ({ id, detect: () => confidence, extract: result });

describe('extractPage', () => {
  it('picks the most confident extractor and falls back when it fails', () => {
    const failing = fake('a', 0.9, () => ({ ok: false, code: 'no-qa', reason: 'x' }));
    const throwing = fake('b', 0.8, () => {
      throw new Error('boom');
    });
    const fine = fake('c', 0.5, () => ok('c'));
    const r = extractPage(parse('<p>x</p>'), 'https://x/', [fine, throwing, failing]);
    expect(r.ok && r.content.extractor).toBe('c');
  });

  it('tries a certain extractor before asking the ones after it, and the others only if it fails', () => {
    const asked: string[] = [];
    const spy = (id: string, confidence: number, result: () => ExtractResult): Extractor => ({
      id,
      detect: () => {
        asked.push(id);
        return confidence;
      },
      extract: result,
    });
    const doc = parse('<p>x</p>');
    expect(extractPage(doc, 'https://x/', [spy('a', 0.6, () => ok('a')), spy('sure', 1, () => ok('sure')), spy('b', 0.9, () => ok('b'))])).toMatchObject({ ok: true, content: { extractor: 'sure' } });
    expect(asked).toEqual(['a', 'sure']);
    // Certain but failing: the rest are asked and ranked as ever, the certain one not tried again.
    asked.length = 0;
    let tries = 0;
    const failing = spy('sure', 1, () => {
      tries++;
      return { ok: false, code: 'no-qa', reason: 'x' };
    });
    expect(extractPage(doc, 'https://x/', [spy('a', 0.6, () => ok('a')), failing, spy('b', 0.9, () => ok('b'))])).toMatchObject({ ok: true, content: { extractor: 'b' } });
    expect(asked).toEqual(['a', 'sure', 'b']);
    expect(tries).toBe(1);
    // More than certain counts as certain: an earlier certain extractor keeps its place.
    expect(extractPage(doc, 'https://x/', [fake('first', 1, () => ok('first')), fake('boastful', 7, () => ok('boastful'))])).toMatchObject({ content: { extractor: 'first' } });
    expect(extractPage(doc, 'https://x/', [fake('first', 0.99, () => ok('first')), fake('boastful', 7, () => ok('boastful'))])).toMatchObject({ content: { extractor: 'boastful' } });
  });

  it('ignores extractors below the threshold and ones whose detect throws', () => {
    const weak = fake('weak', 0.1, () => ok('weak'));
    const broken: Extractor = { id: 'broken', detect: () => { throw new Error('x'); }, extract: () => ok('broken') };
    expect(extractPage(parse('<p>x</p>'), 'https://x/', [weak, broken])).toEqual({ ok: false, code: 'no-qa', reason: 'No questions and answers found on this page.' });
  });

  it('refuses prose with rhetorical question headings', () => {
    const html = '<article><h1>Bericht</h1><h2>Wie geht es weiter?</h2><p>Text.</p><h2>Programm</h2><p>Text.</p><h2>Rückblick</h2><p>Text.</p><h2>Warum?</h2><p>Text.</p></article>';
    expect(extractPage(parse(html), 'https://x.de/bericht/')).toMatchObject({ ok: false, code: 'no-qa' });
  });

  it('refuses an event report of the portrait site even when its headings are all questions', () => {
    const html = '<article><h2>Wie finanzieren wir Partnerschaften?</h2><p>a</p><h2>Wer hilft?</h2><p>b</p><h2>Was kommt?</h2><p>c</p></article>';
    expect(extractPage(parse(html), 'https://staedtepartnerschaftennrw.org/bericht-10-forum/')).toMatchObject({ ok: false, code: 'no-qa' });
    expect(extractPage(parse(html), 'https://example.org/interview/').ok).toBe(true);
  });

  it('reports missing questions and keeps unknown ones', () => {
    const qs = QUESTIONS.filter((q) => q.number !== 7).map((q) => `<p><strong>${q.number}. ${q.text}</strong><br>Antwort ${q.number}</p>`);
    const html = `<h1>A – B</h1><p>Porträt einer NRW-ukrainischen Städtepartnerschaft</p>${qs.join('')}<p><strong>13. Was noch?</strong><br>Mehr.</p>`;
    const r = extractPage(parse(html), 'https://staedtepartnerschaftennrw.org/a-b/');
    if (!r.ok) throw new Error(r.reason);
    expect(r.content.warnings).toContain('missing question 7 (municipal-utilities)');
    expect(r.content.answers.at(-1)).toMatchObject({ number: 13, questionId: null, question: 'Was noch?', text: 'Mehr.' });
    expect(r.content.answers.find((a) => a.number === 8)?.text).toBe('Antwort 8');
  });

  it('refuses known non-portrait URLs even when they quote the questions', () => {
    const qs = QUESTIONS.map((q) => `<p>${q.number}. ${q.text}</p><p>Beispiel.</p>`).join('');
    expect(extractPage(parse(qs), 'https://staedtepartnerschaftennrw.org/projekt/').ok).toBe(false);
    expect(extractPage(parse(qs), 'https://staedtepartnerschaftennrw.org/a-b/').ok).toBe(true);
  });
});
