import { describe, expect, it } from 'vitest';
import { findPortraitLinks } from '../../../src/extract/registry';
import { canonicalUrl, looksLikePortraitUrl, normaliseUrl } from '../../../src/extract/url';

const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
const SITE = 'https://staedtepartnerschaftennrw.org';

describe('normaliseUrl / canonicalUrl', () => {
  it('drops amp, utm_* and the hash, and adds the trailing slash', () => {
    expect(normaliseUrl(`${SITE}/duisburg-kryvyi-rih?amp=1&utm_source=x&p=2#top`)).toBe(`${SITE}/duisburg-kryvyi-rih/?p=2`);
    expect(normaliseUrl(`${SITE}/duisburg-kryvyi-rih/amp/`)).toBe(`${SITE}/duisburg-kryvyi-rih/`);
    expect(normaliseUrl(`${SITE}/file.pdf`)).toBe(`${SITE}/file.pdf`);
  });

  it('prefers a same-site canonical link, ignores a foreign one', () => {
    const doc = parse(`<link rel="canonical" href="/kreis-lippe-lutsk/">`);
    expect(canonicalUrl(doc, `${SITE}/kreis-lippe-lutsk/?amp=1`)).toBe(`${SITE}/kreis-lippe-lutsk/`);
    const foreign = parse('<link rel="canonical" href="https://evil.example/x/">');
    expect(canonicalUrl(foreign, `${SITE}/a-b/`)).toBe(`${SITE}/a-b/`);
  });

  it('takes an absolute canonical link for a saved file', () => {
    const doc = parse(`<link rel="canonical" href="${SITE}/huerth-peremyshlyany/">`);
    expect(canonicalUrl(doc, 'file:///tmp/page.html')).toBe(`${SITE}/huerth-peremyshlyany/`);
  });
});

describe('looksLikePortraitUrl', () => {
  it('accepts <a>-<b> slugs on the portrait site only', () => {
    expect(looksLikePortraitUrl(`${SITE}/kreis-lippe-lutsk/`)).toBe(true);
    expect(looksLikePortraitUrl('https://www.staedtepartnerschaftennrw.org/bedburg-mykolajiw/')).toBe(true);
    for (const url of [`${SITE}/projekt/`, `${SITE}/who-is-who/`, `${SITE}/ukraine/`, `${SITE}/bericht-9-forum-staedtepartnerschaften-nrw/`, `${SITE}/kontakt/`, `${SITE}/2024/03/a-b/`, 'https://other.org/a-b/', `${SITE}/`]) {
      expect(looksLikePortraitUrl(url), url).toBe(false);
    }
  });
});

describe('findPortraitLinks', () => {
  it('lists same-site portrait links once each, by canonical URL', () => {
    const doc = parse(`
      <nav><a href="/projekt/">Projekt</a><a href="/kreis-lippe-lutsk/">Lippe</a></nav>
      <a href="/duisburg-kryvyi-rih/">Duisburg – Kryvyi Rih</a>
      <a href="${SITE}/duisburg-kryvyi-rih/?utm_source=nl#x">nochmal</a>
      <a href="/kreis-lippe-lutsk/?amp=1">Kreis Lippe – Lutsk</a>
      <a href="https://other.org/a-b/">fremd</a>
      <a href="/bericht-9-forum-staedtepartnerschaften-nrw/">Bericht</a>`);
    const links = findPortraitLinks(doc, `${SITE}/who-is-who/`);
    expect(links.map((l) => l.url)).toEqual([`${SITE}/kreis-lippe-lutsk/`, `${SITE}/duisburg-kryvyi-rih/`]);
    expect(links.find((l) => l.url.includes('duisburg'))?.title).toBe('Duisburg – Kryvyi Rih');
  });

  it('lists links to the portrait site from any other page (a search result, a partner town), and nothing else', () => {
    const doc = parse(`
      <a href="${SITE}/duisburg-kryvyi-rih/">Duisburg – Kryvyi Rih</a>
      <a href="https://www.staedtepartnerschaftennrw.org/kreis-lippe-lutsk/?utm_source=suche">Kreis Lippe – Lutsk</a>
      <a href="${SITE}/projekt/">Projekt</a>
      <a href="/lokale-seite/">lokal</a>
      <a href="https://other.org/a-b/">fremd</a>`);
    const links = findPortraitLinks(doc, 'https://faq.example.test/links/?q=partnerschaft');
    expect(links.map((l) => l.url)).toEqual([`${SITE}/duisburg-kryvyi-rih/`, 'https://www.staedtepartnerschaftennrw.org/kreis-lippe-lutsk/']);
    expect(links.map((l) => l.title)).toEqual(['Duisburg – Kryvyi Rih', 'Kreis Lippe – Lutsk']);
  });

  it('never throws on a bad base URL', () => {
    expect(findPortraitLinks(parse('<a href="/a-b/">x</a>'), 'not a url')).toEqual([]);
  });
});
