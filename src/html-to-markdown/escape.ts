/**
 * Markdown escaping tuned for German prose. Turndown's default escapes every
 * "-", "+", "(" … it might ever matter for; we escape only what would really
 * turn ordinary text into Markdown syntax, so "z.B.", "–", "(Kultur)" and
 * "NRW-Kommunen" stay clean.
 *
 * Angle brackets are the exception: page text such as "<img onerror=…>" must
 * stay text in every Markdown renderer, including note apps that pass raw
 * HTML through, so every "<" is escaped.
 */

type Rule = readonly [needs: string, pattern: RegExp, replacement: string | ((m: string) => string), lineStart?: string];

/**
 * Each rule with the characters it needs: a rule is run only when the text
 * (as escaped so far) holds one of them. Most text nodes of German prose
 * hold few of them, and each skipped rule is a skipped pass over the text.
 * Looking for one character (`includes`) is many times faster than a
 * regular expression's character class. A line-start rule ("^(\s*)…") also
 * names the characters a line's first non-blank character must be for it to
 * match: prose starting with a letter skips it without running it.
 */
const RULES: readonly Rule[] = [
  // A backslash before punctuation would itself be read as an escape; at
  // the end of a text node it may be followed by a code span's backtick.
  ['\\', /\\(?=[!-/:-@[-`{-~]|$)/g, '\\\\'],
  // Line-start syntax: headings, block quotes, bullets, ordered-list numbers.
  ['#', /^(\s*)(#{1,6})(?=\s|$)/gm, '$1\\$2', '#'],
  ['>', /^(\s*)>/gm, '$1\\>', '>'],
  ['-+*', /^(\s*)([-+*])(?=\s)/gm, '$1\\$2', '-+*'],
  ['.)', /^(\s*\d+)([.)])(?=\s|$)/gm, '$1\\$2', '0123456789'],
  // Thematic breaks / setext underlines made only of -, = or _.
  ['-=_', /^(\s*)([-=_])(?=\2{2,}\s*$)/gm, '$1\\$2', '-=_'],
  // Inline syntax: emphasis, code, links, raw HTML tags.
  ['*', /\*/g, '\\*'],
  ['_', /(^|[^\p{L}\p{N}])_|_(?=$|[^\p{L}\p{N}])/gu, (m) => m.replace('_', '\\_')],
  ['`', /`/g, '\\`'],
  ['[', /\[/g, '\\['],
  [']', /\]/g, '\\]'],
  // "&lt;" written as text must stay those characters, not become "<".
  ['&', /&(?=#?[A-Za-z0-9]+;)/g, '\\&'],
  // Every "<", not only before a tag name: DOMs split text at entities
  // (linkedom gives "&lt;img" as two nodes, "<" and "img…") and removed
  // nodes join text, so a lone "<" can still start a tag in the output.
  // An entity, not "\<": GFM's bare-URL autolinks end at "<" and would
  // swallow the backslash ("http://x.de\<img …>" leaves a raw tag).
  // "&lt;" is literal text in GFM, in marked and in our renderer.
  ['<', /</g, '&lt;'],
];

/**
 * The rules for a text of one line (most text nodes): a line-start rule can
 * match only at the start, so it is tried there instead of at every position.
 */
const ONE_LINE_RULES: readonly Rule[] = RULES.map(([needs, pattern, replacement, lineStart]) =>
  lineStart ? [needs, new RegExp(pattern.source, pattern.flags.replace(/[gm]/g, '')), replacement, lineStart] : [needs, pattern, replacement],
);


/** What `^` and `$` with the m flag treat as a line end. */
const LINE_TERMINATORS = '\n\r\u2028\u2029';

const holdsAny = (text: string, chars: string): boolean => {
  for (const ch of chars) if (text.includes(ch)) return true;
  return false;
};

export function escapeMarkdown(text: string): string {
  const oneLine = !holdsAny(text, LINE_TERMINATORS);
  let out = text;
  for (const [needs, pattern, replacement, lineStart] of oneLine ? ONE_LINE_RULES : RULES) {
    if (oneLine && lineStart !== undefined && !startsWithAny(out, lineStart)) continue;
    if (!holdsAny(out, needs)) continue;
    out = out.replace(pattern, replacement as string);
  }
  return out;
}

/** The first non-blank character (after \s*, as the line-start rules read) is one of `chars`. */
function startsWithAny(text: string, chars: string): boolean {
  const first = text.trimStart().charAt(0);
  return first !== '' && chars.includes(first);
}
