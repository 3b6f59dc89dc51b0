/**
 * The clipper never stores raw HTML in Markdown except the allow-listed kind
 * it rebuilds itself (src/html-to-markdown/safe-html.ts), and never a link
 * with a script target. Markdown that came in through an import was never
 * clipped, so before it leaves through the Markdown export (into note apps
 * that render raw HTML) it gets the same rules: a tag is kept only in the
 * exact form safe-html writes, every other "<" becomes "&lt;", links with an
 * unsafe target lose their link syntax, and images become plain links (a note
 * app would load them). Code spans and fenced code are left as they are:
 * their "<" is shown, never run.
 */

import { ATTRIBUTES, KEEP, VOID } from '../html-to-markdown/safe-html';
import { isSafeHref } from '../links/safe-url';

/** A tag in the form safe-html writes: lower-case name, `name="value"` attributes, nothing else. */
const CANONICAL_TAG = /^<(\/?)([a-z][a-z0-9]*)((?: [a-z]+="[^"<>]*")*)>/;
const ATTRIBUTE = / ([a-z]+)="([^"]*)"/g;

function decodeAttribute(value: string): string {
  return value.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** Length of the allow-listed tag starting at `text[at]`, or 0. */
function safeTagLength(text: string, at: number): number {
  const m = CANONICAL_TAG.exec(text.slice(at, at + 400));
  if (!m) return 0;
  const [whole, closing, name, attributes] = m as unknown as [string, string, string, string];
  const tag = name.toUpperCase();
  if (!KEEP.has(tag)) return 0;
  if (closing) return attributes || VOID.has(tag) ? 0 : whole.length;
  const allowed = ATTRIBUTES[tag] ?? {};
  for (const [, attr, value] of attributes.matchAll(ATTRIBUTE)) {
    const ok = Object.hasOwn(allowed, attr!) ? allowed[attr!] : undefined;
    if (!ok || !ok(decodeAttribute(value!))) return 0;
  }
  return whole.length;
}

/** True when the character at `at` is escaped by an odd run of backslashes before it. */
function escaped(text: string, at: number): boolean {
  let n = 0;
  for (let i = at - 1; i >= 0 && text[i] === '\\'; i--) n++;
  return n % 2 === 1;
}

/** A link destination as a browser would read it: without <>, backslash escapes undone. */
function destination(raw: string): string {
  return raw.replace(/^<|>$/g, '').replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/** Markdown outside code: links, images and raw HTML made harmless. */
function defuseProse(text: string): string {
  // Inline links and images: "](target". An unsafe target loses the link syntax ("]\(").
  let out = text.replace(/\]\(([ \t]*\n?[ \t]*)(<[^>\n]*>|[^\s)]*)/g, (m, space: string, target: string) =>
    isSafeHref(destination(target)) ? m : `]\\(${space}${target}`,
  );
  // Reference definitions "[ref]: target" with an unsafe target are kept as text.
  out = out.replace(/^( {0,3})\[([^\]\n]+)\]:([ \t]*\n?[ \t]*)(<[^>\n]*>|\S+)/gm, (m, indent: string, label: string, space: string, target: string) =>
    isSafeHref(destination(target)) ? m : `${indent}\\[${label}]:${space}${target}`,
  );
  // Images: a note app would load them (tracking); "\!" leaves a link to the image instead.
  out = out.replace(/!\[/g, (m, at: number, all: string) => (escaped(all, at) ? m : '\\![')); 
  // Raw HTML: only the allow-listed tags as safe-html writes them.
  let result = '';
  let from = 0;
  for (let at = out.indexOf('<'); at >= 0; at = out.indexOf('<', at + 1)) {
    if (escaped(out, at)) continue;
    const keep = safeTagLength(out, at);
    if (keep) {
      at += keep - 1;
      continue;
    }
    result += `${out.slice(from, at)}&lt;`;
    from = at + 1;
  }
  return result + out.slice(from);
}

/** Splits a block of text at its inline code spans; prose goes through defuseProse. */
function defuseInline(text: string): string {
  let result = '';
  let from = 0;
  const runs = /`+/g;
  for (let m = runs.exec(text); m; m = runs.exec(text)) {
    if (escaped(text, m.index)) continue;
    // A code span ends at the next run of exactly as many backticks.
    const close = new RegExp(`(?<!\`)${m[0]}(?!\`)`, 'g');
    close.lastIndex = m.index + m[0].length;
    const end = close.exec(text);
    if (!end) continue;
    result += defuseProse(text.slice(from, m.index)) + text.slice(m.index, end.index + m[0].length);
    from = end.index + m[0].length;
    runs.lastIndex = from;
  }
  return result + defuseProse(text.slice(from));
}

/** Imported Markdown made as safe as clipped Markdown, fenced code blocks untouched. */
export function defuseMarkdown(markdown: string): string {
  const out: string[] = [];
  let prose: string[] = [];
  let fence: string | null = null;
  const flush = () => {
    if (prose.length) out.push(defuseInline(prose.join('\n')));
    prose = [];
  };
  for (const line of markdown.split('\n')) {
    if (fence) {
      out.push(line);
      if (new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t]*$`).test(line)) fence = null;
      continue;
    }
    const open = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line);
    if (open && !(open[1]![0] === '`' && open[2]!.includes('`'))) {
      flush();
      fence = open[1]!;
      out.push(line);
      continue;
    }
    prose.push(line);
  }
  flush();
  return out.join('\n');
}
