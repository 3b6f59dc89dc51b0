/**
 * Bulk clip on the extension side: one job per tab. The pure BulkQueue
 * schedules; each item takes the route link-route.ts decides (same-origin:
 * fetched and parsed by the tab's content script; another site with a host
 * permission: fetched here, parsed by the content script) and is stored here
 * with one saveClip transaction.
 *
 * Progress channel: every change of a job's snapshot is written to
 * `browser.storage.session` under `bulkJobKey(tabId)`; the popup reads it and
 * watches it (see watchBulkJob). `bulkStatus` answers the same snapshot.
 */

import { storage } from 'wxt/utils/storage';
import type { ClipperDB } from '../db/schema';
import { browser } from 'wxt/browser';
import { BulkQueue, interruptSnapshot, type BulkQueueOptions, type WorkerOutcome } from '../capture/bulk-queue';
import type { BulkItemInput, BulkSnapshot } from '../messaging/bulk';
import type { BulkStartResult, ClipOutcome } from '../messaging/map';
import { memoisePermission, type HostPermissionCheck } from '../capture/link-route';
import { extractLink, hasHostPermission, injectExtractor, storeExtracted } from './clip-tab';
import { sendToTab } from './messaging';

export type BulkJobKey = `session:bulkJob:${number}`;

export function bulkJobKey(tabId: number): BulkJobKey {
  return `session:bulkJob:${tabId}`;
}

/** Popup side: the tab's job snapshot now and on every change. Returns the unwatch function. */
export function watchBulkJob(tabId: number, callback: (snapshot: BulkSnapshot | null) => void): () => void {
  void storage.getItem<BulkSnapshot>(bulkJobKey(tabId)).then((value) => callback(value ?? null));
  return storage.watch<BulkSnapshot>(bulkJobKey(tabId), (value) => callback(value ?? null));
}

/** The extract result's refusal codes that mean "a page, but not a portrait". */
const NOT_A_PORTRAIT = new Set(['no-qa', 'not-a-portrait']);

export function outcomeOf(clip: ClipOutcome): WorkerOutcome {
  if (clip.ok) return { state: clip.status, recordId: clip.record.id };
  if (NOT_A_PORTRAIT.has(clip.code)) return { state: 'not-portrait', reason: clip.reason, code: clip.code };
  return { state: 'failed', reason: clip.reason, code: clip.code };
}

class AbortedError extends Error {
  override name = 'AbortError';
}

export class BulkJobs {
  private readonly jobs = new Map<number, BulkQueue>();
  private counter = 0;

  constructor(
    private readonly db: ClipperDB,
    private readonly onStored: (tabId: number, outcome: ClipOutcome) => void = () => {},
  ) {}

  status(tabId: number): Promise<BulkSnapshot | null> | BulkSnapshot | null {
    return this.jobs.get(tabId)?.snapshot() ?? storage.getItem<BulkSnapshot>(bulkJobKey(tabId));
  }

  /**
   * After a service-worker restart, jobs stored as "running" have nothing in
   * flight: mark their unfinished items failed so the popup offers Retry.
   */
  async recoverInterrupted(now: number = Date.now()): Promise<number> {
    const all = (await browser.storage.session.get(null)) as Record<string, unknown>;
    let count = 0;
    for (const [key, value] of Object.entries(all)) {
      const tabId = Number(key.replace(/^bulkJob:/, ''));
      if (!key.startsWith('bulkJob:') || !Number.isInteger(tabId) || this.jobs.has(tabId)) continue;
      const snapshot = value as BulkSnapshot;
      if (snapshot?.phase !== 'running') continue;
      await storage.setItem(bulkJobKey(tabId), interruptSnapshot(snapshot, now));
      count++;
    }
    return count;
  }

  async start(tabId: number, items: readonly BulkItemInput[]): Promise<BulkStartResult> {
    if (this.jobs.get(tabId)?.running) return { ok: false, code: 'bulk-running', reason: 'A bulk clip is already running in this tab.' };
    if (items.length === 0) return { ok: false, code: 'bulk-empty', reason: 'No pages selected.' };
    const refused = await injectExtractor(tabId);
    if (refused && !refused.ok) return { ok: false, code: refused.code, reason: refused.reason };
    const jobId = `bulk-${tabId}-${Date.now()}-${++this.counter}`;
    const queue = this.createQueue(tabId, jobId, items);
    this.jobs.set(tabId, queue);
    void queue.start();
    return { ok: true, jobId };
  }

  cancel(tabId: number): BulkSnapshot | null {
    const queue = this.jobs.get(tabId);
    if (!queue) return null;
    queue.cancel();
    // queue.cancel() aborted the background fetches; in-tab fetches are aborted there.
    sendToTab(tabId, 'abortExtract', { jobId: queue.jobId }).catch(() => {});
    return queue.snapshot();
  }

  async retry(tabId: number, urls?: string[]): Promise<BulkStartResult> {
    const queue = this.jobs.get(tabId) ?? (await this.restore(tabId));
    if (!queue) return { ok: false, code: 'bulk-none', reason: 'There is no bulk clip to retry in this tab.' };
    if (queue.running) return { ok: false, code: 'bulk-running', reason: 'Wait for the bulk clip to finish before retrying.' };
    const refused = await injectExtractor(tabId);
    if (refused && !refused.ok) return { ok: false, code: refused.code, reason: refused.reason };
    void queue.retry(urls);
    return { ok: true, jobId: queue.jobId };
  }

  /** Rebuilds a finished job from its stored snapshot (the background restarted since). */
  private async restore(tabId: number): Promise<BulkQueue | null> {
    const stored = await storage.getItem<BulkSnapshot>(bulkJobKey(tabId));
    if (!stored || stored.phase === 'running') return null;
    const queue = this.createQueue(tabId, stored.jobId, stored.items);
    this.jobs.set(tabId, queue);
    return queue;
  }

  private createQueue(tabId: number, jobId: string, items: BulkQueueOptions['items']): BulkQueue {
    // One permission question per site and job, not one per link.
    const mayFetch = memoisePermission(hasHostPermission);
    return new BulkQueue({
      jobId,
      items,
      worker: (item, signal) => this.clipOne(tabId, jobId, item, signal, mayFetch),
      onChange: (snapshot) => void this.publish(tabId, snapshot),
    });
  }

  /** The tab closed: stop its job and drop its progress. */
  forget(tabId: number): void {
    this.jobs.get(tabId)?.cancel();
    this.jobs.delete(tabId);
    void storage.removeItem(bulkJobKey(tabId)).catch(() => {});
  }

  private async clipOne(
    tabId: number,
    jobId: string,
    item: BulkItemInput,
    signal: AbortSignal,
    mayFetch: HostPermissionCheck,
  ): Promise<WorkerOutcome> {
    // Background fetches abort through `signal`; in-tab ones through abortExtract.
    const result = await extractLink(tabId, item.url, { jobId, signal, mayFetch });
    // Cancelled while the page was fetched or parsed: store nothing for it.
    if (signal.aborted || (!result.ok && result.code === 'aborted')) throw new AbortedError('Cancelled.');
    const clip = await storeExtracted(this.db, result);
    this.onStored(tabId, clip);
    return outcomeOf(clip);
  }

  private async publish(tabId: number, snapshot: BulkSnapshot): Promise<void> {
    try {
      await storage.setItem(bulkJobKey(tabId), snapshot);
    } catch {
      // storage.session unavailable (very old browser): bulkStatus still answers.
    }
  }
}

