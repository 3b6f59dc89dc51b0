import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BulkQueue, INTERRUPTED_REASON, estimateRemainingMs, interruptSnapshot, summarise, type WorkerOutcome } from '../../../src/capture/bulk-queue';
import type { BulkItemInput, BulkSnapshot } from '../../../src/messaging/bulk';

const items = (n: number): BulkItemInput[] => Array.from({ length: n }, (_, i) => ({ url: `https://x.test/p${i}/`, title: `P${i}` }));

/** A fake fetcher: each URL takes `ms[url]` (default 100) fake milliseconds, then resolves with `outcome(url)`. */
function fakeWorker(options: { ms?: (url: string) => number; outcome?: (url: string) => WorkerOutcome } = {}) {
  const started: string[] = [];
  const aborted: string[] = [];
  let open = 0;
  let maxOpen = 0;
  const worker = (item: BulkItemInput, signal: AbortSignal) =>
    new Promise<WorkerOutcome>((resolve, reject) => {
      started.push(item.url);
      open++;
      maxOpen = Math.max(maxOpen, open);
      const timer = setTimeout(() => {
        open--;
        resolve(options.outcome?.(item.url) ?? { state: 'created', recordId: `id-${item.url}` });
      }, options.ms?.(item.url) ?? 100);
      signal.addEventListener('abort', () => {
        clearTimeout(timer);
        open--;
        aborted.push(item.url);
        reject(new DOMException('Aborted', 'AbortError'));
      });
    });
  return { worker, started, aborted, maxOpen: () => maxOpen };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('BulkQueue', () => {
  it('runs at most 2 at a time and finishes every item', async () => {
    const fake = fakeWorker({ ms: (url) => (url.endsWith('p1/') ? 500 : 100) });
    const queue = new BulkQueue({ jobId: 'j', items: items(10), worker: fake.worker, now: () => Date.now() });
    const done = queue.start();
    expect(fake.started).toHaveLength(2);
    await vi.runAllTimersAsync();
    const final = await done;
    expect(fake.maxOpen()).toBe(2);
    expect(fake.started).toHaveLength(10);
    expect(final.phase).toBe('done');
    expect(final.finished).toBe(10);
    expect(final.summary.created).toBe(10);
    expect(final.items.every((i) => i.recordId === `id-${i.url}`)).toBe(true);
  });

  it('honours a smaller concurrency', async () => {
    const fake = fakeWorker();
    const queue = new BulkQueue({ jobId: 'j', items: items(4), worker: fake.worker, concurrency: 1 });
    const done = queue.start();
    await vi.runAllTimersAsync();
    await done;
    expect(fake.maxOpen()).toBe(1);
  });

  it('reports progress: count, current pages and an ETA from the throughput', async () => {
    const snapshots: BulkSnapshot[] = [];
    const fake = fakeWorker({ ms: () => 1000 });
    const queue = new BulkQueue({ jobId: 'j', items: items(6), worker: fake.worker, concurrency: 3, onChange: (s) => snapshots.push(s) });
    const done = queue.start();
    expect(snapshots.at(-1)).toMatchObject({ phase: 'running', finished: 0, etaMs: null, current: ['P0', 'P1', 'P2'] });
    await vi.advanceTimersByTimeAsync(1000);
    // 3 done in 1 s, 3 left → about 1 s more.
    const mid = queue.snapshot();
    expect(mid.finished).toBe(3);
    expect(mid.current).toEqual(['P3', 'P4', 'P5']);
    expect(mid.etaMs).toBe(1000);
    await vi.runAllTimersAsync();
    const final = await done;
    expect(final.etaMs).toBe(0);
    expect(snapshots.at(-1)!.phase).toBe('done');
    const counts = snapshots.map((s) => s.finished);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
  });

  it('sorts each outcome into the summary, with reasons', async () => {
    const outcome = (url: string): WorkerOutcome =>
      url.endsWith('p0/') ? { state: 'updated' } :
      url.endsWith('p1/') ? { state: 'not-portrait', reason: 'No questions and answers found on this page.', code: 'no-qa' } :
      url.endsWith('p2/') ? { state: 'failed', reason: 'The server answered HTTP 500.', code: 'http' } :
      url.endsWith('p3/') ? { state: 'unchanged' } : { state: 'created' };
    const fake = fakeWorker({ outcome });
    const queue = new BulkQueue({ jobId: 'j', items: items(5), worker: fake.worker });
    const done = queue.start();
    await vi.runAllTimersAsync();
    const final = await done;
    expect(final.summary).toEqual({ created: 1, updated: 1, unchanged: 1, notPortrait: 1, failed: 1, cancelled: 0 });
    expect(final.items[2]).toMatchObject({ state: 'failed', reason: 'The server answered HTTP 500.', code: 'http' });
    expect(final.items[1]!.reason).toContain('No questions');
    // The code travels with the reason, so the popup can translate it.
    expect(final.items[1]!.code).toBe('no-qa');
  });

  it('counts a worker that throws as failed with its message', async () => {
    const queue = new BulkQueue({
      jobId: 'j',
      items: items(2),
      worker: async (item) => {
        if (item.url.endsWith('p0/')) throw new Error('The page did not answer');
        return { state: 'created' };
      },
    });
    const final = await queue.start();
    expect(final.items[0]).toMatchObject({ state: 'failed', reason: 'The page did not answer', code: 'error' });
    expect(final.summary.created).toBe(1);
  });

  it('cancel aborts in-flight work, schedules nothing more and keeps what finished', async () => {
    const fake = fakeWorker({ ms: (url) => (/p[012]\/$/.test(url) ? 100 : 5000) });
    const queue = new BulkQueue({ jobId: 'j', items: items(8), worker: fake.worker, concurrency: 3 });
    const done = queue.start();
    await vi.advanceTimersByTimeAsync(150);
    expect(queue.snapshot().finished).toBe(3);
    queue.cancel();
    const final = await done;
    expect(final.phase).toBe('cancelled');
    expect(fake.aborted.sort()).toEqual(['https://x.test/p3/', 'https://x.test/p4/', 'https://x.test/p5/']);
    expect(fake.started).toHaveLength(6);
    expect(final.summary).toMatchObject({ created: 3, cancelled: 5 });
    await vi.runAllTimersAsync();
    expect(fake.started).toHaveLength(6);
  });

  it('keeps the outcome of an item that finished despite the abort (it is stored)', async () => {
    let release: (o: WorkerOutcome) => void = () => {};
    const queue = new BulkQueue({
      jobId: 'j',
      items: items(1),
      // Ignores the signal: the store already happened.
      worker: () => new Promise((resolve) => (release = resolve)),
    });
    const done = queue.start();
    queue.cancel();
    release({ state: 'created' });
    const final = await done;
    expect(final.items[0]!.state).toBe('created');
    expect(final.phase).toBe('cancelled');
  });

  it('retries only the failed items, by default all of them, or the ones asked for', async () => {
    let failing = true;
    const worker = async (item: BulkItemInput): Promise<WorkerOutcome> =>
      failing && /p[13]\/$/.test(item.url) ? { state: 'failed', reason: 'HTTP 500', code: 'http' } : { state: 'created' };
    const calls: string[] = [];
    const queue = new BulkQueue({ jobId: 'j', items: items(4), worker: (i) => (calls.push(i.url), worker(i)) });
    let final = await queue.start();
    expect(final.summary.failed).toBe(2);
    failing = false;
    calls.length = 0;
    final = await queue.retry(['https://x.test/p1/']);
    expect(calls).toEqual(['https://x.test/p1/']);
    expect(final.summary).toMatchObject({ created: 3, failed: 1 });
    calls.length = 0;
    final = await queue.retry();
    expect(calls).toEqual(['https://x.test/p3/']);
    expect(final.summary).toMatchObject({ created: 4, failed: 0 });
    expect(final.items.every((i) => i.reason === undefined && i.code === undefined)).toBe(true);
  });

  it('clips a page linked twice once', async () => {
    const queue = new BulkQueue({ jobId: 'j', items: [...items(2), ...items(2)], worker: async () => ({ state: 'created' }) });
    expect((await queue.start()).total).toBe(2);
  });

  it('finishes at once with nothing to do, and refuses to start twice', async () => {
    const empty = new BulkQueue({ jobId: 'j', items: [], worker: async () => ({ state: 'created' }) });
    expect((await empty.start()).phase).toBe('done');
    const fake = fakeWorker();
    const queue = new BulkQueue({ jobId: 'j', items: items(2), worker: fake.worker });
    void queue.start();
    expect(() => queue.start()).toThrow(/already running/);
    expect(() => queue.retry()).toThrow(/finish/);
  });
});

describe('estimateRemainingMs and summarise', () => {
  it('estimates from throughput', () => {
    expect(estimateRemainingMs(2000, 4, 6)).toBe(3000);
    expect(estimateRemainingMs(2000, 0, 6)).toBeNull();
    expect(estimateRemainingMs(2000, 4, 0)).toBe(0);
  });
  it('counts states', () => {
    const s = summarise([
      { url: 'a', title: '', state: 'created' },
      { url: 'b', title: '', state: 'pending' },
      { url: 'c', title: '', state: 'cancelled' },
    ]);
    expect(s).toEqual({ created: 1, updated: 0, unchanged: 0, notPortrait: 0, failed: 0, cancelled: 1 });
  });
});

describe('after a background restart', () => {
  it('interruptSnapshot turns unfinished items into retryable failures', () => {
    const running: BulkSnapshot = {
      jobId: 'j', phase: 'running', total: 3, finished: 1, current: ['P1'], etaMs: 500, updatedAt: 0,
      items: [
        { url: 'a', title: 'P0', state: 'created' },
        { url: 'b', title: 'P1', state: 'running' },
        { url: 'c', title: 'P2', state: 'pending' },
      ],
      summary: { created: 1, updated: 0, unchanged: 0, notPortrait: 0, failed: 0, cancelled: 0 },
    };
    const after = interruptSnapshot(running, 99);
    expect(after.phase).toBe('cancelled');
    expect(after.items.map((i) => i.state)).toEqual(['created', 'failed', 'failed']);
    expect(after.items[1]!.reason).toBe(INTERRUPTED_REASON);
    expect(after.items[1]!.code).toBe('interrupted');
    expect(after.summary).toMatchObject({ created: 1, failed: 2 });
    expect(after.current).toEqual([]);
    const done = { ...running, phase: 'done' as const };
    expect(interruptSnapshot(done, 99)).toBe(done);
  });

  it('a queue rebuilt from a snapshot keeps finished items and retries the failed ones only', async () => {
    const calls: string[] = [];
    const queue = new BulkQueue({
      jobId: 'j',
      items: [
        { url: 'a', title: 'P0', state: 'created', recordId: 'r0' },
        { url: 'b', title: 'P1', state: 'failed', reason: INTERRUPTED_REASON },
      ],
      worker: async (item) => (calls.push(item.url), { state: 'created' }),
    });
    expect(queue.snapshot().summary).toMatchObject({ created: 1, failed: 1 });
    const final = await queue.retry();
    expect(calls).toEqual(['b']);
    expect(final.summary).toMatchObject({ created: 2, failed: 0 });
    expect(final.items[0]!.recordId).toBe('r0');
  });
});
