/**
 * Answers are stored as Markdown made from clipped pages: render them to HTML
 * that is safe to put into the DOM.
 *
 * Two layers, on purpose: marked renders with raw HTML disabled (any HTML in
 * the Markdown is escaped and shows as text), then DOMPurify sanitises with a
 * small allow-list. Links keep only http(s), mailto, tel and relative targets;
 * others (javascript:, data:, vbscript:, …) lose their href, their text stays.
 * Every remaining link opens in a new tab with rel="noopener noreferrer".
 */

import DOMPurify, { type Config, type DOMPurify as Purifier, type WindowLike } from 'dompurify';
import { Marked } from 'marked';
import { isSafeHref, isSourceUrl, SAFE_URI } from '../links/safe-url';

// Re-exported: the scheme rule lives in src/links/safe-url.ts, shared with clipping.
export { isSafeHref, isSourceUrl };

export type { WindowLike };

const BLOCK_TAGS = [
  'p', 'ul', 'ol', 'li', 'strong', 'em', 'del', 'code', 'pre', 'blockquote', 'a',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'caption',
  'br', 'hr',
];
const INLINE_TAGS = ['strong', 'em', 'del', 'code', 'a', 'br'];
const ALLOWED_ATTR = ['href', 'title', 'align', 'start'];

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}


const marked = new Marked({
  gfm: true,
  renderer: {
    // Raw HTML (block or inline) is shown as text, never passed through.
    html: ({ text }) => escapeHtml(text),
    // Images from clipped pages are not shown (tracking, layout): keep the alt text.
    image: ({ text }) => escapeHtml(text),
    // After an (escaped) <script>/<pre> tag marked keeps the following text raw,
    // flagged `escaped`; since raw HTML never passes, escape that text too.
    text(token) {
      if ('tokens' in token && token.tokens) return false;
      return 'escaped' in token && token.escaped ? escapeHtml(token.text) : false;
    },
    // First line of defence, independent of the DOM: an unsafe link becomes its text.
    // Returning false falls back to marked's own link renderer.
    link(token) {
      return isSafeHref(token.href) ? false : this.parser.parseInline(token.tokens);
    },
  },
});

/**
 * The Markdown layer alone: raw HTML escaped, images reduced to alt text,
 * unsafe links reduced to text. NOT sanitised: use renderMarkdownSafe.
 * Exported so tests can check this layer holds even without DOMPurify.
 */
export function markdownFirstPass(markdown: string): string {
  return marked.parse(markdown, { async: false });
}

const purifiers = new WeakMap<object, Purifier>();

function purifierFor(win: WindowLike): Purifier {
  let purifier = purifiers.get(win);
  if (purifier) return purifier;
  purifier = DOMPurify(win);
  if (!purifier.isSupported) throw new Error('DOMPurify is not supported by this window');
  purifier.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName.toUpperCase() !== 'A') return;
    const el = node as Element;
    if (el.hasAttribute('href')) {
      el.setAttribute('target', '_blank');
      el.setAttribute('rel', 'noopener noreferrer');
    }
  });
  purifiers.set(win, purifier);
  return purifier;
}

function resolveWindow(win: WindowLike | undefined): WindowLike {
  // An explicitly passed window (e.g. linkedom's in the CLI) wins over the global one.
  const w = win ?? (globalThis as { window?: WindowLike }).window;
  if (!w) throw new Error('renderMarkdownSafe needs a DOM window: pass one outside the browser');
  return w;
}

function sanitize(html: string, allowedTags: string[], win: WindowLike | undefined): string {
  const config: Config = {
    ALLOWED_TAGS: allowedTags,
    ALLOWED_ATTR,
    ALLOWED_URI_REGEXP: SAFE_URI,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
  };
  return purifierFor(resolveWindow(win)).sanitize(html, config) as string;
}

/** Sanitises HTML with the answers' block allow-list (the second layer on its own). */
export function sanitizeAnswerHtml(html: string, window?: WindowLike): string {
  return sanitize(html, BLOCK_TAGS, window);
}

/** A start or end tag without attributes. */
const BARE_TAG = /^<\/?([a-z][a-z0-9]*)>$/;
const BLOCK_TAG_SET = new Set(BLOCK_TAGS);

/**
 * True when every tag of the HTML is a bare one of the block allow-list (text never holds
 * "<": marked escapes it). Such HTML can create nothing but those elements
 * and text, so sanitising it changes nothing. Most answers are plain prose,
 * and a compare table renders dozens of them at once.
 */
function onlyBareTags(html: string): boolean {
  for (const [tag] of html.matchAll(/<[^>]*>?/g)) {
    const name = BARE_TAG.exec(tag)?.[1];
    if (name === undefined || !BLOCK_TAG_SET.has(name)) return false;
  }
  return true;
}

/** Markdown (block level) → sanitised HTML. */
export function renderMarkdownSafe(markdown: string, window?: WindowLike): string {
  // The window is checked either way: one DOMPurify cannot work with is refused, not silently skipped.
  purifierFor(resolveWindow(window));
  const html = markdownFirstPass(markdown);
  return onlyBareTags(html) ? html : sanitize(html, BLOCK_TAGS, window);
}

/** Markdown (one line, inline only: emphasis, code, links) → sanitised HTML. */
export function renderInlineSafe(markdown: string, window?: WindowLike): string {
  return sanitize(marked.parseInline(markdown, { async: false }), INLINE_TAGS, window);
}
