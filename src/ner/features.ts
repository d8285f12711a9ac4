import { normalize } from '../text/normalize.js';
import { stripProclitics } from '../text/clitics.js';
import type { NameLexicon } from './gazetteer.js';
import { wordFrequency } from '../text/lexicon.js';
import { BoundedCache } from '../text/memo.js';
import { lexemeField, type Lexeme } from '../text/lexeme.js';

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
  /** Frequency bucket feature of the word ("fq=3"; "_" for padding), also seen from neighbours. */
  fq: string;
  /** Whether the word carries the article ("true"/"false"), and its stem's frequency bucket. */
  art: string;
  sfq: string;
  /** Feature strings, built on first use (training and reference scoring; the decoder uses values). */
  self: string[] | undefined;
  ctx: string[] | undefined;
  /** What one model makes of this word type (resolved once per type). */
  rows: TypeRows | undefined;
  /** Interned ids of its class and its shape. */
  cid: number;
  /** A gazetteer form starts with the word or its stem (else no match can start here). */
  gazFirst: boolean;
  /** The name lexicon it was computed with (null for the padding). */
  lexicon: NameLexicon | null;
  sid: number;
}

/** The word's own feature kinds (besides the bias "b"). */
export const SELF_KINDS = ['w', 's', 'p2', 'p3', 'x2', 'x3', 'sx2', 'sp2', 'x4', 'p4', 'sx3', 'x1', 'sh', 'c', 'al', 'cl', 'fq', 'sfq'] as const;
/** The word seen from its neighbours: kind and which of its values. */
export const CTX_KINDS: readonly (readonly [string, 'norm' | 'stem' | 'cls' | 'fq'])[] = [
  ['w-1', 'norm'], ['s-1', 'stem'], ['c-1', 'cls'], ['w+1', 'norm'], ['s+1', 'stem'], ['c+1', 'cls'],
  ['w-2', 'norm'], ['c-2', 'cls'], ['w+2', 'norm'], ['c+2', 'cls'], ['f-1', 'fq'], ['f+1', 'fq'],
];

/** The word's own feature strings (with the bias first). */
export function selfFeatures(info: TokenInfo): string[] {
  return (info.self ??= ['b', ...selfValues(info).map((v, j) => SELF_KINDS[j] + '=' + v)]);
}

/** The word's feature strings as seen from its neighbours: [w-1, s-1, c-1, w+1, s+1, c+1, w-2, c-2, w+2, c+2, f-1, f+1]. */
export function ctxFeatures(info: TokenInfo): string[] {
  return (info.ctx ??= CTX_KINDS.map(([k, v]) => k + '=' + info[v]));
}

/**
 * What one model makes of a word type: a slot `off` in the model's typed array `vec` (the
 * model defines the layout) and its word-pair tables as the left word.
 */
export interface TypeRows {
  model: object;
  vec: Float64Array;
  off: number;
  /** The model's id for the word in its word-pair features (-1: in none). */
  nid: number;
  wwAsLeft: Map<number, number> | undefined;
  wnAsLeft: Map<number, number> | undefined;
}

/** Interned ids of word classes and shapes (numeric keys for the class-pair and shape-triple features). */
const SMALL_IDS = new Map<string, number>();
export function smallId(s: string): number {
  let id = SMALL_IDS.get(s);
  if (id === undefined) SMALL_IDS.set(s, (id = SMALL_IDS.size));
  return id;
}
function shapeOf(surface: string): string {
  const c = surface.charCodeAt(0);
  if (c >= 0x600 && c <= 0x6ff) return surface.length <= 2 ? 'a2' : surface.length <= 4 ? 'a4' : 'a5';
  if (LATIN.test(surface)) return surface === surface.toUpperCase() ? 'LU' : surface[0] === surface[0].toUpperCase() ? 'Lc' : 'Ll';
  if (DIGIT.test(surface)) return 'd';
  if (surface[0] === '#') return 'h';
  if (surface[0] === '@') return 'm';
  return 'p';
}

/** The padding "word" before and after a sentence. */
export const PAD: TokenInfo = { norm: '_', stem: '_', cls: '_', shape: '_', fq: '_', art: '_', sfq: '_', gazFirst: false, self: [], ctx: undefined, rows: undefined, cid: smallId('_'), sid: smallId('_'), lexicon: null };
/** Word types kept per generation: a full young table becomes the old one, so frequent words survive. */
const CACHE_GENERATION = 120_000;
const caches = new WeakMap<NameLexicon, BoundedCache<TokenInfo>>();

function infoOf(shape: string, norm: string, lex: NameLexicon): TokenInfo {
  const stem = norm.length > 3 && ARABIC.test(norm) ? stripProclitics(norm, { article: true }).stem : norm;
  const cls = lex.wordClass.get(norm) ?? lex.wordClass.get(stem) ?? '';
  const art = norm.length > 3 && (norm.startsWith('ال') || norm.startsWith('وال') || norm.startsWith('بال') || norm.startsWith('لل'));
  // Frequency in unlabelled news (log buckets): names are rarer than the words around them.
  const fqBucket = String(Math.min(6, Math.floor(Math.log10(1 + wordFrequency(norm)))));
  const sfqBucket = String(Math.min(6, Math.floor(Math.log10(1 + wordFrequency(stem)))));
  return { norm, stem, cls, shape, fq: 'fq=' + fqBucket, art: String(art), sfq: sfqBucket, gazFirst: lex.byFirst.has(norm) || (stem !== norm && lex.byFirst.has(stem)), self: undefined, ctx: undefined, rows: undefined, cid: smallId(cls), sid: smallId(shape), lexicon: lex };
}

/**
 * Values of the word's own features, in `SELF_KINDS` order (the feature is kind=value). Built
 * when asked, not kept: a model reads them once per word type, and keeping eighteen strings
 * for every type seen would hold most of the tagger's memory.
 */
export function selfValues(t: TokenInfo): string[] {
  const { norm, stem } = t;
  return [
    norm, stem, norm.slice(0, 2), norm.slice(0, 3), norm.slice(-2), norm.slice(-3), stem.slice(-2), stem.slice(0, 2), norm.slice(-4), norm.slice(0, 4),
    stem.slice(-3), norm.slice(-1), t.shape, t.cls, t.art, String(norm.length - stem.length), t.fq.slice(3), t.sfq,
  ];
}

/**
 * Per-token information shared by feature extraction and the annotator. Cached per normalised
 * form (its hash is usually computed already by earlier layers), with the surface's shape
 * checked: a form written with diacritics or in capitals gets its own entry.
 */
export function tokenInfos(surfaces: readonly string[], lex: NameLexicon, norms?: readonly string[], lexemes?: readonly Lexeme[]): TokenInfo[] {
  let cache = caches.get(lex);
  if (!cache) caches.set(lex, (cache = new BoundedCache<TokenInfo>(CACHE_GENERATION)));
  const out: TokenInfo[] = new Array(surfaces.length);
  for (let i = 0; i < surfaces.length; i++) {
    const surface = surfaces[i];
    const shape = shapeOf(surface);
    // A lexeme holds the info of its word type (as first written): no look-up at all. Other
    // writings of it (capitals, diacritics) and callers without lexemes use the cache.
    const lexeme = lexemes ? lexemes[i] : undefined;
    let info = lexeme ? heldInfo.get(lexeme) : undefined;
    if (lexeme && (info === undefined || info.lexicon !== lex)) heldInfo.set(lexeme, (info = infoOf(shape, lexeme.norm, lex)));
    else if (info === undefined || info.shape !== shape) {
      const norm = norms ? norms[i] : normalize(surface);
      info = cache.get(norm);
      if (info === undefined || info.shape !== shape) {
        const key = info === undefined ? norm : norm + '\u0000' + shape;
        info = cache.get(key);
        if (info === undefined) cache.set(key, (info = infoOf(shape, norm, lex)));
      }
    }
    out[i] = info;
  }
  return out;
}

/** The last NER info of a lexeme (written by `tokenInfos`). */
const heldInfo = lexemeField<TokenInfo>();

/** Gazetteer-match tags per token (B-/I- + type of the longest KB/gazetteer form), trying the stem of the first token too. */
export function gazetteerTags(infos: readonly TokenInfo[], lex: NameLexicon): string[] {
  const tags = new Array<string>(infos.length).fill('');
  const norms = infos.map((t) => t.norm);
  for (let i = 0; i < infos.length; i++) {
    if (!infos[i].gazFirst) continue;
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
  const left = ctxFeatures(p1);
  const right = ctxFeatures(n1);
  out[0] = left[0];
  out[1] = left[1];
  out[2] = left[2];
  out[3] = right[3];
  out[4] = right[4];
  out[5] = right[5];
  out[6] = ctxFeatures(p2)[6];
  out[7] = ctxFeatures(p2)[7];
  out[8] = ctxFeatures(n2)[8];
  out[9] = ctxFeatures(n2)[9];
  out[10] = gazFeats(gaz[i])[0];
  out[11] = (i > 0 ? gazFeats(gaz[i - 1]) : GAZ_PAD)[1];
  out[12] = (i + 1 < n ? gazFeats(gaz[i + 1]) : GAZ_PAD)[2];
  out[13] = 'sh3=' + p1.shape + t.shape + n1.shape;
  out[14] = 'ww=' + p1.norm + '|' + t.norm;
  out[15] = 'wn=' + t.norm + '|' + n1.norm;
  out[16] = 'cc=' + t.cls + '|' + n1.cls;
  out[17] = left[10];
  out[18] = right[11];
}
export const CONTEXT_FEATURES = 19;

/** Static feature strings for every token. */
export function sentenceFeatures(infos: readonly TokenInfo[], gaz: readonly string[]): string[][] {
  const n = infos.length;
  const out: string[][] = new Array(n);
  for (let i = 0; i < n; i++) {
    const t = infos[i];
    const ctx = new Array<string>(CONTEXT_FEATURES);
    contextFeatures(infos, gaz, i, ctx);
    out[i] = selfFeatures(t).concat(ctx);
  }
  return out;
}
