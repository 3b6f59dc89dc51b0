/**
 * Reaching into the extension's real service worker from a browser test:
 * the per-tab badge, the tab id of a page, the stored records, and the
 * debugging hook `partnershipClipper` the background exposes (the same
 * handlers the context menu and the command call).
 */
import type { WebWorker } from 'puppeteer-core';
import type { Session } from './extension';

/** The slice of the extension API these helpers call inside the worker (evaluated there, not here). */
declare const chrome: {
  action: { getBadgeText(d: { tabId: number }): Promise<string>; getTitle(d: { tabId: number }): Promise<string> };
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
};

export async function serviceWorker(session: Session): Promise<WebWorker> {
  const target = await session.browser.waitForTarget(
    (t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${session.extensionId}/`),
    { timeout: 10_000 },
  );
  const worker = await target.worker();
  if (!worker) throw new Error('The extension has no service worker.');
  return worker;
}

export interface Badge {
  text: string;
  title: string;
}

export async function badgeOf(worker: WebWorker, tabId: number): Promise<Badge> {
  return worker.evaluate(async (id) => {
    const text = await chrome.action.getBadgeText({ tabId: id });
    const title = await chrome.action.getTitle({ tabId: id });
    return { text, title };
  }, tabId);
}

/** Polls the badge until `accept` says yes; returns the last badge seen. */
export async function waitForBadge(worker: WebWorker, tabId: number, accept: (b: Badge) => boolean, timeoutMs = 10_000): Promise<Badge> {
  const deadline = Date.now() + timeoutMs;
  let last = await badgeOf(worker, tabId);
  while (!accept(last)) {
    if (Date.now() > deadline) throw new Error(`Badge never matched; last: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 100));
    last = await badgeOf(worker, tabId);
  }
  return last;
}

/** The id of the tab showing `url` (host permission lets the worker see the URL). */
export async function tabIdOf(worker: WebWorker, url: string): Promise<number> {
  const id = await worker.evaluate(async (u) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((t) => t.url === u)?.id ?? null;
  }, url);
  if (id === null) throw new Error(`No tab shows ${url}`);
  return id;
}

/** URLs of the stored records and the number of revisions, read straight from IndexedDB. */
export async function storedState(worker: WebWorker): Promise<{ urls: string[]; revisions: number }> {
  return worker.evaluate(
    () =>
      new Promise<{ urls: string[]; revisions: number }>((resolve, reject) => {
        const open = indexedDB.open('partnership-clipper');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['records', 'revisions'], 'readonly');
          const records = tx.objectStore('records').getAll();
          const revisions = tx.objectStore('revisions').count();
          tx.oncomplete = () => {
            resolve({ urls: (records.result as { url: string }[]).map((r) => r.url).sort(), revisions: revisions.result });
            db.close();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

/** The id of "Clip partnership portrait" in the context menu (CLIP_MENU_ID, entrypoints/background/context-menu.ts). */
export const CLIP_MENU_ID = 'clip-partnership-portrait';

/** What the background answers a clip started from the context menu or the keyboard command. */
export type ClipOutcome = { ok: boolean; status?: string; code?: string; reason?: string; record?: { url: string; title: string } };

/** A click on "Clip partnership portrait" in tab `tabId`'s context menu, on the page or on a link, through the background's own handler. */
export function contextMenuClick(worker: WebWorker, tabId: number, info: { pageUrl?: string; linkUrl?: string }): Promise<ClipOutcome> {
  return worker.evaluate(
    (id, menuItemId, extra) =>
      (globalThis as unknown as { partnershipClipper: { handleContextMenuClick(i: unknown, t: { id: number }): Promise<unknown> } }).partnershipClipper.handleContextMenuClick(
        { menuItemId, editable: false, ...extra },
        { id },
      ),
    tabId,
    CLIP_MENU_ID,
    info,
  ) as Promise<ClipOutcome>;
}
