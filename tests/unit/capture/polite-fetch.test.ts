import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PoliteFetcher, retryAfterMs, type PoliteFetchFn } from '../../../src/capture/polite-fetch';

interface Call {
  url: string;
  at: number;
  credentials: RequestCredentials;
  resolve: (response: Response) => void;
  reject: (error: Error) => void;
}

/** A fetch whose answers the test gives by hand, recording when each request started. */
function manualFetch() {
  const calls: Call[] = [];
  const fetch: PoliteFetchFn = (url, init) =>
    new Promise<Response>((resolve, reject) => {
      calls.push({ url, at: Date.now(), credentials: init.credentials, resolve, reject });
    });
  return { calls, fetch };
}

const page = (status = 200, headers: Record<string, string> = {}) => new Response(status === 200 ? '<p>ok</p>' : '', { status, headers });

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(0);
});
afterEach(() => vi.useRealTimers());

describe('retryAfterMs', () => {
  it('reads seconds and HTTP dates', () => {
    expect(retryAfterMs('3', 0)).toBe(3000);
    expect(retryAfterMs(new Date(5000).toUTCString(), 0)).toBe(5000);
    expect(retryAfterMs(null, 0)).toBeNull();
    expect(retryAfterMs('soon', 0)).toBeNull();
  });
});

describe('PoliteFetcher', () => {
  it('sends at most two requests at a time to one host, pausing before reusing a slot, and no cookies', async () => {
    const { calls, fetch } = manualFetch();
    const fetcher = new PoliteFetcher({ fetch, pauseMs: 300 });
    const results = ['a', 'b', 'c', 'd'].map((p) => fetcher.get(`https://example.org/${p}/`));
    const other = fetcher.get('https://other.example/x/');
    await vi.advanceTimersByTimeAsync(0);
    expect(calls.map((c) => c.url)).toEqual(['https://example.org/a/', 'https://example.org/b/', 'https://other.example/x/']);
    expect(calls.every((c) => c.credentials === 'omit')).toBe(true);

    calls[0]!.resolve(page());
    await vi.advanceTimersByTimeAsync(299);
    expect(calls).toHaveLength(3); // still pausing
    await vi.advanceTimersByTimeAsync(1);
    expect(calls.map((c) => c.url)).toContain('https://example.org/c/');
    expect(calls.find((c) => c.url.endsWith('/c/'))!.at).toBe(300);

    for (const c of calls) c.resolve(page());
    await vi.advanceTimersByTimeAsync(300);
    calls.at(-1)!.resolve(page());
    await vi.advanceTimersByTimeAsync(300);
    expect((await Promise.all([...results, other])).every((r) => r.ok)).toBe(true);
  });

  it('honours Retry-After on a 429: the whole host waits, then the request is repeated', async () => {
    const { calls, fetch } = manualFetch();
    const fetcher = new PoliteFetcher({ fetch, pauseMs: 0 });
    const first = fetcher.get('https://example.org/a/');
    await vi.advanceTimersByTimeAsync(0);
    calls[0]!.resolve(page(429, { 'retry-after': '5' }));
    await vi.advanceTimersByTimeAsync(0);
    const second = fetcher.get('https://example.org/b/');
    await vi.advanceTimersByTimeAsync(4999);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls.map((c) => [c.url, c.at])).toEqual([
      ['https://example.org/a/', 0],
      ['https://example.org/a/', 5000],
      ['https://example.org/b/', 5000],
    ]);
    calls[1]!.resolve(page());
    calls[2]!.resolve(page());
    expect(await first).toMatchObject({ ok: true });
    expect(await second).toMatchObject({ ok: true });
  });

  it('gives up a Retry-After longer than the limit instead of waiting', async () => {
    const { calls, fetch } = manualFetch();
    const fetcher = new PoliteFetcher({ fetch, pauseMs: 0, maxRetryAfterMs: 10_000 });
    const result = fetcher.get('https://example.org/a/');
    await vi.advanceTimersByTimeAsync(0);
    calls[0]!.resolve(page(429, { 'retry-after': '3600' }));
    expect(await result).toMatchObject({ ok: false, code: 'rate-limited' });
  });

  it('stops asking a host after repeated errors, without touching other hosts', async () => {
    let count = 0;
    const fetch: PoliteFetchFn = async (url) => {
      count++;
      if (url.includes('broken')) throw new TypeError('Failed to fetch');
      return page();
    };
    const fetcher = new PoliteFetcher({ fetch, pauseMs: 0, maxErrors: 3 });
    const results = [];
    for (let i = 0; i < 6; i++) results.push(await fetcher.get(`https://broken.example/${i}/`));
    expect(results.map((r) => (r.ok ? 'ok' : r.code))).toEqual(['network', 'network', 'network', 'host-stopped', 'host-stopped', 'host-stopped']);
    expect(count).toBe(3);
    expect(fetcher.stopped('broken.example')).toBe(true);
    expect(await fetcher.get('https://fine.example/')).toMatchObject({ ok: true });
  });

  it('reports 404 as http with its status and does not count it as a host error', async () => {
    const fetch: PoliteFetchFn = async () => page(404);
    const fetcher = new PoliteFetcher({ fetch, pauseMs: 0, maxErrors: 2 });
    for (let i = 0; i < 3; i++) expect(await fetcher.get(`https://example.org/${i}/`)).toMatchObject({ ok: false, code: 'http', status: 404 });
    expect(fetcher.stopped('example.org')).toBe(false);
  });

  it('aborts waiting and in-flight requests', async () => {
    const { calls, fetch } = manualFetch();
    const fetcher = new PoliteFetcher({ fetch: (url, init) => {
      init.signal?.addEventListener('abort', () => calls.find((c) => c.url === url)?.reject(new DOMException('aborted', 'AbortError')));
      return fetch(url, init);
    }, pauseMs: 0, perHost: 1 });
    const controller = new AbortController();
    const a = fetcher.get('https://example.org/a/', controller.signal);
    const b = fetcher.get('https://example.org/b/', controller.signal);
    await vi.advanceTimersByTimeAsync(0);
    controller.abort();
    expect(await a).toMatchObject({ ok: false, code: 'aborted' });
    expect(await b).toMatchObject({ ok: false, code: 'aborted' });
    expect(calls).toHaveLength(1);
  });
});
