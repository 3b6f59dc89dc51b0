import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findPortraitLinks } from '../../../src/extract/registry';
import { serialiseUrl } from '../../../src/record/url-form';
import { canonicalUrl, looksLikePortraitUrl, normaliseUrl, urlLookupForms } from '../../../src/extract/url';

const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
const SITE = 'https://staedtepartnerschaftennrw.org';

describe('normaliseUrl / canonicalUrl', () => {
  it('drops amp, utm_* and the hash, and adds the trailing slash', () => {
    expect(normaliseUrl(`${SITE}/duisburg-kryvyi-rih?amp=1&utm_source=x&p=2#top`)).toBe(`${SITE}/duisburg-kryvyi-rih/?p=2`);
    expect(normaliseUrl(`${SITE}/duisburg-kryvyi-rih/amp/`)).toBe(`${SITE}/duisburg-kryvyi-rih/`);
    expect(normaliseUrl(`${SITE}/file.pdf`)).toBe(`${SITE}/file.pdf`);
  });

  it('keeps other sites\' paths as written: no slash added, query order and encoding kept', () => {
    expect(normaliseUrl('https://www.stadt-koeln.example/partnerschaft-dnipro/faq')).toBe('https://www.stadt-koeln.example/partnerschaft-dnipro/faq');
    expect(normaliseUrl('https://www.stadt-koeln.example/partnerschaft-dnipro/faq/')).toBe('https://www.stadt-koeln.example/partnerschaft-dnipro/faq/');
    expect(normaliseUrl('https://x.example/faq?z=1&utm_medium=mail&a=b%20c+d#frage-3')).toBe('https://x.example/faq?z=1&a=b%20c+d');
    expect(normaliseUrl('https://x.example/faq/amp/?amp')).toBe('https://x.example/faq/');
    expect(normaliseUrl('https://www.staedtepartnerschaftennrw.org/kreis-lippe-lutsk')).toBe('https://www.staedtepartnerschaftennrw.org/kreis-lippe-lutsk/');
  });

  it('percent-encodes what the WHATWG serialisation leaves raw, so the result passes the record schema', () => {
    expect(normaliseUrl('https://x.example/a|b[1]^c{d}`e\\f%zz%41?q=[x]|y')).toBe('https://x.example/a%7Cb%5B1%5D%5Ec%7Bd%7D%60e/f%25zz%41?q=%5Bx%5D%7Cy');
    expect(normaliseUrl('https://x.example/Gr\u00fc\u00dfe und mehr')).toBe('https://x.example/Gr%C3%BC%C3%9Fe%20und%20mehr');
    expect(normaliseUrl('file:///tmp/a|b.html')).toBe('file:///tmp/a%7Cb.html');
    // Idempotent: a stored URL normalises to itself.
    const once = normaliseUrl('https://x.example/a|b%?c=^');
    expect(normaliseUrl(once)).toBe(once);
  });

  it('finds a page under the form versions before schema v5 stored it (a "/" on every site)', () => {
    expect(urlLookupForms('https://www.stadt-koeln.example/partnerschaft-dnipro/faq')).toEqual([
      'https://www.stadt-koeln.example/partnerschaft-dnipro/faq',
      'https://www.stadt-koeln.example/partnerschaft-dnipro/faq/',
    ]);
    expect(urlLookupForms('https://x.example/faq?a=b%20c')).toEqual(['https://x.example/faq?a=b%20c', 'https://x.example/faq/?a=b+c']);
    expect(urlLookupForms(`${SITE}/kreis-lippe-lutsk?utm_source=x`)).toEqual([`${SITE}/kreis-lippe-lutsk/`]);
  });

  it('decodes a percent-encoded og:url or canonical once, and ignores it if it is still no absolute URL', () => {
    const encoded = parse(`<meta property="og:url" content="https%3A%2F%2Fwww.stadt-koeln.example%2Fpartnerschaft-dnipro%2Ffaq">`);
    expect(canonicalUrl(encoded, 'file:///tmp/faq.html')).toBe('https://www.stadt-koeln.example/partnerschaft-dnipro/faq');
    const twice = parse(`<link rel="canonical" href="https%253A%252F%252Fwww.stadt-koeln.example%252Ffaq">`);
    expect(canonicalUrl(twice, 'https://www.stadt-koeln.example/faq')).toBe('https://www.stadt-koeln.example/faq');
    expect(canonicalUrl(twice, 'file:///tmp/faq.html')).toBe('file:///tmp/faq.html');
    const badCanonicalGoodOg = parse(`<link rel="canonical" href="https%3A%2F%2F"><meta property="og:url" content="https://www.stadt-koeln.example/faq">`);
    expect(canonicalUrl(badCanonicalGoodOg, 'file:///tmp/faq.html')).toBe('https://www.stadt-koeln.example/faq');
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

/** normaliseUrl as first written: every setter applied, the result serialised from its href. The faster form must equal it. */
function normaliseBySetters(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return url;
  }
  if (u.protocol === 'http:' || u.protocol === 'https:') {
    u.hash = '';
    const kept = u.search.slice(1).split('&').filter((pair) => {
      if (pair === '') return false;
      try {
        const key = decodeURIComponent((pair.split('=')[0] as string).replace(/\+/g, ' '));
        return !(key === 'amp' || key.toLowerCase().startsWith('utm_'));
      } catch {
        return true;
      }
    });
    u.search = kept.length ? `?${kept.join('&')}` : '';
    const path = u.pathname.replace(/\/amp\/?$/, '/');
    const last = path.split('/').pop() ?? '';
    const portraitSite = u.hostname.toLowerCase().replace(/^www\./, '') === 'staedtepartnerschaftennrw.org';
    u.pathname = portraitSite && !path.endsWith('/') && !last.includes('.') ? `${path}/` : path;
  }
  return serialiseUrl(u.href) ?? u.href;
}

describe('normaliseUrl sets only what changes', () => {
  const PARTS = ['/', 'a', 'amp', '?', '#', '&', '=', 'utm_x', '%', '%2e', '%41', ' ', 'ä', '|', '.', '..', '+', '[', '`'];
  const tail = fc.array(fc.constantFrom(...PARTS), { maxLength: 10 }).map((p) => p.join(''));
  const host = fc.constantFrom('https://staedtepartnerschaftennrw.org', 'http://www.staedtepartnerschaftennrw.org', 'https://x.example', 'file://', 'mailto:');

  it('gives what applying every setter gives (fuzzed), bare "?" and "#" included', () => {
    for (const url of [`${SITE}/a?`, `${SITE}/a#`, `${SITE}/a?#`, `${SITE}/a/amp?`, 'https://x.example/?#x']) {
      expect(normaliseUrl(url), url).toBe(normaliseBySetters(url));
    }
    fc.assert(
      fc.property(host, tail, (h, t) => {
        expect(normaliseUrl(h + t)).toBe(normaliseBySetters(h + t));
        // canonicalUrl normalises the URL it parsed, not its href parsed again: the same for a web URL.
        if (h.startsWith('http') && URL.canParse(h + t)) expect(normaliseUrl(new URL(h + t).href)).toBe(normaliseUrl(h + t));
      }),
      { numRuns: 3000 },
    );
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
