// Comparing is why people collect portraits: clip three fixture portraits in
// the real popup, compare them there and in the full-tab page, use the
// question lens, check the URL keeps the view, run axe on every view, and
// prove hostile answer markup never reaches the DOM as markup.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { EXTENSION_DIR, openPopup, screenshot, visitPage } from './support/extension';
import { useExtensionSession } from './support/extension-session';
import { pickPortraits, serveFixtures, titleOf, type PageFixture } from './support/fixtures';
import { clickButton, clipUrl, waitForListed } from './support/popup';
import { clearDownloads, waitForDownload } from './support/downloads';
import { seriousAxeViolations } from './support/axe';
import { buildRecordsFile, serialise } from '../../src/export/json';
import type { PartnershipRecord } from '../../src/record/types';

const HOSTILE_URL = 'https://staedtepartnerschaftennrw.org/testhausen-schadwil/';
const HOSTILE_TITLE = 'Testhausen – Schadwil';

let portraits: PageFixture[];
/** Record ids by title, read from the popup list. */
const ids = new Map<string, string>();

function answerOf(fixture: PageFixture, questionId: string): string {
  if (!fixture.result.ok) throw new Error(`${fixture.name} is not extractable`);
  const answer = fixture.result.content.answers.find((a) => a.questionId === questionId);
  if (!answer) throw new Error(`${fixture.name} has no answer to ${questionId}`);
  return answer.text;
}

/** A portrait whose answers carry markup that must never run: built from the seed page. */
function hostilePage(seed: PageFixture): string {
  const lines = seed.html
    .replaceAll('duisburg-kryvyi-rih', 'testhausen-schadwil')
    .replaceAll('Duisburg', 'Testhausen')
    .replaceAll('Kryvyi Rih', 'Schadwil')
    .split('\n');
  const q4 = lines.findIndex((l) => l.startsWith('<p>4. '));
  const q5 = lines.findIndex((l) => l.startsWith('<p>5. '));
  if (q4 < 0 || q5 < 0) throw new Error('The seed fixture no longer has numbered paragraphs 4 and 5.');
  // Real elements (turndown makes them Markdown images/links) …
  lines[q4 + 1] =
    '<p>Erfolg mit Bild <img src="x" onerror="window.__pwned=4" alt="Bildtext"> und ' +
    '<a href="javascript:window.__pwned=3">Klick mich</a> sowie <a href="https://example.org/ok">sicherer Link</a>.</p>';
  // … and markup written as text, which ends up as raw HTML inside the Markdown.
  lines[q5 + 1] =
    '<p>Tipp: &lt;img src=x onerror="window.__pwned=1"&gt; und &lt;script&gt;window.__pwned=2&lt;/script&gt; ' +
    'und [Link](javascript:window.__pwned=5) Ende.</p>';
  return lines.join('\n');
}

async function clip(url: string): Promise<string> {
  return (await clipUrl(session, url)).status;
}

async function readIds(popup: Page): Promise<void> {
  const rows = await popup.$$eval('[data-record-id]', (lis) =>
    lis.map((li) => [li.querySelector('.title')?.textContent?.trim() ?? '', li.getAttribute('data-record-id') ?? '']),
  );
  for (const [title, id] of rows) ids.set(title!, id!);
}

async function openComparePage(hash: string): Promise<Page> {
  const page = await session.browser.newPage();
  await page.setViewport({ width: 1400, height: 900 });
  await page.goto(`chrome-extension://${session.extensionId}/compare.html${hash}`, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('[data-ready="true"]', { timeout: 10_000 });
  return page;
}

function idsOf(titles: string[]): string {
  return titles.map((t) => {
    const id = ids.get(t);
    if (!id) throw new Error(`No record id for ${t}`);
    return encodeURIComponent(id);
  }).join(',');
}

const { session } = useExtensionSession({
  pages: (server) => {
    portraits = pickPortraits('portrait--seed-paragraphs', 'portrait--bold-b', 'portrait--rich-answers');
    serveFixtures(server, portraits);
    server.page(new URL(HOSTILE_URL).pathname, hostilePage(portraits[0]!));
  },
});

describe('compare three partnerships in the popup and the full tab', () => {
  it('says what to do next while the collection is empty', async () => {
    const page = await openComparePage('');
    expect(await page.$eval('main', (m) => (m as HTMLElement).innerText)).toContain(
      'No partnerships clipped yet — open a portrait on staedtepartnerschaftennrw.org and click “Clip this page”',
    );
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });

  it('clips three portraits through the popup', async () => {
    for (const f of portraits) expect(await clip(f.url)).toBe('created');
  });

  it('compares all three in the popup, aligned by question id', async () => {
    const page = await visitPage(session, portraits[0]!.url);
    const popup = await openPopup(session, page);
    await waitForListed(popup, 3);
    await readIds(popup);
    expect([...ids.keys()].sort()).toEqual(portraits.map(titleOf).sort());
    expect(await seriousAxeViolations(popup)).toEqual([]);

    for (const box of await popup.$$('[data-record-id] input[type=checkbox]')) await box.click();
    await clickButton(popup, 'Compare');
    await popup.waitForSelector('table.compare');
    const headers = await popup.$$eval('table.compare thead th[scope=col]', (ths) => ths.map((th) => th.textContent?.trim() ?? ''));
    expect(headers.slice(1).sort()).toEqual(portraits.map(titleOf).sort());
    const rows = await popup.$$eval('table.compare tbody tr[data-question-id]:not([data-question-id=""])', (trs) =>
      trs.map((tr) => tr.getAttribute('data-question-id')),
    );
    expect(rows).toHaveLength(12);

    const col = headers.indexOf('Duisburg – Kryvyi Rih') - 1;
    const cells = await popup.$$eval('table.compare tr[data-question-id="municipal-utilities"] td', (tds) =>
      tds.map((td) => ({ text: (td as HTMLElement).innerText, stance: td.querySelector('[data-stance]')?.getAttribute('data-stance') ?? null })),
    );
    expect(cells[col]!.text).toContain('Bisher nicht – kein Wunsch aus Kryvyi Rih bisher.');
    expect(cells[col]!.stance).toBe('not-yet');
    expect(await seriousAxeViolations(popup)).toEqual([]);
    await screenshot(popup, 'popup-compare-3');
    await popup.close();
    await page.close();
  });

  it('shows the selection side by side in the full tab, in URL order, and exports the table', async () => {
    const titles = portraits.map(titleOf);
    const page = await openComparePage(`#ids=${idsOf(titles)}`);
    await page.waitForSelector('table.compare');
    const headers = await page.$$eval('table.compare thead th[scope=col]', (ths) => ths.map((th) => th.textContent?.trim() ?? ''));
    expect(headers).toEqual(['Question', ...titles]);
    const rows = await page.$$eval('table.compare tbody tr[data-question-id]:not([data-question-id=""])', (trs) =>
      trs.map((tr) => tr.getAttribute('data-question-id')),
    );
    expect(rows).toHaveLength(12);
    expect(rows[4]).toBe('funding-tips');
    const funding = await page.$$eval('table.compare tr[data-question-id="funding-tips"] td', (tds) => tds.map((td) => (td as HTMLElement).innerText));
    expect(funding[1]!.replace(/\s+/g, ' ')).toContain(answerOf(portraits[1]!, 'funding-tips').slice(0, 40));
    // The three picked rows are checked in the picker; the views nav says which view is on.
    expect(await page.$$eval('[data-pick-id] input:checked', (els) => els.length)).toBe(3);
    expect(await page.$eval('nav button[aria-pressed="true"]', (b) => b.textContent?.trim())).toBe('Side by side');

    // Partnership headers stay on top and question labels on the left while the table scrolls.
    const sticky = await page.$eval('.scroll[role=region]', async (region) => {
      const head = region.querySelector('thead th:nth-child(2)')!;
      const label = region.querySelector('tr[data-question-id="staffing"] th')!;
      const before = { head: head.getBoundingClientRect().top, label: label.getBoundingClientRect().left };
      region.scrollTo(0, 400);
      await new Promise((r) => requestAnimationFrame(r));
      return {
        scrolled: region.scrollTop,
        headMoved: head.getBoundingClientRect().top - before.head,
        labelMoved: label.getBoundingClientRect().left - before.label,
        regionTop: region.getBoundingClientRect().top,
      };
    });
    expect(sticky.scrolled).toBeGreaterThan(100);
    expect(sticky.headMoved).toBe(0);
    expect(sticky.labelMoved).toBe(0);
    await page.$eval('.scroll[role=region]', (region) => region.scrollTo(0, 0));

    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'tab-compare');

    clearDownloads(session.downloadsDir);
    await clickButton(page, 'Export table as CSV');
    const csv = (await waitForDownload(session.downloadsDir, /^partnership-comparison-.*\.csv$/)).content.toString('utf8');
    expect(csv.split('\r\n')[0]).toBe(`\uFEFFQuestion,${titles.join(',')}`);
    expect(csv).toContain('Bisher nicht – kein Wunsch aus Kryvyi Rih bisher.');
    clearDownloads(session.downloadsDir);
    await clickButton(page, 'Export table as Markdown');
    const md = (await waitForDownload(session.downloadsDir, /^partnership-comparison-.*\.md$/)).content.toString('utf8');
    expect(md.split('\n')[0]).toBe(`| Question | ${titles.join(' | ')} |`);
    expect(md).toMatch(/^\| 7\. Municipal utilities \| Bisher nicht – kein Wunsch aus Kryvyi Rih bisher\. \|/m);
    await page.close();
  });

  it('asks for a selection when fewer than two are picked, and selecting in the picker updates the URL', async () => {
    const page = await openComparePage('');
    expect(await page.$eval('main', (m) => (m as HTMLElement).innerText)).toContain('Select two or more partnerships');
    const boxes = await page.$$('[data-pick-id] input[type=checkbox]');
    expect(boxes).toHaveLength(3);
    await boxes[0]!.click();
    await boxes[1]!.click();
    await page.waitForSelector('table.compare');
    const hash = await page.evaluate(() => location.hash);
    expect(hash).toMatch(/^#ids=[^,&]+,[^,&]+$/);
    await page.close();

    // A bookmark naming a record that was deleted since: the rest still compares, with a note.
    const stale = await openComparePage(`#ids=${idsOf(portraits.map(titleOf).slice(0, 2))},deleted-long-ago`);
    await stale.waitForSelector('table.compare');
    expect(await stale.$$eval('table.compare thead th[scope=col]', (ths) => ths.length)).toBe(3);
    expect(await stale.$eval('main .note', (el) => el.textContent)).toContain('1 partnership from this link is no longer in your collection');
    await stale.close();
  });

  it('finds partnerships in the picker with the collection search: answers, folding, highlights, kind filter', async () => {
    const page = await openComparePage('');
    const rows = () => page.$$eval('[data-pick-id]', (els) => els.map((el) => el.querySelector('.title')?.textContent?.trim() ?? ''));
    await page.waitForFunction(() => document.querySelectorAll('[data-pick-id]').length === 3);

    // A word that occurs only in one answer, not in any title: the index finds it.
    const bedburg = portraits.find((f) => titleOf(f) === 'Bedburg – Mykolajiw');
    if (!bedburg) throw new Error('Need the Bedburg portrait');
    expect(answerOf(bedburg, 'funding-tips')).toContain('Wasseraufbereitung');
    expect(portraits.map(titleOf).join(' ')).not.toContain('Wasseraufbereitung');
    await page.type('.picker input[type=search]', 'WASSERAUFBER');
    await page.waitForFunction(() => document.querySelectorAll('[data-pick-id]').length === 1);
    expect(await rows()).toEqual(['Bedburg – Mykolajiw']);

    // Title matches are highlighted as the user types (a prefix, folded).
    await page.$eval('.picker input[type=search]', (i) => ((i as HTMLInputElement).value = ''));
    await page.type('.picker input[type=search]', 'bedb');
    await page.waitForSelector('[data-pick-id] .title mark');
    expect(await page.$eval('[data-pick-id] .title mark', (m) => m.textContent)).toBe('Bedb');

    // The kind filter narrows the list to that kind.
    await page.$eval('.picker input[type=search]', (i) => {
      (i as HTMLInputElement).value = '';
      i.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await page.waitForFunction(() => document.querySelectorAll('[data-pick-id]').length === 3);
    const kinds = portraits.map((f) => (f.result.ok ? f.result.content.kind : null));
    const kind = kinds.find((k) => k !== null && kinds.filter((x) => x === k).length < kinds.length);
    if (!kind) throw new Error(`Need a kind not shared by all three fixtures: ${kinds.join(', ')}`);
    await page.select('.picker select[data-filter=kind]', kind);
    const expected = portraits.filter((_, i) => kinds[i] === kind).map(titleOf).sort();
    await page.waitForFunction((n) => document.querySelectorAll('[data-pick-id]').length === n, {}, expected.length);
    expect((await rows()).sort()).toEqual(expected);
    expect(await page.$$eval('[data-pick-id] .meta', (els) => els.map((el) => el.textContent ?? ''))).toSatisfy((metas: string[]) =>
      metas.every((m) => m.startsWith(kind)),
    );

    // Sorting by title orders the rows alphabetically.
    await page.select('.picker select[data-filter=kind]', '');
    await page.select('.picker select[data-filter=sort]', 'title');
    const byTitle = portraits.map(titleOf).sort((a, b) => a.localeCompare(b, 'de'));
    await page.waitForFunction((first) => document.querySelector('[data-pick-id] .title')?.textContent?.trim() === first, {}, byTitle[0]);
    expect(await rows()).toEqual(byTitle);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });

  it('stacks every answer to one question in the lens, searchable, and the URL restores it', async () => {
    const titles = portraits.map(titleOf);
    const page = await openComparePage(`#ids=${idsOf(titles)}`);
    await clickButton(page, 'Question lens');
    await page.waitForSelector('.lens select');
    await page.select('.lens select', 'funding-tips');
    await page.waitForSelector('.lens[data-lens-question="funding-tips"]');

    const entries = async () =>
      page.$$eval('[data-lens-entry]', (els) =>
        els.map((el) => ({ name: el.querySelector('h3')?.textContent?.trim() ?? '', text: (el as HTMLElement).innerText })),
      );
    const all = await entries();
    expect(all.map((e) => e.name)).toEqual(titles);
    const flat = (text: string) => text.replace(/\s+/g, ' ');
    all.forEach((e, i) => expect(flat(e.text)).toContain(flat(answerOf(portraits[i]!, 'funding-tips')).slice(0, 60)));
    expect(await page.evaluate(() => location.hash)).toContain('view=lens&q=funding-tips');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'tab-lens');

    // Stance badges appear in the lens too, with text, where an answer clearly starts with one.
    await page.select('.lens select', 'municipal-utilities');
    await page.waitForSelector('.lens[data-lens-question="municipal-utilities"]');
    const duisburgEntry = `[data-lens-entry="${ids.get('Duisburg – Kryvyi Rih')}"] [data-stance]`;
    expect(await page.$eval(duisburgEntry, (el) => [el.getAttribute('data-stance'), el.textContent?.trim()])).toEqual(['not-yet', '…Not yet']);
    await page.select('.lens select', 'funding-tips');
    await page.waitForSelector('.lens[data-lens-question="funding-tips"]');

    await page.type('.lens input[type=search]', 'Wasseraufbereitung');
    await page.waitForFunction(() => document.querySelectorAll('[data-lens-entry]').length === 1);
    expect((await entries()).map((e) => e.name)).toEqual(['Bedburg – Mykolajiw']);
    expect(await page.evaluate(() => location.hash)).toContain('find=Wasseraufbereitung');

    await page.reload({ waitUntil: 'domcontentloaded' });
    await page.waitForSelector('[data-ready="true"] .lens[data-lens-question="funding-tips"]');
    expect(await page.$eval('.lens select', (s) => (s as HTMLSelectElement).value)).toBe('funding-tips');
    expect(await page.$eval('.lens input[type=search]', (i) => (i as HTMLInputElement).value)).toBe('Wasseraufbereitung');
    expect((await entries()).map((e) => e.name)).toEqual(['Bedburg – Mykolajiw']);

    // Editing the hash by hand (or following a bookmark in the same tab) switches the view.
    await page.evaluate((h) => (location.hash = h), `#ids=${idsOf(titles.slice(0, 2))}`);
    await page.waitForFunction(() => document.querySelectorAll('table.compare thead th[scope=col]').length === 3);
    await page.close();
  });
  it('works by keyboard alone, with a visible focus ring', async () => {
    const page = await openComparePage('');
    /** Presses Tab until the focused element matches, and returns its description. */
    const tabTo = async (matches: string, max = 25) => {
      for (let i = 0; i < max; i++) {
        await page.keyboard.press('Tab');
        const hit = await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, matches);
        if (hit) return page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
      }
      throw new Error(`Tab never reached ${matches}`);
    };
    // Pick two partnerships with Space, then switch to the lens with Enter.
    expect(await tabTo('[data-pick-id] input[type=checkbox]')).toBe('solid');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await page.waitForSelector('table.compare');
    expect(await page.evaluate(() => location.hash)).toMatch(/^#ids=[^,]+,[^,]+$/);
    // The table's scrolling region is reachable too, so it can be scrolled with the arrow keys.
    expect(await tabTo('.scroll[role=region]')).toBe('solid');

    await page.evaluate(() => (document.activeElement as HTMLElement).blur());
    // Past the table's topic chips (each focusable, to show its evidence) and round to the views.
    expect(await tabTo('nav button:not([aria-pressed=true])', 200)).toBe('solid');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.lens');
    expect(await tabTo('.lens input[type=search]')).toBe('solid');
    await page.keyboard.type('Bedburg');
    await page.waitForFunction(() => document.querySelectorAll('[data-lens-entry]').length === 1);
    await page.close();
  });

  it('follows a dark system theme and stays readable there', async () => {
    const titles = portraits.map(titleOf);
    const page = await openComparePage(`#ids=${idsOf(titles)}`);
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    await page.waitForSelector('table.compare');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(22, 25, 29)');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'tab-compare-dark');
    await page.close();
  });
});

describe('hostile answer markup', () => {
  it('never reaches the compare page or the lens as markup, and never runs', async () => {
    expect(await clip(HOSTILE_URL)).toBe('created');
    const popupHost = await visitPage(session, portraits[0]!.url);
    const popup = await openPopup(session, popupHost);
    await waitForListed(popup, 4);
    await readIds(popup);
    await popup.close();
    await popupHost.close();

    const page = await openComparePage(`#ids=${idsOf([HOSTILE_TITLE, titleOf(portraits[0]!)])}`);
    await page.waitForSelector('table.compare');
    const inspect = () =>
      page.evaluate(() => {
        const main = document.querySelector('main')!;
        return {
          scripts: main.querySelectorAll('script').length,
          imgs: main.querySelectorAll('img').length,
          handlers: [...main.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).length,
          badLinks: [...main.querySelectorAll('a')].filter((a) => !/^(https?:|mailto:|tel:)/i.test(a.getAttribute('href') ?? 'https:')).length,
          linksWithoutRel: [...main.querySelectorAll('a[href]')].filter((a) => a.getAttribute('rel') !== 'noopener noreferrer').length,
          pwned: typeof (window as unknown as { __pwned?: unknown }).__pwned,
          text: main.innerText,
        };
      });
    // Let any injected handler have its chance to fire.
    await new Promise((r) => setTimeout(r, 300));
    const table = await inspect();
    expect(table).toMatchObject({ scripts: 0, imgs: 0, handlers: 0, badLinks: 0, linksWithoutRel: 0, pwned: 'undefined' });
    // The hostile text did arrive, shown as text: the test is not vacuous.
    expect(table.text).toContain('onerror');
    expect(table.text).toContain('<script>');
    expect(table.text).toContain('Klick mich');
    expect(await page.$('main a[href="https://example.org/ok"]')).not.toBeNull();

    await clickButton(page, 'Question lens');
    await page.select('.lens select', 'funding-tips');
    await page.waitForSelector('.lens[data-lens-question="funding-tips"]');
    await new Promise((r) => setTimeout(r, 300));
    const lens = await inspect();
    expect(lens).toMatchObject({ scripts: 0, imgs: 0, handlers: 0, badLinks: 0, pwned: 'undefined' });
    expect(lens.text).toContain('onerror');
    await page.close();
  });
});

describe('thousands of records', () => {
  it('the picker renders only the rows in view and still reaches the last one', async () => {
    const page = await openComparePage('');
    // Imported through the collection page, as a user brings in a big collection.
    const count = 3000;
    const base = Date.parse('2020-01-01T00:00:00Z');
    const bulk = Array.from({ length: count }, (_, i): PartnershipRecord => {
      const n = String(i).padStart(4, '0');
      const at = new Date(base - i * 60_000).toISOString();
      return {
        id: `bulk-${n}`, url: `https://staedtepartnerschaftennrw.org/bulk-${n}/`, title: `Massenstadt ${n} – Probe ${n}`,
        partners: [`Massenstadt ${n}`, `Probe ${n}`], kind: 'Projektpartnerschaft', interviewee: null, interviewer: null,
        photoCredit: null, intro: null, answers: [], extractor: 'portrait', warnings: [], capturedAt: at, updatedAt: at,
        tags: [], note: '',
      };
    });
    const file = join(mkdtempSync(join(tmpdir(), 'pc-bulk-')), 'bulk.json');
    writeFileSync(file, serialise(buildRecordsFile(bulk)));
    const manage = await session.browser.newPage();
    await manage.goto(`chrome-extension://${session.extensionId}/collection.html`);
    await (await manage.waitForSelector('input[type=file]'))!.uploadFile(file);
    await manage.waitForSelector('[data-import-summary]', { timeout: 20_000 });
    await clickButton(manage, 'Import');
    await manage.waitForSelector('[data-import-done]', { timeout: 30_000 });
    await manage.close();
    const total = count + 4;
    await page.reload({ waitUntil: 'domcontentloaded' });
    await page.waitForSelector('[data-ready="true"] [data-virtual-list]');
    expect(await page.$eval('.picker [role=status]', (el) => el.textContent?.trim())).toBe(`0 of ${total.toLocaleString('en')} selected`);
    const rendered = await page.$$eval('[data-virtual-list] li', (lis) => lis.length);
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(60);
    expect(await page.$eval('[data-virtual-list] li', (li) => li.getAttribute('aria-setsize'))).toBe(String(total));

    // Oldest capture is listed last: scroll to the end and it is there.
    await page.$eval('[data-virtual-list]', (el) => el.scrollTo(0, el.scrollHeight));
    await page.waitForSelector('[data-pick-id="bulk-2999"]');
    expect(await page.$$eval('[data-virtual-list] li', (lis) => lis.length)).toBeLessThan(60);

    // Tab walks on through rows that were not rendered when it started.
    await page.$eval('[data-virtual-list]', (el) => el.scrollTo(0, 0));
    await page.waitForSelector('[data-virtual-list] li[data-index="0"]');
    await page.focus('[data-virtual-list] li[data-index="0"] input');
    for (let i = 0; i < 40; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('li')?.getAttribute('data-index'))).toBe('40');

    await page.type('.picker input[type=search]', 'Massenstadt 1234');
    await page.waitForFunction(() => document.querySelectorAll('[data-virtual-list] li').length === 1);
    expect(await page.$eval('[data-virtual-list] li .title', (el) => el.textContent)).toBe('Massenstadt 1234 – Probe 1234');

    // Room for many columns: twelve side by side, scrolling sideways with the question labels pinned.
    const twelve = Array.from({ length: 12 }, (_, i) => `bulk-${String(i).padStart(4, '0')}`);
    const wide = await openComparePage(`#ids=${twelve.join(',')}`);
    await wide.waitForSelector('table.compare');
    expect(await wide.$$eval('table.compare thead th[scope=col]', (ths) => ths.length)).toBe(13);
    const sideways = await wide.$eval('.scroll[role=region]', async (region) => {
      const label = region.querySelector('tr[data-question-id="first-contact"] th')!;
      const before = label.getBoundingClientRect().left;
      region.scrollTo(region.scrollWidth, 0);
      await new Promise((r) => requestAnimationFrame(r));
      return { overflow: region.scrollWidth - region.clientWidth, scrolled: region.scrollLeft, labelMoved: label.getBoundingClientRect().left - before };
    });
    expect(sideways.overflow).toBeGreaterThan(0);
    expect(sideways.scrolled).toBeGreaterThan(0);
    expect(sideways.labelMoved).toBe(0);
    expect(await wide.$$eval('tr[data-question-id="funding-tips"] td.missing', (tds) => tds.map((td) => td.textContent?.trim()))).toEqual(
      Array(12).fill('No answer'),
    );
    await wide.close();

    // With nothing selected the lens spans the whole collection, a page of entries at a time.
    await clickButton(page, 'Question lens');
    await page.waitForSelector('[data-lens-entry]');
    expect(await page.$$eval('[data-lens-entry]', (els) => els.length)).toBe(50);
    expect(await page.$eval('.lens [role=status]', (el) => el.textContent?.trim())).toBe(`${total.toLocaleString('en')} of ${total.toLocaleString('en')} partnerships shown`);
    await clickButton(page, 'Show 50 more');
    await page.waitForFunction(() => document.querySelectorAll('[data-lens-entry]').length === 100);
    await page.close();
  });
});

describe('German UI', () => {
  const german = useExtensionSession({ launch: { lang: 'de' } });

  it('follows a German browser language', async () => {
    const page = await german.session.browser.newPage();
    await page.goto(`chrome-extension://${german.session.extensionId}/compare.html#view=lens`, { waitUntil: 'domcontentloaded' });
    await page.waitForSelector('[data-ready="true"]');
    expect(await page.$eval('h1', (h) => h.textContent)).toBe('Partnerschaften vergleichen');
    expect(await page.$eval('main', (m) => (m as HTMLElement).innerText)).toContain('Noch keine Partnerschaften gespeichert');
    expect(await page.$eval('nav button[aria-pressed="true"]', (b) => b.textContent?.trim())).toBe('Fragen-Lupe');
  });

  it('has every compare-page string in German too', () => {
    const messages = (lang: string) =>
      Object.keys(JSON.parse(readFileSync(join(EXTENSION_DIR, `_locales/${lang}/messages.json`), 'utf8')) as object);
    const mine = (keys: string[]) => keys.filter((k) => /^(tab|lens|stance)_/.test(k)).sort();
    expect(mine(messages('en')).length).toBeGreaterThan(30);
    expect(mine(messages('de'))).toEqual(mine(messages('en')));
  });
});
