/**
 * Per-tab toolbar badge: the page's recognition state, and a short
 * confirmation after a clip that then gives way to the recognition state
 * again. The wording lives in src/capture/badge.ts.
 */

import { browser } from 'wxt/browser';
import type { ClipperDB } from '../db/schema';
import { normaliseUrl } from '../extract/url';
import { DEFAULT_TITLE, FEEDBACK_MS, clipFeedbackBadge, recognitionBadge, type BadgeLook } from '../capture/badge';
import type { ClipOutcome, PageRecognition } from '../messaging/map';

/** browser.action in MV3, browserAction in Firefox MV2. */
function actionApi(): typeof browser.action {
  return (browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction);
}

export async function applyBadge(tabId: number, look: BadgeLook | null): Promise<void> {
  const action = actionApi();
  try {
    await action.setBadgeText({ tabId, text: look?.text ?? '' });
    await action.setTitle({ tabId, title: look ? `${DEFAULT_TITLE}: ${look.title}` : DEFAULT_TITLE });
    if (look) await action.setBadgeBackgroundColor({ tabId, color: look.color });
  } catch {
    // The tab closed meanwhile: nothing to show.
  }
}

/** capturedAt of the record stored under this canonical URL, or null. */
export async function clippedAt(db: ClipperDB, url: string): Promise<string | null> {
  const record = await db.records.where('url').equals(normaliseUrl(url)).first();
  return record?.capturedAt ?? null;
}

export class TabBadges {
  private readonly pages = new Map<number, PageRecognition>();
  private readonly timers = new Map<number, ReturnType<typeof setTimeout>>();

  constructor(private readonly db: ClipperDB) {}

  /** The recognition content script reported on the tab's page. */
  async recognised(tabId: number, page: PageRecognition): Promise<void> {
    this.pages.set(tabId, { ...page, url: normaliseUrl(page.url) });
    await this.refresh(tabId);
  }

  forget(tabId: number): void {
    this.pages.delete(tabId);
    const timer = this.timers.get(tabId);
    if (timer) clearTimeout(timer);
    this.timers.delete(tabId);
  }

  /** Shows the recognition state (looked up again in the database) unless a confirmation is showing. */
  async refresh(tabId: number): Promise<void> {
    if (this.timers.has(tabId)) return;
    await applyBadge(tabId, await this.lookFor(tabId));
  }

  /** A record for this URL was stored (e.g. by a bulk clip): refresh the tabs showing it. */
  async storedUrl(url: string): Promise<void> {
    const key = normaliseUrl(url);
    const tabs = [...this.pages].filter(([, page]) => page.url === key).map(([tabId]) => tabId);
    await Promise.all(tabs.map((tabId) => this.refresh(tabId)));
  }

  /** The tab's own page was clipped from the popup (which shows the outcome itself): update the state only. */
  async clippedInPopup(tabId: number, outcome: ClipOutcome): Promise<void> {
    if (!outcome.ok) return;
    this.pages.set(tabId, { url: normaliseUrl(outcome.record.url), isPortrait: true, title: outcome.record.title });
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
      this.pages.set(tabId, { url: normaliseUrl(outcome.record.url), isPortrait: true, title: outcome.record.title });
    }
    await applyBadge(tabId, clipFeedbackBadge(outcome));
    this.timers.set(
      tabId,
      setTimeout(() => {
        this.timers.delete(tabId);
        void this.refresh(tabId);
      }, FEEDBACK_MS),
    );
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
