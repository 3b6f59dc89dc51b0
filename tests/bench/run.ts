/**
 * The benchmark run (spawned by scripts/bench.mjs after it built the extension
 * and the in-browser bench bundle). Real headless Chromium, real extension.
 * Prints a table and writes tests/bench/results.json. Never fails on a number.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Page } from 'puppeteer-core';
import { EXTENSION_DIR, launchWithExtension, openPopup, PORTRAIT_HOST, type Session } from '../e2e/support/extension';
import { startFixtureServer } from '../e2e/support/fixture-server';
import { loadFixtures } from '../e2e/support/fixtures';
import type { ClippedContent } from '../../src/record/types';
import { bundleSizes } from './bundle-size';
import { median, renderTable, type Figure } from './report';

const quick = process.argv.includes('--quick');
/** `--name=value` overrides, for exploring (e.g. `--records=10000` in quick mode). */
const option = (name: string): number | undefined => {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  return arg ? Number(arg.split('=')[1]) : undefined;
};
const RUNS = option('runs') ?? (quick ? 3 : 15);
const WARMUP = quick ? 1 : 3;
const BIG = option('records') ?? (quick ? 300 : 10_000);
const SMALL = Math.min(BIG, quick ? 100 : 1_000);
const PAGE_SIZE = 100; // RecordList's first page
const BUNDLE = readFileSync(process.env.PC_BENCH_BUNDLE ?? join(EXTENSION_DIR, '..', 'bench', 'bench.iife.js'), 'utf8');
const RESULTS = 'tests/bench/results.json';

const log = (msg: string) => process.stderr.write(`[bench] ${msg}\n`);
const js = (value: unknown) => JSON.stringify(value);

async function inject(page: Page): Promise<void> {
  // evaluate (CDP) is not subject to the extension pages' CSP, unlike an inline <script>.
  await page.evaluate(BUNDLE);
}

/** Warm-up runs, then `runs` samples. */
async function sample(name: string, runs: number, warmup: number, once: (i: number) => Promise<number>): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await once(-1 - i);
  const out: number[] = [];
  for (let i = 0; i < runs; i++) out.push(await once(i));
  log(`${name}: median ${median(out).toFixed(2)} ms (${out.length} runs)`);
  return out;
}

/** Toolbar click → popup's [data-ready=true] with the first page of the list rendered, timed from Node. */
async function popupReady(session: Session, tab: Page, expected: number): Promise<{ ms: number; popup: Page }> {
  await tab.bringToFront();
  const t0 = performance.now();
  const target = session.browser.waitForTarget((t) => t.url().endsWith('popup.html'), { timeout: 10_000 });
  await tab.triggerExtensionAction(session.extension);
  const popup = await (await target).asPage();
  await popup.waitForFunction(
    `document.querySelector('[data-ready="true"]') !== null && document.querySelectorAll('[data-record-id]').length === ${expected}`,
    { polling: 'mutation', timeout: 20_000 },
  );
  return { ms: performance.now() - t0, popup };
}

/**
 * In the page: navigation start → [data-ready=true] with the first page of the list in the DOM,
 * recorded by a MutationObserver installed before the popup's own scripts (on a reload of the real popup).
 */
async function popupReadyInPage(popup: Page, expected: number): Promise<number> {
  await popup.evaluateOnNewDocument(`(() => {
    const done = () => document.querySelector('[data-ready="true"]') !== null && document.querySelectorAll('[data-record-id]').length === ${expected};
    new MutationObserver((_, observer) => {
      if (!done()) return;
      window.__pcReadyAt = performance.now();
      observer.disconnect();
    }).observe(document, { subtree: true, childList: true, attributes: true });
  })()`);
  await popup.reload({ waitUntil: 'load' });
  await popup.waitForFunction('typeof window.__pcReadyAt === "number"', { timeout: 20_000 });
  return (await popup.evaluate('window.__pcReadyAt')) as number;
}

/** Both views of "popup ready": in the page (the figure) and toolbar click → ready seen from Node. */
async function popupReadyFigure(session: Session, tab: Page, records: number): Promise<{ inPage: number[]; click: number[] }> {
  const expected = Math.min(PAGE_SIZE, records);
  const click: number[] = [];
  const inPage = await sample(`popup ready ${records}`, RUNS, WARMUP, async (i) => {
    const { ms, popup } = await popupReady(session, tab, expected);
    if (i >= 0) click.push(ms);
    const own = await popupReadyInPage(popup, expected);
    await popup.close();
    return own;
  });
  log(`popup ready ${records}, toolbar click → ready (Node): median ${median(click).toFixed(0)} ms`);
  return { inPage, click };
}

function popupFigure(id: string, label: string, r: { inPage: number[]; click: number[] }, target: number | null): Figure {
  return {
    id, label, value: median(r.inPage), unit: 'ms', target,
    detail: `toolbar click → ready seen from Node: ${median(r.click).toFixed(0)} ms`,
    samples: { inPage: r.inPage, click: r.click },
  };
}

async function main(): Promise<void> {
  const started = Date.now();
  const figures: Figure[] = [];
  const notes: string[] = [];
  const fixtures = loadFixtures();
  const seedFixture = fixtures.find((f) => f.name === 'portrait--seed-paragraphs');
  if (!seedFixture) throw new Error('seed-paragraphs fixture missing');
  const templates = fixtures.filter((f) => f.result.ok).map((f) => (f.result as { content: ClippedContent }).content);

  // ---- bundles (no browser needed)
  const sizes = bundleSizes(EXTENSION_DIR);
  figures.push({
    id: 'bundle-popup', label: 'popup JS, gzip', value: sizes.popup.gzip / 1024, unit: 'KB', target: 60,
    detail: `${sizes.popup.files.length} files, ${(sizes.popup.raw / 1024).toFixed(1)} KB raw${sizes.popup.lazy.length ? `; +${(sizes.popup.lazyGzip / 1024).toFixed(1)} KB lazy` : ''}`,
    extra: { perFile: sizes.popup.perFile, lazy: sizes.popup.lazy },
  });
  figures.push({
    id: 'bundle-popup-after', label: 'popup JS after first render, gzip', value: sizes.popupAfterFirstRender.gzip / 1024, unit: 'KB', target: null,
    detail: `Dexie, live updates, writes: ${sizes.popupAfterFirstRender.files.length} files, imported once the list is shown`,
    extra: { files: sizes.popupAfterFirstRender.files },
  });
  figures.push({ id: 'bundle-content', label: 'content script JS, gzip', value: sizes.content.gzip / 1024, unit: 'KB', target: 30, detail: `${(sizes.content.raw / 1024).toFixed(1)} KB raw` });

  const server = await startFixtureServer();
  server.page(new URL(seedFixture.url).pathname, seedFixture.html);
  const session = await launchWithExtension(server.port);
  const chromium = await session.browser.version();
  try {
    // ---- parse, in the fixture page over http
    const tab = await session.browser.newPage();
    await tab.goto(seedFixture.url.replace('https://', 'http://'), { waitUntil: 'load' });
    await inject(tab);
    const parse = (await tab.evaluate(`__pcBench.parse(${js({ runs: RUNS, warmup: WARMUP, minMs: quick ? 10 : 40 })})`)) as {
      ours: number[]; readability: number[]; walker: number[]; nodes: number; answers: number;
    };
    const [ours, base, floor] = [median(parse.ours), median(parse.readability), median(parse.walker)];
    log(`parse: ours ${ours.toFixed(3)} ms, readability+turndown ${base.toFixed(3)} ms, TreeWalker ${floor.toFixed(4)} ms (${parse.nodes} nodes)`);
    figures.push({
      id: 'parse-vs-baseline', label: 'parse portrait vs Readability+turndown', value: ours / base, unit: '×', target: 0.5,
      detail: `ours ${ours.toFixed(3)} ms, baseline ${base.toFixed(3)} ms (${parse.answers} answers)`,
      samples: { ours: parse.ours, baseline: parse.readability },
    });
    figures.push({
      id: 'parse-vs-floor', label: 'parse portrait vs TreeWalker floor', value: ours / floor, unit: '×', target: 5,
      detail: `ours ${ours.toFixed(3)} ms, floor ${floor.toFixed(4)} ms over ${parse.nodes} nodes`,
      samples: { ours: parse.ours, floor: parse.walker },
    });

    // ---- an extension page as the DB host: same origin as the extension, so the same IndexedDB
    const host = await session.browser.newPage();
    await host.goto(`chrome-extension://${session.extensionId}/options.html`, { waitUntil: 'load' });
    await inject(host);
    const seed = async (n: number) => {
      const r = (await host.evaluate(`__pcBench.seed(${js(templates)}, ${n})`)) as { count: number; ms: number };
      log(`seeded ${r.count} records in ${r.ms.toFixed(0)} ms`);
      if (r.count !== n) throw new Error(`seeded ${r.count}, wanted ${n}`);
    };

    // Reference: the popup with nothing stored (cost of opening a popup at all, including CDP overhead).
    await seed(0);
    const empty = await popupReadyFigure(session, tab, 0);
    figures.push(popupFigure('popup-ready-0', 'popup ready, 0 records (reference)', empty, null));

    await seed(SMALL);
    const small = await popupReadyFigure(session, tab, SMALL);
    figures.push(popupFigure('popup-ready-small', `popup ready, ${SMALL.toLocaleString('en')} records`, small, 200));

    // ---- clip end to end: each run clips a new URL (a re-clip would be "unchanged")
    const clipHtml = (i: number) =>
      seedFixture.html.replace(/<link rel="canonical" href="[^"]*">/, `<link rel="canonical" href="https://${PORTRAIT_HOST}/duisburg-kryvyi-rih-b${i}/">`);
    let clipNo = 0;
    const clipFigure = async (stored: number): Promise<Figure> => {
      const statuses: string[] = [];
      const clip = await sample(`clip (${stored} stored)`, RUNS, WARMUP, async () => {
        const i = clipNo++;
        const path = `/duisburg-kryvyi-rih-b${i}/`;
        server.page(path, clipHtml(i));
        await tab.goto(`http://${PORTRAIT_HOST}${path}`, { waitUntil: 'load' });
        const popup = await openPopup(session, tab);
        await popup.waitForFunction(`document.querySelectorAll('[data-record-id]').length > 0`, { polling: 'mutation', timeout: 30_000 });
        await inject(popup);
        const r = (await popup.evaluate(`__pcBench.clipOnce()`)) as { ms: number; status: string };
        statuses.push(r.status);
        await popup.close();
        return r.ms;
      });
      const bad = statuses.filter((s) => s !== 'created');
      if (bad.length) notes.push(`clip at ${stored}: ${bad.length} runs ended with status ${[...new Set(bad)].join(', ')}`);
      return { id: `clip-${stored}`, label: `clip end to end (${stored.toLocaleString('en')} stored)`, value: median(clip), unit: 'ms', target: 100, samples: clip };
    };
    figures.push(await clipFigure(SMALL));

    // ---- the big collection
    await seed(BIG);
    const big = await popupReadyFigure(session, tab, BIG);
    figures.push(popupFigure('popup-ready-big', `popup ready, ${BIG.toLocaleString('en')} records`, big, 200));
    figures.push(await clipFigure(BIG));
    await seed(BIG); // drop the clipped records again, so the figures below see exactly BIG

    // Search: one keystroke into an empty box → the expected first page of results in the DOM.
    const { popup } = await popupReady(session, tab, PAGE_SIZE);
    await inject(popup);
    const all = (await host.evaluate(`__pcBench.expectedIds('', ${PAGE_SIZE})`)) as { ids: string[]; total: number };
    const keys: Array<{ key: string; ids: string[]; total: number }> = [];
    for (const key of 'kbmswdpgrtlhoae') {
      const r = (await host.evaluate(`__pcBench.expectedIds(${js(key)}, ${PAGE_SIZE})`)) as { ids: string[]; total: number };
      // Only keys whose result differs from the unfiltered list can be seen to have rendered.
      if (r.ids.join() !== all.ids.join()) keys.push({ key, ...r });
    }
    if (keys.length === 0) throw new Error('no search key changes the list');
    const search = await sample(`search ${BIG}`, RUNS, WARMUP, async (i) => {
      const k = keys[(i + keys.length * 4) % keys.length]!;
      await popup.evaluate(`__pcBench.setSearch('', ${js(all.ids)})`);
      return (await popup.evaluate(`__pcBench.searchOnce(${js(k.key)}, ${js(k.ids)})`)) as number;
    });
    await popup.evaluate(`__pcBench.setSearch('', ${js(all.ids)})`);
    const meanHits = keys.reduce((s, k) => s + k.total, 0) / keys.length;
    figures.push({
      id: 'search', label: `search, ${BIG.toLocaleString('en')} records`, value: median(search), unit: 'ms', target: 50,
      detail: `single-letter queries (${keys.map((k) => k.key).join('')}), ${Math.round(meanHits)} hits on average`, samples: search,
    });

    // Compare 4: selection untimed, Compare click → 4-column table rendered.
    const compare = await sample('compare 4', RUNS, WARMUP, async (i) => {
      const start = ((i + 10) * 4) % (PAGE_SIZE - 4);
      return (await popup.evaluate(`__pcBench.compareOnce(${js(all.ids.slice(start, start + 4))})`)) as number;
    });
    figures.push({ id: 'compare', label: 'compare 4 partnerships (popup)', value: median(compare), unit: 'ms', target: 16, samples: compare });
    await popup.close();

    // Export / import of the big collection, in the extension page.
    let exportBytes = 0;
    const exp = await sample(`export ${BIG}`, RUNS, WARMUP, async () => {
      const r = (await host.evaluate(`__pcBench.exportOnce()`)) as { ms: number; bytes: number; records: number };
      if (r.records !== BIG) throw new Error(`exported ${r.records}`);
      exportBytes = r.bytes;
      return r.ms;
    });
    figures.push({
      id: 'export', label: `export ${BIG.toLocaleString('en')} records, JSON`, value: median(exp), unit: 'ms', target: 1000,
      detail: `${(exportBytes / 1024 / 1024).toFixed(1)} MB file`, samples: exp,
    });
    const planMs: number[] = [];
    const applyMs: number[] = [];
    const imp = await sample(`import ${BIG}`, RUNS, 1, async () => {
      const r = (await host.evaluate(`__pcBench.importOnce()`)) as { ms: number; planMs: number; applyMs: number; created: number; error?: string };
      if (r.error || r.created !== BIG) throw new Error(`import failed: ${r.error ?? `${r.created} created`}`);
      planMs.push(r.planMs);
      applyMs.push(r.applyMs);
      return r.ms;
    });
    figures.push({
      id: 'import', label: `import ${BIG.toLocaleString('en')} records, JSON`, value: median(imp), unit: 'ms', target: 3000,
      detail: `plan ${median(planMs).toFixed(0)} ms + apply ${median(applyMs).toFixed(0)} ms, into an empty collection, the file read in pieces as the import page does`,
      samples: imp,
    });
  } finally {
    await session.close();
    await server.close();
  }

  const machine = {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGB: Math.round(os.totalmem() / 1024 ** 3),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    chromium,
  };
  const result = {
    date: new Date().toISOString(),
    mode: quick ? 'quick' : 'full',
    runs: RUNS,
    warmup: WARMUP,
    records: { small: SMALL, big: BIG },
    seconds: Math.round((Date.now() - started) / 1000),
    machine,
    figures: figures.map((f) => ({
      ...f,
      median: f.value,
      ratio: f.target === null ? null : f.value / f.target,
      met: f.target === null ? null : f.value <= f.target,
    })),
    notes,
  };
  writeFileSync(RESULTS, `${JSON.stringify(result, null, 2)}\n`);
  process.stdout.write(`\n${renderTable(figures)}\n`);
  process.stdout.write(`\n${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB, ${machine.os}, Node ${machine.node}, ${machine.chromium}\n`);
  process.stdout.write(`${quick ? 'QUICK mode (not comparable): ' : ''}median of ${RUNS} runs after ${WARMUP} warm-up; ${result.seconds} s; written to ${RESULTS}\n`);
  for (const n of notes) process.stdout.write(`note: ${n}\n`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
