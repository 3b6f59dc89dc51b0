// The plain-prose fast path of answerFromBlocks must write exactly what turndown writes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerFromBlocks, linesTree, plainLinesMarkdown } from '../../../src/extract/answer';
import type { Block } from '../../../src/extract/blocks';
import { collapseWhitespace } from '../../../src/dom/nodes';
import { ownTreeToMarkdown } from '../../../src/html-to-markdown/turndown';

function textBlock(text: string): Block {
  const p = document.createElement('p');
  const node = document.createTextNode(text);
  p.appendChild(node);
  // As segmentation makes it: the line's text is the node's, whitespace collapsed.
  return { text: collapseWhitespace(text), nodes: [node], container: p, heading: 0, bold: false, atomic: false, itemNumber: null, gapBefore: false, chromeAfter: null };
}

const viaTurndown = (blocks: Block[]) => ownTreeToMarkdown(linesTree(blocks, document));

// Markdown syntax, every kind of whitespace, entities, soft hyphens and German letters.
const CHARS = [' ', '  ', '\n', '\t', '\r', '\u00a0', '\u200b', '\u00ad', '#', '##', '>', '-', '+', '*', '1', '2.', ')', '=', '_', '`', '[', ']', '&', '&amp;', '<', '<b>', '\\', '!', 'a', 'ä', 'ß', 'Wort', 'z.B.', '–'];
const line = fc.array(fc.constantFrom(...CHARS), { maxLength: 12 }).map((parts) => parts.join(''));

describe('plain answer lines', () => {
  it('give the same Markdown as turndown for any text (fuzzed)', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 5 }), (texts) => {
        const blocks = texts.map(textBlock);
        expect(plainLinesMarkdown(blocks)).toBe(viaTurndown(blocks));
      }),
      { numRuns: 3000 },
    );
  });

  it('are plain prose only: any markup or kept-whole block goes to turndown', () => {
    const bold = textBlock('x');
    const strong = document.createElement('strong');
    strong.textContent = 'fett';
    bold.nodes = [strong];
    expect(plainLinesMarkdown([textBlock('a'), bold])).toBeNull();
    expect(plainLinesMarkdown([{ ...textBlock('a'), atomic: true }])).toBeNull();
    const two = textBlock('a');
    two.nodes = [document.createTextNode('a'), document.createTextNode('b')];
    expect(plainLinesMarkdown([two])).toBeNull();
    expect(answerFromBlocks([textBlock('a'), bold], document).markdown).toBe('a\n\n**fett**');
  });

  it('escape what would become Markdown or HTML', () => {
    expect(answerFromBlocks([textBlock('1. Schritt'), textBlock('<img src=x onerror=alert(1)>')], document).markdown).toBe(
      '1\\. Schritt\n\n&lt;img src=x onerror=alert(1)>',
    );
  });
});
