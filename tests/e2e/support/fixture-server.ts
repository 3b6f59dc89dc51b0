/**
 * Serves fixture pages on 127.0.0.1. Chromium resolves every host name here
 * (--host-resolver-rules), so pages keep their real URLs, the extension's
 * narrow host permission is exercised honestly, and nothing leaves the machine.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface PageOptions {
  status?: number;
  /** Milliseconds to wait before answering (to observe progress or cancel). */
  delayMs?: number;
  /** Extra response headers. */
  headers?: Record<string, string>;
  /** One-off answers given to the first requests, in order, before the page itself (e.g. a 429 with Retry-After). */
  firstAnswers?: Array<{ status: number; headers?: Record<string, string> }>;
}

export interface FixtureServer {
  port: number;
  /**
   * Serve `html` at a full URL (matched on host, path and query) or at a bare
   * path (matched on any host).
   */
  page(urlOrPath: string, html: string, options?: PageOptions): void;
  /** Stop serving a page (it answers 404 from now on). */
  remove(urlOrPath: string): void;
  /** Every request with the time it arrived (Date.now()), for pacing checks. */
  timeline: Array<{ path: string; at: number }>;
  /** Requests seen, as "host path?query". */
  requests: string[];
  /** Paths requested, in order (host and query left out). */
  paths: string[];
  /** Paths whose client gave up (aborted) before the answer was sent. */
  aborted: string[];
  /** Per host, the most requests that were open at the same time (arrived, not yet answered or aborted). */
  peakConcurrency: Map<string, number>;
  close(): Promise<void>;
}

interface Entry extends Required<Omit<PageOptions, 'firstAnswers'>> {
  html: string;
  firstAnswers: NonNullable<PageOptions['firstAnswers']>;
}

function keyOf(urlOrPath: string): string {
  return /^https?:\/\//.test(urlOrPath) ? (({ host, pathname, search }) => `${host}${pathname}${search}`)(new URL(urlOrPath)) : urlOrPath;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const pages = new Map<string, Entry>();
  const requests: string[] = [];
  const paths: string[] = [];
  const aborted: string[] = [];
  const timeline: Array<{ path: string; at: number }> = [];
  const open = new Map<string, number>();
  const peakConcurrency = new Map<string, number>();
  const server = createServer((req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const url = new URL(req.url ?? '/', `http://${host || 'localhost'}`);
    requests.push(`${host} ${url.pathname}${url.search}`);
    paths.push(url.pathname);
    timeline.push({ path: url.pathname, at: Date.now() });
    let sent = false;
    open.set(host, (open.get(host) ?? 0) + 1);
    peakConcurrency.set(host, Math.max(peakConcurrency.get(host) ?? 0, open.get(host)!));
    res.on('close', () => {
      open.set(host, open.get(host)! - 1);
      if (!sent) aborted.push(url.pathname);
    });
    const page =
      pages.get(`${host}${url.pathname}${url.search}`) ?? pages.get(`${host}${url.pathname}`) ?? pages.get(url.pathname);
    const send = () => {
      if (res.destroyed) return;
      sent = true;
      if (!page) {
        res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
        res.end('<!doctype html><title>Not found</title><h1>Not found</h1>');
        return;
      }
      const oneOff = page.firstAnswers.shift();
      if (oneOff) {
        res.writeHead(oneOff.status, { 'content-type': 'text/html; charset=utf-8', ...oneOff.headers });
        res.end(`<!doctype html><title>${oneOff.status}</title>`);
        return;
      }
      res.writeHead(page.status, { 'content-type': 'text/html; charset=utf-8', ...page.headers });
      res.end(page.html);
    };
    if (page?.delayMs) setTimeout(send, page.delayMs);
    else send();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    requests,
    paths,
    aborted,
    timeline,
    peakConcurrency,
    page(urlOrPath, html, options = {}) {
      pages.set(keyOf(urlOrPath), {
        html,
        status: options.status ?? 200,
        delayMs: options.delayMs ?? 0,
        headers: options.headers ?? {},
        firstAnswers: [...(options.firstAnswers ?? [])],
      });
    },
    remove(urlOrPath) {
      pages.delete(keyOf(urlOrPath));
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
