import { defineBackground } from 'wxt/utils/define-background';
import { BulkJobs } from '../../src/browser/bulk-jobs';
import { clipTab } from '../../src/browser/clip-tab';
import { listen } from '../../src/browser/messaging';
import { TabBadges } from '../../src/browser/tab-badge';
import { openClipperDB } from '../../src/db/schema';
import { registerTabLifecycle } from './tab-lifecycle';
import { bulkHandlers } from './bulk';
import { registerCommands, createCommandHandler } from './commands';
import { createContextMenuHandler, registerContextMenu } from './context-menu';
import { exposeDebugHook } from './debug-hook';
import { registerSiteRecognition } from './site-recognition';
import { registerScheduledChecks, runScheduledCheck } from './updates';

// The background owns database writes, the context menu, the command and the
// badge; it wires browser events and typed messages to code in src/.
export default defineBackground(() => {
  const db = openClipperDB();
  const badges = new TabBadges(db);
  const bulk = new BulkJobs(db, (_tabId, outcome) => {
    if (outcome.ok) void badges.storedUrl(outcome.record.url);
  });
  void bulk.recoverInterrupted().catch(() => {});
  const handleContextMenuClick = createContextMenuHandler(db, badges);
  const handleCommand = createCommandHandler(db, badges);

  registerContextMenu(handleContextMenuClick);
  registerCommands(handleCommand);
  registerTabLifecycle(badges, bulk);
  // Deletes, restores and imports in other extension pages update the badges too.
  badges.watchCollection();
  registerSiteRecognition();
  registerScheduledChecks();
  exposeDebugHook({ handleContextMenuClick, handleCommand, runScheduledCheck });

  listen({
    clipTab: async ({ tabId }) => {
      const outcome = await clipTab(db, tabId);
      await badges.clippedInPopup(tabId, outcome);
      return outcome;
    },
    pageRecognised: async (page, sender) => {
      const tabId = sender.tab?.id;
      if (tabId !== undefined) await badges.recognised(tabId, page);
    },
    ...bulkHandlers(bulk),
  });
});
