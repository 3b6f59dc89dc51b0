/**
 * A fixture server whose pages can answer slowly, for tests that must cancel
 * in the middle of a bulk clip deterministically. Served on 127.0.0.1 and
 * reached under the real host name (--host-resolver-rules).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SlowServer {
  port: number;
  page(path: string, html: string, options?: { status?: number; delayMs?: number }): void;
  /** Paths requested, in order. */
  requests: string[];
  /** Paths whose client gave up (aborted) before the answer was sent. */
  aborted: string[];
  close(): Promise<void>;
}

export async function startSlowServer(): Promise<SlowServer> {
  const pages = new Map<string, { html: string; status: number; delayMs: number }>();
  const requests: string[] = [];
  const aborted: string[] = [];
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push(path);
    const page = pages.get(path);
    let sent = false;
    res.on('close', () => {
      if (!sent) aborted.push(path);
    });
    const send = () => {
      if (res.destroyed) return;
      sent = true;
      res.writeHead(page?.status ?? 404, { 'content-type': 'text/html; charset=utf-8' });
      res.end(page?.html ?? '<!doctype html><title>Not found</title><h1>Not found</h1>');
    };
    if (page && page.delayMs > 0) setTimeout(send, page.delayMs);
    else send();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    requests,
    aborted,
    page(path, html, options = {}) {
      pages.set(path, { html, status: options.status ?? 200, delayMs: options.delayMs ?? 0 });
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
