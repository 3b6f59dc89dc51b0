// Issue 16: the popup learns of a running import from storage.session, and a status
// whose page died (no heartbeat) goes away on its own instead of sticking.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  IMPORT_HEARTBEAT_MS,
  IMPORT_STALE_MS,
  liveImport,
  publishImport,
  watchImport,
  type ImportStatus,
} from '../../../src/browser/import-status';

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.useRealTimers());

const stored = async () => (await fakeBrowser.storage.session.get('importStatus')).importStatus;

describe('liveImport', () => {
  it('takes a fresh status and refuses missing, malformed or stale ones', () => {
    expect(liveImport({ written: 2000, total: 7000, at: 1_000 }, 1_500)).toEqual({ written: 2000, total: 7000, at: 1_000 });
    expect(liveImport(undefined, 0)).toBeNull();
    expect(liveImport('2000/7000', 0)).toBeNull();
    expect(liveImport({ written: '2000', total: 7000, at: 0 }, 0)).toBeNull();
    expect(liveImport({ written: 2000, total: 7000, at: 0 }, IMPORT_STALE_MS + 1)).toBeNull();
    // A clock far ahead of ours (a status from another session) is not trusted either.
    expect(liveImport({ written: 2000, total: 7000, at: IMPORT_STALE_MS * 3 }, 0)).toBeNull();
  });
});

describe('publishImport and watchImport', () => {
  it('carry every batch to the watcher, and the end clears it', async () => {
    const seen: Array<ImportStatus | null> = [];
    const unwatch = watchImport((status) => seen.push(status));
    const published = publishImport(7000);
    published.progress(2000);
    await vi.waitFor(() => expect(seen.at(-1)).toMatchObject({ written: 2000, total: 7000 }));
    published.progress(4000);
    await vi.waitFor(() => expect(seen.at(-1)).toMatchObject({ written: 4000, total: 7000 }));
    await published.end();
    await vi.waitFor(() => expect(seen.at(-1)).toBeNull());
    expect(await stored()).toBeUndefined();
    unwatch();
  });

  it('clears the status when the page goes away mid-import', async () => {
    publishImport(7000).progress(2000);
    await vi.waitFor(async () => expect(await stored()).toMatchObject({ written: 2000 }));
    window.dispatchEvent(new Event('pagehide'));
    await vi.waitFor(async () => expect(await stored()).toBeUndefined());
  });

  it('re-stamps a slow batch, and a status nobody re-stamps turns stale for the watcher', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    let clock = 50_000;
    const now = () => clock;
    const published = publishImport(7000, now);
    await vi.waitFor(async () => expect(await stored()).toMatchObject({ at: 50_000 }));
    clock += IMPORT_HEARTBEAT_MS;
    vi.advanceTimersByTime(IMPORT_HEARTBEAT_MS);
    await vi.waitFor(async () => expect(await stored()).toMatchObject({ written: 0, at: 50_000 + IMPORT_HEARTBEAT_MS }));

    await published.end();
  });

  it('lets a status go that its page stopped re-stamping (crashed or killed)', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    let clock = 50_000;
    const abandoned = { written: 2000, total: 7000, at: clock };
    await fakeBrowser.storage.session.set({ importStatus: abandoned });
    const seen: Array<ImportStatus | null> = [];
    const unwatch = watchImport((status) => seen.push(status), () => clock);
    await vi.waitFor(() => expect(seen).toEqual([abandoned]));
    clock += IMPORT_STALE_MS + 1;
    vi.advanceTimersByTime(IMPORT_HEARTBEAT_MS);
    expect(seen.at(-1)).toBeNull();
    expect(await stored()).toEqual(abandoned); // still there: only its age says it is gone
    unwatch();
  });
});
