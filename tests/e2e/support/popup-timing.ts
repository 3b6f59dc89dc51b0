/**
 * One toolbar click over `tab`, timed from Node and split at the popup page's navigation start
 * (performance.timeOrigin, on the same clock as Date.now()): before it is browser UI, after it the popup's own load.
 */
import type { Page } from 'puppeteer-core';
import { openPopup, type Session } from './extension';

export interface PopupSplit {
  /** Toolbar click → the popup's list ready. */
  totalMs: number;
  /** Toolbar click → the popup page starts loading. */
  navigationStartMs: number;
}

export async function popupSplit(session: Session, tab: Page): Promise<PopupSplit> {
  await tab.bringToFront();
  const t0 = Date.now();
  const popup = await openPopup(session, tab);
  const totalMs = Date.now() - t0;
  const origin = (await popup.evaluate('performance.timeOrigin')) as number;
  await popup.close();
  return { totalMs, navigationStartMs: Math.round(origin - t0) };
}
