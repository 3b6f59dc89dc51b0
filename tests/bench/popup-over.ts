/**
 * Where the popup's time goes when it opens over different tabs (docs/performance.md, finding 19):
 * `npx tsx tests/bench/popup-over.ts [--unpinned] [--rounds=N]` after `npm run bench` built .output-bench.
 * 100 stored portraits; in turn over a web page, the idle collection page and the compare page, each
 * popup split into toolbar click → the popup page's navigation start (browser UI) and navigation start → ready.
 */
import { randomUUID } from 'node:crypto';
import { parseHTML } from 'linkedom';
import type { Page } from 'puppeteer-core';
import { extractPage } from '../../src/extract/registry';
import { newRecord } from '../../src/record/content';
import { startFixtureServer } from '../e2e/support/fixture-server';
import { launchWithExtension, openPopup, type Session } from '../e2e/support/extension';
import { HOST, portraitHtml, slugOf } from '../e2e/support/portrait-page';
import { popupSplit } from '../e2e/support/popup-timing';

process.env.PC_OUT_DIR ??= '.output-bench';
const rounds = Number(process.argv.find((a) => a.startsWith('--rounds='))?.slice('--rounds='.length) ?? 6);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const server = await startFixtureServer();
const session: Session = await launchWithExtension(server.port, { pinAction: !process.argv.includes('--unpinned') });
try {
  const UA = ['Poltawa', 'Lwiw', 'Sumy', 'Riwne', 'Uman', 'Kowel'];
  const now = new Date().toISOString();
  const urls: string[] = [];
  const records = Array.from({ length: 100 }, (_, i) => {
    const spec = { nrw: `Prüfstadt ${i + 1}`, ukraine: UA[i % UA.length]! };
    const html = portraitHtml(spec).replaceAll(`https://${HOST}`, `http://${HOST}`);
    server.page(slugOf(spec), html);
    urls.push(`http://${HOST}${slugOf(spec)}`);
    const result = extractPage(parseHTML(html).document as unknown as Document, urls[i]!);
    if (!result.ok) throw new Error(`${urls[i]} did not parse: ${result.reason}`);
    return newRecord(result.content, randomUUID(), now);
  });
  // The collection page writes them (its bench hook), then stays open as the idle page.
  const { readFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const collection = await session.browser.newPage();
  await collection.goto(`chrome-extension://${session.extensionId}/collection.html`, { waitUntil: 'load' });
  await collection.evaluate(readFileSync(join(process.env.PC_OUT_DIR, 'bench', 'bench.iife.js'), 'utf8'));
  await collection.evaluate(`__pcBench.replaceRecords(${JSON.stringify(records)})`);
  await collection.reload({ waitUntil: 'load' });
  const web = await session.browser.newPage();
  await web.goto(urls[0]!, { waitUntil: 'load' });
  const compare = await session.browser.newPage();
  await compare.goto(`chrome-extension://${session.extensionId}/compare.html`, { waitUntil: 'load' });

  const tabs: Array<[string, Page]> = [['web page', web], ['collection page', collection], ['compare page', compare]];
  const split = new Map(tabs.map(([name]) => [name, { total: [] as number[], browser: [] as number[], page: [] as number[] }]));
  await (await openPopup(session, web)).close(); // warm-up
  for (let round = 0; round < rounds; round++) {
    for (const [name, tab] of tabs) {
      const s = await popupSplit(session, tab);
      const into = split.get(name)!;
      into.total.push(s.totalMs);
      into.browser.push(s.navigationStartMs);
      into.page.push(s.totalMs - s.navigationStartMs);
    }
  }
  console.log(`${session.pinned ? 'pinned' : 'unpinned'} toolbar button, ${rounds} popups per tab (medians, ms):`);
  for (const [name, s] of split) {
    console.log(`  over the ${name}: click → ready ${median(s.total)}; click → popup navigation start ${median(s.browser)}; navigation start → ready ${median(s.page)}`);
  }
} finally {
  await session.close();
  await server.close();
}
