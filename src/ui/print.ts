/**
 * Printing the full-tab compare and lens views. The print stylesheet
 * (print.css) lays the page out; this puts a running header on every printed
 * page: the partnerships' names on the left, the date on the right, through
 * CSS @page margin boxes. Their text must be a CSS string literal, so names
 * (clipped page titles: untrusted) are escaped here and can never end it.
 */

const STYLE_ID = 'print-running-header';
/** More names than this are summarised ("… 12 more"); each entry names its partnership anyway. */
const MAX_NAMES = 8;

/** `text` as a CSS string literal: quotes and backslashes escaped, control characters as spaces. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\u0000-\u001f\u007f]/g, ' ')}"`;
}

export function runningHeaderCss(left: string, right: string): string {
  return `@page { @top-left { content: ${cssString(left)}; } @top-right { content: ${cssString(right)}; } }`;
}

/** The names for the header, at most MAX_NAMES of them, then `more(n)`. */
export function headerNames(names: readonly string[], more: (count: number) => string): string {
  const shown = names.slice(0, MAX_NAMES).join(' · ');
  return names.length > MAX_NAMES ? `${shown} ${more(names.length - MAX_NAMES)}` : shown;
}

/** Sets (or replaces) the running header of this page's printouts. */
export function setRunningHeader(left: string, locale: string, now = new Date()): void {
  let style = document.getElementById(STYLE_ID);
  if (!style) {
    style = document.createElement('style');
    style.id = STYLE_ID;
    document.head.append(style);
  }
  style.textContent = runningHeaderCss(left, now.toLocaleDateString(locale, { dateStyle: 'long' }));
}
