import type { Doc } from '../doc/doc.js';
import { lightStem } from '../text/clitics.js';
import { wordFrequency } from '../text/lexicon.js';
import type { TokenKind } from '../doc/types.js';
import { MEDIA_IDS } from '../ner/kb.js';
import { normalize } from '../text/normalize.js';
import { tokenize } from '../text/tokenize.js';
import { lexemeSlot, type Lexeme } from '../text/lexeme.js';
import { GREGORIAN_MONTH, HIJRI_MONTH } from '../time/lexicon.js';

/**
 * Online, incremental story clustering (after EMM / Miranda et al. 2018).
 *
 * A story is one news event or development, not a topic nor a genre. Each article is reduced to a
 * compact feature record (`storyFeatures`): its most distinctive light stems with TF-IDF weights,
 * its entity ids (which of them its title names, which can act), event keys, the figures it
 * reports, a publication day and a MinHash signature. `StoryIndex.assign` then:
 *  1. checks for a near-duplicate (syndicated copy) through MinHash LSH buckets: it joins the
 *     original's story and is marked `duplicateOf`;
 *  2. gathers candidate stories from inverted indexes over terms and entities — each posting
 *     list is capped to the most recently updated stories, so the candidate set (and the cost
 *     of an assignment) stays bounded however many articles are stored;
 *  3. scores each candidate against the story's most recent members, not an ever-growing
 *     centroid (a centroid drifts from the event to its topic and then draws in the whole
 *     topic): the mean of the article's best member cosines, scaled by the IDF-weighted
 *     overlap of their entities and by a time decay. Names gate joining (`namesAgree`): an
 *     article must share a *specific* entity with the story, or without specific names match
 *     it closely. Routine reports of one genre read alike and share their recurring names, so
 *     three more tests tell their editions apart: other figures (`figuresDisagree`), other
 *     names in the titles (`titlesDisagree`), and a close match that would stretch a story
 *     beyond ROUTINE_DAYS without a shared agent (`stretchesWithoutAgent`: each day's weather).
 *     The best candidate above THRESHOLD wins, else the article starts a story
 *     `s-<first document's content-hash prefix>`.
 * Term IDF comes from the shipped news word-frequency lexicon; entity IDF from the document
 * frequencies the index has seen so far (names like Saudi Arabia or Riyadh occur everywhere and
 * weigh little). Both evolve only with the records fed in, so a rebuild from stored features
 * (`StoryIndex.fromFeatures`, same order) gives the same assignments.
 */

/** Terms kept per article (the distinctive ones). */
const DOC_TERMS = 40;
/** Terms and entities of an article used to find candidate stories. */
const QUERY_TERMS = 12;
const QUERY_ENTITIES = 6;
/** Stories kept per posting list (most recent). Bounds candidate search. */
const MAX_POSTINGS = 32;
/** Articles with fewer distinctive terms always start their own story. */
const MIN_TERMS = 15;
/** Candidate stories fully scored per article (the ones sharing most query keys). */
const MAX_CANDIDATES = 32;
/** A story is compared through its latest members: what it is about now. */
const RECENT_MEMBERS = 8;
/** Member cosines averaged (the best ones): one loosely related member cannot pull a story along. */
const TOP_MEMBERS = 3;
/** Score needed to join a story. */
export const THRESHOLD = 0.35;
/** Textual similarity that joins without a shared specific entity (rewordings of one report). */
const STRONG_CONTENT = 0.5;
/** Textual similarity at which names no longer matter: a copy with light edits. */
const NEAR_COPY = 0.85;
/** How far entity and event overlap move the score (a factor from 1 - swing/2 to 1 + swing/2). */
const ENTITY_SWING = 0.75;
const EVENT_SWING = 0.1;
/** Entities read by the overlap, most mentioned first. */
const OVERLAP_ENTITIES = 10;
/**
 * Entity IDF is ln((N + PRIOR_DOCS) / (df + 1)): the prior keeps a young index (a handful of
 * articles) from calling everything common. An entity is specific when it occurs in at most
 * about 1 in 100 of the articles seen (plus the prior).
 */
const PRIOR_DOCS = 1000;
const SPECIFIC_IDF = Math.log(100);
/** No decay within GRACE_DAYS of the story; then exp(-(Δ-grace)/tau). Stories further than MAX_GAP_DAYS are not candidates. */
const GRACE_DAYS = 7;
const DECAY_DAYS = 60;
const MAX_GAP_DAYS = 30;
/** Words (or their stems) more frequent than this in the news lexicon are function words or too generic to tell events apart. */
const MAX_CF = 2500;
/** Corpus size of the lexicon's counts (tokens), for IDF. */
const LEXICON_TOKENS = 3_600_000;
const MINHASH = 16;
const BANDS = 4;
const ROWS = MINHASH / BANDS;
const SHINGLE = 4;
/** Figures kept per article; each side needs MIN_FIGURES (FIGURES_ALONE unless they read alike) before differing figures tell reports apart. */
const MAX_FIGURES = 16;
const MIN_FIGURES = 2;
const FIGURES_ALONE = 3;
/** Share of the figures of the side reporting fewer that the other side must also report. */
const FIGURE_AGREEMENT = 0.2;
/** Entities kept from a title, and the most words of a name whose last word alone names it there. */
const MAX_TITLE_ENTITIES = 8;
const SHORT_NAME_WORDS = 3;
/**
 * A story longer than ROUTINE_DAYS days takes a close match (content of at least
 * ROUTINE_SIMILARITY, or a near copy) only when it shares an agent with it: a person,
 * organisation or named thing that is not common (in at most about 1 in 50 articles).
 */
const ROUTINE_DAYS = 2;
const ROUTINE_SIMILARITY = 0.6;
const AGENT_IDF = Math.log(50);
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
  /** The figures the article reports (`figuresOf`). This and the fields below are absent in records stored before they were kept. */
  figures?: string[];
  /** The entities its title names (`titleEntities`). */
  titleEntities?: string[];
  /** Which of `entities` can act: people, organisations and named things; not places, nor news outlets. */
  agents?: string[];
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
  // Each number with the word after it: a month name makes it a day of the month.
  const numbers: [string, string][] = [];
  const tf = new Map<string, number>();
  const addTerm = (term: Term | null, weight: number) => {
    if (term !== null) tf.set(term.stem, (tf.get(term.stem) ?? 0) + weight * term.idf);
  };
  const scan = (count: number, kind: (i: number) => TokenKind, norm: (i: number) => string, keepWords: boolean) => {
    for (let i = 0; i < count; i++) {
      const k = kind(i);
      if (k === 'word' || k === 'latin') {
        if (keepWords) words.push(norm(i));
      } else if (k === 'number') numbers.push([norm(i), i + 1 < count && kind(i + 1) === 'word' ? norm(i + 1) : '']);
    }
  };
  const title = doc.meta.title ?? '';
  const titleTokens = tokenize(title);
  // Title figures first; title words are weighed with the terms below, not shingled.
  scan(titleTokens.length, (i) => titleTokens[i].kind, (i) => normalize(title.slice(titleTokens[i].start, titleTokens[i].end)), false);
  if (doc.has('tokens')) {
    // Words, figures and terms in one pass; a word's term is kept on its lexeme.
    const toks = doc.get('tokens');
    const lexemes = doc.has('lexemes') ? doc.get('lexemes') : null;
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i];
      if (t.kind === 'word' || t.kind === 'latin') {
        words.push(t.norm);
        addTerm(lexemes ? termOfLexeme(lexemes[i]) : contentTerm(t.norm), 1);
      } else if (t.kind === 'number') numbers.push([t.norm, i + 1 < toks.length && toks[i + 1].kind === 'word' ? toks[i + 1].norm : '']);
    }
  } else {
    const toks = tokenize(doc.text);
    scan(toks.length, (i) => toks[i].kind, (i) => normalize(doc.text.slice(toks[i].start, toks[i].end)), true);
    for (const w of words) addTerm(contentTerm(w), 1);
  }
  // Title words count extra: they name the story.
  for (const t of titleTokens) if (t.kind === 'word') addTerm(contentTerm(normalize(title.slice(t.start, t.end))), 2);
  // Sublinear tf, then the top terms, L2-normalised.
  // (By index into two flat arrays: an article has a few hundred terms and keeps forty.)
  const keys: string[] = [];
  const weights: number[] = [];
  for (const [k, v] of tf) {
    keys.push(k);
    weights.push(Math.log1p(v));
  }
  const top = Array.from(keys, (_, i) => i)
    .sort((a, b) => weights[b] - weights[a] || (keys[a] < keys[b] ? -1 : 1))
    .slice(0, DOC_TERMS);
  const norm = Math.hypot(...top.map((i) => weights[i])) || 1;
  const terms = top.map((i) => [keys[i], round(weights[i] / norm)] as [string, number]);

  const entityCount = new Map<string, number>();
  const notAgents = new Set<string>();
  for (const e of doc.layer('entities')) {
    entityCount.set(e.id, (entityCount.get(e.id) ?? 0) + 1);
    if (e.type === 'LOC' || MEDIA_IDS.has(e.id)) notAgents.add(e.id);
  }
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
    figures: figuresOf(numbers),
    titleEntities: titleEntities(doc.layer('entities'), normalize(title)),
    agents: entities.filter((e) => !notAgents.has(e)),
  };
}

/** A content word's light stem and its rarity weight. */
interface Term {
  stem: string;
  idf: number;
}

/** The word's term, or null for short and frequent (function) words (also the timeline's test of a content word). */
export function contentTerm(w: string): Term | null {
  if (w.length < 3) return null;
  const stem = lightStem(w);
  if (stem.length < 3) return null;
  // The stem's own count catches clitic-carrying function words (وقال, ولكن).
  const cf = Math.max(wordFrequency(w), wordFrequency(stem));
  if (cf > MAX_CF) return null;
  return { stem, idf: Math.log(LEXICON_TOKENS / (cf + 5)) };
}

/** `termOf` kept on the word type (false: none; a slot cannot hold null). */
const termSlot = lexemeSlot((w): Term | false => contentTerm(w) ?? false);
const termOfLexeme = (lex: Lexeme): Term | null => termSlot(lex) || null;

/**
 * The entities an article's title names: whom an audience received, whom a greeting went to,
 * which team played. The body names them in full; the title often by a short name's last word
 * (كارتر for آشتون كارتر), so a name of up to SHORT_NAME_WORDS words is found by that word too.
 */
export function titleEntities(entities: readonly { id: string; text: string }[], normalizedTitle: string): string[] {
  const out: string[] = [];
  if (!normalizedTitle) return out;
  for (const e of entities) {
    if (out.length === MAX_TITLE_ENTITIES) break;
    if (out.includes(e.id)) continue;
    const name = normalize(e.text);
    const words = name.split(' ');
    const last = words[words.length - 1];
    if (normalizedTitle.includes(name) || (words.length <= SHORT_NAME_WORDS && last.length >= 4 && normalizedTitle.includes(last))) out.push(e.id);
  }
  return out;
}

/** A date written with dashes or dots (30-07-2015, 2015.07.30). */
const NUMERIC_DATE = /^\d{1,4}[-.]\d{1,2}[-.]\d{1,4}$/;

/**
 * The figures an article reports (454.4, 11.8, 322, 1500), title first, at most MAX_FIGURES:
 * routine reports of one genre (a day's weather, a bank's statistics, a company's results) read
 * alike and differ in their figures. Years (Gregorian and Hijri), days of a month (26 فبراير),
 * dates, times and counts under 10 say nothing about which report it is and are left out; range
 * ends count separately; a decimal comma (٫ or ,) is a point and a thousands separator (a group
 * of three) is dropped.
 */
export function figuresOf(numbers: Iterable<readonly [string, string]>): string[] {
  const out = new Set<string>();
  for (const [n, next] of numbers) {
    if (n.includes('/') || n.includes(':') || NUMERIC_DATE.test(n) || GREGORIAN_MONTH.has(next) || HIJRI_MONTH.has(next)) continue;
    for (const part of n.split('-')) {
      const digits = part.replace(/[.,٫٬](\d{3})(?=$|[.,٫٬])/g, '$1').replace(/[,٫]/g, '.');
      if (!/^\d+(\.\d+)?$/.test(digits)) continue;
      const value = Number(digits);
      if (Number.isInteger(value) && (value < 10 || (value >= 1900 && value <= 2100) || (value >= 1380 && value <= 1480))) continue;
      out.add(String(value));
      if (out.size === MAX_FIGURES) return [...out];
    }
  }
  return [...out];
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;

export function dayNumber(date: string | null | undefined): number | null {
  if (!date) return null;
  const w = /^(\d{4})-W(\d{2})/.exec(date);
  if (w) return Math.floor(Date.UTC(Number(w[1]), 0, 1) / 86_400_000) + (Number(w[2]) - 1) * 7;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(date);
  if (!m) return null;
  return Math.floor(Date.UTC(Number(m[1]), Number(m[2] ?? '1') - 1, Number(m[3] ?? '1')) / 86_400_000);
}

/** fnv1a of words[from..to) joined by spaces, without building the string. */
function fnv1aJoined(words: readonly string[], from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let j = from; j < to; j++) {
    if (j > from) h = Math.imul(h ^ 0x20, 0x01000193);
    const w = words[j];
    for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 0x01000193);
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
    const h = fnv1aJoined(words, i, Math.min(words.length, i + SHINGLE));
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
  /** The latest RECENT_MEMBERS feature records, oldest first. */
  recent: Member[];
  /** How many recent members name each entity / event key. */
  entities: Map<string, number>;
  events: Map<string, number>;
  figures: Map<string, number>;
  firstDay: number | null;
  lastDay: number | null;
  /** Monotone counter of the last update (recency for posting lists). */
  touched: number;
  /** Position in the index's list of stories (posting lists hold these numbers). */
  num: number;
}

/** A recent member of a story: its feature record and its terms as a vector. */
interface Member {
  features: StoryFeatures;
  vector: TermVector;
}

/** A feature record's terms by the index's term ids (L2-normalised weights). */
interface TermVector {
  ids: Int32Array;
  weights: Float64Array;
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
  /** Story numbers (see StoryState.num) by query term and entity, most recently updated last. */
  private readonly termPostings = new Map<string, number[]>();
  private readonly entityPostings = new Map<string, number[]>();
  private readonly bands = new Map<string, string>();
  private readonly signatures = new Map<string, number[]>();
  private readonly docStory = new Map<string, string>();
  private readonly byHash = new Map<string, string>();
  /** Articles naming each entity, for entity IDF. */
  private readonly entityDf = new Map<string, number>();
  private clock = 0;
  // Scratch state reused between calls: assignment is the hot path and garbage means GC pauses.
  private readonly storyByNum: StoryState[] = [];
  private hitStamp = 0;
  private hitStamps = new Int32Array(0);
  private hitWeights = new Float64Array(0);
  private readonly hitOrder: number[] = [];
  private readonly memberCosines: number[] = [];
  /**
   * Terms by number, and the article being assigned as a dense vector over them (zero
   * elsewhere): a member's cosine is then array reads, not one map look-up per member term.
   */
  private readonly termIds = new Map<string, number>();
  private queryWeights = new Float64Array(1 << 12);

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
    const vector = this.termVector(f);
    // Too little content (photo stories, cartoons, digests, empty bodies) to tell stories apart,
    // nor to call two articles copies: empty bodies all share one hash. Alone.
    if (f.terms.length < MIN_TERMS) {
      const story = this.newStory(f);
      this.add(story, f, vector);
      return { story: story.id, score: 0, duplicateOf: null, created: true };
    }
    // 1. exact and near duplicates
    let duplicateOf = this.byHash.get(f.hash) ?? null;
    if (!duplicateOf) {
      const near = this.nearDuplicate(f);
      // A near copy that would stretch its story without a shared agent is the next edition of a routine report.
      if (near && !this.stretchesWithoutAgent(f, this.stories.get(this.docStory.get(near)!)!)) duplicateOf = near;
    }
    let story: StoryState | null = null;
    let score = 0;
    if (duplicateOf) {
      story = this.stories.get(this.docStory.get(duplicateOf)!) ?? null;
      score = 1;
    }
    if (!story) {
      duplicateOf = null;
      // 2.–3. candidates and scoring
      const query = this.queryWeights;
      for (let i = 0; i < vector.ids.length; i++) query[vector.ids[i]] = vector.weights[i];
      for (const c of this.candidates(f)) {
        const s = this.score(f, c);
        if (s > score || (s === score && story && c.id < story.id)) {
          score = s;
          story = c;
        }
      }
      for (let i = 0; i < vector.ids.length; i++) query[vector.ids[i]] = 0;
      if (score < THRESHOLD) story = null;
    }
    let created = false;
    if (!story) {
      story = this.newStory(f);
      created = true;
      score = 0;
    }
    this.add(story, f, vector);
    return { story: story.id, score: round(score), duplicateOf, created };
  }

  /** Stories, largest first; top terms and entities are those of the recent members. */
  list(): StorySummary[] {
    return [...this.stories.values()]
      .map((s) => {
        const terms = new Map<string, number>();
        for (const { features: m } of s.recent) for (const [t, w] of m.terms) terms.set(t, (terms.get(t) ?? 0) + w);
        return {
          id: s.id,
          docs: s.docs.slice(),
          firstDay: s.firstDay,
          lastDay: s.lastDay,
          topTerms: [...terms].sort((a, b) => b[1] - a[1]).slice(0, 8).map((x) => x[0]),
          topEntities: [...s.entities].sort((a, b) => b[1] - a[1]).slice(0, 5).map((x) => x[0]),
        };
      })
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
    // By story number in flat arrays (a stamp marks this call's hits): no map per posting.
    const stamp = ++this.hitStamp;
    if (this.hitStamps.length < this.storyByNum.length) {
      const size = Math.max(this.storyByNum.length, 2 * this.hitStamps.length);
      this.hitStamps = new Int32Array(size);
      this.hitWeights = new Float64Array(size);
    }
    const stamps = this.hitStamps;
    const weights = this.hitWeights;
    const order = this.hitOrder;
    order.length = 0;
    const count = (list: number[] | undefined, weight: number) => {
      if (!list) return;
      for (let i = 0; i < list.length; i++) {
        const num = list[i];
        if (stamps[num] !== stamp) {
          stamps[num] = stamp;
          weights[num] = 0;
          order.push(num);
        }
        weights[num] += weight;
      }
    };
    const q = f.terms.length < QUERY_TERMS ? f.terms.length : QUERY_TERMS;
    for (let i = 0; i < q; i++) count(this.termPostings.get(f.terms[i][0]), f.terms[i][1]);
    for (let i = 0; i < f.entities.length && i < QUERY_ENTITIES; i++) count(this.entityPostings.get(f.entities[i]), 0.5);
    // First-hit order, then the most hit first (a stable sort keeps first-hit order among equals).
    const nums = order.length > MAX_CANDIDATES ? order.slice().sort((a, b) => weights[b] - weights[a]).slice(0, MAX_CANDIDATES) : order;
    const out: StoryState[] = [];
    for (const num of nums) {
      const s = this.storyByNum[num];
      if (f.day !== null && s.lastDay !== null && Math.abs(f.day - s.lastDay) > MAX_GAP_DAYS && Math.abs(f.day - (s.firstDay ?? s.lastDay)) > MAX_GAP_DAYS) continue;
      out.push(s);
    }
    return out;
  }

  private score(f: StoryFeatures, s: StoryState): number {
    const content = this.memberSimilarity(s);
    if (figuresDisagree(f, s, content)) return 0;
    if (content >= ROUTINE_SIMILARITY && this.stretchesWithoutAgent(f, s)) return 0;
    if (content < NEAR_COPY && !this.namesAgree(f, s, content)) return 0;
    const share = this.entityShare(f, s);
    const ev = overlap(f.events, s.events, 10);
    // Shared entities and events scale content similarity up or down; a missing layer is neutral.
    const entFactor = share < 0 ? 1 : 1 - ENTITY_SWING / 2 + ENTITY_SWING * share;
    const evFactor = ev < 0 ? 1 : 1 - EVENT_SWING / 2 + EVENT_SWING * ev;
    return content * entFactor * evFactor * decay(f.day, s);
  }

  /**
   * Whether the names allow the article into the story. One event has its own names: template
   * news (greetings, audiences, match reports, attack reports) reads alike for every country,
   * team or city, and only the names tell them apart. So an article whose lead specific name
   * (its most mentioned one that is rare in the index) the story lacks, while the story's lead
   * names are missing from the article, is another event; so is one that shares none of its
   * specific names with a story that has some. Without specific names on both sides (every Gulf
   * story names Saudi Arabia) only a close textual match joins: another wording of the same report.
   */
  private namesAgree(f: StoryFeatures, s: StoryState, content: number): boolean {
    const n = Math.min(f.entities.length, OVERLAP_ENTITIES);
    let lead: string | null = null;
    let sharedSpecific = false;
    for (let i = 0; i < n; i++) {
      if (this.entityIdf(f.entities[i]) < SPECIFIC_IDF) continue;
      lead ??= f.entities[i];
      if (s.entities.has(f.entities[i])) sharedSpecific = true;
    }
    let storySpecific = false;
    let storyLeadShared = false;
    for (const { features: m } of s.recent) {
      for (const e of m.entities) {
        if (this.entityIdf(e) < SPECIFIC_IDF) continue;
        storySpecific = true;
        if (f.entities.includes(e)) storyLeadShared = true;
        break;
      }
    }
    if (this.titlesDisagree(f, s)) return false;
    if (lead === null || !storySpecific) return content >= STRONG_CONTENT;
    if (!sharedSpecific) return false;
    return s.entities.has(lead) || storyLeadShared;
  }

  /**
   * Whether the article would stretch the story over more than ROUTINE_DAYS days without sharing
   * an agent with it (AGENT_IDF). A development carries on through who acts; routine reports (each
   * day's weather, the next greeting, another shell on the same border town) share only places
   * and wording, and each day's is its own.
   */
  private stretchesWithoutAgent(f: StoryFeatures, s: StoryState): boolean {
    if (!f.agents || f.day === null || s.firstDay === null || s.lastDay === null) return false;
    const first = f.day < s.firstDay ? f.day : s.firstDay;
    const last = f.day > s.lastDay ? f.day : s.lastDay;
    if (last - first < ROUTINE_DAYS) return false;
    for (const e of f.agents) if (s.entities.has(e) && this.entityIdf(e) >= AGENT_IDF) return false;
    return true;
  }

  /**
   * Whether the article's title names its own protagonists and the story's titles name others:
   * the title names whom an audience received, whom a greeting went to, which team played. When
   * the story never names the article's title names and the article names none of the story's,
   * it is another event however much routine company (the officials who attended) they share.
   */
  private titlesDisagree(f: StoryFeatures, s: StoryState): boolean {
    let titled = false;
    for (const e of f.titleEntities ?? []) {
      if (this.entityIdf(e) < SPECIFIC_IDF) continue;
      if (s.entities.has(e)) return false;
      titled = true;
    }
    if (!titled) return false;
    let storyTitled = false;
    for (const { features: m } of s.recent) {
      for (const e of m.titleEntities ?? []) {
        if (this.entityIdf(e) < SPECIFIC_IDF) continue;
        if (f.entities.includes(e)) return false;
        storyTitled = true;
      }
    }
    return storyTitled;
  }

  /** Mean of the article's best TOP_MEMBERS cosines with the story's recent members (the query vector holds the article's terms). */
  private memberSimilarity(s: StoryState): number {
    const query = this.queryWeights;
    const cosines = this.memberCosines;
    cosines.length = 0;
    for (const { vector: m } of s.recent) {
      // Both vectors are L2-normalised: the dot product is the cosine (terms the article lacks add 0).
      let dot = 0;
      for (let i = 0; i < m.ids.length; i++) dot += query[m.ids[i]] * m.weights[i];
      cosines.push(dot);
    }
    cosines.sort((a, b) => b - a);
    // Close to half the recent members, at most TOP_MEMBERS: a young story's members may each
    // report a different side of the event.
    const half = Math.ceil(cosines.length / 2);
    const k = half < TOP_MEMBERS ? half : TOP_MEMBERS;
    let sum = 0;
    for (let i = 0; i < k; i++) sum += cosines[i];
    return k > 0 ? sum / k : 0;
  }

  /**
   * IDF-weighted overlap of the article's entities with those of the story's recent members,
   * relative to the side naming less (a follow-up report adds names — who claimed the attack —
   * without being another event); -1 when either side has none.
   */
  private entityShare(f: StoryFeatures, s: StoryState): number {
    const n = Math.min(f.entities.length, OVERLAP_ENTITIES);
    if (n === 0 || s.entities.size === 0) return -1;
    let own = 0;
    let shared = 0;
    for (let i = 0; i < n; i++) {
      const idf = this.entityIdf(f.entities[i]);
      own += idf;
      if (s.entities.has(f.entities[i])) shared += idf;
    }
    let story = 0;
    for (const e of s.entities.keys()) story += this.entityIdf(e);
    const smaller = own < story ? own : story;
    return smaller > 0 ? shared / smaller : 0;
  }

  private entityIdf(entity: string): number {
    return Math.log((this.docStory.size + PRIOR_DOCS) / ((this.entityDf.get(entity) ?? 0) + 1));
  }

  /** The record's terms over the index's term ids (new terms get the next ids). */
  private termVector(f: StoryFeatures): TermVector {
    const ids = new Int32Array(f.terms.length);
    const weights = new Float64Array(f.terms.length);
    for (let i = 0; i < f.terms.length; i++) {
      const [term, weight] = f.terms[i];
      let id = this.termIds.get(term);
      if (id === undefined) {
        this.termIds.set(term, (id = this.termIds.size));
        if (id >= this.queryWeights.length) {
          const grown = new Float64Array(this.queryWeights.length * 2);
          grown.set(this.queryWeights);
          this.queryWeights = grown;
        }
      }
      ids[i] = id;
      weights[i] = weight;
    }
    return { ids, weights };
  }

  private newStory(f: StoryFeatures): StoryState {
    let id = 's-' + f.hash.slice(0, 12);
    for (let k = 2; this.stories.has(id); k++) id = 's-' + f.hash.slice(0, 12) + '-' + k;
    const s: StoryState = { id, docs: [], recent: [], entities: new Map(), events: new Map(), figures: new Map(), firstDay: null, lastDay: null, touched: 0, num: this.storyByNum.length };
    this.stories.set(id, s);
    this.storyByNum.push(s);
    return s;
  }

  private add(s: StoryState, f: StoryFeatures, vector: TermVector): void {
    s.docs.push(f.doc);
    s.recent.push({ features: f, vector });
    countKeys(s.entities, f.entities, 1);
    countKeys(s.events, f.events, 1);
    countKeys(s.figures, f.figures ?? [], 1);
    if (s.recent.length > RECENT_MEMBERS) {
      const old = s.recent.shift()!.features;
      countKeys(s.entities, old.entities, -1);
      countKeys(s.events, old.events, -1);
      countKeys(s.figures, old.figures ?? [], -1);
    }
    if (f.day !== null) {
      s.firstDay = s.firstDay === null ? f.day : Math.min(s.firstDay, f.day);
      s.lastDay = s.lastDay === null ? f.day : Math.max(s.lastDay, f.day);
    }
    s.touched = ++this.clock;
    for (const [t] of f.terms.slice(0, QUERY_TERMS)) post(this.termPostings, t, s.num);
    for (const e of f.entities.slice(0, QUERY_ENTITIES)) post(this.entityPostings, e, s.num);
    for (const e of f.entities) this.entityDf.set(e, (this.entityDf.get(e) ?? 0) + 1);
    this.docStory.set(f.doc, s.id);
    if (!this.byHash.has(f.hash)) this.byHash.set(f.hash, f.doc);
    this.signatures.set(f.doc, f.minhash);
    for (let b = 0; b < BANDS; b++) this.bands.set(bandKey(f.minhash, b), f.doc);
  }
}

/**
 * Whether the article reports figures and the story reports others: another edition of a routine
 * report (the next day's weather, another bank statistic, another company's dividend), however
 * alike the wording and the names. Two figures a side tell reports apart when they read alike
 * (content of at least ROUTINE_SIMILARITY: a template whose figures are what changes); otherwise
 * FIGURES_ALONE are needed, since another side of one event may bring a figure or two of its
 * own. Figures agree when the article's headline figure (its first: the title's, else the
 * opening's) is the story's, or when at least FIGURE_AGREEMENT of the figures of the side
 * reporting fewer are shared (one side may add details, or number a list).
 */
function figuresDisagree(f: StoryFeatures, s: StoryState, content: number): boolean {
  const figures = f.figures;
  if (!figures) return false;
  const fewer = Math.min(figures.length, s.figures.size);
  if (fewer < MIN_FIGURES || (fewer < FIGURES_ALONE && content < ROUTINE_SIMILARITY)) return false;
  if (s.figures.has(figures[0])) return false;
  let shared = 0;
  for (const x of figures) if (s.figures.has(x)) shared++;
  return shared < FIGURE_AGREEMENT * fewer;
}

/** Add `delta` to each key's count, dropping keys that reach zero. */
function countKeys(counts: Map<string, number>, keys: string[], delta: number): void {
  for (const k of keys) {
    const n = (counts.get(k) ?? 0) + delta;
    if (n > 0) counts.set(k, n);
    else counts.delete(k);
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
function post(postings: Map<string, number[]>, key: string, id: number): void {
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
