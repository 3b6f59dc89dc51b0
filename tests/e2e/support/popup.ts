/** Small, readable steps on the real popup page. */
import type { Page } from 'puppeteer-core';
import { openPopup, visitPage, type Session } from './extension';

export async function clickButton(page: Page, label: string): Promise<void> {
  await page.locator(`button::-p-text(${label})`).click();
}

/** Clicks "Clip this page" and waits for the outcome shown in the popup. */
export async function clipInPopup(popup: Page): Promise<{ status: string; text: string }> {
  await clickButton(popup, 'Clip this page');
  const handle = await popup.waitForSelector('[data-clip-status]', { timeout: 15_000 });
  const status = (await handle!.evaluate((el) => el.getAttribute('data-clip-status'))) ?? '';
  const text = (await handle!.evaluate((el) => (el as HTMLElement).innerText)) ?? '';
  return { status, text };
}

export async function listedTitles(popup: Page): Promise<string[]> {
  return popup.$$eval('[data-record-id] .title', (els) => els.map((el) => el.textContent?.trim() ?? ''));
}

/** Presses Tab from the top until the first record's checkbox has focus; whether it got there within 15 presses. */
export async function tabToFirstRecord(popup: Page): Promise<boolean> {
  for (let i = 0; i < 15; i++) {
    await popup.keyboard.press('Tab');
    if (await popup.evaluate(() => document.activeElement?.matches('[data-record-id] input[type=checkbox]') ?? false)) return true;
  }
  return false;
}

export async function waitForListed(popup: Page, count: number): Promise<void> {
  await popup.waitForFunction((n) => document.querySelectorAll('[data-record-id]').length === n, { timeout: 10_000 }, count);
}

/** A user's whole clip: open the page, click the toolbar button, "Clip this page"; returns the outcome shown. */
export async function clipUrl(session: Session, url: string): Promise<{ status: string; text: string }> {
  const page = await visitPage(session, url);
  const popup = await openPopup(session, page);
  const outcome = await clipInPopup(popup);
  await popup.close();
  await page.close();
  return outcome;
}
