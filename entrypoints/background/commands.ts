/**
 * The `clip-page` keyboard command: clips the active tab without opening the
 * popup and confirms through the badge. The shortcut is declared in the
 * manifest (wxt.config.ts) and can be changed in the browser's shortcut settings.
 */

import { browser } from 'wxt/browser';
import { clipTab } from '../../src/browser/clip-tab';
import type { TabBadges } from '../../src/browser/tab-badge';
import type { ClipperDB } from '../../src/db/schema';
import { CLIP_COMMAND } from '../../src/messaging/commands';
import type { ClipOutcome } from '../../src/messaging/map';
import type { ClickedTab } from './context-menu';

export type CommandHandler = (command: string, tab?: ClickedTab) => Promise<ClipOutcome | null>;

export function createCommandHandler(db: ClipperDB, badges: TabBadges): CommandHandler {
  return async (command, tab) => {
    if (command !== CLIP_COMMAND) return null;
    // Older browsers do not pass the tab: the command acts on the active one.
    const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (tabId === undefined || tabId < 0) return { ok: false, code: 'no-tab', reason: 'There is no page to clip here.' };
    const outcome = await clipTab(db, tabId);
    await badges.confirm(tabId, outcome, true);
    if (outcome.ok) await badges.storedUrl(outcome.record.url);
    return outcome;
  };
}

export function registerCommands(handler: CommandHandler): void {
  browser.commands.onCommand.addListener((command, tab) => void handler(command, tab));
}
