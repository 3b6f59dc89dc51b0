/**
 * The "Clip partnership portrait" context menu, on the page and on a link.
 * On a link the linked page is fetched (by the content script, or by the
 * background for another site it may fetch) and parsed, without opening it. activeTab is granted by the click itself.
 */

import { browser, type Browser } from 'wxt/browser';
import { i18n, onLanguageChange, startI18n } from '../../src/browser/i18n';
import { openSidePanel } from '../../src/browser/side-panel';
import { clipLinkInTab, clipTab } from '../../src/browser/clip-tab';
import type { TabBadges } from '../../src/browser/tab-badge';
import type { ClipperDB } from '../../src/db/schema';
import type { ClipOutcome } from '../../src/messaging/map';

export const CLIP_MENU_ID = 'clip-partnership-portrait';
/** On the toolbar button's right-click menu: the side panel (Chrome) or sidebar (Firefox). */
export const PANEL_MENU_ID = 'open-side-panel';

/** The fields of OnClickData we use (what the browser passes, and what a test passes). */
export type MenuClick = Pick<Browser.contextMenus.OnClickData, 'menuItemId' | 'linkUrl' | 'pageUrl'>;
export type ClickedTab = Pick<Browser.tabs.Tab, 'id'> | undefined;

export type ContextMenuHandler = (info: MenuClick, tab?: ClickedTab) => Promise<ClipOutcome | null>;

export function createContextMenuHandler(db: ClipperDB, badges: TabBadges): ContextMenuHandler {
  return async (info, tab) => {
    if (info.menuItemId !== CLIP_MENU_ID) return null;
    const tabId = tab?.id;
    if (tabId === undefined || tabId < 0) return { ok: false, code: 'no-tab', reason: 'There is no page to clip here.' };
    const outcome = info.linkUrl ? await clipLinkInTab(db, tabId, info.linkUrl, info.pageUrl) : await clipTab(db, tabId);
    await badges.confirm(tabId, outcome, !info.linkUrl);
    if (outcome.ok) await badges.storedUrl(outcome.record.url);
    return outcome;
  };
}

/**
 * Creates the menu entry on install/update (menus persist), renames it when the
 * language is switched in the options, and routes clicks to the handler.
 */
export function registerContextMenu(handler: ContextMenuHandler): void {
  browser.runtime.onInstalled.addListener(() => {
    void Promise.all([browser.contextMenus.removeAll(), startI18n()]).then(() => {
      browser.contextMenus.create({ id: CLIP_MENU_ID, title: i18n.t('contextMenu'), contexts: ['page', 'link'] });
      // MV2 (Firefox) names the toolbar button's menu 'browser_action'.
      const toolbar = browser.runtime.getManifest().manifest_version === 3 ? 'action' : 'browser_action';
      browser.contextMenus.create({ id: PANEL_MENU_ID, title: i18n.t('panel.menu'), contexts: [toolbar] });
    });
  });
  onLanguageChange(() => {
    void browser.contextMenus.update(CLIP_MENU_ID, { title: i18n.t('contextMenu') }).catch(() => {});
    void browser.contextMenus.update(PANEL_MENU_ID, { title: i18n.t('panel.menu') }).catch(() => {});
  });
  void startI18n();
  browser.contextMenus.onClicked.addListener((info, tab) => {
    // Opened at once, inside the click: the browsers open a panel only in answer to a user action.
    if (info.menuItemId === PANEL_MENU_ID) void openSidePanel(tab?.windowId).catch(() => {});
    else void handler(info, tab);
  });
}
