// BulkClip.svelte against a fake background (WXT's fake browser): the button
// appears only with links, the list starts all checked and can be narrowed,
// progress and the summary come from storage.session, Retry and Cancel send
// their messages.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { flushSync, mount, unmount } from 'svelte';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import BulkClip from '../../../entrypoints/popup/BulkClip.svelte';
import { dispatch, type Handlers } from '../../../src/messaging/dispatch';
import { bulkJobKey } from '../../../src/browser/bulk-jobs';
import type { BulkSnapshot } from '../../../src/messaging/bulk';
import type { PortraitLink } from '../../../src/extract/types';
import type { BulkStartResult } from '../../../src/messaging/map';
import { useEnglishMessages } from '../helpers/english-messages';

const TAB = 7;
const LINKS: PortraitLink[] = [
  { url: 'https://staedtepartnerschaftennrw.org/a-b/', title: 'A – B' },
  { url: 'https://staedtepartnerschaftennrw.org/c-d/', title: 'C – D' },
  { url: 'https://staedtepartnerschaftennrw.org/e-f/', title: 'E – F' },
];

let component: ReturnType<typeof mount> | null = null;
let target: HTMLElement;
let calls: { type: string; data: unknown }[];
let stopListening: () => void;

function snapshot(partial: Partial<BulkSnapshot>): BulkSnapshot {
  return {
    jobId: 'job-1',
    phase: 'running',
    total: 3,
    finished: 0,
    current: [],
    etaMs: null,
    items: [],
    summary: { created: 0, updated: 0, unchanged: 0, notPortrait: 0, failed: 0, cancelled: 0 },
    updatedAt: 0,
    ...partial,
  };
}

async function settle() {
  for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 2));
  flushSync();
}

/** The fake browser answers only through sendResponse, so the fake background uses it. */
function listenWithSendResponse(handlers: Handlers): () => void {
  const listener = (message: unknown, sender: unknown, sendResponse: (r: unknown) => void) => {
    const answer = dispatch(handlers, message, sender);
    if (!answer) return undefined;
    void answer.then(sendResponse);
    return true;
  };
  fakeBrowser.runtime.onMessage.addListener(listener);
  return () => fakeBrowser.runtime.onMessage.removeListener(listener);
}

function fakeBackground(links: PortraitLink[], startAnswer: BulkStartResult = { ok: true, jobId: 'job-1' }) {
  calls = [];
  stopListening = listenWithSendResponse({
    tabPortraitLinks: (data) => (calls.push({ type: 'tabPortraitLinks', data }), { ok: true, links }),
    startBulk: (data) => (calls.push({ type: 'startBulk', data }), startAnswer),
    cancelBulk: (data) => (calls.push({ type: 'cancelBulk', data }), null),
    retryBulk: (data) => (calls.push({ type: 'retryBulk', data }), { ok: true, jobId: 'job-1' }),
  });
}

function button(label: RegExp): HTMLButtonElement {
  const found = Array.from(target.querySelectorAll('button')).find((b) => label.test(b.textContent ?? ''));
  if (!found) throw new Error(`No button ${label}; buttons: ${Array.from(target.querySelectorAll('button')).map((b) => b.textContent).join(' | ')}`);
  return found;
}

beforeEach(() => {
  fakeBrowser.reset();
  useEnglishMessages();
  target = document.createElement('div');
  document.body.append(target);
});

afterEach(() => {
  if (component) unmount(component);
  component = null;
  stopListening?.();
  target.remove();
});

describe('BulkClip', () => {
  it('offers nothing on a page without portrait links', async () => {
    fakeBackground([]);
    component = mount(BulkClip, { target, props: { tabId: TAB } });
    await settle();
    expect(calls).toEqual([{ type: 'tabPortraitLinks', data: { tabId: TAB } }]);
    expect(target.textContent).not.toMatch(/Clip all/);
  });

  it('lists the links all checked, lets the user deselect, and starts with the chosen ones', async () => {
    fakeBackground(LINKS);
    component = mount(BulkClip, { target, props: { tabId: TAB } });
    await settle();
    button(/Clip all 3 linked portraits/).click();
    flushSync();
    const boxes = Array.from(target.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'));
    expect(boxes.map((b) => b.checked)).toEqual([true, true, true]);
    boxes[1]!.click();
    flushSync();
    button(/Clip 2 selected/).click();
    await settle();
    expect(calls.at(-1)).toEqual({ type: 'startBulk', data: { tabId: TAB, items: [LINKS[0], LINKS[2]] } });
  });

  it('says a refused start in the UI language, by its code', async () => {
    fakeBackground(LINKS, { ok: false, code: 'bulk-running', reason: 'English reason for the logs' });
    component = mount(BulkClip, { target, props: { tabId: TAB } });
    await settle();
    button(/Clip all 3 linked portraits/).click();
    flushSync();
    button(/Clip 3 selected/).click();
    await settle();
    expect(target.querySelector('[role="alert"]')!.textContent).toBe('A bulk clip is already running in this tab. Wait for it to finish.');
  });

  it('shows progress with count, current page and ETA, and cancels', async () => {
    fakeBackground(LINKS);
    component = mount(BulkClip, { target, props: { tabId: TAB } });
    await settle();
    await storage.setItem(bulkJobKey(TAB), snapshot({ finished: 1, current: ['C – D'], etaMs: 4000 }));
    await settle();
    const progress = target.querySelector('progress')!;
    expect(progress.max).toBe(3);
    expect(progress.value).toBe(1);
    expect(target.querySelector('[data-bulk-count]')!.textContent).toBe('1 / 3');
    expect(target.querySelector('[data-bulk-current]')!.textContent).toContain('C – D');
    expect(target.querySelector('[data-bulk-eta]')!.textContent).toBe('about 4 s left');
    button(/Cancel/).click();
    await settle();
    expect(calls.at(-1)).toEqual({ type: 'cancelBulk', data: { tabId: TAB } });
  });

  it('sums up with each failure, its reason and a Retry', async () => {
    fakeBackground(LINKS);
    component = mount(BulkClip, { target, props: { tabId: TAB } });
    await settle();
    await storage.setItem(
      bulkJobKey(TAB),
      snapshot({
        phase: 'done',
        finished: 3,
        items: [
          { ...LINKS[0]!, state: 'created' },
          { ...LINKS[1]!, state: 'not-portrait', reason: 'No questions and answers found on this page.' },
          { ...LINKS[2]!, state: 'failed', reason: 'The server answered HTTP 500.' },
        ],
        summary: { created: 1, updated: 0, unchanged: 0, notPortrait: 1, failed: 1, cancelled: 0 },
      }),
    );
    await settle();
    const summary = target.querySelector('[data-bulk-summary]')!.textContent!.replace(/\s+/g, ' ');
    expect(summary).toContain('1 new, 0 updated, 1 not a portrait, 1 failed');
    const failure = target.querySelector(`[data-failed-url="${LINKS[2]!.url}"]`)!;
    expect(failure.textContent).toContain('The server answered HTTP 500.');
    (failure.querySelector('button') as HTMLButtonElement).click();
    await settle();
    expect(calls.at(-1)).toEqual({ type: 'retryBulk', data: { tabId: TAB, urls: [LINKS[2]!.url] } });
  });

  it('words each failure by its code in the UI language, keeping the English reason as a tooltip', async () => {
    fakeBackground(LINKS);
    component = mount(BulkClip, { target, props: { tabId: TAB } });
    await settle();
    await storage.setItem(
      bulkJobKey(TAB),
      snapshot({
        phase: 'done',
        finished: 3,
        items: [
          { ...LINKS[0]!, state: 'failed', reason: 'The server answered HTTP 500.', code: 'http' },
          { ...LINKS[1]!, state: 'failed', reason: 'Interrupted: the extension restarted before this page was clipped.', code: 'interrupted' },
          { ...LINKS[2]!, state: 'failed', reason: 'A failure with no code yet.', code: 'brand-new' },
        ],
        summary: { created: 0, updated: 0, unchanged: 0, notPortrait: 0, failed: 3, cancelled: 0 },
      }),
    );
    await settle();
    const reasonOf = (url: string) => target.querySelector(`[data-failed-url="${url}"] .reason`)!;
    expect(reasonOf(LINKS[0]!.url).textContent).toBe('The server did not deliver the page. Try again later.');
    expect(reasonOf(LINKS[0]!.url).getAttribute('title')).toBe('The server answered HTTP 500.');
    expect(reasonOf(LINKS[1]!.url).textContent).toContain('Interrupted');
    expect(reasonOf(LINKS[2]!.url).textContent).toBe('A failure with no code yet.');
  });
});
