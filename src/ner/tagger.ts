import { readFileSync, writeFileSync } from 'node:fs';
import { RasdError } from '../errors.js';
import { PACKAGE_ROOT } from '../text/lexicon.js';
import { nameLexicon, type NameLexicon } from './gazetteer.js';
import { gazetteerTags, sentenceFeatures, tokenInfos, contextFeatures, CONTEXT_FEATURES, PAD, PAD_CTX, normId, pairKey, type TokenInfo } from './features.js';

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

function ptwFeature(info: TokenInfo, prev: number): string {
  const cache = (info.ptw ??= new Array<string>(NT));
  return (cache[prev] ??= 'ptw=' + TAGS[prev] + '|' + info.norm);
}

const START = 0; // 'O' stands for the sentence start in history features

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
    this.buildPairTables();
  }

  /** Tags for one sentence of surface tokens (optionally with their normalised forms). */
  tag(surfaces: readonly string[], norms?: readonly string[]): Tag[] {
    const infos = tokenInfos(surfaces, this.lex, norms);
    const gaz = gazetteerTags(infos, this.lex);
    const n = infos.length;
    const out: Tag[] = new Array(n);
    const scores = this.scores;
    const w = this.weights;
    let prev = START;
    let prev2 = START;
    for (let i = 0; i < n; i++) {
      scores.fill(0);
      const t = infos[i];
      const rows = this.rowsOf(t);
      const own = rows.selfScores;
      for (let c = 0; c < NT; c++) scores[c] += own[c];
      // Neighbour features come cached on the neighbours' own word types.
      if (i > 0) {
        const r = this.rowsOf(infos[i - 1]).ctx;
        this.addRow(scores, r[0]);
        this.addRow(scores, r[1]);
        this.addRow(scores, r[2]);
      } else this.addRows(scores, this.padRows(0, 3));
      if (i + 1 < n) {
        const r = this.rowsOf(infos[i + 1]).ctx;
        this.addRow(scores, r[3]);
        this.addRow(scores, r[4]);
        this.addRow(scores, r[5]);
      } else this.addRows(scores, this.padRows(3, 6));
      if (i > 1) {
        const r = this.rowsOf(infos[i - 2]).ctx;
        this.addRow(scores, r[6]);
        this.addRow(scores, r[7]);
      } else this.addRows(scores, this.padRows(6, 8));
      if (i + 2 < n) {
        const r = this.rowsOf(infos[i + 2]).ctx;
        this.addRow(scores, r[8]);
        this.addRow(scores, r[9]);
      } else this.addRows(scores, this.padRows(8, 10));
      // Gazetteer tags: constant strings (hash cached); word pairs, class pairs and shape
      // triples: numeric keys into tables derived from the feature index (no new strings).
      const p1 = i > 0 ? infos[i - 1] : PAD;
      const n1 = i + 1 < n ? infos[i + 1] : PAD;
      this.addOne(scores, gazFeature(gaz[i], 0));
      this.addOne(scores, i > 0 ? gazFeature(gaz[i - 1], 1) : GAZ_PAD[1]);
      this.addOne(scores, i + 1 < n ? gazFeature(gaz[i + 1], 2) : GAZ_PAD[2]);
      this.addRow(scores, this.wwRows.get(pairKey(p1.nid, t.nid)) ?? -1);
      this.addRow(scores, this.wnRows.get(pairKey(t.nid, n1.nid)) ?? -1);
      this.addRow(scores, this.smallRow(1, t.cid, n1.cid, 0, () => 'cc=' + t.cls + '|' + n1.cls));
      this.addRow(scores, this.smallRow(2, p1.sid, t.sid, n1.sid, () => 'sh3=' + p1.shape + t.shape + n1.shape));
      this.addRow(scores, i > 0 ? this.rowsOf(p1).ctx[10] : this.padRows(10, 11)[0]);
      this.addRow(scores, i + 1 < n ? this.rowsOf(n1).ctx[11] : this.padRows(11, 12)[0]);
      this.addOne(scores, PT[prev]);
      this.addOne(scores, PT2[prev2][prev]);
      let pr = rows.ptw[prev];
      if (pr === -2) pr = rows.ptw[prev] = this.index.get(ptwFeature(t, prev)) ?? -1;
      this.addRow(scores, pr);
      let best = 0;
      let bestScore = -Infinity;
      for (let c = 0; c < NT; c++) {
        if (!ALLOWED[prev * NT + c]) continue;
        if (scores[c] > bestScore) {
          bestScore = scores[c];
          best = c;
        }
      }
      out[i] = TAGS[best];
      prev2 = prev;
      prev = best;
    }
    void w;
    return out;
  }

  /** Rows of the word-pair features by interned ids, built from the feature index at load. */
  private readonly wwRows = new Map<number, number>();
  private readonly wnRows = new Map<number, number>();
  private readonly smallRows = new Map<number, number>();

  private buildPairTables(): void {
    for (const [f, row] of this.index) {
      const isWw = f.startsWith('ww=');
      if (!isWw && !f.startsWith('wn=')) continue;
      const body = f.slice(3);
      const bar = body.indexOf('|');
      // A '|' token inside a pair is ambiguous to split: such rare features are left out.
      if (bar < 0 || body.indexOf('|', bar + 1) >= 0) continue;
      (isWw ? this.wwRows : this.wnRows).set(pairKey(normId(body.slice(0, bar)), normId(body.slice(bar + 1))), row);
    }
  }

  /** Row of a feature over a few small interned ids (class pairs, shape triples), resolved once. */
  private smallRow(kind: number, a: number, b: number, c: number, feature: () => string): number {
    const key = ((kind * 1024 + a) * 1024 + b) * 1024 + c;
    let row = this.smallRows.get(key);
    if (row === undefined) this.smallRows.set(key, (row = this.index.get(feature()) ?? -1));
    return row;
  }

  private pad: Int32Array | null = null;
  private padRows(from: number, to: number): Int32Array {
    if (!this.pad) {
      this.pad = new Int32Array(PAD_CTX.length);
      for (let k = 0; k < PAD_CTX.length; k++) this.pad[k] = this.index.get(PAD_CTX[k]) ?? -1;
    }
    return this.pad.subarray(from, to);
  }

  private rowsOf(t: TokenInfo): NonNullable<TokenInfo['rows']> {
    if (t.rows && t.rows.model === this) return t.rows;
    // Plain loops: TypedArray.from with a mapping function is slow in V8.
    const found: number[] = [];
    for (const f of t.self) {
      const r = this.index.get(f);
      if (r !== undefined) found.push(r);
    }
    const ctx = new Int32Array(t.ctx.length);
    for (let k = 0; k < t.ctx.length; k++) ctx[k] = this.index.get(t.ctx[k]) ?? -1;
    const self = Int32Array.from(found);
    // The word's own features never change: their summed scores are computed once per word type.
    const selfScores = new Float64Array(NT);
    this.addRows(selfScores, self);
    const rows = { model: this, self, selfScores, ctx, ptw: new Int32Array(NT).fill(-2) };
    t.rows = rows;
    return rows;
  }

  private addRow(scores: Float64Array, row: number): void {
    if (row < 0) return;
    const w = this.weights;
    const o = row * NT;
    for (let c = 0; c < NT; c++) scores[c] += w[o + c];
  }

  private addRows(scores: Float64Array, rows: Int32Array): void {
    for (let k = 0; k < rows.length; k++) this.addRow(scores, rows[k]);
  }

  private readonly scores = new Float64Array(NT);
  private readonly ctx = new Array<string>(CONTEXT_FEATURES);

  private addOne(scores: Float64Array, f: string): void {
    const row = this.index.get(f);
    if (row === undefined) return;
    const w = this.weights;
    const o = row * NT;
    for (let c = 0; c < NT; c++) scores[c] += w[o + c];
  }

  private addScores(scores: Float64Array, feats: readonly string[]): void {
    const w = this.weights;
    for (const f of feats) {
      const row = this.index.get(f);
      if (row === undefined) continue;
      const o = row * NT;
      for (let c = 0; c < NT; c++) scores[c] += w[o + c];
    }
  }
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
        let best = 0;
        let bestScore = -Infinity;
        for (let c = 0; c < NT; c++) {
          if (!ALLOWED[prev * NT + c]) continue;
          if (scores[c] > bestScore) {
            bestScore = scores[c];
            best = c;
          }
        }
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
