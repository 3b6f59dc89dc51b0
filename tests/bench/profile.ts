/**
 * A short CPU profile of the hot paths, for the findings in docs/performance.md.
 * `npm run bench -- --profile [--records=N] [--only=parse]` (after the build) or, with the bench
 * bundle already built, `PC_OUT_DIR=.output-bench npx tsx tests/bench/profile.ts`.
 * Prints the functions with the most self time (V8 sampling profiler via CDP).
 * `--only=parse` stops after the parse profile (no collection is seeded).
 * `--only=ideas` profiles the Ideas view instead (a reload of compare.html#view=ideas over the filled
 * ideas cache), then prints the page's marks, median of 7 openings; with PC_PROBE_OPEN=1 each opening
 * also opens IndexedDB at document start ("probe open", "probe opened"), to see the open's latency.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'puppeteer-core';
import { EXTENSION_DIR, launchWithExtension } from '../e2e/support/extension';
import { startFixtureServer } from '../e2e/support/fixture-server';
import { loadFixtures } from '../e2e/support/fixtures';
import type { ClippedContent } from '../../src/record/types';

const arg = process.argv.find((a) => a.startsWith('--records='));
const RECORDS = arg ? Number(arg.split('=')[1]) : 10_000;
const ONLY_PARSE = process.argv.includes('--only=parse');
const ONLY_IDEAS = process.argv.includes('--only=ideas');
const BUNDLE = readFileSync(process.env.PC_BENCH_BUNDLE ?? join(EXTENSION_DIR, '..', 'bench', 'bench.iife.js'), 'utf8');

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

async function profiled(page: Page, expression: string): Promise<{ nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }> {
  const cdp: CDPSession = await page.createCDPSession();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.evaluate(expression);
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.detach();
  return profile as unknown as { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
}

/** Self time per function (ms), top `n`, from a CDP profile; only under a function named `scope` if given. */
function topSelf(profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }, n = 12, scope?: string): string {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const c of node.children ?? []) parent.set(c, node.id);
  const inScope = (id: number): boolean => {
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) if (byId.get(cur)?.callFrame.functionName === scope) return true;
    return false;
  };
  const self = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    if (!node || (scope && !inScope(id))) return;
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === '(idle)' || functionName === '(program)') return;
    const file = url.startsWith('pptr:') ? 'bench bundle' : url.split('/').pop() || '(native)';
    const key = `${functionName || '(anonymous)'}  ${file}:${lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + dt);
    total += dt;
  });
  const rows = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, n);
  return [`  busy ${total.toFixed(0)} ms`, ...rows.map(([k, ms]) => `  ${ms.toFixed(1).padStart(8)} ms  ${((ms / total) * 100).toFixed(0).padStart(3)}%  ${k}`)].join('\n');
}

/** The Ideas view opened again with a filled cache: a reload of the full-tab page, profiled from navigation to ready. */
async function profileIdeasView(session: Awaited<ReturnType<typeof launchWithExtension>>): Promise<void> {
  const host = (await session.browser.pages()).find((p) => p.url().includes('options.html'))!;
  const openMs = (name: string, version?: number) =>
    host.evaluate(`new Promise((resolve) => { const t0 = performance.now(); const r = indexedDB.open(${JSON.stringify(name)}${version ? `, ${version}` : ''}); r.onsuccess = () => { r.result.close(); resolve(performance.now() - t0); }; r.onerror = () => resolve(-1); })`);
  for (let i = 0; i < 3; i++) console.log(`open in the host page: unversioned ${await openMs('partnership-clipper')} ms, versioned ${await openMs('partnership-clipper', 70)} ms, small db ${await openMs('pc-probe')} ms`);
  const page = await session.browser.newPage();
  if (process.env.PC_PROBE_OPEN) await page.evaluateOnNewDocument(`(() => { performance.mark('probe open'); const r = indexedDB.open('partnership-clipper'); r.onsuccess = () => { performance.mark('probe opened'); r.result.close(); }; })()`);
  await page.evaluateOnNewDocument(`new MutationObserver((_, observer) => {
    if (!document.querySelector('[data-ideas-ready="true"]')) return;
    performance.mark('ready (data-ideas-ready)');
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => performance.mark('frame after ready')));
  }).observe(document, { subtree: true, childList: true, attributes: true })`);
  const url = `chrome-extension://${session.extensionId}/compare.html#view=ideas`;
  const ready = () => page.waitForSelector('[data-ideas-ready="true"]', { timeout: 120_000 });
  // The first opening fills the cache; the second warms the code.
  for (let i = 0; i < 2; i++) {
    await page.goto('about:blank');
    await page.goto(url, { waitUntil: 'load' });
    await ready();
  }
  const marks = () =>
    page.evaluate(`performance.getEntriesByType('mark').map((m) => m.name + ' ' + m.startTime.toFixed(0)).join(', ')`);
  const cdp = await page.createCDPSession();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.reload({ waitUntil: 'load' });
  await ready();
  const { profile } = await cdp.send('Profiler.stop');
  console.log(`Ideas view, reload → ready, ${RECORDS} records (marks: ${await marks()}):`);
  console.log(topSelf(profile as never, 40));
  // Without the profiler: the page's marks, median of 7 reloads, from navigation start.
  const runs: Record<string, number>[] = [];
  for (let i = 0; i < 7; i++) {
    await page.goto('about:blank');
    await page.goto(url, { waitUntil: 'load' });
    await ready();
    await page.waitForFunction(`performance.getEntriesByName('frame after ready').length > 0`);
    runs.push((await page.evaluate(`Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime]))`)) as Record<string, number>);
  }
  const names = [...new Set(runs.flatMap((r) => Object.keys(r)))];
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[xs.length >> 1] ?? NaN;
  const order = names.map((name) => [name, median(runs.map((r) => r[name] ?? NaN).filter((v) => !Number.isNaN(v)))] as const).sort((a, b) => a[1] - b[1]);
  console.log(`unprofiled, median of 7: ${order.map(([name, ms]) => `${name} ${ms.toFixed(0)}`).join(', ')}`);
}

async function main(): Promise<void> {
  const fixtures = loadFixtures();
  const seedFixture = fixtures.find((f) => f.name === 'portrait--seed-paragraphs')!;
  const templates = fixtures.filter((f) => f.result.ok).map((f) => (f.result as { content: ClippedContent }).content);
  const server = await startFixtureServer();
  server.page(new URL(seedFixture.url).pathname, seedFixture.html);
  const session = await launchWithExtension(server.port);
  try {
    const tab = await session.browser.newPage();
    await tab.goto(seedFixture.url.replace('https://', 'http://'), { waitUntil: 'load' });
    await tab.evaluate(BUNDLE);
    await tab.evaluate(`__pcBench.parse({ runs: 5, warmup: 2, minMs: 40 })`);
    const parseProfile = await profiled(tab, `__pcBench.parse({ runs: 20, warmup: 0, minMs: 40 })`);
    console.log('parse, our extractPage only (self time under `ours`):');
    console.log(topSelf(parseProfile, 20, 'ours'));
    console.log('\nparse, the Readability + turndown baseline:');
    console.log(topSelf(parseProfile, 8, 'readabilityTurndown'));
    if (ONLY_PARSE) return;

    const host = await session.browser.newPage();
    await host.goto(`chrome-extension://${session.extensionId}/options.html`, { waitUntil: 'load' });
    await host.evaluate(BUNDLE);
    await host.evaluate(`__pcBench.seed(${JSON.stringify(templates)}, ${RECORDS})`);
    if (ONLY_IDEAS) {
      await profileIdeasView(session);
      return;
    }
    // The floor for "list everything": one raw IndexedDB getAll of the store, no Dexie.
    await new Promise((r) => setTimeout(r, 5000));
    for (let i = 0; i < 2; i++) await host.evaluate(`new Promise((resolve) => { const o = indexedDB.open('partnership-clipper'); o.onsuccess = () => { o.result.transaction('records').objectStore('records').getAll().onsuccess = () => { o.result.close(); resolve(0); }; }; })`);
    const raw = await host.evaluate(`new Promise((resolve, reject) => {
      const open = indexedDB.open('partnership-clipper');
      open.onsuccess = () => {
        const t0 = performance.now();
        const req = open.result.transaction('records').objectStore('records').getAll();
        req.onsuccess = () => { const ms = performance.now() - t0; const t1 = performance.now();
          const keys = open.result.transaction('records').objectStore('records').index('capturedAt').getAllKeys(null, 100);
          keys.onsuccess = () => { open.result.close(); resolve({ getAll: ms, n: req.result.length, first100Keys: performance.now() - t1 }); };
        };
        req.onerror = () => reject(req.error);
      };
    })`);
    console.log(`\nraw IndexedDB at ${RECORDS} records:`, raw);

    await tab.bringToFront();
    const target = session.browser.waitForTarget((t) => t.url().endsWith('popup.html'));
    await tab.triggerExtensionAction(session.extension);
    const popup = await (await target).asPage();
    await popup.waitForFunction(`document.querySelectorAll('[data-record-id]').length === ${Math.min(100, RECORDS)}`, { timeout: 60_000 });
    console.log(`\npopup reload → list rendered, ${RECORDS} records:`);
    const cdp = await popup.createCDPSession();
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await popup.reload({ waitUntil: 'load' });
    await popup.waitForFunction(`document.querySelectorAll('[data-record-id]').length === ${Math.min(100, RECORDS)}`, { timeout: 60_000 });
    const { profile } = await cdp.send('Profiler.stop');
    console.log(topSelf(profile as never, 15));

    await popup.evaluate(BUNDLE);
    const all = (await host.evaluate(`__pcBench.expectedIds('', 100)`)) as { ids: string[] };
    const k = (await host.evaluate(`__pcBench.expectedIds('k', 100)`)) as { ids: string[]; total: number };
    console.log(`\nsearch keystroke 'k' (${k.total} hits), ${RECORDS} records:`);
    console.log(topSelf(await profiled(popup, `__pcBench.searchOnce('k', ${JSON.stringify(k.ids)})`), 15));
    await popup.evaluate(`__pcBench.setSearch('', ${JSON.stringify(all.ids)})`);

    // Warm the compare view's code first, as the benchmark's warm-up runs do.
    for (let i = 0; i < 2; i++) await popup.evaluate(`__pcBench.compareOnce(${JSON.stringify(all.ids.slice(4 * i, 4 * i + 4))})`);
    console.log(`\ncompare 4, ${RECORDS} records:`);
    console.log(topSelf(await profiled(popup, `__pcBench.compareOnce(${JSON.stringify(all.ids.slice(20, 24))})`), 15));
  } finally {
    await session.close();
    await server.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
