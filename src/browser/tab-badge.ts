/**
 * Per-tab toolbar badge: the page's recognition state, and a short
 * confirmation after a clip that then gives way to the recognition state
 * again. The state comes from src/capture/badge.ts; the title is worded here
 * in the UI language. The badges follow the collection: a record deleted,
 * restored or imported anywhere (popup, collection page) updates them.
 */

import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { i18n, startI18n, uiLocale } from './i18n';
import type { Subscription } from 'dexie';
import { RECORDS_TABLE } from '../db/names';
import { findByUrl } from '../db/records';
import type { ClipperDB } from '../db/schema';
import { onTableChanged } from '../db/table-changes';
import { normaliseUrl } from '../extract/url';
import { FEEDBACK_MS, clipFeedbackBadge, formatClipDate, recognitionBadge, type BadgeLook, type BadgeTitle } from '../capture/badge';
import { refusalText } from '../refusals/messages';
import type { ClipOutcome, PageRecognition } from '../messaging/map';

/** The badge title in the UI language, dates in the user's local time. */
export function badgeTitleText(title: BadgeTitle): string {
  switch (title.state) {
    case 'recognised':
      return i18n.t('badge.recognised');
    case 'clipped':
      return i18n.t('badge.clipped', [formatClipDate(title.capturedAt, uiLocale() || undefined)]);
    case 'created':
    case 'updated':
    case 'unchanged':
      return i18n.t(`badge.${title.state}`, [title.name]);
    case 'refused':
      return i18n.t('badge.refused', [refusalText(title, (key) => i18n.t(key))]);
  }
}

/** browser.action in MV3, browserAction in Firefox MV2. */
function actionApi(): typeof browser.action {
  return (browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction);
}

export async function applyBadge(tabId: number, look: BadgeLook | null): Promise<void> {
  const action = actionApi();
  try {
    await startI18n(); // the title is worded in the language chosen in the options
    await action.setBadgeText({ tabId, text: look?.text ?? '' });
    const name = i18n.t('extName');
    await action.setTitle({ tabId, title: look ? `${name}: ${badgeTitleText(look.title)}` : name });
    if (look) await action.setBadgeBackgroundColor({ tabId, color: look.color });
  } catch {
    // The tab closed meanwhile: nothing to show.
  }
}

/** capturedAt of the record stored under this canonical URL, or null. */
export async function clippedAt(db: ClipperDB, url: string): Promise<string | null> {
  const record = await findByUrl(db, url);
  return record?.capturedAt ?? null;
}

export type TabPageKey = `session:tabPage:${number}`;

/**
 * Where the canonical URL of each tab's recognised page is published, for the
 * side panel: the tab's address can differ from the key records are stored under.
 */
export function tabPageKey(tabId: number): TabPageKey {
  return `session:tabPage:${tabId}`;
}

export class TabBadges {
  private readonly pages = new Map<number, PageRecognition>();
  private readonly timers = new Map<number, ReturnType<typeof setTimeout>>();
  /** Per tab, the badge updates in order: a late lookup never overwrites a newer state. */
  private readonly updates = new Map<number, Promise<void>>();

  constructor(private readonly db: ClipperDB) {}

  /** The recognition content script reported on the tab's page. */
  async recognised(tabId: number, page: PageRecognition): Promise<void> {
    this.setPage(tabId, { ...page, url: normaliseUrl(page.url) });
    await this.refresh(tabId);
  }

  private setPage(tabId: number, page: PageRecognition): void {
    this.pages.set(tabId, page);
    void storage.setItem(tabPageKey(tabId), page.url).catch(() => {});
  }

  forget(tabId: number): void {
    this.pages.delete(tabId);
    void storage.removeItem(tabPageKey(tabId)).catch(() => {});
    const timer = this.timers.get(tabId);
    if (timer) clearTimeout(timer);
    this.timers.delete(tabId);
  }

  /** Shows the recognition state (looked up again in the database) unless a confirmation is showing. */
  async refresh(tabId: number): Promise<void> {
    if (this.timers.has(tabId)) return;
    const page = this.pages.get(tabId);
    const look = await this.lookFor(tabId);
    await this.inOrder(tabId, async () => {
      // A confirmation began, or the tab moved on, while the database was read.
      if (this.timers.has(tabId) || this.pages.get(tabId) !== page) return;
      await applyBadge(tabId, look);
    });
  }

  private inOrder(tabId: number, update: () => Promise<void>): Promise<void> {
    const next = (this.updates.get(tabId) ?? Promise.resolve()).then(update, update);
    this.updates.set(tabId, next);
    const done = () => {
      if (this.updates.get(tabId) === next) this.updates.delete(tabId);
    };
    void next.then(done, done);
    return next;
  }

  /** A record for this URL was stored (e.g. by a bulk clip): refresh the tabs showing it. */
  async storedUrl(url: string): Promise<void> {
    const key = normaliseUrl(url);
    const tabs = [...this.pages].filter(([, page]) => page.url === key).map(([tabId]) => tabId);
    await Promise.all(tabs.map((tabId) => this.refresh(tabId)));
  }

  /**
   * Refreshes every known tab whenever records change anywhere (Dexie's
   * storagemutated event also carries writes from other extension pages, e.g.
   * a delete in the popup or "clear all" on the collection page), so no tab
   * keeps a stale "already in your collection". An event, not a live query
   * over every stored URL: that read 10,000 keys per change. Returns the
   * subscription.
   */
  watchCollection(): Subscription {
    let closed = false;
    const stopListening = onTableChanged(this.db, RECORDS_TABLE, () => {
      void this.refreshAll().catch(() => {
        // The database is gone (closed, deleted): badges refresh on the next report.
      });
    });
    return {
      get closed() {
        return closed;
      },
      unsubscribe: () => {
        closed = true;
        stopListening();
      },
    };
  }

  async refreshAll(): Promise<void> {
    await Promise.all([...this.pages.keys()].map((tabId) => this.refresh(tabId)));
  }

  /** The tab's own page was clipped from the popup (which shows the outcome itself): update the state only. */
  async clippedInPopup(tabId: number, outcome: ClipOutcome): Promise<void> {
    if (!outcome.ok) return;
    this.setPage(tabId, { url: normaliseUrl(outcome.record.url), isPortrait: true, title: outcome.record.title });
    await this.refresh(tabId);
    await this.storedUrl(outcome.record.url);
  }

  /**
   * Shows the clip's confirmation for a few seconds, then the (updated)
   * recognition state. `ownPage`: the clip was of the tab's page itself (not
   * a link on it), so the tab now shows a page in the collection, even if the
   * recognition report was lost with a service-worker restart.
   */
  async confirm(tabId: number, outcome: ClipOutcome, ownPage = false): Promise<void> {
    const previous = this.timers.get(tabId);
    if (previous) clearTimeout(previous);
    if (outcome.ok && ownPage) {
      this.setPage(tabId, { url: normaliseUrl(outcome.record.url), isPortrait: true, title: outcome.record.title });
    }
    // The timer first: refreshes started by the store itself (watchCollection) now stand back.
    this.timers.set(
      tabId,
      setTimeout(() => {
        this.timers.delete(tabId);
        void this.refresh(tabId);
      }, FEEDBACK_MS),
    );
    await this.inOrder(tabId, () => applyBadge(tabId, clipFeedbackBadge(outcome)));
  }

  private async lookFor(tabId: number): Promise<BadgeLook | null> {
    const page = this.pages.get(tabId);
    if (!page) return null;
    let date: string | null = null;
    try {
      date = await clippedAt(this.db, page.url);
    } catch {
      date = null;
    }
    return recognitionBadge({ isPortrait: page.isPortrait, clippedAt: date });
  }
}
