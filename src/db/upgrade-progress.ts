/**
 * Progress of a schema upgrade, for every page of the extension. The upgrade
 * runs in whichever context opens the database first (often the service
 * worker after an update), and every other page's open waits for it; so the
 * progress is broadcast on a BroadcastChannel, which reaches the popup, the
 * full-tab pages and the worker alike (src/ui/UpgradeNotice.svelte shows it).
 */

export const UPGRADE_CHANNEL = 'partnership-clipper-upgrade';

export interface UpgradeProgress {
  /** Records converted so far, of `total`. */
  done: number;
  total: number;
  /** True once the upgrade is written (or failed): the notice goes away. */
  finished: boolean;
}

/** Posts the progress; a context without BroadcastChannel (an old test runtime) just skips it. */
export function announceUpgrade(progress: UpgradeProgress): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(UPGRADE_CHANNEL);
  channel.postMessage(progress);
  channel.close();
}

/** Calls `cb` with each progress message; returns the unsubscribe function. */
export function watchUpgrade(cb: (progress: UpgradeProgress) => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(UPGRADE_CHANNEL);
  channel.onmessage = (event: MessageEvent<UpgradeProgress>) => cb(event.data);
  return () => channel.close();
}
