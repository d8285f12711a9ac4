import { BoundedCache } from './memo.js';
import { lexiconVersion } from './lexicon.js';

/**
 * Lexemes: one shared object per normalised word type, as in spaCy's vocabulary. The segment
 * layer looks each token's form up once (the `lexemes` layer, parallel to `tokens`); every later
 * layer keeps what it derives from the word type alone (its NER features, clitic strips, stem and
 * weight for clustering) in a slot of that object. A token then costs each layer a property read
 * instead of a look-up of its string in that layer's own cache.
 *
 * The table is bounded like the word caches (two generations). A lexeme that falls out of the
 * table stays valid for the documents that hold it; the next document gets a fresh one.
 */
export class Lexeme {
  // Per-layer values in a few fixed fields (see `lexemeField`): read straight off the object,
  // without a further array or holder to chase in memory.
  f0: unknown = undefined;
  f1: unknown = undefined;
  f2: unknown = undefined;
  f3: unknown = undefined;
  f4: unknown = undefined;
  f5: unknown = undefined;
  f6: unknown = undefined;
  f7: unknown = undefined;
  f8: unknown = undefined;
  f9: unknown = undefined;
  f10: unknown = undefined;
  f11: unknown = undefined;
  constructor(
    readonly norm: string,
    /** The lexicon version the fields were filled under (another lexicon makes them stale). */
    readonly epoch: number,
  ) {}
}

const TABLE_GENERATION = 200_000;
const table = new BoundedCache<Lexeme>(TABLE_GENERATION);
let tableEpoch = lexiconVersion();

/**
 * A direct-mapped cache in front of the table: the frequent words of news text stay in a small
 * array that fits the processor's cache, while a look-up in the big table costs several memory
 * accesses. Indexed by a cheap string hash; a collision just falls through to the table.
 */
const RECENT_BITS = 16;
const recent: (Lexeme | undefined)[] = new Array(1 << RECENT_BITS).fill(undefined);

function recentSlot(norm: string): number {
  let h = norm.length;
  for (let i = 0; i < norm.length; i++) h = Math.imul(h ^ norm.charCodeAt(i), 0x01000193);
  return (h ^ (h >>> RECENT_BITS)) & ((1 << RECENT_BITS) - 1);
}

/** The lexeme of a normalised word form. */
export function lexemeOf(norm: string): Lexeme {
  const epoch = lexiconVersion();
  if (epoch !== tableEpoch) {
    table.clear();
    recent.fill(undefined);
    tableEpoch = epoch;
  }
  const slot = recentSlot(norm);
  let lex = recent[slot];
  if (lex !== undefined && lex.norm === norm) return lex;
  lex = table.get(norm);
  if (lex === undefined) table.set(norm, (lex = new Lexeme(norm, epoch)));
  recent[slot] = lex;
  return lex;
}

/** One field of every lexeme, owned by one layer: read (undefined when unset or stale) and write. */
export interface LexemeField<T> {
  get(lex: Lexeme): T | undefined;
  set(lex: Lexeme, value: T): void;
}

const FIELDS: LexemeField<unknown>[] = [
  { get: (l) => l.f0, set: (l, v) => void (l.f0 = v) },
  { get: (l) => l.f1, set: (l, v) => void (l.f1 = v) },
  { get: (l) => l.f2, set: (l, v) => void (l.f2 = v) },
  { get: (l) => l.f3, set: (l, v) => void (l.f3 = v) },
  { get: (l) => l.f4, set: (l, v) => void (l.f4 = v) },
  { get: (l) => l.f5, set: (l, v) => void (l.f5 = v) },
  { get: (l) => l.f6, set: (l, v) => void (l.f6 = v) },
  { get: (l) => l.f7, set: (l, v) => void (l.f7 = v) },
  { get: (l) => l.f8, set: (l, v) => void (l.f8 = v) },
  { get: (l) => l.f9, set: (l, v) => void (l.f9 = v) },
  { get: (l) => l.f10, set: (l, v) => void (l.f10 = v) },
  { get: (l) => l.f11, set: (l, v) => void (l.f11 = v) },
];
let fieldsTaken = 0;

/** Claims a field of the lexemes for one layer's per-word-type value (at module load). */
export function lexemeField<T>(): LexemeField<T> {
  const field = FIELDS[fieldsTaken++] as LexemeField<T> | undefined;
  if (!field) throw new Error(`lexeme: no free field (${FIELDS.length} taken); add one to Lexeme`);
  return {
    get: (lex) => (lex.epoch === lexiconVersion() ? field.get(lex) : undefined),
    set: (lex, value) => {
      if (lex.epoch === lexiconVersion()) field.set(lex, value);
    },
  };
}

/**
 * A function of the word type remembered on its lexemes (results must not be undefined, and
 * are shared: callers must not mutate them). A lexeme from before a lexicon change is computed
 * afresh, not trusted.
 */
export function lexemeSlot<T>(compute: (norm: string) => T): (lex: Lexeme) => T {
  const field = lexemeField<T>();
  return (lex: Lexeme): T => {
    let value = field.get(lex);
    if (value === undefined) field.set(lex, (value = compute(lex.norm)));
    return value;
  };
}
