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

export function escapeMarkdown(text: string): string {
  return (
    text
      // A backslash before punctuation would itself be read as an escape; at
      // the end of a text node it may be followed by a code span's backtick.
      .replace(/\\(?=[!-/:-@[-`{-~]|$)/g, '\\\\')
      // Line-start syntax: headings, block quotes, bullets, ordered-list numbers.
      .replace(/^(\s*)(#{1,6})(?=\s|$)/gm, '$1\\$2')
      .replace(/^(\s*)>/gm, '$1\\>')
      .replace(/^(\s*)([-+*])(?=\s)/gm, '$1\\$2')
      .replace(/^(\s*\d+)([.)])(?=\s|$)/gm, '$1\\$2')
      // Thematic breaks / setext underlines made only of -, = or _.
      .replace(/^(\s*)([-=_])(?=\2{2,}\s*$)/gm, '$1\\$2')
      // Inline syntax: emphasis, code, links, raw HTML tags.
      .replace(/\*/g, '\\*')
      .replace(/(^|[^\p{L}\p{N}])_|_(?=$|[^\p{L}\p{N}])/gu, (m) => m.replace('_', '\\_'))
      .replace(/`/g, '\\`')
      .replace(/\[/g, '\\[')
      .replace(/\]/g, '\\]')
      // "&lt;" written as text must stay those characters, not become "<".
      .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&')
      // Every "<", not only before a tag name: DOMs split text at entities
      // (linkedom gives "&lt;img" as two nodes, "<" and "img…") and removed
      // nodes join text, so a lone "<" can still start a tag in the output.
      // An entity, not "\<": GFM's bare-URL autolinks end at "<" and would
      // swallow the backslash ("http://x.de\<img …>" leaves a raw tag).
      // "&lt;" is literal text in GFM, in marked and in our renderer.
      .replace(/</g, '&lt;')
  );
}
