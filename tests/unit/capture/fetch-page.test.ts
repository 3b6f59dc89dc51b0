import { describe, expect, it, vi } from 'vitest';
import { fetchAndExtract, fetchHtml, type FetchPageDeps } from '../../../src/capture/fetch-page';
import { extractPage } from '../../../src/extract/registry';

const PAGE = 'https://staedtepartnerschaftennrw.org/portraets/';
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

function deps(respond: (url: string, signal?: AbortSignal) => Promise<Response>): FetchPageDeps & { fetch: ReturnType<typeof vi.fn> } {
  return { fetch: vi.fn((url: string, init: { signal?: AbortSignal }) => respond(url, init.signal)), parse, extract: extractPage };
}

const QA = `<h1>Musterstadt – Poltawa</h1>
<p>Porträt einer NRW-ukrainischen Solidaritätspartnerschaft</p>
<p>1. Wie sind Sie zusammengekommen, woher stammte der Erstkontakt?</p><p>Über einen Verein.</p>
<p>4. Was waren bisherige Erfolge Ihrer Partnerschaft?</p><p>Ein gemeinsames Fest.</p>
<p>6. Wie steht es mit den personellen Mitteln für die Partnerschaftsbetreuung?</p><p>Eine halbe Stelle.</p>`;

describe('fetchAndExtract', () => {
  it('fetches a same-origin link, resolves it against the page and runs the extractors on it', async () => {
    const d = deps(async () => new Response(QA, { status: 200 }));
    const result = await fetchAndExtract('/musterstadt-poltawa/', PAGE, d);
    expect(d.fetch).toHaveBeenCalledWith('https://staedtepartnerschaftennrw.org/musterstadt-poltawa/', expect.objectContaining({ credentials: 'same-origin' }));
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.content.url).toBe('https://staedtepartnerschaftennrw.org/musterstadt-poltawa/');
      expect(result.content.answers.map((a) => a.questionId)).toEqual(['first-contact', 'successes', 'staffing']);
    }
  });

  it('refuses another site without fetching', async () => {
    const d = deps(async () => new Response(QA));
    const result = await fetchAndExtract('https://example.org/x/', PAGE, d);
    expect(result).toMatchObject({ ok: false, code: 'cross-origin' });
    expect(d.fetch).not.toHaveBeenCalled();
  });

  it('reports an HTTP error with its status', async () => {
    const result = await fetchAndExtract('/kaputt-seite/', PAGE, deps(async () => new Response('nope', { status: 500 })));
    expect(result).toMatchObject({ ok: false, code: 'http' });
    expect(!result.ok && result.reason).toContain('HTTP 500');
  });

  it('reports a network error, and an abort as aborted', async () => {
    const network = await fetchAndExtract('/a-b/', PAGE, deps(async () => Promise.reject(new TypeError('Failed to fetch'))));
    expect(network).toMatchObject({ ok: false, code: 'network' });
    expect(!network.ok && network.reason).toContain('Failed to fetch');
    const controller = new AbortController();
    const pending = fetchAndExtract(
      '/a-b/',
      PAGE,
      deps((_url, signal) => new Promise((_, reject) => signal?.addEventListener('abort', () => reject(new DOMException('x', 'AbortError'))))),
      controller.signal,
    );
    controller.abort();
    expect(await pending).toMatchObject({ ok: false, code: 'aborted' });
  });

  it('a page without questions is refused by the extractors, not by the fetch', async () => {
    const result = await fetchAndExtract('/a-b/', PAGE, deps(async () => new Response('<h1>Hallo</h1><p>Nur Text.</p>')));
    expect(result).toMatchObject({ ok: false, code: 'no-qa' });
  });
});

describe('fetchHtml (the background fetch for links to other permitted sites)', () => {
  it('returns the HTML and passes the credentials mode and signal through', async () => {
    const controller = new AbortController();
    const fetchFn = vi.fn(async () => new Response(QA, { status: 200 }));
    const result = await fetchHtml('https://staedtepartnerschaftennrw.org/a-b/', fetchFn, controller.signal, 'omit');
    expect(result).toEqual({ ok: true, html: QA });
    expect(fetchFn).toHaveBeenCalledWith('https://staedtepartnerschaftennrw.org/a-b/', { signal: controller.signal, credentials: 'omit' });
  });

  it('classifies failures like fetchAndExtract: http, network, aborted', async () => {
    const http = await fetchHtml('https://x.test/a-b/', async () => new Response('no', { status: 404, statusText: 'Not Found' }));
    expect(http).toEqual({ ok: false, code: 'http', reason: 'The server answered HTTP 404 Not Found.' });
    const network = await fetchHtml('https://x.test/a-b/', async () => Promise.reject(new TypeError('Failed to fetch')));
    expect(network).toMatchObject({ ok: false, code: 'network' });
    const controller = new AbortController();
    const pending = fetchHtml(
      'https://x.test/a-b/',
      (_url, init) => new Promise((_, reject) => init.signal?.addEventListener('abort', () => reject(new DOMException('x', 'AbortError')))),
      controller.signal,
    );
    controller.abort();
    expect(await pending).toMatchObject({ ok: false, code: 'aborted' });
  });

  it('reports a cancel that came while the body was read as aborted', async () => {
    const controller = new AbortController();
    const result = await fetchHtml('https://x.test/a-b/', async () => {
      controller.abort();
      return new Response(QA);
    }, controller.signal);
    expect(result).toMatchObject({ ok: false, code: 'aborted' });
  });
});
