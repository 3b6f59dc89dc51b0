// The running header of a printout is CSS built from clipped page titles:
// no title may end the CSS string and inject rules.
import { describe, expect, it } from 'vitest';
import { cssString, headerNames, runningHeaderCss, setRunningHeader } from '../../../src/ui/print';

describe('print running header', () => {
  it('escapes quotes, backslashes and line breaks so a title stays inside its CSS string', () => {
    const hostile = 'Stadt "A"; } body { display: none } \\ \n @page {';
    expect(cssString(hostile)).toBe('"Stadt \\"A\\"; } body { display: none } \\\\   @page {"');
    // Read back as a CSS tokenizer would: the string ends only at the final quote.
    const inner = cssString(hostile).slice(1, -1);
    expect(inner).not.toMatch(/(^|[^\\])(\\\\)*"/);
    expect(inner.replace(/\\(.)/g, '$1')).toBe(hostile.replace('\n', ' '));
  });

  it('names at most eight partnerships, then how many more', () => {
    const names = Array.from({ length: 11 }, (_, i) => `P${i + 1}`);
    expect(headerNames(names.slice(0, 2), (n) => `+${n}`)).toBe('P1 · P2');
    expect(headerNames(names, (n) => `… ${n} more`)).toBe('P1 · P2 · P3 · P4 · P5 · P6 · P7 · P8 … 3 more');
  });

  it('keeps one header style element, replaced on every call, with the date in the given locale', () => {
    setRunningHeader('A · B', 'de', new Date('2026-11-29T12:00:00Z'));
    setRunningHeader('C', 'en', new Date('2026-11-29T12:00:00Z'));
    const styles = document.querySelectorAll('style#print-running-header');
    expect(styles).toHaveLength(1);
    expect(styles[0]!.textContent).toBe(runningHeaderCss('C', 'November 29, 2026'));
  });
});
