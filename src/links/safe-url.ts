/**
 * Which link targets may ever become a link: http(s), mailto, tel and
 * scheme-less (relative, #anchor) targets. Shared by clipping (turndown drops
 * other links, keeping their text) and rendering (marked + DOMPurify), so the
 * stored Markdown and the rendered answers follow one rule.
 *
 * Pure: no DOM, runs in Node, the browser and the CLI.
 */

/** Scheme allow-list; a value without a scheme (relative, #anchor) is fine. */
export const SAFE_URI = /^(?:(?:https?|mailto|tel):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;

const NAMED_ENTITIES: Record<string, string> = { colon: ':', tab: '\t', newline: '\n', amp: '&', lpar: '(', rpar: ')' };

/** Decodes character references the way an HTML parser would, enough to see the real scheme. */
function decodeEntities(value: string): string {
  return value.replace(/&(?:#x([0-9a-f]+)|#(\d+)|([a-z]+));?/gi, (m, hex?: string, dec?: string, name?: string) => {
    if (hex) return String.fromCodePoint(parseInt(hex, 16) % 0x110000);
    if (dec) return String.fromCodePoint(parseInt(dec, 10) % 0x110000);
    return NAMED_ENTITIES[name!.toLowerCase()] ?? m;
  });
}

/** True for http(s)/mailto/tel and scheme-less (relative) link targets. */
export function isSafeHref(href: string): boolean {
  // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:").
  const cleaned = decodeEntities(href).replace(/[\u0000-\u0020\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\ufeff]/g, '');
  return SAFE_URI.test(cleaned);
}

/** A record's own source link: only web pages (and saved files) are ever shown as links. */
export function isSourceUrl(url: string): boolean {
  return /^(https?|file):\/\/\S/i.test(url);
}
