import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { portraitScore, recognisePage, RECOGNITION_THRESHOLD } from '../../../src/capture/recognise';
import { MIN_CONFIDENCE } from '../../../src/extract/registry';
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
