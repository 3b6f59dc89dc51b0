// The Ideas view in real Chromium with the real extension: clip six of the
// annotated portraits (two clusters and one more) through the popup, open the
// Ideas tab, read a heat-map cell's answers with the matched words marked, find
// one funder by three different names and follow it to its answer, and check
// "Similar to this" and its reasons; axe in light and dark.
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { openPopup, screenshot, visitPage } from './support/extension';
import { useExtensionSession } from './support/extension-session';
import { clickButton, clipUrl } from './support/popup';
import { clearDownloads, waitForDownload } from './support/downloads';
import { parseCsv } from '../../src/export/csv-parse';
import { TOPICS_SUFFIX } from '../../src/export/csv';
import { seriousAxeViolations } from './support/axe';
import { HOST } from './support/portrait-page';
import { QUESTIONS } from '../../src/questions/catalogue';
import { PORTRAITS, type AnnotatedPortrait } from '../unit/ideas/fixtures/portraits';

const CLIPPED = ['luenen-korosten', 'menden-smila', 'wesel-nischyn', 'bruehl-kolomyja', 'herdecke-drohobytsch', 'olpe-kowel'];

const urlOf = (p: AnnotatedPortrait) => `https://${HOST}/${p.key}/`;
const titleOf = (p: AnnotatedPortrait) => p.partners.join(' – ');

/** A portrait page in the site's anatomy, holding the annotated answers (others say "Keine Angabe."). */
function pageOf(p: AnnotatedPortrait): string {
  const qa = QUESTIONS.map((q) => {
    const answer = p.answers.find((a) => a.q === q.id)?.text ?? 'Keine Angabe.';
    return `<p>${q.number}. ${q.text}</p>\n<p>${answer}</p>`;
  }).join('\n');
  return `<!doctype html><html lang="de-DE"><head><meta charset="utf-8"><title>${titleOf(p)}</title>
<link rel="canonical" href="${urlOf(p)}"></head><body><main id="main"><article>
<header class="entry-header"><h1 class="entry-title">${titleOf(p)}</h1></header><div class="entry-content">
<p><strong>Porträt einer NRW-ukrainischen Solidaritätspartnerschaft</strong></p>
<p>Interview mit Erika Beispiel, Stadt ${p.partners[0]}</p>
${qa}
<p>Das Interview führte Max Mustermann</p></div></article></main></body></html>`;
}

async function openIdeas(): Promise<Page> {
  const page = await session.browser.newPage();
  await page.setViewport({ width: 1400, height: 1000 });
  await page.goto(`chrome-extension://${session.extensionId}/compare.html#view=ideas`, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('[data-ideas-ready="true"]', { timeout: 15_000 });
  return page;
}

const marks = (page: Page) => page.$$eval('[data-opened] mark', (ms) => ms.map((m) => m.textContent ?? ''));

const { session } = useExtensionSession({
  pages: (server) => {
    for (const p of PORTRAITS) server.page(`/${p.key}/`, pageOf(p));
  },
});

describe('the Ideas view', () => {
  it('clips six annotated portraits through the popup', async () => {
    for (const key of CLIPPED) {
      const p = PORTRAITS.find((x) => x.key === key)!;
      expect((await clipUrl(session, urlOf(p))).status).toBe('created');
    }
  });

  it('shows the topic × partnership heat map, and a cell opens its answers with the words marked', async () => {
    const page = await openIdeas();
    const rows = await page.$$eval('table.matrix tbody th[scope=row]', (ths) => ths.map((th) => th.textContent?.trim()));
    expect(rows.sort()).toEqual(CLIPPED.map((k) => titleOf(PORTRAITS.find((p) => p.key === k)!)).sort());
    const headers = await page.$$eval('table.matrix th.topic', (ths) => ths.map((th) => th.textContent?.trim()));
    expect(headers).toContain('Fire service and civil protection');

    const cell = await page.$$eval('table.matrix button[data-topic="civil-protection"]', (bs) =>
      bs.map((b) => ({ label: b.getAttribute('aria-label'), count: b.textContent?.trim() })),
    );
    const luenen = cell.find((c) => c.label?.startsWith('Lünen – Korosten'))!;
    expect(luenen.label).toBe(`Lünen – Korosten, Fire service and civil protection: ${luenen.count} answers`);
    expect(Number(luenen.count)).toBeGreaterThanOrEqual(3);
    // Brühl reports no fire service: no button in its cell.
    expect(cell.some((c) => c.label?.startsWith('Brühl'))).toBe(false);

    await page.click('table.matrix button[data-topic="civil-protection"][aria-label^="Lünen"]');
    await page.waitForSelector('[data-opened]');
    expect(await page.$eval('#opened-heading', (h) => h.textContent)).toBe('Lünen – Korosten · Fire service and civil protection');
    expect(await page.$$eval('[data-opened] article', (as) => as.length)).toBe(Number(luenen.count));
    const marked = await marks(page);
    expect(marked).toEqual(expect.arrayContaining(['Löschfahrzeuge', 'Atemschutzgeräte', 'THW']));
    // Firefighters giving their free time to the partnership are staffing and volunteering, not fire service work:
    // a person named by a job gives no topic by itself (docs/ideas.md, annotation conventions).
    expect(marked).not.toContain('Feuerwehrleute');
    // The panel takes focus, so a keyboard user lands on what opened.
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-opened'))).toBe(true);
    await screenshot(page, 'ideas-view');
    await page.close();
  });

  it('finds one funder by its name, its acronym and its long form, and follows it to the marked answer', async () => {
    const page = await openIdeas();
    const types = await page.$$eval('.orgs h4.type', (hs) => hs.map((h) => h.textContent));
    expect(types[0]).toBe('Funders');
    for (const query of ['Engagement', 'SKEW', 'Servicestelle']) {
      await page.$eval('.orgs input[type=search]', (el) => ((el as HTMLInputElement).value = ''));
      await page.type('.orgs input[type=search]', query);
      await page.waitForFunction(
        () => [...document.querySelectorAll('[data-organisation]')].map((li) => li.getAttribute('data-organisation')).join('|') === 'Engagement Global',
        { timeout: 5_000 },
      );
    }
    const count = await page.$eval('[data-organisation="Engagement Global"] > .muted', (el) => el.textContent);
    expect(count).toBe('named by 2 partnerships');
    const occurrence = await page.$$('[data-organisation="Engagement Global"] .occurrences button');
    const labels = await Promise.all(occurrence.map((b) => b.evaluate((el) => el.textContent)));
    const index = labels.findIndex((l) => l?.startsWith('Menden – Smila') && l.includes('Successes'));
    expect(index).toBeGreaterThanOrEqual(0);
    await occurrence[index]!.click();
    await page.waitForSelector('[data-opened]');
    expect(await marks(page)).toEqual(['Servicestelle Kommunen in der Einen Welt']);
    expect(await page.$eval('[data-opened] article p', (p) => p.textContent)).toContain('Photovoltaikanlagen');
    await screenshot(page, 'ideas-organisation');
    // Three answers per organisation are listed at first; the rest on request.
    const more = await page.$('[data-organisation="Engagement Global"] button.more');
    expect(await more!.evaluate((b) => b.textContent?.trim())).toBe('Show all 4 answers');
    await more!.click();
    await page.waitForFunction(() => document.querySelectorAll('[data-organisation="Engagement Global"] .occurrences button').length === 4);
    expect(await page.$('[data-organisation="Engagement Global"] button.more')).toBeNull();
    await page.close();
  });

  it('lists similar partnerships with their reasons', async () => {
    const page = await openIdeas();
    const options = await page.$$eval('.similar select option', (os) => os.map((o) => [o.textContent, (o as HTMLOptionElement).value]));
    const luenen = options.find(([t]) => t === 'Lünen – Korosten')!;
    await page.select('.similar select', luenen[1]!);
    await page.waitForFunction(() => document.querySelector('.similar-list li strong')?.textContent === 'Menden – Smila', { timeout: 5_000 });
    const first = await page.$eval('.similar-list li', (li) => (li.querySelector('.reasons') as HTMLElement).innerText);
    expect(first).toMatch(/^both: .*fire service and civil protection.*; both name .*Engagement Global/);
    const titles = await page.$$eval('.similar-list li strong', (ss) => ss.map((s) => s.textContent));
    expect(titles.slice(0, 2).sort()).toEqual(['Menden – Smila', 'Wesel – Nischyn']);
    await page.close();
  });

  it('shows topic chips in the question lens; focusing one names its words and highlights them in the answer', async () => {
    const page = await session.browser.newPage();
    await page.setViewport({ width: 1400, height: 1000 });
    await page.goto(`chrome-extension://${session.extensionId}/compare.html#view=lens&q=successes`, { waitUntil: 'domcontentloaded' });
    await page.waitForSelector('[data-lens-entry] [data-topic-chips]', { timeout: 15_000 });
    const entry = await page.$$eval('[data-lens-entry]', (lis) =>
      lis.map((li) => ({
        name: li.querySelector('.name')?.textContent?.trim(),
        chips: [...li.querySelectorAll('[data-topic-chips] button')].map((b) => b.getAttribute('data-topic')),
      })),
    );
    expect(entry.find((e) => e.name?.startsWith('Lünen'))!.chips).toEqual(['civil-protection', 'energy']);
    const lensEntry = await page.$$('[data-lens-entry]');
    let chip = null;
    for (const li of lensEntry) {
      if ((await li.$eval('.name', (n) => n.textContent ?? '')).startsWith('Lünen')) chip = await li.$('[data-topic="civil-protection"]');
    }
    await chip!.focus();
    await page.waitForSelector('[data-topic-evidence]');
    expect(await page.$eval('[data-topic-evidence]', (p) => p.textContent)).toBe('Found through: Löschfahrzeuge, Atemschutzgeräte');
    const highlighted = await page.evaluate(() => {
      const h = CSS.highlights.get('topic-evidence');
      return h ? [...h].map((r) => (r as Range).toString()) : [];
    });
    expect(highlighted).toEqual(['Löschfahrzeuge', 'Atemschutzgeräte']);
    await screenshot(page, 'lens-topic-chips');
    await chip!.evaluate((b) => (b as HTMLElement).blur());
    expect(await page.evaluate(() => CSS.highlights.has('topic-evidence'))).toBe(false);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });

  it('filters the picker by a topic, and narrows the lens to answers with a topic', async () => {
    const page = await session.browser.newPage();
    await page.setViewport({ width: 1400, height: 1000 });
    await page.goto(`chrome-extension://${session.extensionId}/compare.html#view=lens&q=successes`, { waitUntil: 'domcontentloaded' });
    await page.waitForSelector('[data-pick-id]', { timeout: 15_000 });
    const picked = () => page.$$eval('[data-pick-id] .title', (ts) => ts.map((t) => t.textContent?.trim()).sort());
    await page.select('select[data-filter="topic"]', 'schools');
    await page.waitForFunction(() => document.querySelectorAll('[data-pick-id]').length === 2, { timeout: 5_000 });
    expect(await picked()).toEqual(['Brühl – Kolomyja', 'Herdecke – Drohobytsch']);
    await page.select('select[data-filter="topic"]', '');
    await page.waitForFunction(() => document.querySelectorAll('[data-pick-id]').length === 6, { timeout: 5_000 });

    await page.select('select[data-filter="lens-topic"]', 'energy');
    await page.waitForFunction(() => document.querySelectorAll('[data-lens-entry]').length === 2, { timeout: 5_000 });
    const names = await page.$$eval('[data-lens-entry] .name', (ns) => ns.map((n) => n.textContent?.trim()).sort());
    expect(names).toEqual(['Lünen – Korosten', 'Menden – Smila']);
    expect(await seriousAxeViolations(page)).toEqual([]);
    // The narrowed lens is in the URL: a reload (or a bookmark) opens it narrowed.
    expect(new URL(page.url()).hash).toContain('topic=energy');
    await page.reload({ waitUntil: 'domcontentloaded' });
    await page.waitForFunction(() => document.querySelectorAll('[data-lens-entry]').length === 2, { timeout: 10_000 });
    expect(await page.$eval('select[data-filter="lens-topic"]', (s) => (s as HTMLSelectElement).value)).toBe('energy');

    // No fixture reports sport among its successes: the lens says so, not "clip a portrait first".
    await page.select('select[data-filter="lens-topic"]', 'sport');
    await page.waitForFunction(() => document.querySelectorAll('[data-lens-entry]').length === 0, { timeout: 5_000 });
    const empty = await page.$eval('.empty', (p) => p.textContent?.trim());
    expect(empty).toMatch(/^No partnership reports “.+” in its answer to this question/);
    expect(empty).not.toContain('clip a portrait');
    await screenshot(page, 'lens-topic-none');
    await page.close();
  });

  it('shows topic chips and "Similar to this" with reasons in the popup\'s record details', async () => {
    const luenen = PORTRAITS.find((p) => p.key === 'luenen-korosten')!;
    const page = await visitPage(session, urlOf(luenen));
    const popup = await openPopup(session, page);
    await popup.waitForSelector('[data-record-id] button.details');
    for (const row of await popup.$$('[data-record-id]')) {
      if ((await row.$eval('.title', (el) => el.textContent?.trim())) !== 'Lünen – Korosten') continue;
      // As a user would: scroll the row into the list's view and the popup to its end, where the sticky action bar
      // sits below the list instead of over its last rows.
      await row.evaluate((el) => {
        el.scrollIntoView({ block: 'nearest' });
        window.scrollTo(0, document.documentElement.scrollHeight);
      });
      await (await row.$('button.details'))!.click();
    }
    await popup.waitForSelector('#details-title');
    await popup.click('details.answers summary');
    const chips = await popup.$$eval('details.answers [data-topic-chips] button', (bs) => bs.map((b) => b.getAttribute('data-topic')));
    expect(chips).toEqual(expect.arrayContaining(['civil-protection', 'energy', 'funding']));
    await popup.locator('button::-p-text(Find similar partnerships)').click();
    await popup.waitForSelector('[data-similar-to] li', { timeout: 10_000 });
    const similar = await popup.$$eval('[data-similar-to] li', (lis) => lis.map((li) => (li as HTMLElement).innerText));
    expect(similar[0]).toMatch(/^Menden – Smila\s+both: .*fire service and civil protection/);
    expect(await seriousAxeViolations(popup)).toEqual([]);
    await screenshot(popup, 'popup-details-similar');
    await popup.close();
    await page.close();
  });

  it('filters the popup list by a topic', async () => {
    const page = await visitPage(session, urlOf(PORTRAITS[0]!));
    const popup = await openPopup(session, page);
    await popup.waitForSelector('select[data-filter="topic"]');
    await popup.select('select[data-filter="topic"]', 'schools');
    await popup.waitForFunction(() => document.querySelectorAll('[data-record-id]').length === 2, { timeout: 10_000 });
    const titles = await popup.$$eval('[data-record-id] .title', (ts) => ts.map((t) => t.textContent?.trim()).sort());
    expect(titles).toEqual(['Brühl – Kolomyja', 'Herdecke – Drohobytsch']);
    // With a search on top: both filters apply.
    await popup.type('input[type=search]', 'Herdecke');
    await popup.waitForFunction(() => document.querySelectorAll('[data-record-id]').length === 1, { timeout: 10_000 });
    await popup.select('select[data-filter="topic"]', '');
    await popup.$eval('input[type=search]', (el) => {
      (el as HTMLInputElement).value = '';
      el.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await popup.waitForFunction(() => document.querySelectorAll('[data-record-id]').length === 6, { timeout: 10_000 });
    expect(await seriousAxeViolations(popup)).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('exports each answer\'s topics to CSV and Markdown: the same partnerships the topic filter finds', async () => {
    const page = await visitPage(session, urlOf(PORTRAITS[0]!));
    const popup = await openPopup(session, page);
    await popup.click('details.more summary');
    clearDownloads(session.downloadsDir);
    await clickButton(popup, 'Export CSV');
    const csv = parseCsv((await waitForDownload(session.downloadsDir, /\.csv$/)).content.toString('utf8').replace(/^\uFEFF/, ''), ',');
    const header = csv[0]!;
    const topicColumns = header.flatMap((h, i) => (h.endsWith(TOPICS_SUFFIX) ? [i] : []));
    expect(topicColumns).toHaveLength(QUESTIONS.length + 1);
    const topicsOf = (title: string) => {
      const row = csv.find((r) => r.includes(title));
      if (!row) throw new Error(`no CSV row for ${title}`);
      return new Set(topicColumns.flatMap((i) => row[i]!.split(', ').filter(Boolean)));
    };
    // The same two partnerships the topic filter finds for "Schulen", and only those.
    const withSchools = CLIPPED.map((key) => titleOf(PORTRAITS.find((p) => p.key === key)!)).filter((title) => topicsOf(title).has('schools'));
    expect(withSchools.sort()).toEqual(['Brühl – Kolomyja', 'Herdecke – Drohobytsch']);
    expect(topicsOf('Lünen – Korosten').has('civil-protection')).toBe(true);

    clearDownloads(session.downloadsDir);
    await clickButton(popup, 'Export Markdown (one file)');
    const markdown = (await waitForDownload(session.downloadsDir, /\.md$/)).content.toString('utf8');
    const section = markdown.split('\n---\n').find((part) => part.includes('# Brühl – Kolomyja'))!;
    expect(section).toMatch(/^- Topics: .*#topic\/schools/m);
    await popup.close();
    await page.close();
  });

  it('narrows the popup\'s question lens to answers with a topic, with the same topic menu', async () => {
    const page = await visitPage(session, urlOf(PORTRAITS[0]!));
    const popup = await openPopup(session, page);
    await popup.waitForSelector('[data-record-id]');
    await clickButton(popup, 'Question lens');
    await popup.waitForSelector('[data-lens-question="funding-tips"]');
    await popup.waitForFunction((n) => document.querySelectorAll('[data-lens-entry]').length === n, { timeout: 10_000 }, CLIPPED.length);
    await popup.select('.lens select[id$="-question"]', 'successes');
    await popup.waitForSelector('[data-lens-question="successes"]');
    const names = () => popup.$$eval('[data-lens-entry] .name', (ns) => ns.map((n) => n.textContent?.trim()).sort());
    expect(await names()).toHaveLength(CLIPPED.length);

    // The topic menu of the popup list and the full-tab lens, inside the lens: only answers reporting energy stay.
    await popup.select('.lens select[data-filter="lens-topic"]', 'energy');
    await popup.waitForFunction(() => document.querySelectorAll('[data-lens-entry]').length === 2, { timeout: 10_000 });
    expect(await names()).toEqual(['Lünen – Korosten', 'Menden – Smila']);
    expect(await popup.$eval('.lens .count', (p) => p.textContent?.trim())).toBe('2 of 2 partnerships shown');
    // What the lens prints (its heading, each entry's source) stays off the popup's screen.
    expect(await popup.$$eval('.lens .print-only', (els) => els.filter((el) => el.getClientRects().length > 0).length)).toBe(0);
    // Each entry left shows the energy chip for the answer it kept.
    const chips = await popup.$$eval('[data-lens-entry]', (lis) =>
      lis.map((li) => [...li.querySelectorAll('[data-topic-chips] button')].map((b) => b.getAttribute('data-topic'))),
    );
    for (const c of chips) expect(c).toContain('energy');
    expect(await seriousAxeViolations(popup)).toEqual([]);
    await screenshot(popup, 'popup-lens-topic');

    // The search still applies on top of the topic.
    await popup.type('.lens input[type=search]', 'Menden');
    await popup.waitForFunction(() => document.querySelectorAll('[data-lens-entry]').length === 1, { timeout: 10_000 });
    await popup.$eval('.lens input[type=search]', (el) => {
      (el as HTMLInputElement).value = '';
      el.dispatchEvent(new Event('input', { bubbles: true }));
    });

    // No clipped portrait reports sport among its successes: the lens says so.
    await popup.select('.lens select[data-filter="lens-topic"]', 'sport');
    await popup.waitForFunction(() => document.querySelectorAll('[data-lens-entry]').length === 0, { timeout: 10_000 });
    expect(await popup.$eval('.lens .empty', (p) => p.textContent?.trim())).toMatch(
      /^No partnership reports “Sport” in its answer to this question/,
    );
    // Back to every topic: every partnership again.
    await popup.select('.lens select[data-filter="lens-topic"]', '');
    await popup.waitForFunction((n) => document.querySelectorAll('[data-lens-entry]').length === n, { timeout: 10_000 }, CLIPPED.length);
    await popup.close();
    await page.close();
  });

  it('has no serious accessibility problems, in light and in dark', async () => {
    const page = await openIdeas();
    await page.click('table.matrix button[data-topic="energy"]');
    await page.waitForSelector('[data-opened]');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'ideas-view-dark');
    await page.close();
  });

  // Runs last: it adds a seventh record.
  it('shows a portrait clipped while the view is open: its cache entry was dropped by the write and computed again', async () => {
    const page = await openIdeas();
    const rowTitles = () => page.$$eval('table.matrix tbody th[scope=row]', (ths) => ths.map((th) => th.textContent?.trim()));
    expect(await rowTitles()).not.toContain('Geldern – Tschortkiw');
    const geldern = PORTRAITS.find((p) => p.key === 'geldern-tschortkiw')!;
    expect((await clipUrl(session, urlOf(geldern))).status).toBe('created');
    await page.bringToFront();
    await page.waitForFunction(
      () => [...document.querySelectorAll('table.matrix tbody th[scope=row]')].some((th) => th.textContent?.trim() === 'Geldern – Tschortkiw'),
      { timeout: 10_000 },
    );
    expect(await rowTitles()).toHaveLength(CLIPPED.length + 1);
    expect(await page.$eval('#ideas-heading + .muted', (s) => s.textContent?.trim())).toBe('Answers from all 7 partnerships in your collection');
    // The cache holds an entry for every record, the new one included.
    const cached = await page.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const open = indexedDB.open('partnership-clipper');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const all = open.result.transaction('ideasCache').objectStore('ideasCache').getAll();
            all.onsuccess = () => {
              resolve((all.result as { ids?: string[] }[]).reduce((n, row) => n + (row.ids?.length ?? 0), 0));
              open.result.close();
            };
          };
        }),
    );
    expect(cached).toBe(CLIPPED.length + 1);
    // Its cells open its answers from the record itself.
    await page.click('table.matrix tr:has(th[scope=row]) button[aria-label^="Geldern – Tschortkiw"]');
    await page.waitForSelector('[data-opened] article');
    expect(await page.$eval('#opened-heading', (h) => h.textContent)).toMatch(/^Geldern – Tschortkiw · /);
    await screenshot(page, 'ideas-after-clip');
    await page.close();
  });
});
