/**
 * Auto-recognition on sites the user added in the options page. The options
 * page asks for the optional host permission at the moment of use; here the
 * recognition script is (re)registered for exactly the origins granted beyond
 * the known site, which has its own static content script in the manifest.
 */

import { browser } from 'wxt/browser';
import { PORTRAIT_HOST } from '../../src/extract/site';

export const RECOGNISE_SCRIPT = '/content-scripts/recognise.js';
const SCRIPT_ID = 'recognise-granted-sites';

export async function syncRecognitionScripts(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  const extra = origins.filter((o) => !o.includes(`//${PORTRAIT_HOST}/`));
  try {
    await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  } catch {
    // Not registered yet.
  }
  if (extra.length > 0) {
    await browser.scripting.registerContentScripts([
      { id: SCRIPT_ID, matches: extra, js: [RECOGNISE_SCRIPT], runAt: 'document_idle' },
    ]);
  }
  return extra;
}

export function registerSiteRecognition(): void {
  const sync = () => void syncRecognitionScripts().catch(() => {});
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  sync();
}
