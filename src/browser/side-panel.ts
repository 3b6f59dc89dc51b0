/**
 * Opening the side panel. Its own module, without the tab watcher's imports:
 * the popup's first load brings it (the "Side panel" button) and must stay small.
 */

import { browser } from 'wxt/browser';

/**
 * Opens the extension's side panel (Chrome) or sidebar (Firefox) for a window.
 * Must run in the handler of a user action (a click, a menu entry): the
 * browsers refuse otherwise.
 */
export async function openSidePanel(windowId: number | undefined): Promise<void> {
  const api = browser as unknown as {
    sidePanel?: { open(options: { windowId: number }): Promise<void> };
    sidebarAction?: { open(): Promise<void> };
  };
  if (api.sidePanel && windowId !== undefined) await api.sidePanel.open({ windowId });
  else if (api.sidebarAction) await api.sidebarAction.open();
}
