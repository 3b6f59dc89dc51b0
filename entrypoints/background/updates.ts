import { browser } from 'wxt/browser';
import { UPDATE_ALARM, UPDATE_CHECK_PAGE } from '../../src/browser/updates';

/**
 * A scheduled check opens the collection page in a background tab, which runs
 * the check with its DOM and keeps the report for the user to read. The
 * service worker has no DOM, and the extractors and a DOM library would make
 * it four times larger.
 */
export async function runScheduledCheck(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(UPDATE_CHECK_PAGE), active: false });
}

/**
 * `alarms` exists only once the user chose a schedule (optional permission):
 * listen now if it is there, or as soon as it is granted.
 */
export function registerScheduledChecks(): void {
  let listening = false;
  const listen = () => {
    if (listening || !browser.alarms) return;
    listening = true;
    browser.alarms.onAlarm.addListener((alarm) => {
      if (alarm.name === UPDATE_ALARM) void runScheduledCheck().catch(() => {});
    });
  };
  listen();
  browser.permissions.onAdded.addListener(listen);
}
