import type { Doc } from '../doc/doc.js';
import { lightStem } from '../text/clitics.js';
import { wordFrequency } from '../text/lexicon.js';
import { normalize } from '../text/normalize.js';
import { tokenize } from '../text/tokenize.js';

/**
 * Online, incremental story clustering (after EMM / Miranda et al. 2018).
 *
 * Each article is reduced to a compact feature record (`storyFeatures`): its most distinctive
 * light stems with TF-IDF weights, its entity ids, event keys, a publication day and a MinHash
 * signature. `StoryIndex.assign` then:
 *  1. checks for a near-duplicate (syndicated copy) through MinHash LSH buckets: it joins the
 *     original's story and is marked `duplicateOf`;
 *  2. gathers candidate stories from inverted indexes over terms and entities — each posting
 *     list is capped to the most recently updated stories, so the candidate set (and the cost
 *     of an assignment) stays bounded however many articles are stored;
 *  3. scores each candidate: cosine of the article's term vector with the story centroid, plus
 *     entity and event overlap, times a time decay; joins the best above THRESHOLD, else starts
 *     a story `s-<first document's content-hash prefix>`.
 * IDF comes from the shipped news word-frequency lexicon, so weights do not drift as the
 * store grows and a rebuild from stored features (`StoryIndex.fromFeatures`) is exact.
 */

/** Terms kept per article (the distinctive ones). */
const DOC_TERMS = 40;
/** Terms kept per story centroid. */
const STORY_TERMS = 150;
/** Terms and entities of an article used to find candidate stories. */
const QUERY_TERMS = 12;
const QUERY_ENTITIES = 6;
/** Stories kept per posting list (most recent). Bounds candidate search. */
const MAX_POSTINGS = 32;
/** Articles with fewer distinctive terms only join a story as duplicates. */
const MIN_TERMS = 15;
/** Candidate stories fully scored per article (the ones sharing most query keys). */
const MAX_CANDIDATES = 32;
/** Score needed to join a story. */
export const THRESHOLD = Number(process.env.RASD_STORY_THRESHOLD ?? 0.35);
/** How far entity and event overlap move the score (a factor from 1 - swing/2 to 1 + swing/2). */
const ENTITY_SWING = Number(process.env.RASD_ENTITY_SWING ?? 0.5);
const EVENT_SWING = 0.1;
/** No decay within this many days; then exp(-(Δ-grace)/tau). Stories older than MAX_GAP are not candidates. */
const GRACE_DAYS = 7;
const DECAY_DAYS = 60;
const MAX_GAP_DAYS = 90;
/** Words more frequent than this in the news lexicon are function words, not content. */
const MAX_CF = 15000;
/** Corpus size of the lexicon's counts (tokens), for IDF. */
const LEXICON_TOKENS = 3_600_000;
const MINHASH = 16;
const BANDS = 4;
const ROWS = MINHASH / BANDS;
const SHINGLE = 4;
/** Estimated Jaccard above which an article is a copy. */
export const DUPLICATE_JACCARD = 0.75;

export interface StoryFeatures {
  /** The document's key (store id or source). */
  doc: string;
  hash: string;
  outlet: string | null;
  /** Days since 1970-01-01 of the publication date, or null. */
  day: number | null;
  /** Distinctive light stems with L2-normalised weights, heaviest first. */
  terms: [string, number][];
  entities: string[];
  /** Event keys "TYPE:actor". */
  events: string[];
  minhash: number[];
}

export interface Assignment {
  story: string;
  score: number;
  duplicateOf: string | null;
  /** True when the article started a new story. */
  created: boolean;
}

// ── features ──

export function storyFeatures(doc: Doc): StoryFeatures {
  const words: string[] = [];
  if (doc.has('tokens')) {
    for (const t of doc.get('tokens')) if (t.kind === 'word' || t.kind === 'latin') words.push(t.norm);
  } else {
    for (const t of tokenize(doc.text)) if (t.kind === 'word' || t.kind === 'latin') words.push(normalize(doc.text.slice(t.start, t.end)));
  }
  const tf = new Map<string, number>();
  const addTerm = (w: string, weight: number) => {
    if (w.length < 3) return;
    const cf = wordFrequency(w);
    if (cf > MAX_CF) return;
    const stem = cachedStem(w);
    if (stem.length < 3) return;
    const idf = Math.log(LEXICON_TOKENS / (cf + 5));
    tf.set(stem, (tf.get(stem) ?? 0) + weight * idf);
  };
  for (const w of words) addTerm(w, 1);
  // Title words count extra: they name the story.
  if (doc.meta.title) for (const t of tokenize(doc.meta.title)) if (t.kind === 'word') addTerm(normalize(doc.meta.title.slice(t.start, t.end)), 2);
  // Sublinear tf, then the top terms, L2-normalised.
  const scored = [...tf].map(([k, v]) => [k, Math.log1p(v)] as [string, number]).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, DOC_TERMS);
  const norm = Math.hypot(...scored.map((x) => x[1])) || 1;
  const terms = scored.map(([k, v]) => [k, round(v / norm)] as [string, number]);

  const entityCount = new Map<string, number>();
  for (const e of doc.layer('entities')) entityCount.set(e.id, (entityCount.get(e.id) ?? 0) + 1);
  const entities = [...entityCount].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 20).map((x) => x[0]);
  const events = [...new Set(doc.layer('events').flatMap((e) => e.actors.map((a) => `${e.type}:${a}`)))].slice(0, 30);
  return {
    doc: doc.id ?? doc.meta.source,
    hash: doc.meta.contentHash,
    outlet: doc.meta.outlet,
    day: dayNumber(doc.meta.published),
    terms,
    entities,
    events,
    minhash: minhash(words),
  };
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;

// Light stems of the news vocabulary repeat endlessly: memoise them (bounded, cleared when full).
const STEM_CACHE_MAX = 200_000;
const stemCache = new Map<string, string>();
function cachedStem(w: string): string {
  let s = stemCache.get(w);
  if (s === undefined) {
    if (stemCache.size >= STEM_CACHE_MAX) stemCache.clear();
    s = lightStem(w);
    stemCache.set(w, s);
  }
  return s;
}

export function dayNumber(date: string | null | undefined): number | null {
  if (!date) return null;
  const w = /^(\d{4})-W(\d{2})/.exec(date);
  if (w) return Math.floor(Date.UTC(Number(w[1]), 0, 1) / 86_400_000) + (Number(w[2]) - 1) * 7;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(date);
  if (!m) return null;
  return Math.floor(Date.UTC(Number(m[1]), Number(m[2] ?? '1') - 1, Number(m[3] ?? '1')) / 86_400_000);
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

// Fixed odd multipliers and offsets: one universal hash per signature slot.
const MH_A = Array.from({ length: MINHASH }, (_, i) => (Math.imul(i + 1, 0x9e3779b1) | 1) >>> 0);
const MH_B = Array.from({ length: MINHASH }, (_, i) => Math.imul(i + 7, 0x85ebca6b) >>> 0);

/** MinHash signature of the article's word 4-shingles. */
export function minhash(words: string[]): number[] {
  const sig = new Array<number>(MINHASH).fill(0xffffffff);
  const n = Math.max(1, words.length - SHINGLE + 1);
  for (let i = 0; i < n; i++) {
    const h = fnv1a(words.slice(i, i + SHINGLE).join(' '));
    for (let k = 0; k < MINHASH; k++) {
      const v = (Math.imul(h, MH_A[k]) + MH_B[k]) >>> 0;
      if (v < sig[k]) sig[k] = v;
    }
  }
  return sig;
}

// ── index ──

interface StoryState {
  id: string;
  docs: string[];
  centroid: Map<string, number>;
  centroidNorm: number;
  entities: Map<string, number>;
  events: Map<string, number>;
  firstDay: number | null;
  lastDay: number | null;
  /** Monotone counter of the last update (recency for posting lists). */
  touched: number;
}

export interface StorySummary {
  id: string;
  docs: string[];
  firstDay: number | null;
  lastDay: number | null;
  topTerms: string[];
  topEntities: string[];
}

export class StoryIndex {
  private readonly stories = new Map<string, StoryState>();
  private readonly termPostings = new Map<string, string[]>();
  private readonly entityPostings = new Map<string, string[]>();
  private readonly bands = new Map<string, string>();
  private readonly signatures = new Map<string, number[]>();
  private readonly docStory = new Map<string, string>();
  private readonly byHash = new Map<string, string>();
  private clock = 0;
  private readonly hits = new Map<string, number>();

  /** Rebuild an index from stored feature records, in their original order. */
  static fromFeatures(records: Iterable<StoryFeatures>): StoryIndex {
    const index = new StoryIndex();
    for (const r of records) index.assignFeatures(r);
    return index;
  }

  get size(): number {
    return this.stories.size;
  }

  get documents(): number {
    return this.docStory.size;
  }

  storyOf(doc: string): string | null {
    return this.docStory.get(doc) ?? null;
  }

  /** Assign a document; also sets `doc.story`. */
  assign(doc: Doc): Assignment {
    const a = this.assignFeatures(storyFeatures(doc));
    doc.story = a.story;
    return a;
  }

  assignFeatures(f: StoryFeatures): Assignment {
    const known = this.docStory.get(f.doc);
    if (known) return { story: known, score: 1, duplicateOf: null, created: false };
    // 1. exact and near duplicates
    let duplicateOf = this.byHash.get(f.hash) ?? this.nearDuplicate(f);
    let story: StoryState | null = null;
    let score = 0;
    if (duplicateOf) {
      story = this.stories.get(this.docStory.get(duplicateOf)!) ?? null;
      score = 1;
    }
    if (!story) {
      duplicateOf = null;
      // 2.–3. candidates and scoring
      for (const c of this.candidates(f)) {
        const s = this.score(f, c);
        if (s > score || (s === score && story && c.id < story.id)) {
          score = s;
          story = c;
        }
      }
      // Too little content (photo stories, cartoons, digests) to tell stories apart: alone.
      if (score < THRESHOLD || f.terms.length < MIN_TERMS) story = null;
    }
    let created = false;
    if (!story) {
      story = this.newStory(f);
      created = true;
      score = 0;
    }
    this.add(story, f);
    return { story: story.id, score: round(score), duplicateOf, created };
  }

  /** Stories, largest first. */
  list(): StorySummary[] {
    return [...this.stories.values()]
      .map((s) => ({
        id: s.id,
        docs: s.docs.slice(),
        firstDay: s.firstDay,
        lastDay: s.lastDay,
        topTerms: [...s.centroid].sort((a, b) => b[1] - a[1]).slice(0, 8).map((x) => x[0]),
        topEntities: [...s.entities].sort((a, b) => b[1] - a[1]).slice(0, 5).map((x) => x[0]),
      }))
      .sort((a, b) => b.docs.length - a.docs.length || (a.id < b.id ? -1 : 1));
  }

  private nearDuplicate(f: StoryFeatures): string | null {
    let best: string | null = null;
    let bestJ = DUPLICATE_JACCARD;
    for (let b = 0; b < BANDS; b++) {
      const other = this.bands.get(bandKey(f.minhash, b));
      if (!other || other === best) continue;
      const sig = this.signatures.get(other)!;
      let same = 0;
      for (let k = 0; k < MINHASH; k++) if (sig[k] === f.minhash[k]) same++;
      const j = same / MINHASH;
      if (j >= bestJ) {
        bestJ = j;
        best = other;
      }
    }
    return best;
  }

  private candidates(f: StoryFeatures): StoryState[] {
    // Count how many of the article's query keys each story shares; score only the best few.
    // The map is reused between calls: assignment is the hot path and garbage means GC pauses.
    const hits = this.hits;
    hits.clear();
    const count = (list: string[] | undefined, weight: number) => {
      if (list) for (let i = 0; i < list.length; i++) hits.set(list[i], (hits.get(list[i]) ?? 0) + weight);
    };
    const q = f.terms.length < QUERY_TERMS ? f.terms.length : QUERY_TERMS;
    for (let i = 0; i < q; i++) count(this.termPostings.get(f.terms[i][0]), f.terms[i][1]);
    for (let i = 0; i < f.entities.length && i < QUERY_ENTITIES; i++) count(this.entityPostings.get(f.entities[i]), 0.5);
    let ids: Iterable<string> = hits.keys();
    if (hits.size > MAX_CANDIDATES) ids = [...hits].sort((a, b) => b[1] - a[1]).slice(0, MAX_CANDIDATES).map((x) => x[0]);
    const out: StoryState[] = [];
    for (const id of ids) {
      const s = this.stories.get(id)!;
      if (f.day !== null && s.lastDay !== null && Math.abs(f.day - s.lastDay) > MAX_GAP_DAYS && Math.abs(f.day - (s.firstDay ?? s.lastDay)) > MAX_GAP_DAYS) continue;
      out.push(s);
    }
    return out;
  }

  private score(f: StoryFeatures, s: StoryState): number {
    let dot = 0;
    const terms = f.terms;
    for (let i = 0; i < terms.length; i++) {
      const w = s.centroid.get(terms[i][0]);
      if (w !== undefined) dot += terms[i][1] * w;
    }
    const cos = s.centroidNorm > 0 ? dot / s.centroidNorm : 0;
    const ent = overlap(f.entities, s.entities, 10);
    const ev = overlap(f.events, s.events, 10);
    // Shared entities and events only scale content similarity up or down: a story is not
    // joined on shared names alone (every Gulf story names Saudi Arabia). A missing layer is neutral.
    const entFactor = ent < 0 ? 1 : 1 - ENTITY_SWING / 2 + ENTITY_SWING * ent;
    const evFactor = ev < 0 ? 1 : 1 - EVENT_SWING / 2 + EVENT_SWING * ev;
    return cos * entFactor * evFactor * decay(f.day, s);
  }

  private newStory(f: StoryFeatures): StoryState {
    let id = 's-' + f.hash.slice(0, 12);
    for (let k = 2; this.stories.has(id); k++) id = 's-' + f.hash.slice(0, 12) + '-' + k;
    const s: StoryState = { id, docs: [], centroid: new Map(), centroidNorm: 0, entities: new Map(), events: new Map(), firstDay: null, lastDay: null, touched: 0 };
    this.stories.set(id, s);
    return s;
  }

  private add(s: StoryState, f: StoryFeatures): void {
    s.docs.push(f.doc);
    for (const [t, w] of f.terms) s.centroid.set(t, (s.centroid.get(t) ?? 0) + w);
    if (s.centroid.size > STORY_TERMS * 1.5) {
      const kept = [...s.centroid].sort((a, b) => b[1] - a[1]).slice(0, STORY_TERMS);
      s.centroid.clear();
      for (const [t, w] of kept) s.centroid.set(t, w);
    }
    let n2 = 0;
    for (const w of s.centroid.values()) n2 += w * w;
    s.centroidNorm = Math.sqrt(n2);
    for (const e of f.entities) s.entities.set(e, (s.entities.get(e) ?? 0) + 1);
    for (const e of f.events) s.events.set(e, (s.events.get(e) ?? 0) + 1);
    if (f.day !== null) {
      s.firstDay = s.firstDay === null ? f.day : Math.min(s.firstDay, f.day);
      s.lastDay = s.lastDay === null ? f.day : Math.max(s.lastDay, f.day);
    }
    s.touched = ++this.clock;
    for (const [t] of f.terms.slice(0, QUERY_TERMS)) post(this.termPostings, t, s.id);
    for (const e of f.entities.slice(0, QUERY_ENTITIES)) post(this.entityPostings, e, s.id);
    this.docStory.set(f.doc, s.id);
    if (!this.byHash.has(f.hash)) this.byHash.set(f.hash, f.doc);
    this.signatures.set(f.doc, f.minhash);
    for (let b = 0; b < BANDS; b++) this.bands.set(bandKey(f.minhash, b), f.doc);
  }
}

/** Share of the first `cap` keys found in the story's counts; -1 when either side has none. */
function overlap(keys: string[], m: Map<string, number>, cap: number): number {
  if (keys.length === 0 || m.size === 0) return -1;
  const n = keys.length < cap ? keys.length : cap;
  let hit = 0;
  for (let i = 0; i < n; i++) if (m.has(keys[i])) hit++;
  return hit / n;
}

function bandKey(sig: number[], band: number): string {
  let k = String(band);
  for (let r = 0; r < ROWS; r++) k += ':' + sig[band * ROWS + r].toString(36);
  return k;
}

/** Append a story to a posting list, moving it to the recent end; drop the oldest past the cap. */
function post(postings: Map<string, string[]>, key: string, id: string): void {
  let list = postings.get(key);
  if (!list) postings.set(key, (list = []));
  const i = list.lastIndexOf(id);
  if (i >= 0) {
    if (i === list.length - 1) return;
    list.splice(i, 1);
  }
  list.push(id);
  if (list.length > MAX_POSTINGS) list.shift();
}

function decay(day: number | null, s: StoryState): number {
  if (day === null || s.lastDay === null) return 1;
  const gap = day > s.lastDay ? day - s.lastDay : s.firstDay !== null && day < s.firstDay ? s.firstDay - day : 0;
  return gap <= GRACE_DAYS ? 1 : Math.exp(-(gap - GRACE_DAYS) / DECAY_DAYS);
}
