// The whole product, thin, through the user's own clicks: clip portraits in
// the real popup, see them listed, compare two side by side, export JSON, and
// find the collection again after a browser restart.
import { describe, expect, it } from 'vitest';
import { openPopup, screenshot, visitPage } from './support/extension';
import { useExtensionSession } from './support/extension-session';
import { completePortraits, loadFixtures, serveFixtures, titleOf, type PageFixture } from './support/fixtures';
import { clickButton, clipInPopup, listedTitles, waitForListed } from './support/popup';
import { waitForDownload } from './support/downloads';

let portraits: PageFixture[];
let refusal: PageFixture;

const { session, relaunch } = useExtensionSession({
  pages: (server) => {
    const fixtures = loadFixtures();
    serveFixtures(server, fixtures);
    portraits = completePortraits(fixtures);
    const seed = portraits.find((f) => f.name === 'portrait--seed-paragraphs');
    if (!seed || portraits.length < 2) throw new Error('Need the seed fixture and at least one more complete portrait fixture.');
    portraits = [seed, ...portraits.filter((f) => f !== seed)];
    const refusals = fixtures.filter((f) => !f.result.ok && new URL(f.url).hostname === 'staedtepartnerschaftennrw.org');
    if (refusals.length === 0) throw new Error('Need a non-portrait fixture on the portrait host.');
    refusal = refusals[0]!;
  },
});

describe('clip, list, compare and export through the real popup', () => {
  it('clips a portrait and reports partners, kind and the number of questions', async () => {
    const [seed] = portraits;
    const page = await visitPage(session, seed!.url);
    const popup = await openPopup(session, page);
    const outcome = await clipInPopup(popup);
    expect(outcome.status).toBe('created');
    expect(outcome.text).toContain('Duisburg – Kryvyi Rih');
    expect(outcome.text).toContain('Solidaritätspartnerschaft');
    expect(outcome.text).toContain('12 questions found');
    await waitForListed(popup, 1);
    await screenshot(popup, 'popup-clipped');
    await popup.close();
    await page.close();
  });

  it('clipping the same page again updates instead of duplicating', async () => {
    const page = await visitPage(session, portraits[0]!.url);
    const popup = await openPopup(session, page);
    const outcome = await clipInPopup(popup);
    expect(outcome.status).toBe('unchanged');
    await waitForListed(popup, 1);
    await popup.close();
    await page.close();
  });

  it('refuses a page without questions and answers, and stores nothing', async () => {
    const page = await visitPage(session, refusal.url);
    const popup = await openPopup(session, page);
    const outcome = await clipInPopup(popup);
    expect(outcome.status).toBe('refused');
    expect(outcome.text.toLowerCase()).toContain('no questions and answers found on this page');
    await waitForListed(popup, 1);
    await popup.close();
    await page.close();
  });

  it('lists both partnerships and compares them side by side, aligned by question', async () => {
    const page = await visitPage(session, portraits[1]!.url);
    let popup = await openPopup(session, page);
    expect((await clipInPopup(popup)).status).toBe('created');
    await popup.close();

    // A fresh popup, as after closing and reopening it.
    popup = await openPopup(session, page);
    await waitForListed(popup, 2);
    const titles = await listedTitles(popup);
    expect(titles).toContain('Duisburg – Kryvyi Rih');
    expect(titles).toContain(titleOf(portraits[1]!));

    const compare = await popup.$('button::-p-text(Compare)');
    expect(await compare!.evaluate((b) => (b as HTMLButtonElement).disabled)).toBe(true);
    for (const box of await popup.$$('[data-record-id] input[type=checkbox]')) await box.click();
    // The list stays mounted behind Compare (its scroll position and pages survive): mark its element.
    await popup.$eval('section.list', (el) => el.setAttribute('data-before-compare', ''));
    await clickButton(popup, 'Compare');
    await popup.waitForSelector('table.compare');
    expect(await popup.$eval('section.list', (el) => el.getClientRects().length)).toBe(0);

    const headers = await popup.$$eval('table.compare thead th[scope=col]', (ths) => ths.map((th) => th.textContent?.trim()));
    expect(headers.slice(1).sort()).toEqual([...titles].sort());
    const questionRows = await popup.$$eval('table.compare tbody tr[data-question-id]:not([data-question-id=""])', (trs) =>
      trs.map((tr) => tr.getAttribute('data-question-id')),
    );
    expect(questionRows).toHaveLength(12);
    expect(questionRows[0]).toBe('first-contact');
    expect(questionRows[11]).toBe('other-actors');

    // The Duisburg answer to "municipal utilities" sits in the Duisburg column of that row.
    const duisburgColumn = headers.indexOf('Duisburg – Kryvyi Rih');
    const utilities = await popup.$$eval(
      'table.compare tbody tr[data-question-id="municipal-utilities"] td',
      (tds) => tds.map((td) => (td as HTMLElement).innerText.trim()),
    );
    expect(utilities[duisburgColumn - 1]).toContain('Bisher nicht – kein Wunsch aus Kryvyi Rih bisher.');
    await screenshot(popup, 'popup-compare');

    // The question lens stacks each partnership's answer to one question.
    await clickButton(popup, '← Back');
    expect(await popup.$eval('section.list', (el) => [el.hasAttribute('data-before-compare'), el.getClientRects().length > 0])).toEqual([true, true]);
    await clickButton(popup, 'Question lens');
    await popup.waitForSelector('[data-lens-question="funding-tips"]');
    const entries = await popup.$$eval('[data-lens-entry]', (els) => els.map((el) => (el as HTMLElement).innerText));
    expect(entries).toHaveLength(2);
    expect(entries.join('\n')).toContain('Da wären wir für Tipps selbst dankbar');
    await screenshot(popup, 'popup-lens');
    await popup.close();
    await page.close();
  });

  it('exports the collection as a versioned JSON file', async () => {
    const page = await visitPage(session, portraits[0]!.url);
    const popup = await openPopup(session, page);
    await waitForListed(popup, 2);
    await clickButton(popup, 'Export JSON');
    const file = await waitForDownload(session.downloadsDir, /^partnership-clipper-.*\.json$/);
    const json = JSON.parse(file.content.toString('utf8'));
    expect(json.format).toBe('partnership-clipper/records');
    expect(json.version).toBe(2);
    expect(Number.isNaN(Date.parse(json.exportedAt))).toBe(false);
    expect(json.records).toHaveLength(2);
    // Version 2 carries what each answer is about, derived from its text.
    for (const answer of json.records.flatMap((r: { answers: unknown[] }) => r.answers)) {
      expect(answer).toMatchObject({ topics: expect.any(Array), organisations: expect.any(Array) });
    }
    const duisburg = json.records.find((r: { title: string }) => r.title === 'Duisburg – Kryvyi Rih');
    expect(duisburg.partners).toEqual(['Duisburg', 'Kryvyi Rih']);
    expect(duisburg.kind).toBe('Solidaritätspartnerschaft');
    expect(duisburg.interviewee).toEqual({ name: 'Lydia Steinhauer', affiliation: 'Stadt Duisburg' });
    // Version 2: every answer says what it is about and which organisations it names.
    const first = duisburg.answers.find((a: { questionId: string }) => a.questionId === 'first-contact');
    expect(first.organisations).toEqual(expect.arrayContaining([{ name: 'ArcelorMittal', type: 'company', text: 'Arcelor Mittal' }]));
    for (const a of duisburg.answers) expect(Array.isArray(a.topics)).toBe(true);
    expect(duisburg.answers).toHaveLength(12);
    expect(duisburg.answers[6]).toMatchObject({ number: 7, questionId: 'municipal-utilities' });
    expect(duisburg.url).toBe('https://staedtepartnerschaftennrw.org/duisburg-kryvyi-rih/');
    await popup.close();
    await page.close();
  });

  it('keeps the collection across a browser restart', async () => {
    await relaunch();
    const page = await visitPage(session, portraits[0]!.url);
    const popup = await openPopup(session, page);
    await waitForListed(popup, 2);
    await popup.close();
    await page.close();
  });
});
