import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { portraitScore, recognisePage, RECOGNITION_THRESHOLD } from '../../../src/capture/recognise';
import { extractPage, MIN_CONFIDENCE } from '../../../src/extract/registry';
import { QUESTIONS } from '../../../src/questions/catalogue';
import { portraitExtractor } from '../../../src/extract/extractors/portrait';

const FIXTURES = resolve('tests/golden/fixtures');

function load(name: string): { doc: Document; url: string } {
  const html = readFileSync(`${FIXTURES}/${name}.html`, 'utf8');
  const expected = JSON.parse(readFileSync(`${FIXTURES}/${name}.expected.json`, 'utf8')) as { url: string };
  return { doc: new DOMParser().parseFromString(html, 'text/html'), url: expected.url };
}

describe('recognisePage', () => {
  it('uses the registry threshold', () => {
    expect(RECOGNITION_THRESHOLD).toBe(MIN_CONFIDENCE);
  });

  it('recognises the seed portrait with its canonical URL and title', () => {
    const { doc, url } = load('portrait--seed-paragraphs');
    expect(recognisePage(doc, `${url}?utm_source=x#top`)).toEqual({
      url: 'https://staedtepartnerschaftennrw.org/duisburg-kryvyi-rih/',
      isPortrait: true,
      title: 'Duisburg – Kryvyi Rih',
    });
  });

  it('agrees with the portrait extractor on every golden fixture', () => {
    const names = readdirSync(FIXTURES).filter((f) => f.endsWith('.html')).map((f) => f.slice(0, -5));
    expect(names.length).toBeGreaterThan(10);
    for (const name of names) {
      const { doc, url } = load(name);
      expect(portraitScore(doc, url), name).toBeCloseTo(portraitExtractor.detect(doc, url), 5);
    }
  });

  it('does not call an event report a portrait', () => {
    const { doc, url } = load('no-qa--event-report');
    expect(recognisePage(doc, url).isPortrait).toBe(false);
  });
});

describe('one recognition score for the badge and the clip', () => {
  const SITE = 'https://staedtepartnerschaftennrw.org/bochum-donezk/';
  const SUBTITLE = 'Porträt einer NRW-ukrainischen Städtepartnerschaft';
  const INTRO = 'Die Kurzporträts nordrhein-westfälisch-ukrainischer Partnerschaften bieten einen Überblick und Anregungen für eigene Projekte.';
  const INTERVIEW = 'Interview mit Jana Beispiel, Stadt Bochum';

  /** A page with the given head lines and the first `questions` catalogue questions, each answered. */
  function page(head: string[], questions: number): Document {
    const qa = QUESTIONS.slice(0, questions).flatMap((q) => [`${q.number}. ${q.text}`, `Antwort der Stadt Bochum zu Frage ${q.number}, mit Beispielen aus der Praxis.`]);
    const lines = ['Bochum – Donezk', ...head, ...qa].map((l) => `<p>${l}</p>`).join('\n');
    return new DOMParser().parseFromString(`<!DOCTYPE html><html lang="de"><body><main><article>${lines}</article></main></body></html>`, 'text/html');
  }

  const cases: Array<[string, string[], number]> = [
    ['one catalogue question', [], 1],
    ['a few catalogue questions', [], 3],
    ['a subtitle only', [SUBTITLE], 1],
    ['an intro sentence only', [INTRO], 1],
    ['an interview line only', [INTERVIEW], 2],
    ['subtitle, intro and interview line with two questions', [SUBTITLE, INTRO, INTERVIEW], 2],
  ];

  it.each(cases)('%s: the badge and the extractor give the same score, strictly between 0 and 1', (_name, head, questions) => {
    const doc = page(head, questions);
    const badge = portraitScore(doc, SITE);
    expect(badge).toBeGreaterThan(0);
    expect(badge).toBeLessThan(1);
    expect(badge).toBeCloseTo(portraitExtractor.detect(doc, SITE), 10);
  });

  it.each(cases)('%s: "recognised" exactly when the clip takes the page as a portrait', (_name, head, questions) => {
    const doc = page(head, questions);
    const clip = extractPage(doc, SITE);
    expect(recognisePage(doc, SITE).isPortrait).toBe(clip.ok && clip.content.extractor === 'portrait');
  });

  it('scores by the catalogue questions first, then subtitle, intro and interview line', () => {
    const score = (head: string[], questions: number) => portraitScore(page(head, questions), SITE);
    expect(score([], 1)).toBeCloseTo(0.3, 10);
    expect(score([], 3)).toBeCloseTo(0.5, 10);
    expect(score([SUBTITLE], 1)).toBeCloseTo(0.45, 10);
    expect(score([INTRO], 1)).toBeCloseTo(0.4, 10);
    expect(score([INTERVIEW], 2)).toBeCloseTo(0.45, 10);
    expect(score([SUBTITLE, INTRO, INTERVIEW], 2)).toBeCloseTo(0.7, 10);
    expect(score([], 0)).toBe(0);
  });
});
