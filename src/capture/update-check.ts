/**
 * Check for updates: fetch every stored page the extension may read, parse
 * it with the extractors, and compare it with the stored record, saving
 * nothing. The outcome per record is unchanged, changed (with the fetched
 * content and a change summary, so the page can show the diff and apply it),
 * gone (404/410), failed (retryable) or not a portrait any more. Overview
 * pages of the portrait site are read too, for portraits not yet collected.
 *
 * Pure: fetching (a PoliteFetcher's get), parsing and extracting are injected.
 */

import { sameContent } from '../record/content';
import { diffContent, summariseDiff, type ChangeSummary } from '../compare/revision-diff';
import { normaliseUrl } from '../extract/url';
import type { ExtractResult } from '../extract/types';
import type { ClippedContent } from '../record/types';
import type { PoliteResult } from './polite-fetch';

export interface CheckTarget {
  id: string;
  url: string;
  title: string;
  record: ClippedContent;
}

export type CheckState = 'pending' | 'running' | 'unchanged' | 'changed' | 'gone' | 'failed' | 'not-portrait' | 'not-permitted' | 'cancelled';

export interface CheckEntry {
  id: string;
  url: string;
  title: string;
  state: CheckState;
  /** English reason of a failure (for logs); `code` is what the page translates. */
  reason?: string;
  code?: string;
  /** HTTP status of a gone page. */
  status?: number;
  /** The page as it is now, when it changed. */
  fetched?: ClippedContent;
  summary?: ChangeSummary;
}

export interface PortraitLinkLike {
  url: string;
  title: string;
}

export interface NewPortraits {
  /** The overview page that links them. */
  page: string;
  links: PortraitLinkLike[];
}

export type CheckPhase = 'running' | 'done' | 'cancelled';

export interface CheckCounts {
  unchanged: number;
  changed: number;
  gone: number;
  failed: number;
  notPortrait: number;
  notPermitted: number;
  cancelled: number;
}

export interface CheckSnapshot {
  phase: CheckPhase;
  /** Records checked (those the extension may read). */
  total: number;
  finished: number;
  entries: CheckEntry[];
  counts: CheckCounts;
  newPortraits: NewPortraits[];
  startedAt: number;
  finishedAt: number | null;
}

export interface UpdateCheckDeps {
  get: (url: string, signal: AbortSignal) => Promise<PoliteResult>;
  parse: (html: string) => Document;
  extract: (doc: Document, url: string) => ExtractResult;
  findLinks: (doc: Document, url: string) => PortraitLinkLike[];
  /** Whether the extension may read pages of this origin ("https://host"). */
  mayRead: (origin: string) => boolean | Promise<boolean>;
  now?: () => number;
}

export interface UpdateCheckOptions {
  targets: readonly CheckTarget[];
  /** Overview pages whose portrait links are compared with the collection. */
  overviewPages?: readonly string[];
  /** Pages fetched at once over all hosts; the fetcher limits each host further. */
  concurrency?: number;
  onChange?: (snapshot: CheckSnapshot) => void;
}

const NOT_A_PORTRAIT = new Set(['no-qa', 'not-a-portrait']);
const GONE = new Set([404, 410]);
const FINAL: ReadonlySet<CheckState> = new Set(['unchanged', 'changed', 'gone', 'failed', 'not-portrait', 'not-permitted', 'cancelled']);

export function countStates(entries: readonly CheckEntry[]): CheckCounts {
  const counts: CheckCounts = { unchanged: 0, changed: 0, gone: 0, failed: 0, notPortrait: 0, notPermitted: 0, cancelled: 0 };
  for (const e of entries) {
    if (e.state === 'not-portrait') counts.notPortrait++;
    else if (e.state === 'not-permitted') counts.notPermitted++;
    else if (e.state !== 'pending' && e.state !== 'running') counts[e.state]++;
  }
  return counts;
}

/** Compares a fetched page with the stored record. */
export function compareFetched(target: CheckTarget, result: ExtractResult): Pick<CheckEntry, 'state' | 'reason' | 'code' | 'fetched' | 'summary'> {
  if (!result.ok) {
    return NOT_A_PORTRAIT.has(result.code)
      ? { state: 'not-portrait', reason: result.reason, code: result.code }
      : { state: 'failed', reason: result.reason, code: result.code };
  }
  // The record keeps its URL: a changed canonical link is not a change of the portrait.
  const fetched: ClippedContent = { ...result.content, url: target.record.url };
  if (sameContent(target.record, fetched)) return { state: 'unchanged' };
  return { state: 'changed', fetched, summary: summariseDiff(diffContent(target.record, fetched)) };
}

/** A new task, through a message port: unlike timers, not slowed down in a hidden tab (a scheduled check runs in one). */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

function originOf(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin : null;
  } catch {
    return null;
  }
}

export class UpdateCheck {
  private readonly entries: CheckEntry[];
  private readonly targets: Map<string, CheckTarget>;
  private readonly overviewPages: readonly string[];
  private readonly concurrency: number;
  private readonly onChange: (snapshot: CheckSnapshot) => void;
  private readonly now: () => number;
  private controller = new AbortController();
  private phase: CheckPhase = 'done';
  private newPortraits: NewPortraits[] = [];
  private startedAt = 0;
  private finishedAt: number | null = null;

  constructor(
    private readonly deps: UpdateCheckDeps,
    options: UpdateCheckOptions,
  ) {
    this.targets = new Map(options.targets.map((t) => [t.id, t]));
    this.entries = options.targets.map((t) => ({ id: t.id, url: t.url, title: t.title, state: 'pending' }));
    this.overviewPages = options.overviewPages ?? [];
    this.concurrency = Math.max(1, options.concurrency ?? 4);
    this.onChange = options.onChange ?? (() => {});
    this.now = deps.now ?? (() => Date.now());
  }

  get running(): boolean {
    return this.phase === 'running';
  }

  snapshot(): CheckSnapshot {
    const entries = this.entries.map((e) => ({ ...e }));
    const checked = entries.filter((e) => e.state !== 'not-permitted');
    return {
      phase: this.phase,
      total: checked.length,
      finished: checked.filter((e) => FINAL.has(e.state)).length,
      entries,
      counts: countStates(entries),
      newPortraits: this.newPortraits.map((n) => ({ page: n.page, links: [...n.links] })),
      startedAt: this.startedAt,
      finishedAt: this.finishedAt,
    };
  }

  /** Checks every pending record, then the overview pages. */
  async start(): Promise<CheckSnapshot> {
    if (this.running) throw new Error('The check is already running.');
    this.phase = 'running';
    this.controller = new AbortController();
    this.startedAt = this.now();
    this.finishedAt = null;
    await this.markUnreadable();
    this.changed();
    const signal = this.controller.signal;
    const queue = this.entries.filter((e) => e.state === 'pending');
    const worker = async () => {
      for (let entry = queue.shift(); entry && !signal.aborted; entry = queue.shift()) await this.checkOne(entry, signal);
    };
    await Promise.all(Array.from({ length: Math.min(this.concurrency, queue.length) }, worker));
    if (!signal.aborted && this.overviewPages.length > 0) await this.findNewPortraits(signal);
    for (const e of this.entries) if (e.state === 'pending' || e.state === 'running') e.state = 'cancelled';
    this.phase = signal.aborted ? 'cancelled' : 'done';
    this.finishedAt = this.now();
    this.changed();
    return this.snapshot();
  }

  cancel(): void {
    if (!this.running) return;
    this.controller.abort();
    for (const e of this.entries) if (e.state === 'pending') e.state = 'cancelled';
    this.changed();
  }

  /** Checks the failed (or the given failed/cancelled) records again. */
  retry(ids?: readonly string[]): Promise<CheckSnapshot> {
    if (this.running) throw new Error('Wait for the check to finish before retrying.');
    const wanted = ids ? new Set(ids) : null;
    for (const e of this.entries) {
      const retryable = e.state === 'failed' || (wanted !== null && e.state === 'cancelled');
      if (retryable && (!wanted || wanted.has(e.id))) {
        e.state = 'pending';
        delete e.reason;
        delete e.code;
      }
    }
    return this.start();
  }

  /** The record was re-clipped from the fetched content: it is up to date now. */
  markApplied(id: string): void {
    const entry = this.entries.find((e) => e.id === id);
    if (entry?.state !== 'changed') return;
    entry.state = 'unchanged';
    delete entry.fetched;
    delete entry.summary;
    this.changed();
  }

  private async markUnreadable(): Promise<void> {
    const answers = new Map<string, Promise<boolean>>();
    for (const entry of this.entries) {
      if (entry.state !== 'pending') continue;
      const origin = originOf(entry.url);
      if (!origin) {
        entry.state = 'not-permitted';
        continue;
      }
      if (!answers.has(origin)) answers.set(origin, Promise.resolve(this.deps.mayRead(origin)).catch(() => false));
      if (!(await answers.get(origin))) entry.state = 'not-permitted';
    }
  }

  private async checkOne(entry: CheckEntry, signal: AbortSignal): Promise<void> {
    const target = this.targets.get(entry.id)!;
    entry.state = 'running';
    this.changed();
    const fetched = await this.deps.get(target.url, signal);
    if (signal.aborted) {
      entry.state = 'cancelled';
    } else if (fetched.ok) {
      // Parsing and diffing are the heavy part: each in its own task, so other pages of the extension (the popup) get a turn.
      await nextTask();
      const extracted = this.extract(fetched.html, target.url);
      await nextTask();
      Object.assign(entry, compareFetched(target, extracted));
    } else if (fetched.code === 'http' && GONE.has(fetched.status)) {
      entry.state = 'gone';
      entry.status = fetched.status;
    } else {
      entry.state = 'failed';
      entry.reason = fetched.reason;
      entry.code = fetched.code;
    }
    this.changed();
  }

  private extract(html: string, url: string): ExtractResult {
    try {
      return this.deps.extract(this.deps.parse(html), url);
    } catch (error) {
      return { ok: false, code: 'internal-error', reason: error instanceof Error ? error.message : String(error) };
    }
  }

  private async findNewPortraits(signal: AbortSignal): Promise<void> {
    const known = new Set([...this.targets.values()].map((t) => normaliseUrl(t.url)));
    const reported = new Set<string>();
    const found: NewPortraits[] = [];
    for (const page of this.overviewPages) {
      const origin = originOf(page);
      if (!origin || !(await Promise.resolve(this.deps.mayRead(origin)).catch(() => false))) continue;
      const result = await this.deps.get(page, signal);
      if (signal.aborted) return;
      if (!result.ok) continue;
      let links: PortraitLinkLike[];
      try {
        links = this.deps.findLinks(this.deps.parse(result.html), page);
      } catch {
        continue;
      }
      const fresh = links.filter((l) => !known.has(normaliseUrl(l.url)) && !reported.has(normaliseUrl(l.url)));
      for (const l of fresh) reported.add(normaliseUrl(l.url));
      if (fresh.length > 0) found.push({ page, links: fresh });
    }
    this.newPortraits = found;
  }

  private changed(): void {
    this.onChange(this.snapshot());
  }
}
