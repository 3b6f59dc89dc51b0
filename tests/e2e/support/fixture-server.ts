/**
 * Serves fixture pages on 127.0.0.1. Chromium maps the real host names here
 * (--host-resolver-rules), so the extension's narrow host permission is
 * exercised honestly.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Route = (req: IncomingMessage, res: ServerResponse) => boolean | Promise<boolean>;

export interface FixtureServer {
  port: number;
  /** Serve `html` at this path on every mapped host. */
  page(path: string, html: string, status?: number): void;
  /** Requests seen, as "host path". */
  requests: string[];
  close(): Promise<void>;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const pages = new Map<string, { html: string; status: number }>();
  const requests: string[] = [];
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push(`${req.headers.host ?? ''} ${path}`);
    const page = pages.get(path);
    if (!page) {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><title>Not found</title><h1>Not found</h1>');
      return;
    }
    res.writeHead(page.status, { 'content-type': 'text/html; charset=utf-8' });
    res.end(page.html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    requests,
    page(path, html, status = 200) {
      pages.set(path, { html, status });
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
