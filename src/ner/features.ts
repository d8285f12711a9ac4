import { normalize } from '../text/normalize.js';
import { stripProclitics } from '../text/clitics.js';
import type { NameLexicon } from './gazetteer.js';
import { wordFrequency } from '../text/lexicon.js';

/**
 * Static (tag-independent) features of every token of a sentence, computed once per sentence;
 * the decoder adds the few previous-tag features per position.
 *
 * Speed: everything that depends on one word type only (its stem, affixes, class, and the
 * strings for "this word as the left/right neighbour") is built once per type and cached, so
 * a token costs a cache hit plus three concatenations (the word bigrams and the shape triple).
 * Cached strings also keep their hash, which makes the model's Map look-ups cheap.
 */

const LATIN = /^[A-Za-z]/;
const DIGIT = /^[0-9\u0660-\u0669]/;
const ARABIC = /^[\u0600-\u06ff]/;

export interface TokenInfo {
  norm: string;
  stem: string;
  cls: string;
  shape: string;
  /** Features of the word itself. */
  self: string[];
  /** The word seen from its neighbours: [w-1, s-1, c-1, w+1, s+1, c+1, w-2, c-2, w+2, c+2]. */
  ctx: string[];
  /** Previous-tag × word features, built on first use (index = previous tag). */
  ptw?: string[];
  /** Feature rows of `self`, `ctx` and `ptw` in one model (resolved once per word type; -1 = absent, -2 = not yet resolved). */
  rows?: { model: object; self: Int32Array; selfScores: Float64Array; ctx: Int32Array; ptw: Int32Array };
  /** Interned ids of the normalised word, its class and its shape (numeric keys for pair features). */
  nid: number;
  cid: number;
  sid: number;
}

/** Interning tables: the decoder keys word-pair, class-pair and shape-triple features by numbers, not new strings. */
const NORM_IDS = new Map<string, number>();
const SMALL_IDS = new Map<string, number>();
export function normId(norm: string): number {
  let id = NORM_IDS.get(norm);
  if (id === undefined) NORM_IDS.set(norm, (id = NORM_IDS.size));
  return id;
}
export function smallId(s: string): number {
  let id = SMALL_IDS.get(s);
  if (id === undefined) SMALL_IDS.set(s, (id = SMALL_IDS.size));
  return id;
}
/** Key of a pair of interned ids (ids stay far below 2^26). */
export function pairKey(a: number, b: number): number {
  return a * 67_108_864 + b;
}

function shapeOf(surface: string): string {
  if (ARABIC.test(surface)) return surface.length <= 2 ? 'a2' : surface.length <= 4 ? 'a4' : 'a5';
  if (LATIN.test(surface)) return surface === surface.toUpperCase() ? 'LU' : surface[0] === surface[0].toUpperCase() ? 'Lc' : 'Ll';
  if (DIGIT.test(surface)) return 'd';
  if (surface[0] === '#') return 'h';
  if (surface[0] === '@') return 'm';
  return 'p';
}

export const PAD_CTX = ['w-1=_', 's-1=_', 'c-1=_', 'w+1=_', 's+1=_', 'c+1=_', 'w-2=_', 'c-2=_', 'w+2=_', 'c+2=_', 'f-1=_', 'f+1=_'];
export const PAD: TokenInfo = { norm: '_', stem: '_', cls: '_', shape: '_', self: [], ctx: PAD_CTX, nid: normId('_'), cid: smallId('_'), sid: smallId('_') };
const MAX_CACHE = 200_000;
const caches = new WeakMap<NameLexicon, Map<string, TokenInfo>>();

function infoOf(surface: string, norm: string, lex: NameLexicon): TokenInfo {
  const stem = norm.length > 3 && ARABIC.test(norm) ? stripProclitics(norm, { article: true }).stem : norm;
  const cls = lex.wordClass.get(norm) ?? lex.wordClass.get(stem) ?? '';
  const shape = shapeOf(surface);
  const art = norm.length > 3 && (norm.startsWith('ال') || norm.startsWith('وال') || norm.startsWith('بال') || norm.startsWith('لل'));
  const self = [
    'b', 'w=' + norm, 's=' + stem, 'p2=' + norm.slice(0, 2), 'p3=' + norm.slice(0, 3), 'x2=' + norm.slice(-2), 'x3=' + norm.slice(-3),
    'sx2=' + stem.slice(-2), 'sp2=' + stem.slice(0, 2), 'x4=' + norm.slice(-4), 'p4=' + norm.slice(0, 4), 'sx3=' + stem.slice(-3), 'x1=' + norm.slice(-1), 'sh=' + shape, 'c=' + cls, 'al=' + art, 'cl=' + (norm.length - stem.length),
  ];
  // Frequency in unlabelled news (log buckets): names are rarer than the words around them.
  const fq = 'fq=' + Math.min(6, Math.floor(Math.log10(1 + wordFrequency(norm))));
  const sfq = 'sfq=' + Math.min(6, Math.floor(Math.log10(1 + wordFrequency(stem))));
  self.push(fq, sfq);
  const ctx = ['w-1=' + norm, 's-1=' + stem, 'c-1=' + cls, 'w+1=' + norm, 's+1=' + stem, 'c+1=' + cls, 'w-2=' + norm, 'c-2=' + cls, 'w+2=' + norm, 'c+2=' + cls, 'f-1=' + fq, 'f+1=' + fq];
  return { norm, stem, cls, shape, self, ctx, nid: normId(norm), cid: smallId(cls), sid: smallId(shape) };
}

/** Per-token information shared by feature extraction and the annotator. */
export function tokenInfos(surfaces: readonly string[], lex: NameLexicon, norms?: readonly string[]): TokenInfo[] {
  let cache = caches.get(lex);
  if (!cache || cache.size > MAX_CACHE) caches.set(lex, (cache = new Map()));
  const out: TokenInfo[] = new Array(surfaces.length);
  for (let i = 0; i < surfaces.length; i++) {
    const s = surfaces[i];
    let info = cache.get(s);
    if (!info) {
      info = infoOf(s, norms ? norms[i] : normalize(s), lex);
      cache.set(s, info);
    }
    out[i] = info;
  }
  return out;
}

/** Gazetteer-match tags per token (B-/I- + type of the longest KB/gazetteer form), trying the stem of the first token too. */
export function gazetteerTags(infos: readonly TokenInfo[], lex: NameLexicon): string[] {
  const tags = new Array<string>(infos.length).fill('');
  const norms = infos.map((t) => t.norm);
  for (let i = 0; i < infos.length; i++) {
    const m = lex.matchAt(norms, i) ?? (infos[i].stem !== infos[i].norm ? lex.matchAt(norms, i, infos[i].stem) : null);
    if (!m) continue;
    tags[i] = 'B' + m.form.entry.type;
    for (let j = i + 1; j <= m.last; j++) tags[j] = 'I' + m.form.entry.type;
    i = m.last;
  }
  return tags;
}

const GAZ_FEATS = new Map<string, [string, string, string]>();
function gazFeats(tag: string): [string, string, string] {
  let f = GAZ_FEATS.get(tag);
  if (!f) GAZ_FEATS.set(tag, (f = ['g=' + tag, 'g-1=' + tag, 'g+1=' + tag]));
  return f;
}
const GAZ_PAD = gazFeats('_');

/** The static features of token i that are not cached per word type (neighbours, gazetteer, pairs). */
export function contextFeatures(infos: readonly TokenInfo[], gaz: readonly string[], i: number, out: string[]): void {
  const n = infos.length;
  const t = infos[i];
  const p1 = i > 0 ? infos[i - 1] : PAD;
  const p2 = i > 1 ? infos[i - 2] : PAD;
  const n1 = i + 1 < n ? infos[i + 1] : PAD;
  const n2 = i + 2 < n ? infos[i + 2] : PAD;
  out[0] = p1.ctx[0];
  out[1] = p1.ctx[1];
  out[2] = p1.ctx[2];
  out[3] = n1.ctx[3];
  out[4] = n1.ctx[4];
  out[5] = n1.ctx[5];
  out[6] = p2.ctx[6];
  out[7] = p2.ctx[7];
  out[8] = n2.ctx[8];
  out[9] = n2.ctx[9];
  out[10] = gazFeats(gaz[i])[0];
  out[11] = (i > 0 ? gazFeats(gaz[i - 1]) : GAZ_PAD)[1];
  out[12] = (i + 1 < n ? gazFeats(gaz[i + 1]) : GAZ_PAD)[2];
  out[13] = 'sh3=' + p1.shape + t.shape + n1.shape;
  out[14] = 'ww=' + p1.norm + '|' + t.norm;
  out[15] = 'wn=' + t.norm + '|' + n1.norm;
  out[16] = 'cc=' + t.cls + '|' + n1.cls;
  out[17] = p1.ctx[10];
  out[18] = n1.ctx[11];
}
export const CONTEXT_FEATURES = 19;

/** Static feature strings for every token. */
export function sentenceFeatures(infos: readonly TokenInfo[], gaz: readonly string[]): string[][] {
  const n = infos.length;
  const out: string[][] = new Array(n);
  for (let i = 0; i < n; i++) {
    const t = infos[i];
    const p1 = i > 0 ? infos[i - 1] : PAD;
    const p2 = i > 1 ? infos[i - 2] : PAD;
    const n1 = i + 1 < n ? infos[i + 1] : PAD;
    const n2 = i + 2 < n ? infos[i + 2] : PAD;
    void p2;
    void n2;
    const ctx = new Array<string>(CONTEXT_FEATURES);
    contextFeatures(infos, gaz, i, ctx);
    out[i] = t.self.concat(ctx);
  }
  return out;
}
