import { defineBackground } from 'wxt/utils/define-background';
import { listen } from '../../src/browser/messaging';
import { clipTab } from '../../src/browser/clip-tab';
import { openClipperDB } from '../../src/db/schema';

// The background owns database writes and routes typed messages; the logic
// lives in src/.
export default defineBackground(() => {
  const db = openClipperDB();
  listen({
    clipTab: ({ tabId }) => clipTab(db, tabId),
  });
});
