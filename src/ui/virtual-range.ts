/**
 * Which rows a fixed-row-height virtual list renders: the rows in view, a
 * few either side (overscan), and the row holding keyboard focus with its
 * neighbours (so Tab can move on before a scroll event renders more).
 * Pure, so the arithmetic is unit-tested apart from the component.
 */

export interface RangeInput {
  count: number;
  rowHeight: number;
  scrollTop: number;
  viewportHeight: number;
  overscan: number;
  focusIndex?: number | null;
  /** Rows kept rendered either side of the focused one. */
  aroundFocus?: number;
}

/** Row indices to render, ascending (document order = list order = Tab order). */
export function visibleIndices(input: RangeInput): number[] {
  const { count, rowHeight, scrollTop, viewportHeight, overscan, focusIndex = null, aroundFocus = 2 } = input;
  if (count <= 0 || rowHeight <= 0) return [];
  const top = Math.max(0, scrollTop);
  const first = Math.max(0, Math.floor(top / rowHeight) - overscan);
  const last = Math.min(count, Math.ceil((top + Math.max(viewportHeight, rowHeight)) / rowHeight) + overscan);
  const wanted = new Set<number>();
  for (let i = first; i < last; i++) wanted.add(i);
  if (focusIndex !== null && focusIndex >= 0 && focusIndex < count) {
    const from = Math.max(0, focusIndex - aroundFocus);
    const to = Math.min(count, focusIndex + aroundFocus + 1);
    for (let i = from; i < to; i++) wanted.add(i);
  }
  return [...wanted].sort((a, b) => a - b);
}
