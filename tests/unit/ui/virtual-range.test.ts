import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { visibleIndices } from '../../../src/ui/virtual-range';

const base = { count: 3000, rowHeight: 50, scrollTop: 0, viewportHeight: 500, overscan: 5 };
const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

describe('visibleIndices', () => {
  it('renders the rows in view plus the overscan below, none above at the top', () => {
    expect(visibleIndices(base)).toEqual(range(0, 15));
  });

  it('follows the scroll position, with overscan on both sides', () => {
    // Rows 100..109 are in view at scrollTop 5000.
    expect(visibleIndices({ ...base, scrollTop: 5000 })).toEqual(range(95, 115));
    // A half-scrolled row at the top still counts.
    expect(visibleIndices({ ...base, scrollTop: 5025 })).toEqual(range(95, 116));
  });

  it('stops at the end of the list', () => {
    expect(visibleIndices({ ...base, scrollTop: 3000 * 50 - 500 })).toEqual(range(2985, 3000));
    expect(visibleIndices({ ...base, count: 3 })).toEqual([0, 1, 2]);
  });

  it('renders nothing for an empty list and survives odd inputs', () => {
    expect(visibleIndices({ ...base, count: 0 })).toEqual([]);
    expect(visibleIndices({ ...base, rowHeight: 0 })).toEqual([]);
    expect(visibleIndices({ ...base, scrollTop: -200 })).toEqual(range(0, 15));
    // Before the viewport is measured, at least one row shows.
    expect(visibleIndices({ ...base, viewportHeight: 0, overscan: 0 })).toEqual([0]);
  });

  it('keeps the focused row and its neighbours, even far from the view, in list order', () => {
    const indices = visibleIndices({ ...base, scrollTop: 5000, focusIndex: 10 });
    expect(indices.slice(0, 5)).toEqual([8, 9, 10, 11, 12]);
    expect(indices.slice(5)).toEqual(range(95, 115));
    // Focus on the last rendered row: the next one is rendered too, so Tab can move on.
    expect(visibleIndices({ ...base, focusIndex: 14 })).toEqual(range(0, 17));
    // A focus index outside the list is ignored.
    expect(visibleIndices({ ...base, focusIndex: 5000 })).toEqual(range(0, 15));
  });

  it('always covers the viewport, sorted and without duplicates (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: 1, max: 100 }),
        fc.integer({ min: 0, max: 300_000 }),
        fc.integer({ min: 1, max: 2000 }),
        fc.integer({ min: 0, max: 10 }),
        fc.option(fc.integer({ min: 0, max: 5000 }), { nil: null }),
        (count, rowHeight, rawTop, viewportHeight, overscan, focusIndex) => {
          const scrollTop = Math.min(rawTop, Math.max(0, count * rowHeight - viewportHeight));
          const indices = visibleIndices({ count, rowHeight, scrollTop, viewportHeight, overscan, focusIndex });
          for (let i = 1; i < indices.length; i++) expect(indices[i]!).toBeGreaterThan(indices[i - 1]!);
          expect(indices.every((i) => i >= 0 && i < count)).toBe(true);
          const firstInView = Math.floor(scrollTop / rowHeight);
          const lastInView = Math.min(count - 1, Math.floor((scrollTop + viewportHeight - 1) / rowHeight));
          for (let i = firstInView; i <= lastInView; i++) expect(indices).toContain(i);
          if (focusIndex !== null && focusIndex < count) expect(indices).toContain(focusIndex);
          // Virtual: never much more than a screenful, however long the list.
          expect(indices.length).toBeLessThanOrEqual(Math.ceil(viewportHeight / rowHeight) + 2 * overscan + 2 + 5);
        },
      ),
    );
  });
});
