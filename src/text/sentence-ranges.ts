import type { Token } from '../doc/types.js';

/** Token index range [first, end) of one sentence. */
export interface TokenRange {
  readonly first: number;
  readonly end: number;
}

const rangesByTokens = new WeakMap<readonly Token[], ReadonlyMap<number, TokenRange>>();

/**
 * Token index range of every sentence that has tokens, by sentence index, in text order.
 * Remembered per token list: the corpus stages ask for the same document's ranges many times.
 */
export function sentenceRanges(tokens: readonly Token[]): ReadonlyMap<number, TokenRange> {
  const cached = rangesByTokens.get(tokens);
  if (cached) return cached;
  const ranges = new Map<number, { first: number; end: number }>();
  for (let i = 0; i < tokens.length; i++) {
    const r = ranges.get(tokens[i].sentence);
    if (r) r.end = i + 1;
    else ranges.set(tokens[i].sentence, { first: i, end: i + 1 });
  }
  rangesByTokens.set(tokens, ranges);
  return ranges;
}
