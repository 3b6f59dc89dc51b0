/**
 * The benchmark run (spawned by scripts/bench.mjs after it built the extension
 * and the in-browser bench bundle). Real headless Chromium, real extension.
 * Measures at several collection sizes (0, 1,000, 10,000 and 50,000 records;
 * fewer and smaller in --quick), prints the figures beside the previous run's
 * and the growth of each from one size to the next, writes
 * tests/bench/results.json and the cost curve (SVG). Never fails on a number.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Page } from 'puppeteer-core';
import { EXTENSION_DIR, launchWithExtension, openPopup, PORTRAIT_HOST, type Session } from '../e2e/support/extension';
import { startFixtureServer } from '../e2e/support/fixture-server';
import { loadFixtures } from '../e2e/support/fixtures';
import type { ClippedContent } from '../../src/record/types';
import { serviceWorker, tabIdOf } from '../e2e/support/service-worker';
import { bundleSizes } from './bundle-size';
import { BULK_LATENCY_MS, BULK_PAGES, bulkClipOnce } from './bulk';
import { CHECK_CHANGED, CHECK_LATENCY_MS, CHECK_PAGES, updateCheckOnce } from './update-check';
import { curveSvg } from './chart';
import { ideasFigures } from './ideas';
import { heapAfterGc, heapHighWater } from './heap';
import { median, readPrevious, renderGrowth, renderTable, type Figure, type Series } from './report';

const quick = process.argv.includes('--quick');
/** `--name=value` overrides, for exploring (e.g. `--records=10000` in quick mode). */
const option = (name: string): number | undefined => {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  return arg ? Number(arg.split('=')[1]) : undefined;
};
const RUNS = option('runs') ?? (quick ? 3 : 15);
const WARMUP = quick ? 1 : 3;
/** Export and import are seconds each at 50,000 records: fewer runs. */
const IO_RUNS = option('runs') ?? (quick ? 2 : 5);
/**
 * `--only=parse,ideas,...`: measure only these groups (for working on one figure; the results file then holds only
 * them, so never commit a partial full run). Groups: parse, upgrade, popup, search, io, ideas, clip, bulk, check.
 */
const onlyArg = process.argv.find((a) => a.startsWith('--only='));
const ONLY = onlyArg ? new Set(onlyArg.slice('--only='.length).split(',')) : null;
const wants = (group: string) => ONLY === null || ONLY.has(group);
const sizesArg = process.argv.find((a) => a.startsWith('--sizes='));
/** Collection sizes, ascending, starting at 0. `--records=N` (old flag) measures 0, N/10 and N. */
const SIZES: number[] = sizesArg
  ? sizesArg.slice('--sizes='.length).split(',').map(Number)
  : option('records') !== undefined
    ? [0, Math.round(option('records')! / 10), option('records')!]
    : quick
      ? [0, 100, 1_000]
      : [0, 1_000, 10_000, 50_000];
/** The sizes the issue's targets name, mapped onto this run's sizes (quick runs are smaller). */
const [, SMALL, BIG, HUGE] = SIZES as [number, number | undefined, number | undefined, number | undefined];
const PAGE_SIZE = 100; // RecordList's first page
let bundle: string | null = null;
const benchBundle = () => (bundle ??= readFileSync(process.env.PC_BENCH_BUNDLE ?? join(EXTENSION_DIR, '..', 'bench', 'bench.iife.js'), 'utf8'));
const RESULTS = 'tests/bench/results.json';
/** The last full run, committed: what the next full run is compared with. */
const COMMITTED_RESULTS = 'docs/performance-results.json';
const CURVE = quick || ONLY !== null ? 'tests/bench/performance-curve.svg' : 'docs/performance-curve.svg';
const n = (size: number) => size.toLocaleString('en');

const log = (msg: string) => process.stderr.write(`[bench] ${msg}\n`);
const js = (value: unknown) => JSON.stringify(value);

async function inject(page: Page): Promise<void> {
  // evaluate (CDP) is not subject to the extension pages' CSP, unlike an inline <script>.
  await page.evaluate(benchBundle());
}

/** Warm-up runs, then `runs` samples. */
async function sample(name: string, runs: number, warmup: number, once: (i: number) => Promise<number>): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await once(-1 - i);
  const out: number[] = [];
  for (let i = 0; i < runs; i++) out.push(await once(i));
  log(`${name}: median ${median(out).toFixed(2)} ms (${out.length} runs)`);
  return out;
}

/**
 * The popup is ready: [data-ready=true] with the rows that fill the list's viewport in the DOM: the first
 * `data-first-rows` of the first page (the popup reads and draws those before its first paint, and the rest
 * of the page right after it; `checkFirstRowsFill` holds them to filling the viewport). No layout is forced
 * while timing. `PAGE_DRAWN` is the moment the whole first page is in the DOM. Strings, evaluated in the popup.
 */
const FIRST_ROWS = `Number(document.querySelector('[data-first-rows]')?.getAttribute('data-first-rows') ?? Infinity)`;
const READY = (expected: number) =>
  `(document.querySelector('[data-ready="true"]') !== null && document.querySelectorAll('[data-record-id]').length >= Math.min(${expected}, ${FIRST_ROWS}))`;
const PAGE_DRAWN = (expected: number) => `document.querySelectorAll('[data-record-id]').length === ${expected}`;

/** Whether the popup's first rows reach the bottom of the list's viewport (or are the whole page): "ready" shows a full list. */
async function checkFirstRowsFill(popup: Page, expected: number): Promise<boolean> {
  return (await popup.evaluate(`(() => {
    const first = Math.min(${expected}, ${FIRST_ROWS});
    if (first >= ${expected}) return true;
    const row = document.querySelectorAll('[data-record-id]')[first - 1];
    const viewport = row?.closest('.scroll');
    return !!viewport && row.getBoundingClientRect().bottom >= viewport.getBoundingClientRect().bottom;
  })()`)) as boolean;
}

/** Toolbar click → popup ready (READY), timed from Node. */
async function popupReady(session: Session, tab: Page, expected: number): Promise<{ ms: number; popup: Page }> {
  await tab.bringToFront();
  const t0 = performance.now();
  const target = session.browser.waitForTarget((t) => t.url().endsWith('popup.html'), { timeout: 10_000 });
  await tab.triggerExtensionAction(session.extension);
  const popup = await (await target).asPage();
  await popup.waitForFunction(READY(expected), { polling: 'mutation', timeout: 20_000 });
  return { ms: performance.now() - t0, popup };
}

/**
 * In the page: navigation start → ready (READY), and → the whole first page in the DOM, recorded by a
 * MutationObserver installed before the popup's own scripts (on a reload of the real popup).
 */
async function popupReadyInPage(popup: Page, expected: number): Promise<{ ready: number; page: number }> {
  await popup.evaluateOnNewDocument(`(() => {
    new MutationObserver((_, observer) => {
      if (window.__pcReadyAt === undefined && ${READY(expected)}) window.__pcReadyAt = performance.now();
      if (window.__pcReadyAt !== undefined && ${PAGE_DRAWN(expected)}) {
        window.__pcPageAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { subtree: true, childList: true, attributes: true });
  })()`);
  await popup.reload({ waitUntil: 'load' });
  await popup.waitForFunction('typeof window.__pcPageAt === "number"', { timeout: 20_000 });
  return (await popup.evaluate('({ ready: window.__pcReadyAt, page: window.__pcPageAt })')) as { ready: number; page: number };
}

/** Both views of "popup ready": in the page (the figure) and toolbar click → ready seen from Node; and the whole first page drawn. */
async function popupReadyFigure(session: Session, tab: Page, records: number): Promise<{ inPage: number[]; click: number[]; page: number[] }> {
  const expected = Math.min(PAGE_SIZE, records);
  const click: number[] = [];
  const page: number[] = [];
  const inPage = await sample(`popup ready ${records}`, RUNS, WARMUP, async (i) => {
    const { ms, popup } = await popupReady(session, tab, expected);
    if (i >= 0) click.push(ms);
    // The reload below is the figure: let the popup opened by the click finish its own reads first (the whole
    // first page, Dexie's live queries), so the new document does not queue behind the old one's.
    await popup.waitForFunction(PAGE_DRAWN(expected), { polling: 'mutation', timeout: 20_000 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const own = await popupReadyInPage(popup, expected);
    if (i >= 0) page.push(own.page);
    if (!(await checkFirstRowsFill(popup, expected))) throw new Error(`popup ready ${records}: the rows drawn first do not fill the list's viewport`);
    await popup.close();
    return own.ready;
  });
  log(`popup ready ${records}, toolbar click → ready (Node): median ${median(click).toFixed(0)} ms; whole first page drawn: ${median(page).toFixed(0)} ms`);
  return { inPage, click, page };
}

function popupFigure(id: string, label: string, r: { inPage: number[]; click: number[]; page: number[] }, target: number | null): Figure {
  return {
    id, label, value: median(r.inPage), unit: 'ms', target,
    detail: `toolbar click → ready seen from Node: ${median(r.click).toFixed(0)} ms; whole first page drawn: ${median(r.page).toFixed(0)} ms`,
    samples: { inPage: r.inPage, click: r.click, page: r.page },
  };
}

/** A ratio of two figures measured in this run (the issue's targets for growth). */
function ratioFigure(id: string, label: string, top: Figure | undefined, bottom: Figure | undefined, target: number): Figure[] {
  if (!top || !bottom) return [];
  return [{ id, label, value: top.value / bottom.value, unit: '×', target, detail: `${top.label}: ${top.value.toFixed(1)} ÷ ${bottom.label}: ${bottom.value.toFixed(1)}` }];
}

async function main(): Promise<void> {
  const started = Date.now();
  const figures: Figure[] = [];
  const notes: string[] = [];
  const byId = (id: string) => figures.find((f) => f.id === id);
  const fixtures = loadFixtures();
  const seedFixture = fixtures.find((f) => f.name === 'portrait--seed-paragraphs');
  if (!seedFixture) throw new Error('seed-paragraphs fixture missing');
  const templates = fixtures.filter((f) => f.result.ok).map((f) => (f.result as { content: ClippedContent }).content);
  log(`sizes ${SIZES.map(n).join(', ')}; ${RUNS} runs after ${WARMUP} warm-up (${IO_RUNS} for export and import)`);

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
  // An unpinned button adds Chromium's pop-out animation to every toolbar click (finding 19): no popup figure then.
  if (!session.pinned) throw new Error('the extension was installed under an unexpected id, so its toolbar button is not pinned');
  const chromium = await session.browser.version();
  try {
    // ---- parse, in the fixture page over http
    const tab = await session.browser.newPage();
    await tab.goto(seedFixture.url.replace('https://', 'http://'), { waitUntil: 'load' });
    await inject(tab);
    if (wants('parse')) {
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
        id: 'parse-vs-floor', label: 'parse portrait vs TreeWalker floor', value: ours / floor, unit: '×', target: 20,
        detail: `ours ${ours.toFixed(3)} ms, floor ${floor.toFixed(4)} ms over ${parse.nodes} nodes`,
        samples: { ours: parse.ours, floor: parse.walker },
      });
    }

    // ---- an extension page as the DB host: same origin as the extension, so the same IndexedDB
    const host = await session.browser.newPage();
    await host.goto(`chrome-extension://${session.extensionId}/options.html`, { waitUntil: 'load' });
    await inject(host);
    const seed = async (count: number) => {
      const r = (await host.evaluate(`__pcBench.seed(${js(templates)}, ${count})`)) as { count: number; ms: number };
      log(`seeded ${r.count} records in ${r.ms.toFixed(0)} ms`);
      if (r.count !== count) throw new Error(`seeded ${r.count}, wanted ${count}`);
    };

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
      return { id: `clip-${stored}`, label: `clip end to end (${n(stored)} stored)`, value: median(clip), unit: 'ms', target: 50, samples: clip };
    };

    /** The popup's JS heap after its first render has settled (its lazy imports done), after a GC. */
    const heapFigure = async (stored: number): Promise<Figure> => {
      const heaps: number[] = [];
      for (let i = 0; i < (quick ? 1 : 3); i++) {
        const { popup } = await popupReady(session, tab, Math.min(PAGE_SIZE, stored));
        await new Promise((r) => setTimeout(r, 500));
        heaps.push(await heapAfterGc(popup));
        await popup.close();
      }
      log(`popup heap ${stored}: median ${median(heaps).toFixed(1)} MB`);
      return { id: `popup-heap-${stored}`, label: `popup JS heap after first render, ${n(stored)} records`, value: median(heaps), unit: 'MB', target: null, samples: heaps };
    };

    /** One keystroke into an empty search box → the expected first page of results in the DOM. */
    const searchFigure = async (stored: number): Promise<Figure> => {
      const { popup } = await popupReady(session, tab, Math.min(PAGE_SIZE, stored));
      await inject(popup);
      const all = (await host.evaluate(`__pcBench.expectedIds('', ${PAGE_SIZE})`)) as { ids: string[]; total: number };
      const keys: Array<{ key: string; ids: string[]; total: number }> = [];
      for (const key of 'kbmswdpgrtlhoae') {
        const r = (await host.evaluate(`__pcBench.expectedIds(${js(key)}, ${PAGE_SIZE})`)) as { ids: string[]; total: number };
        // Only keys whose result differs from the unfiltered list can be seen to have rendered.
        if (r.ids.join() !== all.ids.join()) keys.push({ key, ...r });
      }
      if (keys.length === 0) throw new Error('no search key changes the list');
      // The first keystroke after opening also reads the search index (the popup opens without it).
      const firstKey = keys[0]!;
      const first = (await popup.evaluate(`__pcBench.searchOnce(${js(firstKey.key)}, ${js(firstKey.ids)})`)) as number;
      log(`first search keystroke ${stored}: ${first.toFixed(1)} ms`);
      figures.push({
        id: `search-first-${stored}`, label: `first search keystroke after opening, ${n(stored)} records`, value: first, unit: 'ms', target: null,
        detail: 'includes reading the search index, which the popup reads on demand (one sample)',
      });
      const search = await sample(`search ${stored}`, RUNS, WARMUP, async (i) => {
        const k = keys[(i + keys.length * 4) % keys.length]!;
        await popup.evaluate(`__pcBench.setSearch('', ${js(all.ids)})`);
        return (await popup.evaluate(`__pcBench.searchOnce(${js(k.key)}, ${js(k.ids)})`)) as number;
      });
      await popup.evaluate(`__pcBench.setSearch('', ${js(all.ids)})`);
      const meanHits = keys.reduce((s, k) => s + k.total, 0) / keys.length;
      const figure: Figure = {
        id: `search-${stored}`, label: `search, ${n(stored)} records`, value: median(search), unit: 'ms', target: 50,
        detail: `single-letter queries (${keys.map((k) => k.key).join('')}), ${Math.round(meanHits)} hits on average`, samples: search,
      };
      if (stored === BIG) {
        // Compare 4: selection untimed, Compare click → 4-column table rendered.
        const compare = await sample('compare 4', RUNS, WARMUP, async (i) => {
          const start = ((i + 10) * 4) % (PAGE_SIZE - 4);
          return (await popup.evaluate(`__pcBench.compareOnce(${js(all.ids.slice(start, start + 4))})`)) as number;
        });
        figures.push({ id: 'compare', label: 'compare 4 partnerships (popup)', value: median(compare), unit: 'ms', target: 16, samples: compare });
      }
      await popup.close();
      return figure;
    };

    /** Export, then import of that file into an empty collection, in the extension page, with its heap high-water mark. */
    const ioFigures = async (stored: number): Promise<Figure[]> => {
      let exportBytes = 0;
      const exportPeaks: number[] = [];
      // The first export after the collection was written analyses every record for the ideas cache: its own figure, no target.
      const coldPeaks: number[] = [];
      const cold = await sample(`export ${stored}, ideas cache empty`, 1, 0, async () => {
        const { result: r, peakMB } = await heapHighWater(host, () => host.evaluate(`__pcBench.exportOnce(true)`) as Promise<{ ms: number; bytes: number; records: number }>);
        if (r.records !== stored) throw new Error(`exported ${r.records}`);
        coldPeaks.push(peakMB);
        return r.ms;
      });
      const exp = await sample(`export ${stored}`, IO_RUNS, 1, async () => {
        const { result: r, peakMB } = await heapHighWater(host, () => host.evaluate(`__pcBench.exportOnce()`) as Promise<{ ms: number; bytes: number; records: number }>);
        if (r.records !== stored) throw new Error(`exported ${r.records}`);
        exportBytes = r.bytes;
        exportPeaks.push(peakMB);
        return r.ms;
      });
      const planMs: number[] = [];
      const applyMs: number[] = [];
      const importPeaks: number[] = [];
      const imp = await sample(`import ${stored}`, IO_RUNS, 1, async () => {
        const { result: r, peakMB } = await heapHighWater(host, () => host.evaluate(`__pcBench.importOnce()`) as Promise<{ ms: number; planMs: number; applyMs: number; created: number; error?: string }>);
        if (r.error || r.created !== stored) throw new Error(`import failed: ${r.error ?? `${r.created} created`}`);
        planMs.push(r.planMs);
        applyMs.push(r.applyMs);
        importPeaks.push(peakMB);
        return r.ms;
      });
      await host.evaluate('__pcBench.forgetExport()');
      const peak = (peaks: number[]) => `JS heap high-water ${Math.max(...peaks).toFixed(0)} MB`;
      return [
        {
          id: `export-${stored}`, label: `export ${n(stored)} records, JSON`, value: median(exp), unit: 'ms', target: stored / 10,
          detail: `${(exportBytes / 1024 / 1024).toFixed(1)} MB file, streamed, ideas from the filled cache; ${peak(exportPeaks)}`, samples: exp, extra: { heapPeakMB: exportPeaks },
        },
        {
          id: `export-cold-${stored}`, label: `export ${n(stored)} records, JSON, ideas cache empty`, value: median(cold), unit: 'ms', target: null,
          detail: `first export after the collection was written: analyses every record while writing it, then stores the entries; ${peak(coldPeaks)}`, samples: cold, extra: { heapPeakMB: coldPeaks },
        },
        {
          id: `import-${stored}`, label: `import ${n(stored)} records, JSON`, value: median(imp), unit: 'ms', target: (stored * 3) / 10,
          detail: `plan ${median(planMs).toFixed(0)} ms + apply ${median(applyMs).toFixed(0)} ms, into an empty collection, the file read in pieces as the import page does; ${peak(importPeaks)}`,
          samples: imp, extra: { heapPeakMB: importPeaks },
        },
        { id: `export-heap-${stored}`, label: `export ${n(stored)}: JS heap high-water`, value: median(exportPeaks), unit: 'MB', target: null, samples: exportPeaks },
        { id: `import-heap-${stored}`, label: `import ${n(stored)}: JS heap high-water`, value: median(importPeaks), unit: 'MB', target: null, samples: importPeaks },
      ];
    };

    // ---- opening a v1 database of the larger collection: every upgrade step, in a separate database
    const upgradeSize = option('upgrade') ?? BIG ?? SIZES.at(-1)!;
    const upgradeRuns: Array<{ ms: number; lost: number; changed: number; quarantined: number }> = [];
    if (wants('upgrade')) {
      const upgrade = await sample(`upgrade ${upgradeSize} from v1`, quick ? 1 : 3, 0, async () => {
        const r = (await host.evaluate(`__pcBench.upgradeFromV1(${js(templates)}, ${upgradeSize})`)) as { ms: number; lost: number; changed: number; quarantined: number };
        // Correctness is not a figure: a lost or changed record stops the run.
        if (r.lost || r.changed || r.quarantined) throw new Error(`upgrade from v1: ${r.lost} lost, ${r.changed} changed, ${r.quarantined} quarantined`);
        upgradeRuns.push(r);
        return r.ms;
      });
      figures.push({
        id: `upgrade-v1-${upgradeSize}`, label: `upgrade ${n(upgradeSize)} records from schema v1`, value: median(upgrade), unit: 'ms', target: 3000,
        detail: `every step v2 … latest, on opening; ${upgradeRuns.length} runs, 0 lost, 0 changed each`, samples: upgrade,
      });
    }

    // ---- each collection size in turn: popup ready, heap, search, export/import, then clips (they add records)
    const ioSizes = quick ? SIZES.slice(-1) : SIZES.filter((s) => s >= 10_000);
    const perSize = ['popup', 'search', 'io', 'ideas', 'clip'].some(wants);
    for (const stored of perSize ? SIZES : []) {
      await seed(stored);
      if (wants('popup')) {
        const ready = await popupReadyFigure(session, tab, stored);
        figures.push(popupFigure(`popup-ready-${stored}`, `popup ready, ${n(stored)} records${stored === 0 ? ' (reference)' : ''}`, ready, stored === 0 ? null : 200));
        figures.push(await heapFigure(stored));
      }
      if (stored > 0 && wants('search')) figures.push(await searchFigure(stored));
      if (ioSizes.includes(stored) && wants('io')) figures.push(...(await ioFigures(stored)));
      // Issue 11's ideas figures at the size its targets name (10,000; the larger quick size in --quick).
      if (stored === BIG && wants('ideas')) figures.push(...(await ideasFigures(session, host, templates, stored, { runs: IO_RUNS, warmup: WARMUP, sample, inject })));
      if (stored > 0 && wants('clip')) figures.push(await clipFigure(stored));
    }

    // ---- bulk clip of 30 linked portraits (into the largest collection, as the clips above)
    if (wants('bulk')) {
      const worker = await serviceWorker(session);
      const bulk: Array<{ ms: number; created: number; peakPerHost: number }> = [];
      for (let run = 0; run < (quick ? 1 : 3); run++) bulk.push(await bulkClipOnce(session, server, (url) => tabIdOf(worker, url), run));
      log(`bulk clip: ${bulk.map((b) => `${b.ms.toFixed(0)} ms`).join(', ')}; peak per host ${Math.max(...bulk.map((b) => b.peakPerHost))}`);
      if (bulk.some((b) => b.created !== BULK_PAGES)) notes.push(`bulk clip: ${bulk.map((b) => b.created).join(', ')} of ${BULK_PAGES} created`);
      figures.push({
        id: 'bulk-clip', label: `bulk clip of ${BULK_PAGES} linked portraits`, value: median(bulk.map((b) => b.ms)), unit: 'ms', target: 6000,
        detail: `${BULK_LATENCY_MS} ms server latency per page; ${bulk.length} runs, into ${n(SIZES.at(-1)!)} records`, samples: bulk.map((b) => b.ms),
      });
      figures.push({
        id: 'bulk-concurrency', label: 'bulk clip: most requests at once to one host', value: Math.max(...bulk.map((b) => b.peakPerHost)), unit: 'n', target: 2,
        detail: 'counted at the fixture server', samples: bulk.map((b) => b.peakPerHost),
      });
    }

    // ---- check for updates: exactly CHECK_PAGES stored portraits (it replaces the collection), CHECK_CHANGED changed
    if (wants('check')) {
      const checks = [];
      for (let run = 0; run < (quick ? 1 : 3); run++) checks.push(await updateCheckOnce(session, server, host, run));
      log(`check for updates: ${checks.map((c) => `${c.ms} ms (${c.counts})`).join(', ')}`);
      const expectedCounts = `${CHECK_CHANGED} changed · ${CHECK_PAGES - CHECK_CHANGED} unchanged`;
      if (checks.some((c) => c.counts !== expectedCounts)) notes.push(`check for updates: ${checks.map((c) => c.counts).join('; ')}`);
      figures.push({
        id: 'update-check', label: `check for updates, ${CHECK_PAGES} stored portraits`, value: median(checks.map((c) => c.ms)), unit: 'ms', target: 10_000,
        detail: `${CHECK_LATENCY_MS} ms server latency per page, ${CHECK_CHANGED} changed; at most ${Math.max(...checks.map((c) => c.peakPerHost))} requests at once to the host`,
        samples: checks.map((c) => c.ms),
      });
      const during = checks.flatMap((c) => c.popupReadyMs);
      const idle = checks.flatMap((c) => c.popupIdleMs);
      figures.push({
        id: 'update-check-popup', label: 'popup ready while a check for updates runs', value: median(during), unit: 'ms', target: 200,
        detail: `toolbar click → ready seen from Node, over the collection page, ${during.length} popups in ${checks.length} runs; idle there: ${median(idle).toFixed(0)} ms (${(median(during) / median(idle)).toFixed(2)}×); longest main-thread task of the check ${Math.max(...checks.map((c) => c.longestTaskMs)).toFixed(0)} ms`,
        samples: during,
      });
      figures.push({
        id: 'update-check-popup-idle', label: 'popup ready over the idle collection page (reference)', value: median(idle), unit: 'ms', target: null,
        detail: `toolbar click → ready seen from Node, ${idle.length} popups in ${checks.length} runs, each run after one warm-up popup`,
        samples: idle,
      });
    }
  } finally {
    await session.close();
    await server.close();
  }

  // ---- growth: the issue's targets as ratios of this run's own figures
  figures.push(
    ...ratioFigure('popup-ready-growth-big', `popup ready, ${n(BIG ?? 0)} ÷ 0 records`, byId(`popup-ready-${BIG}`), byId('popup-ready-0'), 1.5),
    ...ratioFigure('popup-ready-growth-huge', `popup ready, ${n(HUGE ?? 0)} ÷ ${n(BIG ?? 0)} records`, byId(`popup-ready-${HUGE}`), byId(`popup-ready-${BIG}`), 1.2),
    ...ratioFigure('clip-growth', `clip end to end, ${n(BIG ?? 0)} ÷ ${n(SMALL ?? 0)} stored`, byId(`clip-${BIG}`), byId(`clip-${SMALL}`), 1.1),
  );
  const heapBig = byId(`popup-heap-${BIG}`);
  const heapZero = byId('popup-heap-0');
  if (heapBig && heapZero) {
    figures.push({
      id: 'popup-heap-growth', label: `popup JS heap, ${n(BIG!)} − 0 records`, value: heapBig.value - heapZero.value, unit: 'MB', target: 10,
      detail: `${heapBig.value.toFixed(1)} MB − ${heapZero.value.toFixed(1)} MB, after a GC`,
    });
  }

  const series: Series[] = [
    ['popup ready', 'popup-ready', 'ms'],
    ['search keystroke', 'search', 'ms'],
    ['first keystroke (reads the index)', 'search-first', 'ms'],
    ['clip end to end', 'clip', 'ms'],
    ['popup JS heap', 'popup-heap', 'MB'],
    ['export', 'export', 'ms'],
    ['import', 'import', 'ms'],
  ].map(([name, prefix, unit]) => ({
    name: name!,
    unit: unit as Series['unit'],
    points: new Map(SIZES.flatMap((s) => (byId(`${prefix}-${s}`) ? [[s, byId(`${prefix}-${s}`)!.value] as const] : []))),
  }));

  const machine = {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGB: Math.round(os.totalmem() / 1024 ** 3),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    chromium,
  };
  // A partial run (--only) is never the previous run a full or quick run is compared with.
  const mode = ONLY !== null ? 'partial' : quick ? 'quick' : 'full';
  // Read before this run's results replace them.
  const previous = readPrevious(quick ? [RESULTS] : [RESULTS, COMMITTED_RESULTS], mode);
  const result = {
    date: new Date().toISOString(),
    mode,
    runs: RUNS,
    warmup: WARMUP,
    sizes: SIZES,
    seconds: Math.round((Date.now() - started) / 1000),
    machine,
    previous: previous ? { date: previous.date, source: previous.source } : null,
    figures: figures.map((f) => ({
      ...f,
      median: f.value,
      ratio: f.target === null ? null : f.value / f.target,
      met: f.target === null ? null : f.value <= f.target,
    })),
    curve: series.map((s) => ({ name: s.name, unit: s.unit, points: Object.fromEntries(s.points) })),
    notes,
  };
  writeFileSync(RESULTS, `${JSON.stringify(result, null, 2)}\n`);
  // A partial run (--only) is never the committed record of a full run.
  if (!quick && ONLY === null) copyFileSync(RESULTS, COMMITTED_RESULTS);
  const chart = series.filter((s) => ['popup ready', 'search keystroke', 'clip end to end'].includes(s.name));
  writeFileSync(CURVE, curveSvg(chart, SIZES, `Cost against collection size (${mode} run, ${result.date.slice(0, 10)})`));

  process.stdout.write(`\n${renderTable(figures, previous)}\n`);
  if (previous) process.stdout.write(`\nprevious: ${previous.mode} run of ${previous.date.slice(0, 10)} (${previous.source})\n`);
  process.stdout.write(`\nGrowth with the collection (median at each size; × from one size to the next):\n\n${renderGrowth(series, SIZES)}\n`);
  process.stdout.write(`\n${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB, ${machine.os}, Node ${machine.node}, ${machine.chromium}\n`);
  process.stdout.write(`${quick ? 'QUICK mode (not comparable): ' : ''}median of ${RUNS} runs after ${WARMUP} warm-up (${IO_RUNS} for export and import); ${result.seconds} s; written to ${RESULTS}${quick || ONLY !== null ? '' : ` and ${COMMITTED_RESULTS}`}; curve in ${CURVE}\n`);
  for (const note of notes) process.stdout.write(`note: ${note}\n`);
}

/** `--chart-only`: draws the curve of the committed last full run again (e.g. after a change to the chart). */
function chartOnly(): void {
  const file = JSON.parse(readFileSync(COMMITTED_RESULTS, 'utf8')) as {
    date: string; mode: string; sizes: number[]; curve: Array<{ name: string; unit: Series['unit']; points: Record<string, number> }>;
  };
  const series = file.curve
    .filter((s) => ['popup ready', 'search keystroke', 'clip end to end'].includes(s.name))
    .map((s) => ({ name: s.name, unit: s.unit, points: new Map(Object.entries(s.points).map(([k, v]) => [Number(k), v])) }));
  writeFileSync('docs/performance-curve.svg', curveSvg(series, file.sizes, `Cost against collection size (${file.mode} run, ${file.date.slice(0, 10)})`));
  log(`drew docs/performance-curve.svg from ${COMMITTED_RESULTS}`);
}

(process.argv.includes('--chart-only') ? Promise.resolve(chartOnly()) : main()).catch((error) => {
  console.error(error);
  process.exit(1);
});
