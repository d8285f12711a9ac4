/**
 * Which intervals contain a position, for nesting questions (is this quote inside another?).
 * Intervals sorted by start with a running maximum of their ends: a backward scan from the
 * last interval starting at or before the position stops as soon as no earlier interval can
 * still reach it, so the usual case (few or no enclosing quotes) costs a binary search.
 */
export class IntervalIndex<T> {
  private readonly items: T[];
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly maxEnd: Int32Array;

  constructor(items: readonly T[], start: (t: T) => number, end: (t: T) => number) {
    this.items = [...items].sort((a, b) => start(a) - start(b));
    const n = this.items.length;
    this.starts = new Int32Array(n);
    this.ends = new Int32Array(n);
    this.maxEnd = new Int32Array(n);
    let max = -1;
    for (let i = 0; i < n; i++) {
      this.starts[i] = start(this.items[i]);
      this.ends[i] = end(this.items[i]);
      max = Math.max(max, this.ends[i]);
      this.maxEnd[i] = max;
    }
  }

  /** Items with start ≤ pos < end (start < pos when `strict`), outermost (earliest start) first. */
  containing(pos: number, strict = false): T[] {
    const out: T[] = [];
    for (let i = this.lastStartingBefore(pos, strict); i >= 0 && this.maxEnd[i] > pos; i--) {
      if (this.ends[i] > pos) out.push(this.items[i]);
    }
    return out.reverse();
  }

  /** The item with the greatest start < pos, or null. */
  lastBefore(pos: number): T | null {
    const i = this.lastStartingBefore(pos, true);
    return i >= 0 ? this.items[i] : null;
  }

  private lastStartingBefore(pos: number, strict: boolean): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    let ans = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (strict ? this.starts[mid] < pos : this.starts[mid] <= pos) {
        ans = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return ans;
  }
}
