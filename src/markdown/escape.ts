/**
 * Markdown escaping tuned for German prose. Turndown's default escapes every
 * "-", "+", "(" … it might ever matter for; we escape only what would really
 * turn ordinary text into Markdown syntax, so "z.B.", "–", "(Kultur)" and
 * "NRW-Kommunen" stay clean.
 */

export function escapeMarkdown(text: string): string {
  return (
    text
      // A backslash before punctuation would itself be read as an escape.
      .replace(/\\(?=[!-/:-@[-`{-~])/g, '\\\\')
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
      .replace(/<(?=[A-Za-z/!?])/g, '\\<')
  );
}
