/**
 * A deliberate debugging and test hook: the service worker global gets
 * `partnershipClipper.handleContextMenuClick(info, tab)` and
 * `partnershipClipper.handleCommand(command, tab)` and
 * `partnershipClipper.runScheduledCheck()`, the very functions the browser
 * events (context menu, command, the update alarm) call. Browser tests invoke them through the real service
 * worker (there is no way to dispatch a context-menu click or a command from
 * outside). It adds no permission or capability: only code already running in
 * the extension's own service worker can reach it.
 */

import type { CommandHandler } from './commands';
import type { ContextMenuHandler } from './context-menu';

export interface DebugHook {
  handleContextMenuClick: ContextMenuHandler;
  handleCommand: CommandHandler;
  runScheduledCheck: () => Promise<void>;
}

export function exposeDebugHook(hook: DebugHook): void {
  (globalThis as unknown as { partnershipClipper: DebugHook }).partnershipClipper = hook;
}
