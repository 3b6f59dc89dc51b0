// escapeMarkdown tries line-start rules only at the start of a one-line text.
// It must escape exactly as the rules applied at every line start do: a "\n"
// in front forces that general path (and is cut off again).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../../src/html-to-markdown/escape';

const viaEveryLine = (text: string) => escapeMarkdown(`\n${text}`).slice(1);

// Line-start syntax, inline syntax, whitespace and words.
const CHARS = [' ', '  ', '\t', '\u00a0', '#', '###', '>', '-', '---', '+', '*', '1', '12', '.', ')', '=', '===', '_', '__', '`', '[', ']', '&', '&amp;', '<', '\\', '!', 'a', 'ä', 'Wort', '–'];
const line = fc.array(fc.constantFrom(...CHARS), { maxLength: 10 }).map((parts) => parts.join(''));

describe('escapeMarkdown on one line', () => {
  it('escapes as the rules for every line start do (fuzzed)', () => {
    fc.assert(
      fc.property(line, (text) => {
        expect(escapeMarkdown(text)).toBe(viaEveryLine(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('still escapes line-start syntax at the start', () => {
    expect(escapeMarkdown('# Titel')).toBe('\\# Titel');
    expect(escapeMarkdown('  - Punkt')).toBe('  \\- Punkt');
    expect(escapeMarkdown('12. Frage')).toBe('12\\. Frage');
    expect(escapeMarkdown('---')).toBe('\\---');
    expect(escapeMarkdown('z.B. 3. Mai - nicht am Anfang')).toBe('z.B. 3. Mai - nicht am Anfang');
  });
});
