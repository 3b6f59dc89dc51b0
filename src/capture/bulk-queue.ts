/**
 * The bulk-clip job: schedules fetch+parse+store of many linked pages, at most
 * `concurrency` at a time, and keeps the progress a popup shows (count,
 * current pages, ETA, per-item outcome, summary). Pure: the work itself is an
 * injected `worker`, time an injected clock, so it runs under fake timers.
 *
 * Cancel stops scheduling and aborts the in-flight workers through their
 * AbortSignal. An item the worker already finished (stored) keeps its outcome:
 * nothing is rolled back, and one item is one store, so nothing is half-stored.
 */

import type { BulkItem, BulkItemInput, BulkItemState, BulkPhase, BulkSnapshot, BulkSummary } from '../messaging/bulk';

/** What the worker reports for one page. Throwing means failed (or cancelled, if aborted). */
export type WorkerOutcome =
  | { state: 'created' | 'updated' | 'unchanged'; recordId?: string }
  | { state: 'not-portrait'; reason: string; code?: string }
  | { state: 'failed'; reason: string; code?: string };

export type BulkWorker = (item: BulkItemInput, signal: AbortSignal) => Promise<WorkerOutcome>;

export interface BulkQueueOptions {
  jobId: string;
  /** Items to clip; items with a final state (from a restored snapshot) keep it. */
  items: readonly (BulkItemInput | BulkItem)[];
  worker: BulkWorker;
  concurrency?: number;
  now?: () => number;
  onChange?: (snapshot: BulkSnapshot) => void;
}

/** At most 2 requests at a time to the one host a bulk clip reads (issue 16): polite to a small site's server. */
export const BULK_CONCURRENCY = 2;

export function summarise(items: readonly BulkItem[]): BulkSummary {
  const summary: BulkSummary = { created: 0, updated: 0, unchanged: 0, notPortrait: 0, failed: 0, cancelled: 0 };
  for (const item of items) {
    if (item.state === 'created') summary.created++;
    else if (item.state === 'updated') summary.updated++;
    else if (item.state === 'unchanged') summary.unchanged++;
    else if (item.state === 'not-portrait') summary.notPortrait++;
    else if (item.state === 'failed') summary.failed++;
    else if (item.state === 'cancelled') summary.cancelled++;
  }
  return summary;
}

export function isFinal(state: BulkItemState): boolean {
  return state !== 'pending' && state !== 'running';
}

/** Throughput-based: time per finished item so far × items left (concurrency is in the throughput). */
export function estimateRemainingMs(elapsedMs: number, finishedThisRun: number, remaining: number): number | null {
  if (remaining === 0) return 0;
  if (finishedThisRun === 0) return null;
  return Math.round((elapsedMs / finishedThisRun) * remaining);
}

/** Code of a failure the worker threw instead of reporting (an unexpected error). */
export const THROWN_CODE = 'error';

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export class BulkQueue {
  readonly jobId: string;
  private readonly items: BulkItem[];
  private readonly worker: BulkWorker;
  private readonly concurrency: number;
  private readonly now: () => number;
  private readonly onChange: (snapshot: BulkSnapshot) => void;
  private readonly inFlight = new Map<BulkItem, AbortController>();
  private phase: BulkPhase = 'done';
  private runStartedAt = 0;
  private finishedThisRun = 0;
  private cancelled = false;
  private settle: (() => void) | null = null;

  constructor(options: BulkQueueOptions) {
    this.jobId = options.jobId;
    // One item per URL: a page linked twice is clipped once.
    const seen = new Set<string>();
    this.items = [];
    for (const item of options.items) {
      if (seen.has(item.url)) continue;
      seen.add(item.url);
      const restored: BulkItem = { url: item.url, title: item.title, state: 'pending' };
      if ('state' in item && isFinal(item.state)) {
        restored.state = item.state;
        if (item.reason !== undefined) restored.reason = item.reason;
        if (item.code !== undefined) restored.code = item.code;
        if (item.recordId !== undefined) restored.recordId = item.recordId;
      }
      this.items.push(restored);
    }
    this.worker = options.worker;
    this.concurrency = Math.max(1, options.concurrency ?? BULK_CONCURRENCY);
    this.now = options.now ?? (() => Date.now());
    this.onChange = options.onChange ?? (() => {});
  }

  get running(): boolean {
    return this.phase === 'running';
  }

  /** Runs every pending item; resolves with the final snapshot (done or cancelled). */
  start(): Promise<BulkSnapshot> {
    if (this.phase === 'running') throw new Error('This bulk job is already running.');
    this.phase = 'running';
    this.cancelled = false;
    this.runStartedAt = this.now();
    this.finishedThisRun = 0;
    const finished = new Promise<void>((resolve) => (this.settle = resolve));
    this.pump();
    return finished.then(() => this.snapshot());
  }

  /** Stops scheduling, aborts in-flight work; pending items become cancelled. */
  cancel(): void {
    if (this.phase !== 'running') return;
    this.cancelled = true;
    for (const item of this.items) if (item.state === 'pending') item.state = 'cancelled';
    for (const controller of this.inFlight.values()) controller.abort();
    this.changed();
    this.finishIfIdle();
  }

  /** Runs the failed items again (or the given failed/cancelled ones). */
  retry(urls?: readonly string[]): Promise<BulkSnapshot> {
    if (this.phase === 'running') throw new Error('Wait for the bulk job to finish before retrying.');
    const wanted = urls ? new Set(urls) : null;
    let any = false;
    for (const item of this.items) {
      const retryable = wanted ? wanted.has(item.url) && (item.state === 'failed' || item.state === 'cancelled') : item.state === 'failed';
      if (!retryable) continue;
      item.state = 'pending';
      delete item.reason;
      delete item.code;
      any = true;
    }
    if (!any) return Promise.resolve(this.snapshot());
    return this.start();
  }

  snapshot(): BulkSnapshot {
    const items = this.items.map((item) => ({ ...item }));
    const finished = items.filter((i) => isFinal(i.state)).length;
    const left = items.filter((i) => !isFinal(i.state)).length;
    return {
      jobId: this.jobId,
      phase: this.phase,
      total: items.length,
      finished,
      current: items.filter((i) => i.state === 'running').map((i) => i.title || i.url),
      etaMs: this.phase === 'running' ? estimateRemainingMs(this.now() - this.runStartedAt, this.finishedThisRun, left) : 0,
      items,
      summary: summarise(items),
      updatedAt: this.now(),
    };
  }

  private pump(): void {
    while (!this.cancelled && this.inFlight.size < this.concurrency) {
      const next = this.items.find((i) => i.state === 'pending');
      if (!next) break;
      this.run(next);
    }
    this.changed();
    this.finishIfIdle();
  }

  private run(item: BulkItem): void {
    const controller = new AbortController();
    this.inFlight.set(item, controller);
    item.state = 'running';
    let work: Promise<WorkerOutcome>;
    try {
      work = this.worker({ url: item.url, title: item.title }, controller.signal);
    } catch (error) {
      work = Promise.reject(error);
    }
    work.then(
      (outcome) => {
        item.state = outcome.state;
        if ('reason' in outcome) item.reason = outcome.reason;
        if ('code' in outcome && outcome.code !== undefined) item.code = outcome.code;
        if ('recordId' in outcome && outcome.recordId) item.recordId = outcome.recordId;
      },
      (error: unknown) => {
        if (controller.signal.aborted) {
          item.state = 'cancelled';
        } else {
          item.state = 'failed';
          item.reason = errorText(error);
          item.code = THROWN_CODE;
        }
      },
    ).finally(() => {
      this.inFlight.delete(item);
      this.finishedThisRun++;
      this.pump();
    });
  }

  private finishIfIdle(): void {
    if (this.phase !== 'running' || this.inFlight.size > 0) return;
    if (!this.cancelled && this.items.some((i) => i.state === 'pending')) return;
    this.phase = this.cancelled ? 'cancelled' : 'done';
    this.changed();
    const settle = this.settle;
    this.settle = null;
    settle?.();
  }

  private changed(): void {
    this.onChange(this.snapshot());
  }
}

export const INTERRUPTED_REASON = 'Interrupted: the extension restarted before this page was clipped.';
export const INTERRUPTED_CODE = 'interrupted';

/**
 * A snapshot left "running" by a background that stopped (service worker
 * restart): nothing is in flight any more, so unfinished items become
 * failed (retryable) and the job ends as cancelled.
 */
export function interruptSnapshot(snapshot: BulkSnapshot, now: number): BulkSnapshot {
  if (snapshot.phase !== 'running') return snapshot;
  const items = snapshot.items.map((item) => (isFinal(item.state) ? item : { ...item, state: 'failed' as const, reason: INTERRUPTED_REASON, code: INTERRUPTED_CODE }));
  return { ...snapshot, phase: 'cancelled', current: [], etaMs: 0, items, finished: items.length, summary: summarise(items), updatedAt: now };
}
