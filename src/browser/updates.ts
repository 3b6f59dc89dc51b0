/**
 * Check for updates, on the extension side. It runs in the collection page,
 * which parses with its DOMParser: when the user asks, or when the scheduled
 * alarm has the background open that page in a background tab
 * (UPDATE_CHECK_PAGE). Pages gone from the site are remembered as "no longer online"
 * (never deleted), and the last check's report is kept for the collection
 * page. The schedule uses `alarms`, an optional permission asked only when
 * the user picks a schedule.
 */

import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { PoliteFetcher } from '../capture/polite-fetch';
import { schedulePeriodMinutes, type UpdateSchedule } from '../settings/values';
import { UpdateCheck, type CheckEntry, type CheckSnapshot, type CheckTarget } from '../capture/update-check';
import { saveClip, type SaveResult } from '../db/records';
import type { ClipperDB } from '../db/schema';
import { extractPage, findPortraitLinks } from '../extract/registry';
import { PORTRAIT_HOST } from '../extract/site';
import type { PartnershipRecord } from '../record/types';
import type { BulkStartResult } from '../messaging/map';
import { hasHostPermission } from './clip-tab';
import { offlineMarksItem, type OfflineMark } from './offline-marks';
import { sendToBackground } from './messaging';
import { updateScheduleSetting } from './settings';

/** Paths of the portrait site's pages that link to its portraits (its home page and the Ukraine page). */
export const OVERVIEW_PATHS: readonly string[] = ['/', '/ukraine/'];

/** The overview pages, on the origin(s) the collection's portraits were clipped from (https when none). */
export function overviewPagesFor(records: readonly PartnershipRecord[]): string[] {
  const origins = new Set<string>();
  for (const record of records) {
    try {
      const url = new URL(record.url);
      if (url.hostname === PORTRAIT_HOST) origins.add(url.origin);
    } catch {
      // Not a web address: not from the portrait site.
    }
  }
  if (origins.size === 0) origins.add(`https://${PORTRAIT_HOST}`);
  return [...origins].flatMap((origin) => OVERVIEW_PATHS.map((path) => `${origin}${path}`));
}

export const UPDATE_ALARM = 'check-for-updates';

/** The collection page, told to start a check as it opens. */
export const UPDATE_CHECK_PAGE = '/collection.html#check-updates';

/** The report of the last finished check (a scheduled one is read by the collection page). */
export const lastCheckItem = storage.defineItem<CheckSnapshot | null>('local:updates.lastCheck', { fallback: null });

export function targetsOf(records: readonly PartnershipRecord[]): CheckTarget[] {
  // In title order, so the report reads like the collection.
  const sorted = [...records].sort((a, b) => a.title.localeCompare(b.title, 'de'));
  return sorted.map((record) => ({ id: record.id, url: record.url, title: record.title, record }));
}

export function createUpdateCheck(
  records: readonly PartnershipRecord[],
  parse: (html: string) => Document,
  onChange?: (snapshot: CheckSnapshot) => void,
): UpdateCheck {
  const fetcher = new PoliteFetcher({ fetch: (url, init) => fetch(url, init) });
  return new UpdateCheck(
    { get: (url, signal) => fetcher.get(url, signal), parse, extract: extractPage, findLinks: findPortraitLinks, mayRead: hasHostPermission },
    { targets: targetsOf(records), overviewPages: overviewPagesFor(records), onChange },
  );
}

/** Remembers pages found gone and forgets those that answered again; keeps the report. */
export async function recordCheck(snapshot: CheckSnapshot, now: Date = new Date()): Promise<Record<string, OfflineMark>> {
  const marks = { ...(await offlineMarksItem.getValue()) };
  for (const entry of snapshot.entries) {
    if (entry.state === 'gone') marks[entry.id] ??= { since: now.toISOString(), status: entry.status ?? 404 };
    else if (entry.state === 'unchanged' || entry.state === 'changed' || entry.state === 'not-portrait') delete marks[entry.id];
  }
  await offlineMarksItem.setValue(marks);
  await lastCheckItem.setValue(snapshot);
  return marks;
}

/** Applies a found change: a re-clip, so the stored version becomes a revision. */
export function applyUpdate(db: ClipperDB, entry: CheckEntry): Promise<SaveResult> {
  if (entry.state !== 'changed' || !entry.fetched) throw new Error(`Nothing to apply for ${entry.url}.`);
  return saveClip(db, entry.fetched);
}

/**
 * Options page, on the user's click: asks for `alarms` when a schedule is
 * chosen (false when refused: the setting stays), drops it for 'never'.
 */
export async function chooseUpdateSchedule(schedule: UpdateSchedule): Promise<boolean> {
  if (schedule === 'never') {
    await browser.alarms?.clear(UPDATE_ALARM);
    await updateScheduleSetting.setValue('never');
    await browser.permissions.remove({ permissions: ['alarms'] }).catch(() => false);
    return true;
  }
  const granted = await browser.permissions.request({ permissions: ['alarms'] });
  if (!granted) return false;
  await updateScheduleSetting.setValue(schedule);
  const period = schedulePeriodMinutes(schedule);
  await browser.alarms.create(UPDATE_ALARM, { delayInMinutes: period, periodInMinutes: period });
  return true;
}

function tabLoaded(tabId: number): Promise<void> {
  return new Promise((resolve) => {
    const listener = (id: number, info: { status?: string }) => {
      if (id !== tabId || info.status !== 'complete') return;
      browser.tabs.onUpdated.removeListener(listener);
      resolve();
    };
    browser.tabs.onUpdated.addListener(listener);
    void browser.tabs.get(tabId).then((tab) => {
      if (tab.status === 'complete') listener(tabId, { status: 'complete' });
    });
  });
}

/**
 * Clips portraits found on an overview page with the existing bulk clip: the
 * page opens in a tab, and the job runs there (its popup shows the progress).
 */
export async function clipNewPortraits(page: string, links: readonly { url: string; title: string }[]): Promise<{ tabId: number; result: BulkStartResult }> {
  const tab = await browser.tabs.create({ url: page, active: true });
  const tabId = tab.id!;
  await tabLoaded(tabId);
  const result = await sendToBackground('startBulk', { tabId, items: links.map(({ url, title }) => ({ url, title })) });
  return { tabId, result };
}
