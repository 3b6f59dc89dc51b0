/**
 * The side panel follows the tab shown beside it: the active tab of one
 * window, re-read when the user switches tabs or the tab navigates. Without
 * the `tabs` permission the browser gives a tab's URL only where the extension
 * may read the page (the portrait site's host permission, a granted site, or
 * activeTab after a click, the context menu or the shortcut); `url` is null
 * elsewhere, and the panel says so instead of guessing.
 */

import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { CLIP_COMMAND } from '../messaging/commands';
import { tabPageKey } from './tab-badge';

export interface FollowedTab {
  id: number;
  /** Null where the browser does not let the extension read the page yet. */
  url: string | null;
  title: string | null;
}

export interface TabFollower {
  /** Reads the active tab again (e.g. after a clip through the shortcut granted access). */
  refresh(): void;
  stop(): void;
}

/**
 * Calls `onTab` with the active tab of `windowId` (default: the window this
 * page is in) now and on every switch or navigation there.
 */
export function followActiveTab(onTab: (tab: FollowedTab | null) => void, windowId?: number): TabFollower {
  let stopped = false;
  let window = windowId;
  let run = 0;
  const report = async () => {
    const mine = ++run;
    try {
      window ??= (await browser.windows.getCurrent()).id;
      const [tab] = await browser.tabs.query({ active: true, windowId: window });
      if (stopped || mine !== run) return; // a newer switch is being read
      onTab(tab?.id === undefined ? null : { id: tab.id, url: tab.url || null, title: tab.title || null });
    } catch {
      if (!stopped && mine === run) onTab(null);
    }
  };
  const activated = (info: { windowId: number }) => {
    if (info.windowId === window) void report();
  };
  const updated = (_id: number, change: { url?: string; status?: string; title?: string }, tab: { active: boolean; windowId: number }) => {
    if (tab.active && tab.windowId === window && (change.url || change.title || change.status === 'complete')) void report();
  };
  browser.tabs.onActivated.addListener(activated);
  browser.tabs.onUpdated.addListener(updated);
  void report();
  return {
    refresh: () => void report(),
    stop: () => {
      stopped = true;
      browser.tabs.onActivated.removeListener(activated);
      browser.tabs.onUpdated.removeListener(updated);
    },
  };
}

/** The clip shortcut as the user set it ('' when unbound), to name it in hints. */
export async function clipShortcut(): Promise<string> {
  try {
    return (await browser.commands.getAll()).find((c) => c.name === CLIP_COMMAND)?.shortcut ?? '';
  } catch {
    return '';
  }
}

/**
 * The canonical URL of the tab's page as the background recognised it (the
 * key its record is stored under), now and on every change; null when unknown.
 */
export function watchTabPage(tabId: number, callback: (url: string | null) => void): () => void {
  void storage.getItem<string>(tabPageKey(tabId)).then((url) => callback(url ?? null));
  return storage.watch<string>(tabPageKey(tabId), (url) => callback(url ?? null));
}
