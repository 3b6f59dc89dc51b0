import { describe, expect, it } from 'vitest';
import { fitsInPopup, maxColumnsInPopup } from '../../../src/compare/column-fit';

describe('fitsInPopup', () => {
  it('fits up to 3 columns in the default popup, not 4', () => {
    expect(maxColumnsInPopup()).toBe(3);
    expect([1, 2, 3].map((n) => fitsInPopup(n))).toEqual([true, true, true]);
    expect(fitsInPopup(4)).toBe(false);
    expect(fitsInPopup(12)).toBe(false);
  });

  it('scales with the width and always allows one column', () => {
    expect(fitsInPopup(5, 1200)).toBe(true);
    expect(fitsInPopup(6, 1200)).toBe(false);
    expect(maxColumnsInPopup(300)).toBe(1);
    expect(fitsInPopup(1, 100)).toBe(true);
    expect(fitsInPopup(2, 100)).toBe(false);
  });
});
