import { browser } from 'wxt/browser';
import { parseHTML } from 'linkedom/worker';
import { createUpdateCheck, recordCheck, UPDATE_ALARM } from '../../src/browser/updates';
import { listRecords } from '../../src/db/records';
import type { ClipperDB } from '../../src/db/schema';
import { documentFromHtml } from '../../src/extract/html-document';

/** One scheduled check: the collection page shows its report (no DOM here, so linkedom parses). */
export async function runScheduledCheck(db: ClipperDB): Promise<void> {
  const check = createUpdateCheck(await listRecords(db), (html) => documentFromHtml(parseHTML, html));
  await recordCheck(await check.start());
}

/**
 * `alarms` exists only once the user chose a schedule (optional permission):
 * listen now if it is there, or as soon as it is granted.
 */
export function registerScheduledChecks(db: ClipperDB): void {
  let listening = false;
  const listen = () => {
    if (listening || !browser.alarms) return;
    listening = true;
    browser.alarms.onAlarm.addListener((alarm) => {
      if (alarm.name === UPDATE_ALARM) void runScheduledCheck(db).catch(() => {});
    });
  };
  listen();
  browser.permissions.onAdded.addListener(listen);
}
