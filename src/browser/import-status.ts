/**
 * "An import is writing" as the popup can see it without IndexedDB.
 *
 * The import writes all its records in one read-write transaction (all or
 * nothing, docs/decisions.md), and every read of the records' tables waits
 * behind it: a popup opened meanwhile would show nothing useful until it
 * commits. So the import page publishes its progress in
 * `browser.storage.session` (cleared when the import ends, fails or the page
 * goes away), and the popup shows it while its own read waits.
 *
 * A page that crashes or is killed never clears it: the status carries the
 * time of its last heartbeat, and one older than IMPORT_STALE_MS counts as
 * gone, so a stale "import running" cannot stick.
 */

import { storage } from 'wxt/utils/storage';

export interface ImportStatus {
  written: number;
  total: number;
  /** Date.now() of the last progress or heartbeat. */
  at: number;
}

export const IMPORT_STATUS_KEY = 'session:importStatus';
/** The publisher re-stamps the status this often, even when a batch takes long. */
export const IMPORT_HEARTBEAT_MS = 2_000;
/** A status not re-stamped for this long belongs to a page that is gone. */
export const IMPORT_STALE_MS = 10_000;

/** The running import `value` describes at `now`, or null (none, malformed, or stale). */
export function liveImport(value: unknown, now: number): ImportStatus | null {
  if (!value || typeof value !== 'object') return null;
  const { written, total, at } = value as Partial<ImportStatus>;
  if (![written, total, at].every((n) => typeof n === 'number' && Number.isFinite(n))) return null;
  if (now - at! > IMPORT_STALE_MS || at! - now > IMPORT_STALE_MS) return null;
  return { written: written!, total: total!, at: at! };
}

async function write(value: ImportStatus | null): Promise<void> {
  try {
    if (value) await storage.setItem(IMPORT_STATUS_KEY, value);
    else await storage.removeItem(IMPORT_STATUS_KEY);
  } catch {
    // storage.session unavailable (very old browser): the import itself goes on; only the popup cannot tell.
  }
}

/**
 * The import page's side: `progress` on every batch, `end` when the write has
 * committed or failed. Returns the handle; the heartbeat and the page-close
 * clean-up stop with `end`.
 */
export function publishImport(total: number, now: () => number = Date.now): { progress(written: number): void; end(): Promise<void> } {
  let written = 0;
  let ended = false;
  const stamp = () => {
    if (!ended) void write({ written, total, at: now() });
  };
  const timer = setInterval(stamp, IMPORT_HEARTBEAT_MS);
  // Closing the page aborts the transaction: nothing is written, and the popup should not wait for it.
  const gone = () => void end();
  addEventListener('pagehide', gone);
  async function end(): Promise<void> {
    if (ended) return;
    ended = true;
    clearInterval(timer);
    removeEventListener('pagehide', gone);
    await write(null);
  }
  stamp();
  return {
    progress(value: number) {
      written = value;
      stamp();
    },
    end,
  };
}

/**
 * The popup's side: the running import now and on every change (null when
 * there is none or it went stale). Returns the unwatch function.
 */
export function watchImport(callback: (status: ImportStatus | null) => void, now: () => number = Date.now): () => void {
  let last: unknown = null;
  let shown: ImportStatus | null = null;
  const show = (value: unknown) => {
    last = value;
    const status = liveImport(value, now());
    if (status === null && shown === null) return;
    shown = status;
    callback(status);
  };
  void storage.getItem(IMPORT_STATUS_KEY).then(show, () => {});
  const unwatch = storage.watch(IMPORT_STATUS_KEY, show);
  // Without heartbeats the value does not change: look again so a stale one goes away on its own.
  const timer = setInterval(() => show(last), IMPORT_HEARTBEAT_MS);
  return () => {
    clearInterval(timer);
    unwatch();
  };
}
