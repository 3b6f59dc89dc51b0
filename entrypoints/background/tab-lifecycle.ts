/**
 * Keeps the per-tab badge honest as tabs navigate and close. The badge state
 * itself is kept by TabBadges (src/browser/tab-badge.ts).
 */

import { browser } from 'wxt/browser';
import type { BulkJobs } from '../../src/browser/bulk-jobs';
import { applyBadge, type TabBadges } from '../../src/browser/tab-badge';

export function registerTabLifecycle(badges: TabBadges, bulk: BulkJobs): void {
  browser.tabs.onUpdated.addListener((tabId, change) => {
    // A new page is loading: the old recognition no longer applies; the
    // recognition script reports again when the new page is idle. (No URL
    // check: without the tabs permission a foreign site's URL is hidden.)
    if (change.status === 'loading') {
      badges.forget(tabId);
      void applyBadge(tabId, null);
    }
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    badges.forget(tabId);
    bulk.forget(tabId);
  });
}
