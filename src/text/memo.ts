/**
 * Bounded memoisation for functions of one word. News vocabulary is Zipfian: a few thousand
 * forms make most tokens, so remembering recent results pays in every layer. Two generations
 * keep the frequent words when the table fills (a full young table becomes the old one), so
 * memory stays bounded without dropping everything at once.
 *
 * `epoch` (optional) is checked on every call; when it changes (a test installs another
 * lexicon, say) everything remembered is dropped. Results are shared: callers must not mutate them.
 */
export function memoizeWord<T>(fn: (word: string) => T, limit = 100_000, epoch?: () => number): (word: string) => T {
  let young = new Map<string, T>();
  let old = new Map<string, T>();
  let seen = epoch?.();
  return (word: string): T => {
    if (epoch && epoch() !== seen) {
      seen = epoch();
      young = new Map();
      old = new Map();
    }
    let value = young.get(word);
    if (value !== undefined || young.has(word)) return value as T;
    value = old.has(word) ? (old.get(word) as T) : fn(word);
    if (young.size >= limit) {
      old = young;
      young = new Map();
    }
    young.set(word, value);
    return value;
  };
}
