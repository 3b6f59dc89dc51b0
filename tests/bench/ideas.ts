/**
 * The ideas figures of issue 11, in real Chromium: topics and organisations of
 * every record (in an extension page), "similar to this" against the whole
 * collection, and the Ideas view of the real full-tab page ready (navigation
 * start → [data-ideas-ready] in the DOM) over the seeded collection.
 */
import type { Page } from 'puppeteer-core';
import type { Session } from '../e2e/support/extension';
import type { ClippedContent } from '../../src/record/types';
import { median, type Figure } from './report';

type Sample = (name: string, runs: number, warmup: number, once: (i: number) => Promise<number>) => Promise<number[]>;

const n = (size: number) => size.toLocaleString('en');

/** Needs `host` to have the bench bundle injected; `stored` records must be seeded (the Ideas view reads the DB). */
export async function ideasFigures(
  session: Session,
  host: Page,
  templates: ClippedContent[],
  stored: number,
  opts: { runs: number; warmup: number; sample: Sample; inject: (page: Page) => Promise<void> },
): Promise<Figure[]> {
  const { runs, warmup, sample, inject } = opts;
  const setup = (await host.evaluate(`__pcBench.ideasSetup(${JSON.stringify(templates)}, ${stored})`)) as { records: number; chars: number };
  let found = { topics: 0, organisations: 0 };
  const analyse = await sample(`ideas: topics and organisations ${stored}`, runs, Math.min(warmup, 1), async () => {
    const r = (await host.evaluate('__pcBench.ideasAnalyseOnce()')) as { ms: number; topics: number; organisations: number };
    found = r;
    return r.ms;
  });
  // Correctness is not a figure, but an analysis that finds nothing measures nothing.
  if (found.topics === 0) throw new Error('ideas: no topics found in the generated records');
  let misses = 0;
  const similar = await sample(`ideas: similar to this ${stored}`, runs * 3, warmup, async (i) => {
    const r = (await host.evaluate(`__pcBench.similarOnce(${(i + 10) * 997})`)) as { ms: number; found: number };
    if (r.found === 0) misses++;
    return r.ms;
  });
  await host.evaluate('__pcBench.ideasForget()');

  const page = await session.browser.newPage();
  await page.evaluateOnNewDocument(`(() => {
    new MutationObserver((_, observer) => {
      if (!document.querySelector('[data-ideas-ready="true"]')) return;
      window.__pcIdeasAt = performance.now();
      observer.disconnect();
      // The frame that shows it: rendering runs after the requestAnimationFrame callbacks, the next task after it.
      requestAnimationFrame(() => setTimeout(() => performance.mark('ideas-frame-after-ready')));
    }).observe(document, { subtree: true, childList: true, attributes: true });
  })()`);
  let rows = 0;
  let steps: Record<string, number>[] = [];
  /** Median time of each step mark of the runs since `steps` was reset, e.g. "mounted 210 ms, cache read 260 ms". */
  const stepText = () =>
    (['ideas-view-mounted', 'ideas-cache-read', 'ideas-model-built', 'ideas-frame-after-ready'] as const)
      .map((name) => `${name.replace('ideas-', '').replace(/-/g, ' ')} ${median(steps.map((m) => m[name] ?? NaN).filter((v) => !Number.isNaN(v))).toFixed(0)} ms`)
      .join(', ');
  const openView = async () => {
    // A new document each time: a goto to the same URL with a hash would only scroll the open page.
    await page.goto('about:blank');
    await page.goto(`chrome-extension://${session.extensionId}/compare.html#view=ideas`, { waitUntil: 'load' });
    await page.waitForFunction('typeof window.__pcIdeasAt === "number"', { timeout: 120_000 });
    await page.waitForFunction(`performance.getEntriesByName('ideas-frame-after-ready').length > 0`);
    rows = (await page.evaluate(`document.querySelectorAll('table.matrix tbody tr:not(.pad)').length`)) as number;
    const marks = (await page.evaluate(`Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime]))`)) as Record<string, number>;
    steps.push(marks);
    const at = (await page.evaluate('window.__pcIdeasAt')) as number;
    // Let this document finish what it does after the first draw before the next run navigates away.
    await new Promise((resolve) => setTimeout(resolve, 500));
    return at;
  };
  // First opening right after the collection was written: the ideas cache is empty, so every record is analysed
  // (and stored) before the view shows. Dropped (untimed) before each run.
  const cold = await sample(`ideas: view ready ${stored}, cache empty`, runs, 0, async () => {
    await host.evaluate('__pcBench.ideasCacheClear()');
    return openView();
  });
  const coldSteps = stepText();
  steps = [];
  const view = await sample(`ideas: view ready ${stored}`, runs, Math.min(warmup, 1), openView);
  const viewSteps = stepText();
  const cached = (await host.evaluate('__pcBench.ideasCacheSize()')) as number;
  if (cached !== stored) throw new Error(`ideas cache holds ${cached} of ${stored} records after the view opened`);
  // The read and the model alone, without the wait for the database's first open in a new document.
  let parts: { readMs: number; modelMs: number }[] = [];
  const readModel = await sample(`ideas: cache read and model ${stored}`, runs * 2, Math.min(warmup, 1), async () => {
    await page.goto('about:blank');
    await page.goto(`chrome-extension://${session.extensionId}/options.html`, { waitUntil: 'load' });
    await inject(page);
    const r = (await page.evaluate('__pcBench.ideasReadOnce()')) as { readMs: number; modelMs: number; records: number };
    if (r.records !== stored) throw new Error(`ideas: the model holds ${r.records} of ${stored} records`);
    parts.push(r);
    return r.readMs + r.modelMs;
  });
  parts = parts.slice(-readModel.length);
  await page.close();

  return [
    {
      id: `ideas-read-model-${stored}`, label: `ideas cache read and model, ${n(stored)} records`, value: median(readModel), unit: 'ms', target: null,
      detail: `a new document with the database already open: the whole cache read (median ${median(parts.map((p) => p.readMs)).toFixed(0)} ms) and the Ideas view's model built from it (median ${median(parts.map((p) => p.modelMs)).toFixed(0)} ms)`,
      samples: readModel,
    },
    {
      id: `ideas-analyse-${stored}`, label: `topics and organisations, ${n(stored)} records`, value: median(analyse), unit: 'ms', target: stored / 5,
      detail: `every answer of every record, ${(setup.chars / 1e6).toFixed(1)} M characters; ${found.topics} record topics, ${found.organisations} record organisations`,
      samples: analyse,
    },
    {
      id: `ideas-similar-${stored}`, label: `"similar to this", ${n(stored)} records`, value: median(similar), unit: 'ms', target: 50,
      detail: `top 5 against every record, similarity index built beforehand${misses ? `; ${misses} targets without any similar record` : ''}`,
      samples: similar,
    },
    {
      id: `ideas-view-${stored}`, label: `Ideas view ready, ${n(stored)} records`, value: median(view), unit: 'ms', target: 300,
      detail: `full-tab page compare.html#view=ideas, navigation start → view rendered from the filled ideas cache (${rows} of ${n(stored)} matrix rows drawn, the rest as they scroll into view); after navigation start: ${viewSteps}`,
      samples: view,
    },
    {
      id: `ideas-view-cold-${stored}`, label: `Ideas view ready, ${n(stored)} records, ideas cache empty`, value: median(cold), unit: 'ms', target: null,
      detail: `the first opening after the collection was written: every record read, analysed and stored in the cache first, with progress shown; ${coldSteps}`,
      samples: cold,
    },
  ];
}
