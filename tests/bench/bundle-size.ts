/**
 * Gzip sizes of what the popup loads (popup.html's scripts and modulepreloads,
 * then every static import, transitively) and of the on-demand content script.
 * Dynamic import() targets are counted apart, as lazy.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface SizeReport {
  files: string[];
  /** gzip bytes per file, biggest first. */
  perFile: Array<{ file: string; raw: number; gzip: number }>;
  raw: number;
  gzip: number;
  lazy: string[];
  lazyGzip: number;
}

const gz = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

function htmlScripts(root: string, htmlFile: string): string[] {
  const html = readFileSync(join(root, htmlFile), 'utf8');
  const refs = [
    ...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((m) => m[1]!);
  return refs.filter((r) => r.endsWith('.js')).map((r) => resolve(root, r.replace(/^\//, '')));
}

function imports(file: string): { staticOnes: string[]; dynamicOnes: string[] } {
  const code = readFileSync(file, 'utf8');
  const rel = (spec: string) => (spec.startsWith('/') ? null : resolve(dirname(file), spec));
  const staticOnes = [...code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]*?\s*from\s*)?["']([^"']+\.js)["']/g)]
    .map((m) => rel(m[1]!))
    .filter((p): p is string => !!p);
  const dynamicOnes = [...code.matchAll(/import\(\s*["']([^"']+\.js)["']\s*\)/g)].map((m) => rel(m[1]!)).filter((p): p is string => !!p);
  return { staticOnes, dynamicOnes };
}

export function pageSizes(root: string, htmlFile: string): SizeReport {
  const seen = new Set<string>();
  const lazy = new Set<string>();
  const queue = htmlScripts(root, htmlFile);
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    const { staticOnes, dynamicOnes } = imports(file);
    queue.push(...staticOnes);
    for (const d of dynamicOnes) lazy.add(d);
  }
  for (const f of seen) lazy.delete(f);
  const files = [...seen];
  const lazyFiles = [...lazy].filter((f) => existsSync(f));
  return {
    files: files.map((f) => f.slice(root.length + 1)),
    perFile: files
      .map((f) => ({ file: f.slice(root.length + 1), raw: readFileSync(f).length, gzip: gz(f) }))
      .sort((a, b) => b.gzip - a.gzip),
    raw: files.reduce((s, f) => s + readFileSync(f).length, 0),
    gzip: files.reduce((s, f) => s + gz(f), 0),
    lazy: lazyFiles.map((f) => f.slice(root.length + 1)),
    lazyGzip: lazyFiles.reduce((s, f) => s + gz(f), 0),
  };
}

/**
 * What the popup imports right after its first render (src/live/live-collection.ts:
 * Dexie, live updates, writes): that chunk and its static imports, minus what
 * the first render already loaded. Every popup loads it, so it is reported too.
 */
export function afterFirstRender(root: string, popup: SizeReport): { files: string[]; gzip: number } {
  const chunks = join(root, 'chunks');
  const start = readdirSync(chunks).filter((f) => f.startsWith('live-collection-') && f.endsWith('.js'));
  const counted = new Set(popup.files.map((f) => resolve(root, f)));
  const seen = new Set<string>();
  const queue = start.map((f) => join(chunks, f));
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file) || counted.has(file) || !existsSync(file)) continue;
    seen.add(file);
    queue.push(...imports(file).staticOnes);
  }
  return { files: [...seen].map((f) => f.slice(root.length + 1)), gzip: [...seen].reduce((s, f) => s + gz(f), 0) };
}

export function bundleSizes(root: string): { popup: SizeReport; popupAfterFirstRender: { files: string[]; gzip: number }; content: SizeReport } {
  const content = join(root, 'content-scripts', 'extract.js');
  if (!existsSync(content)) throw new Error(`no ${content}`);
  const popup = pageSizes(root, 'popup.html');
  return {
    popup,
    popupAfterFirstRender: afterFirstRender(root, popup),
    content: { files: ['content-scripts/extract.js'], perFile: [], raw: readFileSync(content).length, gzip: gz(content), lazy: [], lazyGzip: 0 },
  };
}
