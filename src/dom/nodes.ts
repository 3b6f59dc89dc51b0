/**
 * Small DOM helpers shared by the extractors and the Markdown factory. They use
 * only properties that the browser, happy-dom and linkedom all implement.
 */

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** Elements whose content is never page text. */
const NON_CONTENT_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'SVG', 'CANVAS', 'SELECT', 'TEXTAREA', 'BUTTON', 'META', 'LINK',
]);

/** Elements that start and end a line of text. */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CENTER', 'DD', 'DETAILS', 'DIALOG', 'DIR', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'FRAMESET', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'HTML', 'LI',
  'MAIN', 'MENU', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'CAPTION',
]);

/**
 * Facts about nodes that several steps of one extraction ask for again and
 * again (visible text, site chrome or not, length of the main text). Only during a
 * registry run (see withRunCache): a live page that changes between runs is
 * always read afresh. Trees that are edited during a run (the clones the
 * Markdown is built from) must not be read through these caches.
 */
export interface NodeCaches {
  text: WeakMap<Node, string>;
  chrome: WeakMap<Node, boolean>;
  mainText: WeakMap<Node, number>;
  /** Class-and-id strings, whether they name chrome (pages repeat a few class lists many times). */
  chromeTokens: Map<string, boolean>;
}

let nodeCaches: NodeCaches | null = null;

export function withNodeCaches<T>(fn: () => T): T {
  const previous = nodeCaches;
  nodeCaches = { text: new WeakMap(), chrome: new WeakMap(), mainText: new WeakMap(), chromeTokens: new Map() };
  try {
    return fn();
  } finally {
    nodeCaches = previous;
  }
}

/** The run's cache of one kind, or undefined outside a run: hot paths read it directly, without a closure per call. */
export function runCacheOf<K extends keyof NodeCaches>(kind: K): NodeCaches[K] | undefined {
  return nodeCaches?.[kind];
}

export function isElement(node: Node | null | undefined): node is Element {
  return !!node && node.nodeType === ELEMENT_NODE;
}

/** Upper-cased node names: HTML names already are, so this is a lookup, not a new string per call. */
const UPPER_NAMES = new Map<string, string>();

export function tagOf(node: Node): string {
  const name = node.nodeName || '';
  let upper = UPPER_NAMES.get(name);
  if (upper === undefined) {
    upper = name.toUpperCase();
    // Bounded: an XML page could invent any number of names.
    if (UPPER_NAMES.size < 1024) UPPER_NAMES.set(name, upper);
  }
  return upper;
}

export function isBlockElement(node: Node): boolean {
  return isElement(node) && BLOCK_TAGS.has(tagOf(node));
}

/** isBlockElement for an element whose tag is known (hot paths read each node's name once). */
export const isBlockTag = (tag: string): boolean => BLOCK_TAGS.has(tag);

/** Hidden by attribute or inline style: the reader never sees it. */
export function isHidden(el: Element): boolean {
  // Most elements of a page carry no attribute at all.
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute('hidden')) return true;
  const ariaHidden = el.getAttribute('aria-hidden');
  if (ariaHidden !== null && ariaHidden.trim().toLowerCase() === 'true') return true;
  // Most elements with attributes have a class or an id, no style.
  const inline = el.getAttribute('style');
  if (!inline) return false;
  const style = inline.toLowerCase().replace(/\s+/g, '');
  return style.includes('display:none') || style.includes('visibility:hidden');
}

/** Script, style, hidden and similar nodes that carry no visible text. */
export function isNonContent(node: Node): boolean {
  if (node.nodeType === 8) return true; // comment
  if (!isElement(node)) return false;
  return isNonContentElement(node, tagOf(node));
}

/** isNonContent for an element whose tag is known. Cheaper to work out than to look up: attributes are read only where there are any. */
export function isNonContentElement(el: Element, tag: string): boolean {
  return NON_CONTENT_TAGS.has(tag) || isHidden(el);
}

/**
 * Visible text of a node, not yet collapsed: hidden and non-content nodes are
 * skipped, and <br> and block boundaries become spaces (so "a<br>b" is "a b").
 */
export function visibleText(node: Node): string {
  if (node.nodeType === TEXT_NODE) return node.nodeValue ?? '';
  const cache = nodeCaches?.text;
  let text = cache?.get(node);
  if (text === undefined) {
    text = visibleTextNow(node);
    cache?.set(node, text);
  }
  return text;
}

function visibleTextNow(node: Node): string {
  const type = node.nodeType;
  if (type !== ELEMENT_NODE && type !== 9 && type !== 11) return '';
  // Documents and fragments have no tag of their own.
  const tag = type === ELEMENT_NODE ? tagOf(node) : '';
  if (type === ELEMENT_NODE && isNonContentElement(node as Element, tag)) return '';
  if (tag === 'BR') return ' ';
  let out = '';
  for (let child = node.firstChild; child; child = child.nextSibling) out += visibleText(child);
  return BLOCK_TAGS.has(tag) ? ` ${out} ` : out;
}

/** Characters that collapseWhitespace keeps: textOf(node) !== '' exactly when one of them is visible. */
const VISIBLE_CHAR = /[^\s\u00a0\u200b\u00ad\u200c\u200d\u2060\ufeff]/;

/** Same as textOf(node) !== '', but stops at the first visible character and caches nothing (safe on trees being edited). */
export function hasVisibleText(node: Node): boolean {
  if (node.nodeType === TEXT_NODE) {
    const value = node.nodeValue ?? '';
    // A printable ASCII character first (most text) answers without the expression.
    const first = value.charCodeAt(0);
    return (first > 32 && first < 127) || VISIBLE_CHAR.test(value);
  }
  if (node.nodeType === 8) return false;
  if (!isElement(node) && node.nodeType !== 9 && node.nodeType !== 11) return false;
  if (isElement(node) && (NON_CONTENT_TAGS.has(tagOf(node)) || isHidden(node))) return false;
  for (let child = node.firstChild; child; child = child.nextSibling) if (hasVisibleText(child)) return true;
  return false;
}

const INVISIBLE = /[\u00ad\u200c\u200d\u2060\ufeff]/g;
/**
 * Whitespace that collapsing changes: a run of two or more, or one that is not
 * a plain space (\s holds the no-break space). A single plain space stays as it
 * is, so ordinary prose is scanned, not rebuilt.
 */
const SPACE_TO_COLLAPSE = /[\s\u200b]{2,}|[^\S ]|\u200b/g;
/**
 * Anything the two replacements above would change (a blank character other than a plain space: \s less the
 * space, and the invisible marks; or two spaces): without it, one scan and a trim are the whole work. One
 * character class instead of three alternatives: the scan over every line of a clip takes two thirds of the time.
 */
const NEEDS_COLLAPSING = /[\t-\r\u00a0\u00ad\u1680\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]| {2}/;

/** Whitespace (including no-break spaces) collapsed to single spaces, soft hyphens and zero-width marks dropped, trimmed. */
export function collapseWhitespace(text: string): string {
  if (!NEEDS_COLLAPSING.test(text)) return text.trim();
  return text.replace(INVISIBLE, '').replace(SPACE_TO_COLLAPSE, ' ').trim();
}

const WHITESPACE = /\s/;

/** Characters that are not whitespace (\s): what `text.replace(/\s+/g, '').length` counts, without building a string. */
export function countNonSpace(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c > 32 ? c !== 0xa0 && (c < 0x1680 || !WHITESPACE.test(text[i] as string)) : c < 9 || (c > 13 && c !== 32)) n += 1;
  }
  return n;
}

export function textOf(node: Node): string {
  return collapseWhitespace(visibleText(node));
}

/** Parses an HTML snippet inertly (a template's content runs no scripts and loads nothing). */
export function parseFragment(doc: Document, html: string): DocumentFragment {
  const template = doc.createElement('template');
  template.innerHTML = html;
  return template.content;
}

export function metaContent(doc: Document, selector: string): string | null {
  const value = doc.querySelector(selector)?.getAttribute('content');
  return value ? collapseWhitespace(value) : null;
}

/** True when `el` or an ancestor matches the selector (closest() is not in every DOM). */
export function hasAncestor(el: Element, predicate: (e: Element) => boolean): boolean {
  for (let cur: Element | null = el; cur; cur = cur.parentElement) if (predicate(cur)) return true;
  return false;
}
