import { readFileSync, writeFileSync } from 'node:fs';
import { RasdError } from '../errors.js';
import { PACKAGE_ROOT } from '../text/lexicon.js';
import { nameLexicon, type NameLexicon } from './gazetteer.js';
import type { Lexeme } from '../text/lexeme.js';
import { selfValues, gazetteerTags, sentenceFeatures, tokenInfos, PAD, SELF_KINDS, CTX_KINDS, type TokenInfo, type TypeRows } from './features.js';

/**
 * Averaged-perceptron BIO tagger with greedy left-to-right decoding.
 *
 * Why greedy rather than Viterbi: with previous-tag *and* previous-tag×word features the
 * history is richer than tag bigrams, greedy decoding is linear with a tiny constant (one pass,
 * 9 scores per token), and on BIO NER it loses well under a point to Viterbi in the literature
 * (Ratinov & Roth 2009). The BIO constraint (I-X only after B-X/I-X) is enforced while decoding.
 *
 * Weights live in one flat Float32Array (feature index × tag); features map to row indexes.
 */

export const TAGS = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG', 'B-MISC', 'I-MISC'] as const;
export type Tag = (typeof TAGS)[number];
const NT = TAGS.length;
export const MODEL_PATH = PACKAGE_ROOT + 'data/models/ner.json';
const MODEL_FORMAT = 'rasd-ner';
const MODEL_VERSION = 1;

/** allowed[prev * NT + cur]: I-X may only follow B-X or I-X. */
const ALLOWED = new Uint8Array(NT * NT);
for (let p = 0; p < NT; p++) {
  for (let c = 0; c < NT; c++) {
    const ct = TAGS[c];
    ALLOWED[p * NT + c] = ct.startsWith('I-') ? Number(TAGS[p].slice(2) === ct.slice(2)) : 1;
  }
}

const PT = TAGS.map((t) => 'pt=' + t);
const PT2 = TAGS.map((p2) => TAGS.map((p) => 'pt2=' + p2 + '|' + p));

function dynamicFeatures(prev: number, prev2: number, norm: string): string[] {
  return [PT[prev], PT2[prev2][prev], 'ptw=' + TAGS[prev] + '|' + norm];
}

const START = 0; // 'O' stands for the sentence start in history features

/** The best tag allowed after `prev` (BIO: I-X only after B-X or I-X). */
function bestAllowed(scores: Float64Array, prev: number): number {
  let best = 0;
  let bestScore = -Infinity;
  for (let c = 0; c < NT; c++) {
    if (!ALLOWED[prev * NT + c]) continue;
    if (scores[c] > bestScore) {
      bestScore = scores[c];
      best = c;
    }
  }
  return best;
}

/**
 * Per word type, one slot of a shared Float64Array: its own features' scores summed, then its
 * context features summed by the position they fire from (as the left neighbour, right
 * neighbour, second left, second right), then its previous-tag × word rows (-2 = unresolved).
 */
const AS_LEFT = NT;
const AS_RIGHT = 2 * NT;
const AS_LEFT2 = 3 * NT;
const AS_RIGHT2 = 4 * NT;
const PTW = 5 * NT;
const SLOT = 6 * NT;
/** Bound of the small interned ids kept in flat tables (classes and shapes number a few dozen). */
const SMALL = 48;
/** Feature kinds that read one value of the word: [kind, block of SLOT, prefix of the value in the key]. */
const VALUE_GROUPS: { value: 'norm' | 'stem' | 'cls' | 'fq'; features: [string, number, string][] }[] = [
  { value: 'norm', features: [['w', 0, ''], ['w-1', AS_LEFT, ''], ['w+1', AS_RIGHT, ''], ['w-2', AS_LEFT2, ''], ['w+2', AS_RIGHT2, '']] },
  { value: 'stem', features: [['s', 0, ''], ['s-1', AS_LEFT, ''], ['s+1', AS_RIGHT, '']] },
  { value: 'cls', features: [['c', 0, ''], ['c-1', AS_LEFT, ''], ['c+1', AS_RIGHT, ''], ['c-2', AS_LEFT2, ''], ['c+2', AS_RIGHT2, '']] },
  // The own bucket feature is "fq=N"; seen from a neighbour it is "f-1=fq=N": both keyed "fq=N".
  { value: 'fq', features: [['fq', 0, 'fq='], ['f-1', AS_LEFT, ''], ['f+1', AS_RIGHT, '']] },
];
const GROUPED = new Set(VALUE_GROUPS.flatMap((g) => g.features.map(([k]) => k)));
/** Indexes (in SELF_KINDS) of the own features looked up one by one. */
const UNGROUPED_SELF = SELF_KINDS.flatMap((k, j) => (GROUPED.has(k) ? [] : [j]));

/** Block of each context feature (CTX_KINDS order: w-1 s-1 c-1 w+1 s+1 c+1 w-2 c-2 w+2 c+2 f-1 f+1). */
const CTX_BLOCK = [AS_LEFT, AS_LEFT, AS_LEFT, AS_RIGHT, AS_RIGHT, AS_RIGHT, AS_LEFT2, AS_LEFT2, AS_RIGHT2, AS_RIGHT2, AS_LEFT, AS_RIGHT];

const GAZ_CACHE = new Map<string, [string, string, string]>();
function gazFeature(tag: string, k: 0 | 1 | 2): string {
  let f = GAZ_CACHE.get(tag);
  if (!f) GAZ_CACHE.set(tag, (f = ['g=' + tag, 'g-1=' + tag, 'g+1=' + tag]));
  return f[k];
}
const GAZ_PAD = ['g=_', 'g-1=_', 'g+1=_'];

export class NerModel {
  constructor(
    readonly index: Map<string, number>,
    readonly weights: Float32Array,
    readonly lex: NameLexicon = nameLexicon(),
  ) {
    this.buildTables();
  }

  /** Tags for one sentence of surface tokens (optionally with their normalised forms and lexemes). */
  tag(surfaces: readonly string[], norms?: readonly string[], lexemes?: readonly Lexeme[]): Tag[] {
    const infos = tokenInfos(surfaces, this.lex, norms, lexemes);
    const gaz = gazetteerTags(infos, this.lex);
    const n = infos.length;
    const out: Tag[] = new Array(n);
    const scores = this.scores;
    const pad = this.padRows();
    let prev = START;
    let prev2 = START;
    let rows = n > 0 ? this.rowsOf(infos[0]) : null;
    let left: TypeRows | null = null;
    let right: TypeRows | null = n > 1 ? this.rowsOf(infos[1]) : null;
    for (let i = 0; i < n; i++) {
      const t = infos[i];
      const r = rows!;
      const right2 = i + 2 < n ? this.rowsOf(infos[i + 2]) : null;
      const left2 = i > 1 ? this.rowsOf(infos[i - 2]) : pad;
      const l = left ?? pad;
      const rt = right ?? pad;
      const r2 = right2 ?? pad;
      // The word's own scores, then its neighbours' pre-summed contributions.
      const v = r.vec;
      for (let c = 0; c < NT; c++) {
        scores[c] = v[r.off + c] + l.vec[l.off + AS_LEFT + c] + rt.vec[rt.off + AS_RIGHT + c] + left2.vec[left2.off + AS_LEFT2 + c] + r2.vec[r2.off + AS_RIGHT2 + c];
      }
      // Gazetteer tags, word pairs, class pairs and shape triples: rows by interned numbers.
      const p1 = i > 0 ? infos[i - 1] : PAD;
      const n1 = i + 1 < n ? infos[i + 1] : PAD;
      this.addRow(scores, this.gazRowsOf(gaz[i])[0]);
      this.addRow(scores, i > 0 ? this.gazRowsOf(gaz[i - 1])[1] : this.gazPad[1]);
      this.addRow(scores, i + 1 < n ? this.gazRowsOf(gaz[i + 1])[2] : this.gazPad[2]);
      // Word ids are never negative: a word in no pair feature needs no look-up.
      this.addRow(scores, r.nid < 0 ? -1 : l.wwAsLeft?.get(r.nid) ?? -1);
      this.addRow(scores, rt.nid < 0 ? -1 : r.wnAsLeft?.get(rt.nid) ?? -1);
      this.addRow(scores, this.classPairRow(t, n1));
      this.addRow(scores, this.shapeTripleRow(p1, t, n1));
      const h = this.history[prev2 * NT + prev];
      for (let c = 0; c < NT; c++) scores[c] += h[c];
      if (v[r.off + PTW] === -2) this.resolvePtw(r, t.norm);
      const pr = v[r.off + PTW + prev];
      this.addRow(scores, pr);
      const best = bestAllowed(scores, prev);
      out[i] = TAGS[best];
      prev2 = prev;
      prev = best;
      left = r;
      rows = right;
      right = right2;
    }
    return out;
  }

  /**
   * Word-pair features by interned ids, built from the feature index at load: left word id →
   * (right word id → row). Both keys are small integers, which V8's maps hash fastest.
   */
  private readonly wwRows = new Map<number, Map<number, number>>();
  private readonly wnRows = new Map<number, Map<number, number>>();
  private readonly smallRows = new Map<number, number>();
  /** Model-local ids of the words that occur in word-pair features (other words have none). */
  private readonly pairWordIds = new Map<string, number>();
  /** The previous-tag and previous-two-tags features' rows summed, by prev2 × NT + prev. */
  private readonly history: Float64Array[] = [];
  /** Gazetteer-tag feature rows ([g=, g-1=, g+1=]) by tag. */
  private readonly gazRows = new Map<string, Int32Array>();
  private gazPad = new Int32Array(3);

  /** Rows of the word's own features by value, one table per feature kind (kinds in VALUE_GROUPS excepted). */
  private readonly selfTables = SELF_KINDS.map(() => new Map<string, number>());
  private readonly ctxTables = CTX_KINDS.map(() => new Map<string, number>());
  /**
   * Features that read the same value of a word (its form, stem, class, frequency bucket),
   * whether the word's own or seen from a neighbour, summed per value into one vector laid out
   * like the first five blocks of SLOT: one look-up per value instead of one per feature.
   */
  private readonly groupTables = VALUE_GROUPS.map(() => new Map<string, Float64Array>());
  /** Previous-tag × word rows of a word, by previous tag (-1: none). */
  private readonly ptwRows = new Map<string, Int32Array>();
  private biasRow = -1;

  /** Every look-up table of the decoder, derived from the feature index when the model loads. */
  private buildTables(): void {
    const tableOf = new Map<string, Map<string, number>>();
    SELF_KINDS.forEach((k, j) => tableOf.set(k, this.selfTables[j]));
    CTX_KINDS.forEach(([k], j) => tableOf.set(k, this.ctxTables[j]));
    this.biasRow = this.index.get('b') ?? -1;
    for (const [f, row] of this.index) {
      const eq = f.indexOf('=');
      if (eq > 0) tableOf.get(f.slice(0, eq))?.set(f.slice(eq + 1), row);
      if (f.startsWith('ptw=')) {
        const bar = f.indexOf('|');
        const prev = TAGS.indexOf(f.slice(4, bar) as Tag);
        if (prev >= 0) {
          const word = f.slice(bar + 1);
          let rows = this.ptwRows.get(word);
          if (!rows) this.ptwRows.set(word, (rows = new Int32Array(NT).fill(-1)));
          rows[prev] = row;
        }
      }
      const isWw = f.startsWith('ww=');
      if (!isWw && !f.startsWith('wn=')) continue;
      const body = f.slice(3);
      const bar = body.indexOf('|');
      // A '|' token inside a pair is ambiguous to split: such rare features are left out.
      if (bar < 0 || body.indexOf('|', bar + 1) >= 0) continue;
      const table = isWw ? this.wwRows : this.wnRows;
      const a = this.pairWordId(body.slice(0, bar));
      let inner = table.get(a);
      if (!inner) table.set(a, (inner = new Map()));
      inner.set(this.pairWordId(body.slice(bar + 1)), row);
    }
    VALUE_GROUPS.forEach((group, g) => {
      for (const [kind, block, keyPrefix] of group.features) {
        for (const [value, row] of tableOf.get(kind)!) {
          const key = keyPrefix + value;
          let vec = this.groupTables[g].get(key);
          if (!vec) this.groupTables[g].set(key, (vec = new Float64Array(PTW)));
          this.addRowAt(vec, block, row);
        }
      }
    });
    for (let p2 = 0; p2 < NT; p2++) {
      for (let p = 0; p < NT; p++) {
        const v = new Float64Array(NT);
        this.addRow(v, this.index.get(PT[p]) ?? -1);
        this.addRow(v, this.index.get(PT2[p2][p]) ?? -1);
        this.history.push(v);
      }
    }
    this.gazPad = Int32Array.from(GAZ_PAD.map((f) => this.index.get(f) ?? -1));
  }

  private pairWordId(word: string): number {
    let id = this.pairWordIds.get(word);
    if (id === undefined) this.pairWordIds.set(word, (id = this.pairWordIds.size));
    return id;
  }

  /** Rows of the gazetteer-tag features [g=, g-1=, g+1=] of a tag (most tokens have none: ''). */
  private gazRowsOf(tag: string): Int32Array {
    if (tag === '') return (this.noGazRows ??= this.resolveGazRows(''));
    return this.gazRows.get(tag) ?? this.resolveGazRows(tag);
  }
  private noGazRows: Int32Array | null = null;

  private resolveGazRows(tag: string): Int32Array {
    const rows = Int32Array.from([0, 1, 2].map((j) => this.index.get(gazFeature(tag, j as 0 | 1 | 2)) ?? -1));
    this.gazRows.set(tag, rows);
    return rows;
  }

  /** The previous-tag × word rows of a word type, all previous tags at once. */
  private resolvePtw(r: TypeRows, norm: string): void {
    const rows = this.ptwRows.get(norm);
    for (let p = 0; p < NT; p++) r.vec[r.off + PTW + p] = rows ? rows[p] : -1;
  }

  /**
   * Class-pair and shape-triple rows by small interned ids, resolved once: in flat tables while
   * the ids are few (they are: a few dozen classes and shapes), else in a map.
   */
  private readonly classPairs = new Int32Array(SMALL * SMALL).fill(-2);
  private readonly shapeTriples = new Int32Array(SMALL * SMALL * SMALL).fill(-2);

  private classPairRow(t: TokenInfo, n1: TokenInfo): number {
    if (t.cid >= SMALL || n1.cid >= SMALL) return this.smallRow(1, t.cid, n1.cid, 0, () => 'cc=' + t.cls + '|' + n1.cls);
    const k = t.cid * SMALL + n1.cid;
    const row = this.classPairs[k];
    return row !== -2 ? row : (this.classPairs[k] = this.index.get('cc=' + t.cls + '|' + n1.cls) ?? -1);
  }

  private shapeTripleRow(p1: TokenInfo, t: TokenInfo, n1: TokenInfo): number {
    if (p1.sid >= SMALL || t.sid >= SMALL || n1.sid >= SMALL) return this.smallRow(2, p1.sid, t.sid, n1.sid, () => 'sh3=' + p1.shape + t.shape + n1.shape);
    const k = (p1.sid * SMALL + t.sid) * SMALL + n1.sid;
    const row = this.shapeTriples[k];
    return row !== -2 ? row : (this.shapeTriples[k] = this.index.get('sh3=' + p1.shape + t.shape + n1.shape) ?? -1);
  }

  /** Row of a feature over a few small interned ids (class pairs, shape triples), resolved once. */
  private smallRow(kind: number, a: number, b: number, c: number, feature: () => string): number {
    // Small ids stay far below 2^9, so the key is a small integer.
    const key = kind * 134_217_728 + ((a * 512 + b) * 512 + c);
    let row = this.smallRows.get(key);
    if (row === undefined) this.smallRows.set(key, (row = this.index.get(feature()) ?? -1));
    return row;
  }

  private pad: TypeRows | null = null;
  private padRows(): TypeRows {
    return (this.pad ??= this.typeRows(PAD, [], CTX_KINDS.map(([k]) => this.index.get(k + '=_') ?? -1)));
  }

  private rowsOf(t: TokenInfo): TypeRows {
    const cached = t.rows;
    if (cached !== undefined && cached.model === this) return cached;
    // Looked up by value: no feature strings are built.
    const values = selfValues(t);
    const self: number[] = [this.biasRow];
    for (const j of UNGROUPED_SELF) self.push(this.selfTables[j].get(values[j]) ?? -1);
    const rows = this.typeRows(t, self, []);
    for (let g = 0; g < VALUE_GROUPS.length; g++) {
      const vec = this.groupTables[g].get(t[VALUE_GROUPS[g].value]);
      if (vec === undefined) continue;
      const at = rows.off;
      for (let k = 0; k < PTW; k++) rows.vec[at + k] += vec[k];
    }
    return (t.rows = rows);
  }

  /** Slab the per-type vectors are carved from: one typed array per 4,096 word types. */
  private slab = new Float64Array(0);
  private slabUsed = 0;

  /** A word type's summed scores (see SLOT) from its own and its context feature rows. */
  private typeRows(t: TokenInfo, self: readonly number[], ctx: readonly number[]): TypeRows {
    if (this.slabUsed + SLOT > this.slab.length) {
      this.slab = new Float64Array(SLOT * 4096);
      this.slabUsed = 0;
    }
    const vec = this.slab;
    const off = this.slabUsed;
    this.slabUsed += SLOT;
    for (const row of self) this.addRowAt(vec, off, row);
    for (let k = 0; k < ctx.length; k++) this.addRowAt(vec, off + CTX_BLOCK[k], ctx[k]);
    vec.fill(-2, off + PTW, off + PTW + NT);
    const nid = this.pairWordIds.get(t.norm) ?? -1;
    return { model: this, vec, off, nid, wwAsLeft: this.wwRows.get(nid), wnAsLeft: this.wnRows.get(nid) };
  }

  private addRowAt(vec: Float64Array, at: number, row: number): void {
    if (row < 0) return;
    const w = this.weights;
    const o = row * NT;
    for (let c = 0; c < NT; c++) vec[at + c] += w[o + c];
  }

  private addRow(scores: Float64Array, row: number): void {
    this.addRowAt(scores, 0, row);
  }

  private readonly scores = new Float64Array(NT);
}

// ---------------------------------------------------------------- training

export interface TrainOptions {
  iterations?: number;
  /** Drop features whose largest absolute averaged weight is below this. */
  prune?: number;
  log?: (line: string) => void;
  seed?: number;
}

export interface TaggedSentence {
  tokens: string[];
  tags: Tag[];
}

/** Trains an averaged perceptron (lazy averaging with timestamps) and returns the model. */
export function trainTagger(sentences: readonly TaggedSentence[], options: TrainOptions = {}): NerModel {
  const iterations = options.iterations ?? 8;
  const lex = nameLexicon();
  const index = new Map<string, number>();
  let cap = 1 << 16;
  let w = new Float64Array(cap * NT);
  let total = new Float64Array(cap * NT);
  let stamp = new Float64Array(cap * NT);
  let time = 0;
  const rowOf = (f: string): number => {
    let r = index.get(f);
    if (r === undefined) {
      r = index.size;
      index.set(f, r);
      if (r >= cap) {
        cap *= 2;
        const grow = (a: Float64Array) => {
          const b = new Float64Array(cap * NT);
          b.set(a);
          return b;
        };
        w = grow(w);
        total = grow(total);
        stamp = grow(stamp);
      }
    }
    return r;
  };
  const update = (feats: readonly string[], tag: number, delta: number) => {
    for (const f of feats) {
      const k = rowOf(f) * NT + tag;
      total[k] += (time - stamp[k]) * w[k];
      stamp[k] = time;
      w[k] += delta;
    }
  };
  // Static features are precomputed once: they do not depend on the weights.
  const prepared = sentences.map((s) => {
    const infos = tokenInfos(s.tokens, lex);
    return { infos, feats: sentenceFeatures(infos, gazetteerTags(infos, lex)), gold: s.tags.map((t) => TAGS.indexOf(t)) };
  });
  const order = prepared.map((_, i) => i);
  let rng = options.seed ?? 1;
  const random = () => ((rng = (rng * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const scores = new Float64Array(NT);
  const score = (feats: readonly string[]) => {
    for (const f of feats) {
      const r = index.get(f);
      if (r === undefined) continue;
      const o = r * NT;
      for (let c = 0; c < NT; c++) scores[c] += w[o + c];
    }
  };
  for (let it = 0; it < iterations; it++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let errors = 0;
    let tokens = 0;
    for (const si of order) {
      const { infos, feats, gold } = prepared[si];
      let prev = START;
      let prev2 = START;
      for (let i = 0; i < feats.length; i++) {
        time++;
        scores.fill(0);
        score(feats[i]);
        const dyn = dynamicFeatures(prev, prev2, infos[i].norm);
        score(dyn);
        const best = bestAllowed(scores, prev);
        const g = gold[i];
        if (best !== g) {
          errors++;
          update(feats[i], g, 1);
          update(dyn, g, 1);
          update(feats[i], best, -1);
          update(dyn, best, -1);
        }
        tokens++;
        // Follow the gold history while training (standard for greedy perceptron taggers).
        prev2 = prev;
        prev = g;
      }
    }
    options.log?.(`iteration ${it + 1}/${iterations}: token error rate ${(errors / tokens).toFixed(4)}`);
  }
  // Average and prune.
  const prune = options.prune ?? 0.0;
  const keptIndex = new Map<string, number>();
  const kept: number[] = [];
  for (const [f, r] of index) {
    let maxAbs = 0;
    const row = new Array<number>(NT);
    for (let c = 0; c < NT; c++) {
      const k = r * NT + c;
      const avg = (total[k] + (time - stamp[k]) * w[k]) / time;
      row[c] = avg;
      maxAbs = Math.max(maxAbs, Math.abs(avg));
    }
    if (maxAbs <= prune) continue;
    keptIndex.set(f, keptIndex.size);
    kept.push(...row);
  }
  return new NerModel(keptIndex, Float32Array.from(kept), lex);
}

// ---------------------------------------------------------------- model I/O

/**
 * File format (JSON): {format:"rasd-ner", version, tags, scale, features: string[],
 * weights: base64 of Int16 (features × tags, quantised by `scale`), checksum: FNV-1a of the
 * weight bytes}. Quantising to 16 bits halves the file with no measurable accuracy change.
 */
interface ModelFile {
  format: string;
  version: number;
  tags: string[];
  scale: number;
  features: string[];
  weights: string;
  checksum: number;
}

function fnv1a(bytes: Uint8Array): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) {
    h ^= bytes[i];
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export function serializeModel(model: NerModel): string {
  let maxAbs = 0;
  for (const v of model.weights) maxAbs = Math.max(maxAbs, Math.abs(v));
  const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
  const q = new Int16Array(model.weights.length);
  for (let i = 0; i < q.length; i++) q[i] = Math.round(model.weights[i] / scale);
  const bytes = new Uint8Array(q.buffer);
  const features = new Array<string>(model.index.size);
  for (const [f, r] of model.index) features[r] = f;
  const file: ModelFile = { format: MODEL_FORMAT, version: MODEL_VERSION, tags: [...TAGS], scale, features, weights: Buffer.from(bytes).toString('base64'), checksum: fnv1a(bytes) };
  return JSON.stringify(file);
}

export function saveModel(model: NerModel, path = MODEL_PATH): void {
  writeFileSync(path, serializeModel(model));
}

function corrupt(path: string, why: string): RasdError {
  return new RasdError('E_MODEL_CORRUPT', `NER model ${path} is unusable: ${why}; rebuild it with npm run train:ner`);
}

export function parseModel(text: string, path = '<memory>'): NerModel {
  let file: ModelFile;
  try {
    file = JSON.parse(text) as ModelFile;
  } catch (err) {
    throw corrupt(path, `not valid JSON (truncated?): ${(err as Error).message}`);
  }
  if (!file || file.format !== MODEL_FORMAT) throw corrupt(path, `format is ${JSON.stringify(file?.format)}, expected "${MODEL_FORMAT}"`);
  if (file.version !== MODEL_VERSION) throw corrupt(path, `version ${file.version}, this build reads version ${MODEL_VERSION}`);
  if (!Array.isArray(file.tags) || file.tags.join(',') !== TAGS.join(',')) throw corrupt(path, 'tag set differs from this build');
  if (!Array.isArray(file.features) || typeof file.weights !== 'string' || typeof file.scale !== 'number') throw corrupt(path, 'missing features, weights or scale');
  const buf = Buffer.from(file.weights, 'base64');
  if (buf.length !== file.features.length * NT * 2) throw corrupt(path, `${buf.length} weight bytes for ${file.features.length} features × ${NT} tags`);
  const bytes = new Uint8Array(buf.buffer, buf.byteOffset, buf.length);
  if (fnv1a(bytes) !== file.checksum) throw corrupt(path, 'checksum mismatch');
  const q = new Int16Array(bytes.slice().buffer);
  const weights = new Float32Array(q.length);
  for (let i = 0; i < q.length; i++) weights[i] = q[i] * file.scale;
  const index = new Map<string, number>();
  for (let i = 0; i < file.features.length; i++) index.set(file.features[i], i);
  return new NerModel(index, weights);
}

export function loadModel(path = MODEL_PATH): NerModel {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw corrupt(path, `cannot read it (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  return parseModel(text, path);
}

let shipped: NerModel | null | undefined;
/** The shipped model, loaded once; null (with no throw) when the file is absent. */
export function defaultModel(): NerModel | null {
  if (shipped !== undefined) return shipped;
  try {
    shipped = loadModel();
  } catch (err) {
    if ((err as RasdError).message.includes('cannot read it')) shipped = null;
    else throw err;
  }
  return shipped;
}
