/**
 * The HTML we still write into Markdown (tables too rich for GFM) is rebuilt
 * from an allow-list instead of copied with outerHTML: Markdown exports are
 * opened in note apps that render raw HTML, so no page attribute (onerror,
 * style, javascript: hrefs …) and no unknown element may survive.
 *
 * Output is one line: a blank line would end the Markdown HTML block and let
 * the rest be read as Markdown.
 */

import { isElement, tagOf } from '../dom/nodes';
import { isSafeHref } from '../links/safe-url';

/** Elements kept as they are; any other element is replaced by its content. */
export const KEEP: ReadonlySet<string> = new Set([
  'TABLE', 'CAPTION', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'TH', 'TD',
  'P', 'BR', 'UL', 'OL', 'LI', 'DL', 'DT', 'DD', 'BLOCKQUOTE',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'STRONG', 'B', 'EM', 'I', 'U', 'S', 'DEL', 'SUB', 'SUP', 'CODE', 'A',
]);
export const VOID: ReadonlySet<string> = new Set(['BR']);
/** Attributes kept per element, each with a value check. */
const NUMBER = /^\d{1,4}$/;
export const ATTRIBUTES: Readonly<Record<string, Record<string, (value: string) => boolean>>> = {
  TD: { colspan: (v) => NUMBER.test(v), rowspan: (v) => NUMBER.test(v) },
  TH: { colspan: (v) => NUMBER.test(v), rowspan: (v) => NUMBER.test(v), scope: (v) => /^(row|col|rowgroup|colgroup)$/i.test(v) },
  OL: { start: (v) => NUMBER.test(v) },
  A: { href: isSafeHref },
};

export function escapeHtmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function attributesOf(el: Element, tag: string): string {
  const allowed = ATTRIBUTES[tag];
  if (!allowed) return '';
  let out = '';
  for (const [name, ok] of Object.entries(allowed)) {
    const value = el.getAttribute(name);
    if (value !== null && ok(value.trim())) out += ` ${name}="${escapeHtmlText(value.trim().replace(/\s+/g, ' '))}"`;
  }
  return out;
}

/**
 * Text inside rebuilt HTML: a renderer may still read it as inline Markdown
 * (GFM does in table cells), so brackets, backticks and backslashes become
 * entities and cannot form links or code spans that swallow the markup.
 */
function escapeCellText(text: string): string {
  return escapeHtmlText(text)
    .replace(/\[/g, '&#91;')
    .replace(/\]/g, '&#93;')
    .replace(/`/g, '&#96;')
    .replace(/\\/g, '&#92;');
}

function serialize(node: Node): string {
  if (node.nodeType === 3) return escapeCellText((node.nodeValue ?? '').replace(/\s+/g, ' '));
  if (!isElement(node)) return '';
  const tag = tagOf(node);
  // Images are never shown (tracking, layout): their alt text stands in.
  if (tag === 'IMG') return escapeCellText((node.getAttribute('alt') ?? '').replace(/\s+/g, ' ').trim());
  const inner = Array.from(node.childNodes, serialize).join('');
  if (!KEEP.has(tag)) return inner;
  const name = tag.toLowerCase();
  // A link whose target is not safe keeps only its text.
  if (tag === 'A' && !attributesOf(node, tag)) return inner;
  if (VOID.has(tag)) return `<${name}>`;
  return `<${name}${attributesOf(node, tag)}>${inner}</${name}>`;
}

/** The element rebuilt as allow-listed HTML on one line (text escaped, attributes checked). */
export function safeHtml(el: Element): string {
  return serialize(el);
}
