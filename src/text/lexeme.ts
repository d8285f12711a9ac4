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
  /** Per-layer values, by slot number (see `lexemeSlot`). */
  readonly slots: unknown[] = [];
  constructor(
    readonly norm: string,
    /** The lexicon version the slots were filled under (another lexicon makes them stale). */
    readonly epoch: number,
  ) {}
}

const TABLE_GENERATION = 200_000;
const table = new BoundedCache<Lexeme>(TABLE_GENERATION);
let tableEpoch = lexiconVersion();

/** The lexeme of a normalised word form. */
export function lexemeOf(norm: string): Lexeme {
  const epoch = lexiconVersion();
  if (epoch !== tableEpoch) {
    table.clear();
    tableEpoch = epoch;
  }
  let lex = table.get(norm);
  if (lex === undefined) table.set(norm, (lex = new Lexeme(norm, epoch)));
  return lex;
}

let slotCount = 0;

/**
 * A function of the word type remembered on its lexemes (results must not be undefined, and
 * are shared: callers must not mutate them). A lexeme from before a lexicon change is computed
 * afresh, not trusted.
 */
export function lexemeSlot<T>(compute: (norm: string) => T): (lex: Lexeme) => T {
  const slot = slotCount++;
  return (lex: Lexeme): T => {
    if (lex.epoch !== lexiconVersion()) return compute(lex.norm);
    let value = lex.slots[slot] as T | undefined;
    if (value === undefined) lex.slots[slot] = value = compute(lex.norm);
    return value;
  };
}
