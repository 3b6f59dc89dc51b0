import { describe, expect, it } from 'vitest';
import type { PoliteResult } from '../../../src/capture/polite-fetch';
import { UpdateCheck, type CheckTarget, type UpdateCheckDeps } from '../../../src/capture/update-check';
import type { ExtractResult } from '../../../src/extract/types';
import type { ClippedContent } from '../../../src/record/types';
import { makeAnswers, makeContent } from '../helpers/records';

const SITE = 'https://staedtepartnerschaftennrw.org';

function target(slug: string, content: Partial<ClippedContent> = {}): CheckTarget {
  const url = `${SITE}/${slug}/`;
  return { id: slug, url, title: slug, record: makeContent({ url, ...content }) };
}

/** Pages by URL: JSON of the content the fake extractor returns, or a fetch failure. */
function deps(pages: Record<string, ClippedContent | PoliteResult | 'not-a-portrait'>, options: Partial<UpdateCheckDeps> = {}): UpdateCheckDeps & { fetched: string[] } {
  const fetched: string[] = [];
  return {
    fetched,
    get: async (url) => {
      fetched.push(url);
      const page = pages[url];
      if (!page) return { ok: false, code: 'http', status: 404, reason: 'HTTP 404' };
      if (page === 'not-a-portrait' || !('ok' in page)) return { ok: true, status: 200, html: JSON.stringify({ url, page }) };
      return page;
    },
    parse: (html) => ({ html }) as unknown as Document,
    extract: (doc): ExtractResult => {
      const { page } = JSON.parse((doc as unknown as { html: string }).html);
      if (page === 'not-a-portrait') return { ok: false, code: 'not-a-portrait', reason: 'Not a portrait.' };
      return { ok: true, content: page, confidence: 1 };
    },
    findLinks: (doc) => JSON.parse((doc as unknown as { html: string }).html).page.links ?? [],
    mayRead: (origin) => origin === SITE,
    ...options,
  };
}

describe('UpdateCheck', () => {
  it('sorts every record into unchanged, changed, gone, failed, not a portrait and not permitted, saving nothing', async () => {
    const same = target('a');
    const changed = target('b');
    const gone = target('c');
    const failing = target('d');
    const notPortrait = target('e');
    const elsewhere = { ...target('f'), url: 'https://example.com/f/' };
    const newAnswers = makeAnswers(3, 'Neue Antwort');
    const d = deps({
      [same.url]: same.record,
      [changed.url]: { ...changed.record, answers: newAnswers, url: `${changed.url}?amp=1` },
      [failing.url]: { ok: false, code: 'network', reason: 'offline' },
      [notPortrait.url]: 'not-a-portrait',
    });
    const snapshots: number[] = [];
    const check = new UpdateCheck(d, { targets: [same, changed, gone, failing, notPortrait, elsewhere], onChange: (s) => snapshots.push(s.finished) });
    const result = await check.start();
    expect(result.phase).toBe('done');
    expect(result.entries.map((e) => [e.id, e.state])).toEqual([
      ['a', 'unchanged'],
      ['b', 'changed'],
      ['c', 'gone'],
      ['d', 'failed'],
      ['e', 'not-portrait'],
      ['f', 'not-permitted'],
    ]);
    expect(d.fetched).not.toContain('https://example.com/f/');
    expect(result.total).toBe(5);
    expect(result.finished).toBe(5);
    expect(snapshots.at(-1)).toBe(5);
    expect(result.counts).toMatchObject({ unchanged: 1, changed: 1, gone: 1, failed: 1, notPortrait: 1, notPermitted: 1 });
    const entry = result.entries[1]!;
    expect(entry.summary!.changedAnswers).toEqual([1, 2, 3]);
    // The record keeps its URL: applying re-clips the same record.
    expect(entry.fetched!.url).toBe(changed.url);
    expect(result.entries[2]!.status).toBe(404);
  });

  it('retries only the failed records', async () => {
    const ok = target('a');
    const flaky = target('b');
    const pages: Record<string, ClippedContent | PoliteResult> = { [ok.url]: ok.record, [flaky.url]: { ok: false, code: 'network', reason: 'offline' } };
    const d = deps(pages);
    const check = new UpdateCheck(d, { targets: [ok, flaky] });
    await check.start();
    pages[flaky.url] = flaky.record;
    d.fetched.length = 0;
    const again = await check.retry();
    expect(d.fetched).toEqual([flaky.url]);
    expect(again.entries.map((e) => e.state)).toEqual(['unchanged', 'unchanged']);
  });

  it('cancels: pending records end cancelled and are not fetched', async () => {
    const targets = ['a', 'b', 'c', 'd', 'e'].map((s) => target(s));
    let check!: UpdateCheck;
    const d = deps(Object.fromEntries(targets.map((t) => [t.url, t.record])), {});
    const get = d.get;
    d.get = async (url, signal) => {
      if (url === targets[0]!.url) check.cancel();
      return get(url, signal);
    };
    check = new UpdateCheck(d, { targets, concurrency: 1 });
    const result = await check.start();
    expect(result.phase).toBe('cancelled');
    expect(result.entries.map((e) => e.state)).toEqual(['cancelled', 'cancelled', 'cancelled', 'cancelled', 'cancelled']);
    expect(d.fetched).toEqual([targets[0]!.url]);
  });

  it('reports portraits linked from overview pages that are not collected yet', async () => {
    const known = target('duisburg-kryvyi-rih');
    const overview = `${SITE}/ukraine/`;
    const links = [
      { url: known.url, title: 'Duisburg – Kryvyi Rih' },
      { url: `${SITE}/kreis-lippe-lutsk/`, title: 'Kreis Lippe – Lutsk' },
      { url: `${SITE}/huerth-peremyshlyany/?utm_source=x`, title: 'Hürth – Peremyshlyany' },
    ];
    const d = deps({ [known.url]: known.record, [overview]: { links } as unknown as ClippedContent });
    const result = await new UpdateCheck(d, { targets: [known], overviewPages: [overview, 'https://example.com/list/'] }).start();
    expect(result.newPortraits).toEqual([{ page: overview, links: links.slice(1) }]);
    expect(d.fetched).not.toContain('https://example.com/list/');
  });

  it('an applied change becomes unchanged', async () => {
    const t = target('a');
    const check = new UpdateCheck(deps({ [t.url]: { ...t.record, title: 'Neu' } }), { targets: [t] });
    expect((await check.start()).entries[0]!.state).toBe('changed');
    check.markApplied('a');
    expect(check.snapshot().entries[0]).toMatchObject({ state: 'unchanged' });
    expect(check.snapshot().entries[0]!.fetched).toBeUndefined();
  });
});
