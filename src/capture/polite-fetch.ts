/**
 * Fetching many pages of one site without burdening it (check for updates):
 * at most `perHost` requests at a time to one host, a pause after each
 * request before that slot is used again, `Retry-After` on 429/503 honoured
 * (the whole host waits), and a host that keeps failing is given up on: its
 * remaining requests fail at once instead of hammering it. No cookies are
 * sent. Pure: fetch, clock and sleep are injected, so it runs under fake timers.
 */

export type PoliteFetchFn = (url: string, init: { signal?: AbortSignal; credentials: RequestCredentials; cache: RequestCache }) => Promise<Response>;

export interface PoliteOptions {
  fetch: PoliteFetchFn;
  perHost?: number;
  /** Pause after a request before its slot takes the next one, in ms. */
  pauseMs?: number;
  /** Consecutive failures (network, 5xx, 429) after which a host is given up. */
  maxErrors?: number;
  /** Longest Retry-After we wait for; a longer one fails the request. */
  maxRetryAfterMs?: number;
  /** Retries of one request after a 429/503 with Retry-After. */
  maxRetries?: number;
  now?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export type PoliteResult =
  | { ok: true; status: number; html: string }
  | { ok: false; code: 'http'; status: number; reason: string }
  | { ok: false; code: 'network' | 'aborted' | 'host-stopped' | 'rate-limited'; reason: string };

export const POLITE_DEFAULTS = { perHost: 2, pauseMs: 100, maxErrors: 3, maxRetryAfterMs: 120_000, maxRetries: 2 } as const;

/** Retry-After as milliseconds from now: delta-seconds or an HTTP date; null if absent or unreadable. */
export function retryAfterMs(header: string | null, now: number): number | null {
  if (!header) return null;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

function defaultSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted || ms <= 0) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}

interface HostState {
  active: number;
  waiting: (() => void)[];
  blockedUntil: number;
  errors: number;
  stopped: boolean;
}

const abortedResult: PoliteResult = { ok: false, code: 'aborted', reason: 'Cancelled.' };

export class PoliteFetcher {
  private readonly hosts = new Map<string, HostState>();
  private readonly fetchFn: PoliteFetchFn;
  private readonly perHost: number;
  private readonly pauseMs: number;
  private readonly maxErrors: number;
  private readonly maxRetryAfterMs: number;
  private readonly maxRetries: number;
  private readonly now: () => number;
  private readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;

  constructor(options: PoliteOptions) {
    this.fetchFn = options.fetch;
    this.perHost = Math.max(1, options.perHost ?? POLITE_DEFAULTS.perHost);
    this.pauseMs = options.pauseMs ?? POLITE_DEFAULTS.pauseMs;
    this.maxErrors = options.maxErrors ?? POLITE_DEFAULTS.maxErrors;
    this.maxRetryAfterMs = options.maxRetryAfterMs ?? POLITE_DEFAULTS.maxRetryAfterMs;
    this.maxRetries = options.maxRetries ?? POLITE_DEFAULTS.maxRetries;
    this.now = options.now ?? (() => Date.now());
    this.sleep = options.sleep ?? defaultSleep;
  }

  /** Whether requests to this host are refused after repeated errors. */
  stopped(host: string): boolean {
    return this.hosts.get(host)?.stopped ?? false;
  }

  async get(url: string, signal?: AbortSignal): Promise<PoliteResult> {
    const host = new URL(url).host;
    const state = this.stateOf(host);
    for (let attempt = 0; ; attempt++) {
      await this.acquire(state, signal);
      if (signal?.aborted) return this.release(state, abortedResult, false);
      if (state.stopped) return this.release(state, stoppedResult(host), false);
      const wait = state.blockedUntil - this.now();
      if (wait > 0) await this.sleep(wait, signal);
      if (signal?.aborted) return this.release(state, abortedResult, false);
      let response: Response;
      try {
        response = await this.fetchFn(url, { signal, credentials: 'omit', cache: 'no-cache' });
      } catch (error) {
        if (signal?.aborted) return this.release(state, abortedResult, false);
        this.failed(state);
        return this.release(state, { ok: false, code: 'network', reason: `The page could not be loaded: ${error instanceof Error ? error.message : String(error)}` });
      }
      if (response.status === 429 || response.status === 503) {
        this.failed(state);
        const delay = retryAfterMs(response.headers.get('retry-after'), this.now());
        if (delay !== null && delay <= this.maxRetryAfterMs && attempt < this.maxRetries && !state.stopped) {
          // Every request to this host waits, not just this one.
          state.blockedUntil = Math.max(state.blockedUntil, this.now() + delay);
          this.release(state, null, false);
          continue;
        }
        const reason = delay !== null && delay > this.maxRetryAfterMs ? `The site asked to wait ${Math.ceil(delay / 1000)} s.` : `The server answered HTTP ${response.status}.`;
        return this.release(state, { ok: false, code: 'rate-limited', reason });
      }
      if (response.status >= 500) this.failed(state);
      else state.errors = 0;
      if (!response.ok) {
        return this.release(state, { ok: false, code: 'http', status: response.status, reason: `The server answered HTTP ${response.status}.` });
      }
      try {
        const html = await response.text();
        return this.release(state, { ok: true, status: response.status, html });
      } catch (error) {
        if (signal?.aborted) return this.release(state, abortedResult, false);
        this.failed(state);
        return this.release(state, { ok: false, code: 'network', reason: `The page could not be read: ${error instanceof Error ? error.message : String(error)}` });
      }
    }
  }

  private stateOf(host: string): HostState {
    let state = this.hosts.get(host);
    if (!state) {
      state = { active: 0, waiting: [], blockedUntil: 0, errors: 0, stopped: false };
      this.hosts.set(host, state);
    }
    return state;
  }

  private failed(state: HostState): void {
    state.errors++;
    if (state.errors >= this.maxErrors) state.stopped = true;
  }

  private async acquire(state: HostState, signal?: AbortSignal): Promise<void> {
    if (state.active < this.perHost) {
      state.active++;
      return;
    }
    await new Promise<void>((resolve) => state.waiting.push(resolve));
    // The slot was handed over by release(): active already counts us.
    if (signal?.aborted) return;
  }

  /** Gives the slot back, after the polite pause when a request was made. */
  private release<T extends PoliteResult | null>(state: HostState, result: T, pause = true): T {
    const handOver = () => {
      const next = state.waiting.shift();
      if (next) next();
      else state.active--;
    };
    if (pause && this.pauseMs > 0) void this.sleep(this.pauseMs).then(handOver);
    else handOver();
    return result;
  }
}

function stoppedResult(host: string): PoliteResult {
  return { ok: false, code: 'host-stopped', reason: `Stopped asking ${host}: it failed several times in a row.` };
}
