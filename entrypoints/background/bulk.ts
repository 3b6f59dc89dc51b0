/**
 * Message handlers for bulk clip (popup → background). The job logic is in
 * src/browser/bulk-jobs.ts and src/capture/bulk-queue.ts.
 */

import type { BulkJobs } from '../../src/browser/bulk-jobs';
import { injectExtractor } from '../../src/browser/clip-tab';
import { sendToTab, type Sender } from '../../src/browser/messaging';
import type { Handlers } from '../../src/messaging/dispatch';

export function bulkHandlers(bulk: BulkJobs): Handlers<Sender> {
  return {
    tabPortraitLinks: async ({ tabId }) => {
      const refused = await injectExtractor(tabId);
      if (refused && !refused.ok) return { ok: false, code: refused.code, reason: refused.reason };
      try {
        return { ok: true, links: await sendToTab(tabId, 'listPortraitLinks', {}) };
      } catch (error) {
        return { ok: false, code: 'no-answer', reason: `The page did not answer: ${error instanceof Error ? error.message : String(error)}` };
      }
    },
    startBulk: ({ tabId, items }) => bulk.start(tabId, items),
    cancelBulk: ({ tabId }) => bulk.cancel(tabId),
    retryBulk: ({ tabId, urls }) => bulk.retry(tabId, urls),
    bulkStatus: ({ tabId }) => bulk.status(tabId),
  };
}
