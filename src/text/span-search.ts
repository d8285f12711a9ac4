import type { Span } from '../doc/types.js';

/** Index of the first span (tokens, sentences: sorted, not overlapping) ending after `offset`; `spans.length` if none. */
export function firstEndingAfter(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
