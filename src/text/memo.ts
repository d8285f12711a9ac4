/**
 * Bounded caches for per-word results. News vocabulary is Zipfian: a few thousand forms make
 * most tokens, so remembering recent results pays in every layer. Two generations keep the
 * frequent words when the table fills (a full young table becomes the old one, and what is
 * read from the old one moves back), so memory stays bounded without dropping everything at once.
 */
export class BoundedCache<T> {
  private young = new Map<string, T>();
  private old = new Map<string, T>();

  constructor(private readonly generation = 100_000) {}

  get(key: string): T | undefined {
    let value = this.young.get(key);
    if (value === undefined) {
      value = this.old.get(key);
      if (value !== undefined) this.set(key, value);
    }
    return value;
  }

  set(key: string, value: T): void {
    if (this.young.size >= this.generation) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(key, value);
  }

  clear(): void {
    this.young = new Map();
    this.old = new Map();
  }
}

/**
 * A function of one word remembered in a `BoundedCache` (its results must not be undefined).
 * `epoch` (optional) is checked on every call; when it changes (a test installs another
 * lexicon, say) everything remembered is dropped. Results are shared: callers must not mutate them.
 */
export function memoizeWord<T>(fn: (word: string) => T, limit = 100_000, epoch?: () => number): (word: string) => T {
  const cache = new BoundedCache<T>(limit);
  let seen = epoch?.();
  return (word: string): T => {
    if (epoch && epoch() !== seen) {
      seen = epoch();
      cache.clear();
    }
    let value = cache.get(word);
    if (value === undefined) cache.set(word, (value = fn(word)));
    return value;
  };
}
