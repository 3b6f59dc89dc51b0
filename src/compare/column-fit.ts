/**
 * Does a comparison fit into the toolbar popup, or should the full-tab view
 * be offered? Popups are at most ~800px wide; below ~200px per answer column
 * German answers become unreadable, so the popup holds about 3 columns.
 */

export const QUESTION_COLUMN_WIDTH = 180;
export const MIN_ANSWER_COLUMN_WIDTH = 200;
export const DEFAULT_POPUP_WIDTH = 780;

/** How many answer columns fit next to the sticky question column (at least 1). */
export function maxColumnsInPopup(popupWidth = DEFAULT_POPUP_WIDTH): number {
  return Math.max(1, Math.floor((popupWidth - QUESTION_COLUMN_WIDTH) / MIN_ANSWER_COLUMN_WIDTH));
}

/** False means: offer the full-tab view for this many columns. */
export function fitsInPopup(columnCount: number, popupWidth = DEFAULT_POPUP_WIDTH): boolean {
  return columnCount <= maxColumnsInPopup(popupWidth);
}
