import type { Annotator } from '../../pipeline/pipeline.js';
import type { Doc } from '../../doc/doc.js';
import type { EntityMention, Language, NisbaMention, Quote, RoleMention, SpeakerRef, Span, Timex, Token } from '../../doc/types.js';
import { normalize } from '../../text/normalize.js';
import { identifyLanguage } from '../../text/langid.js';
import { dropConjunction, startsWithConjunction } from '../../text/clitics.js';
import { findQuotedSpans, type QuotedSpan } from './marks.js';
import { lexemeSlot, type Lexeme } from '../../text/lexeme.js';
import { findSocialPosts } from './social.js';
import { IntervalIndex } from './intervals.js';
import {
  ACCORDING_VERBS,
  CAPITAL_COUNTRY,
  CLAUSE_OPENERS,
  DOCUMENT_NOUNS,
  OUTLET_NOUNS,
  SUBJECT_STOPS,
  TIME_NOUNS,
  TITLES,
  UNNAMED_SOURCES,
  complementizerKind,
  isPronounParticle,
  lookupCue,
  pronounAgreement,
  unnamedAgreement,
  type Agreement,
  type CueInfo,
} from './lexicon.js';

/**
 * Quotations and their speakers (layer `quotes`).
 *
 * Workflow:
 *  1. Pair the quotation marks of the text (marks.ts) into quoted spans.
 *  2. Find reporting cues (lexicon.ts): verbs, participles, reporting nouns.
 *  3. For each verb-like cue, read its subject (after it: VSO; before it: SVO) and its content:
 *     the quoted span it introduces, or the clause after a complementizer (إن/أن/بأن), or a
 *     noun-phrase object for verbs like نفى/أبدى. A quoted span embedded in an indirect clause
 *     replaces it (the verbatim words are the better quote).
 *  4. Post-posed attributions (…، بحسب ما ذكره X): the clause before becomes X's quote, or X is
 *     recorded as `via` of a quote already found there.
 *  5. Quoted spans left without a cue: a long one right after a quote continues its speaker;
 *     short ones (scare quotes, titles, slogans) are not quotes.
 *  6. Social posts embedded as text + "— Name (@handle) date".
 *  7. Speakers, in document order: explicit subject, else a pronoun's antecedent, else the
 *     previous speaker at the same nesting depth (continuation verbs: وأضاف، وتابع، مؤكدا).
 *  8. Text: whole quote when ≤ 120 characters, else its first ≤ 80 characters at a word boundary.
 */

/** How far after a cue a complementizer or opening mark may be (tokens). */
const MAX_CONTENT_SCAN = 36;
/** How far after a participle its complementizer or quotation may come (tokens). */
const MAX_PARTICIPLE_SCAN = 7;
/** Object verbs: how far after their subject a complementizer may come (tokens). */
const MAX_OBJECT_COMPLEMENTIZER_GAP = 12;
/** Subject window after a verb (tokens). */
const MAX_SUBJECT_SCAN = 14;
/** A quoted span shorter than this is a term, name or title in quotes, not a quotation. */
const MIN_QUOTE_WORDS = 3;
/** A quoted span without a cue continues the previous speaker only when at least this long. */
const MIN_ORPHAN_WORDS = 5;
/** Full-text limit, and the cut for longer quotes (gold convention). */
const FULL_TEXT_MAX = 120;
const CUT_TEXT_MAX = 80;

type Subject =
  | { kind: 'speaker'; ref: SpeakerRef; agreement: Agreement; mention: Span; weak?: boolean; person?: boolean }
  | { kind: 'unnamed'; agreement: Agreement }
  | { kind: 'document'; mention: Span; name: string };

interface Found {
  cueTok: number;
  cue: CueInfo | null;
  cueText: string | null;
  cueSpan: Span | null;
  kind: 'direct' | 'indirect' | 'social';
  start: number;
  end: number;
  /** Explicit subject found next to the cue, if any. */
  subject: Subject | null;
  /** Speaker copied from another quote (a continuation of the same cue). */
  sameAs: Found | null;
  /** Explicit attribution chain (ونقل البيان عن X قوله، بحسب ما نقلته وكالة…). */
  via: SpeakerRef[];
  viaDocument: boolean;
  speaker: SpeakerRef | null;
  /** The mention the speaker was read from (so ids can be refreshed after cross-document linking). */
  speakerMention: Span | null;
  /** The speaker is a person (a document like البيان then cannot be theirs). */
  speakerPerson: boolean;
  agreement: Agreement;
  resolved: boolean;
  lang: Language;
  date: string | null;
  pos: number;
}

interface Context {
  doc: Doc;
  text: string;
  tokens: Token[];
  sentenceStartTok: Int32Array;
  sentenceEndTok: Int32Array;
  paragraphOf: (pos: number) => number;
  langOf: (pos: number) => Language;
  entities: EntityMention[];
  roles: RoleMention[];
  nisbas: NisbaMention[];
  entAt: Int32Array;
  roleAt: Int32Array;
  nisbaAt: Int32Array;
  /** Temporal expressions (the `dates` layer, when it ran), by start. */
  dates: Timex[];
  /** Tokens inside a temporal expression (never a subject). */
  dateAt: Int32Array;
  spans: QuotedSpan[];
  spanByOpen: Map<number, QuotedSpan>;
  spanByClose: Map<number, QuotedSpan>;
  /** Quoted spans by extent (open mark to content end), for nesting. */
  spanIndex: IntervalIndex<QuotedSpan>;
  claimed: Set<QuotedSpan>;
  cues: (CueMatch | null)[];
  /** Title phrase → person named in apposition to it in this document. */
  appositions: Map<string, { ref: SpeakerRef; mention: Span }>;
}

interface CueMatch {
  info: CueInfo;
  prefix: number;
}

/**
 * Discourse openers that stand before a verb-initial clause without being part of it (من جانبه،
 * رحب X … وقال): two-word ones by their first word, then the second; one-word ones alone.
 */
const DISCOURSE_OPENERS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['من', new Set(['جانبه', 'جانبها', 'جانبهم', 'جهته', 'جهتها', 'جهتهم', 'ناحيته', 'ناحيتها', 'ناحيتهم'].map(normalize))],
  ['في', new Set(['المقابل'].map(normalize))],
]);
const ONE_WORD_OPENERS: ReadonlySet<string> = new Set(['بدوره', 'بدورها', 'بدورهم', 'كذلك', 'ايضا', 'بالمقابل'].map(normalize));

/** The first token of the clause after a sentence's discourse opener and its comma (or `s0` when there is none). */
function afterDiscourseOpener(tokens: readonly Token[], s0: number, limit: number): number {
  const first = dropConjunctionLetter(tokens[s0].norm);
  let k = s0;
  if (ONE_WORD_OPENERS.has(first)) k = s0 + 1;
  else if (s0 + 1 < limit && DISCOURSE_OPENERS.get(first)?.has(tokens[s0 + 1].norm)) k = s0 + 2;
  else return s0;
  if (k < limit && (tokens[k].norm === '،' || tokens[k].norm === ',')) k++;
  return k < limit ? k : s0;
}

/** Sentence openers and governing words that rule out a verb-initial clause (normalised). */
const NON_VERB_OPENERS = new Set(['في', 'من', 'الي', 'علي', 'عن', 'مع', 'بين', 'عند', 'لدي', 'حول', 'منذ', 'بعد', 'قبل', 'خلال', 'ان', 'لكن', 'اما', 'اذا', 'لو', 'كما', 'حيث', 'بينما', 'فيما']);

export const quotesAnnotator: Annotator = {
  name: 'quotes',
  requires: ['sentences', 'tokens', 'entities', 'roles'],
  assigns: ['quotes'],
  run(doc) {
    doc.set('quotes', findQuotes(doc));
  },
};

export function findQuotes(doc: Doc): Quote[] {
  const ctx = buildContext(doc);
  // A quotation mark never closed is a content problem worth surfacing (the quote was cut at its paragraph end).
  for (const s of ctx.spans) {
    if (s.close < 0 && s.words >= MIN_QUOTE_WORDS) {
      doc.message('info', 'I_QUOTE_UNCLOSED', 'quotation mark never closed; the quote is taken to end with its paragraph', { start: s.open, end: s.end }, 'quotes');
    }
  }
  const found: Found[] = [];
  const starts = new Set<number>();
  const add = (f: Found) => {
    if (f.end <= f.start || starts.has(f.start)) return;
    starts.add(f.start);
    found.push(f);
  };

  // 3. Verb-like cues.
  for (let i = 0; i < ctx.tokens.length; i++) {
    const cm = ctx.cues[i];
    if (!cm || cm.info.form === 'according') continue;
    for (const f of fromCue(ctx, i, cm)) add(f);
  }
  // 4. Post-posed attributions.
  for (let i = 0; i < ctx.tokens.length; i++) {
    const cm = ctx.cues[i];
    if (cm && cm.info.form === 'according') fromAccording(ctx, i, cm, found, add);
  }
  // 5. Quoted spans without a cue.
  const byCue = new IntervalIndex(found, (f) => f.start, (f) => f.end);
  for (const s of ctx.spans) {
    if (ctx.claimed.has(s) || s.words < MIN_ORPHAN_WORDS) continue;
    if (byCue.containing(s.open, true).length > 0) continue; // inside another quote
    if (ctx.spanIndex.containing(s.open, true).some((o) => o !== s && o.words >= MIN_QUOTE_WORDS)) continue;
    const prev = byCue.lastBefore(s.open);
    if (!prev || !continuesFrom(ctx, prev, s)) continue;
    ctx.claimed.add(s);
    add({ ...blank(ctx, s.start, s.end, 'direct', prev.cueTok), cue: prev.cue, cueText: prev.cueText, cueSpan: prev.cueSpan, sameAs: prev, pos: s.open });
  }
  // 6. Social posts.
  for (const post of findSocialPosts(ctx.text, doc.layer('paragraphs'))) {
    const f = blank(ctx, post.start, post.end, 'social', -1);
    f.cueText = post.cue;
    f.cueSpan = post.cueSpan;
    f.date = post.date;
    f.lang = post.lang;
    f.pos = post.start;
    const ref = speakerForSignature(ctx, post.nameSpan, post.handleSpan, post.name);
    f.subject = { kind: 'speaker', ref, agreement: null, mention: post.nameSpan };
    add(f);
  }

  // 7. Speakers in document order.
  found.sort((a, b) => a.pos - b.pos || a.start - b.start);
  const index = new IntervalIndex(found, (f) => f.start, (f) => f.end);
  resolveSpeakers(ctx, found, index);

  // 8. Output.
  found.sort((a, b) => a.start - b.start);
  return found.map((f) => toQuote(ctx, f, index));
}

/**
 * A quotation without a cue continues the previous quote's speaker when it is in the same
 * paragraph, or opens the next paragraph right after a direct quote that closed its own (a
 * long statement quoted paragraph by paragraph).
 */
function continuesFrom(ctx: Context, prev: Found, s: QuotedSpan): boolean {
  const pp = ctx.paragraphOf(prev.start);
  if (pp === s.paragraph) return true;
  if (prev.kind !== 'direct' || s.paragraph !== ctx.paragraphOf(prev.end) + 1) return false;
  const text = ctx.text;
  const para = ctx.doc.layer('paragraphs')[s.paragraph];
  let k = para.start;
  while (k < s.open && (text[k] === ' ' || text[k] === '\t')) k++;
  return k === s.open; // the quotation opens the paragraph
}

function blank(ctx: Context, start: number, end: number, kind: Found['kind'], cueTok: number): Found {
  return {
    cueTok,
    cue: null,
    cueText: null,
    cueSpan: null,
    kind,
    start,
    end,
    subject: null,
    sameAs: null,
    via: [],
    viaDocument: false,
    speaker: null,
    speakerMention: null,
    speakerPerson: false,
    agreement: null,
    resolved: false,
    lang: ctx.langOf(start),
    date: null,
    pos: cueTok >= 0 ? ctx.tokens[cueTok].start : start,
  };
}

// ---------------------------------------------------------------------------------------------
// Context

function buildContext(doc: Doc): Context {
  const text = doc.text;
  const tokens = doc.get('tokens');
  const sentences = doc.get('sentences');
  const paragraphs = doc.layer('paragraphs');
  const sentenceStartTok = new Int32Array(sentences.length).fill(-1);
  const sentenceEndTok = new Int32Array(sentences.length).fill(-1);
  for (let i = 0; i < tokens.length; i++) {
    const s = tokens[i].sentence;
    if (sentenceStartTok[s] < 0) sentenceStartTok[s] = i;
    sentenceEndTok[s] = i + 1;
  }
  const paragraphOf = (pos: number): number => {
    let lo = 0;
    let hi = paragraphs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (paragraphs[mid].start <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const langOf = (pos: number): Language => (paragraphs.length ? paragraphs[paragraphOf(pos)].lang : 'ar');
  const entities = [...doc.layer('entities')].sort((a, b) => a.start - b.start);
  const roles = [...doc.layer('roles')].sort((a, b) => a.start - b.start);
  const nisbas = [...doc.layer('nisbas')].sort((a, b) => a.start - b.start);
  const spans = findQuotedSpans(text, paragraphs);
  // A quoted name after a naming word (حمل اسم "…"، بعنوان "…"، تحت شعار "…") is a title however
  // long, not speech: it counts as no words of a quotation.
  for (const q of spans) if (NAMING_WORDS.has(wordBefore(text, q.open))) q.words = 0;
  const dates = [...doc.layer('dates')].sort((a, b) => a.start - b.start);
  const spanByOpen = new Map<number, QuotedSpan>();
  const spanByClose = new Map<number, QuotedSpan>();
  for (const s of spans) {
    spanByOpen.set(s.open, s);
    if (s.close >= 0) spanByClose.set(s.close, s);
  }
  const entAt = overlapIndex(tokens, entities);
  const roleAt = overlapIndex(tokens, roles);
  const nisbaAt = overlapIndex(tokens, nisbas);
  const named = (k: number) => entAt[k] >= 0 || roleAt[k] >= 0 || nisbaAt[k] >= 0;
  const lexemes = doc.has('lexemes') ? doc.get('lexemes') : null;
  const cues: (CueMatch | null)[] = tokens.map((t, i) => (t.kind === 'word' ? plausibleCue(tokens, i, lexemes ? cueOfLexeme(lexemes[i]) : lookupCue(t.norm), named) : null));
  const ctx: Context = {
    doc,
    text,
    tokens,
    sentenceStartTok,
    sentenceEndTok,
    paragraphOf,
    langOf,
    entities,
    roles,
    nisbas,
    entAt,
    roleAt,
    nisbaAt,
    dates,
    dateAt: overlapIndex(tokens, dates),
    spans,
    spanByOpen,
    spanByClose,
    spanIndex: new IntervalIndex(spans, (s) => s.open, (s) => s.end),
    claimed: new Set(),
    cues,
    appositions: new Map(),
  };
  collectAppositions(ctx);
  return ctx;
}

const RELAY_LEMMA = normalize('نقل');

/** Relative pronouns: a verb right after one is a relative clause (التي تعتبر روسيا أن…), not a report. */
const RELATIVES = new Set(['الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'اللواتي', 'اللاتي', 'اللذان', 'اللتان'].map(normalize));

/** Drop readings of a cue word that its neighbours rule out. */
/** A word type's speech cue (false: none), kept on its lexeme; shared, not to be mutated. */
const cueSlot = lexemeSlot((norm): CueMatch | false => lookupCue(norm) ?? false);
function cueOfLexeme(lex: Lexeme): CueMatch | null {
  return cueSlot(lex) || null;
}

function plausibleCue(tokens: Token[], i: number, cm: CueMatch | null, named: (k: number) => boolean): CueMatch | null {
  if (!cm) return null;
  const sentence = tokens[i].sentence;
  if (i > 0 && tokens[i - 1].sentence === sentence && RELATIVES.has(tokens[i - 1].norm)) return null;
  // "بحسب ما قالت الحكومة", "حسبما ذكرت": the verb belongs to the attribution, which reads it itself.
  if (cm.info.form !== 'according' && i > 0 && tokens[i - 1].sentence === sentence) {
    const prev = tokens[i - 1].norm;
    if (prev === 'حسبما' || (prev === 'ما' && i > 1 && lookupCue(tokens[i - 2].norm)?.info.form === 'according')) return null;
  }
  // A participle after و is an adjective ("جيدة ومفيدة"); the participle of speech follows its clause directly.
  if (cm.info.form === 'participle' && cm.prefix > 0) return null;
  // نقل reports only as "نقل عن" (else it is "to move, carry": "ما ينقل العالم").
  if (cm.info.objectContent === 'an' || cm.info.lemma === RELAY_LEMMA) {
    // عبّر/أعرب عن: without عن, عبر is the preposition "via"; between the verb and عن only its
    // subject may stand (names, titles, definite words, أمس), not an object ("عبر الشاشة إعلانا عن").
    for (let k = i + 1; k < tokens.length && k <= i + 7 && tokens[k].sentence === sentence; k++) {
      const t = tokens[k];
      if (t.norm === 'عن') return cm;
      if (t.kind === 'punct' ? t.norm !== '،' : !(named(k) || t.norm.startsWith('ال') || TITLES.has(t.norm) || OUTLET_NOUNS.has(t.norm) || SUBJECT_STOPS.has(t.norm))) return null;
    }
    return null;
  }
  return cm;
}

/** For each token, the index of the first mention overlapping it, or -1 (both lists sorted by start). */
function overlapIndex(tokens: Token[], mentions: readonly Span[]): Int32Array {
  const out = new Int32Array(tokens.length).fill(-1);
  let m = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    while (m < mentions.length && mentions[m].end <= t.start) m++;
    if (m < mentions.length && mentions[m].start < t.end && mentions[m].end > t.start) out[i] = m;
  }
  return out;
}

/** Words that introduce a name or title, not speech (normalised). */
const NAMING_WORDS: ReadonlySet<string> = new Set(
  ['اسم', 'باسم', 'عنوان', 'بعنوان', 'شعار', 'بشعار', 'المسمى', 'المسماة', 'مسمى', 'يسمى', 'تسمى', 'سميت', 'سمي', 'لقب', 'بلقب', 'وسم', 'بوسم', 'هاشتاغ', 'هاشتاق', 'وثيقة', 'كتاب', 'فيلم', 'برنامج', 'مسلسل', 'أغنية', 'رواية', 'مبادرة', 'حملة', 'عملية'].map(normalize),
);

/** The normalised word right before a position (spaces skipped), '' at the start. */
function wordBefore(text: string, at: number): string {
  let end = at;
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  let start = end;
  while (start > 0 && /[\p{L}\p{M}]/u.test(text[start - 1])) start--;
  return normalize(text.slice(start, end));
}

/** The word without a leading و/ف however short it is: openers are short particles (وفي → في). */
function dropConjunctionLetter(norm: string): string {
  return startsWithConjunction(norm) ? norm.slice(1) : norm;
}

function isTitle(norm: string): boolean {
  return TITLES.has(norm) || TITLES.has(dropConjunction(norm));
}

function entityRef(e: EntityMention): SpeakerRef {
  return { id: e.id, name: e.name };
}

/**
 * Title phrases followed by a person's name ("المتحدث باسم الحكومة، عمر الحسن"), so that
 * the title alone later (or earlier) in the document resolves to that person when the `roles`
 * layer has not linked it. Keys: the whole phrase, and its title words plus the entity ids in it.
 */
function collectAppositions(ctx: Context): void {
  const { tokens, entities } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    if (!isTitle(tokens[i].norm)) continue;
    if (i > 0 && isTitle(tokens[i - 1].norm)) continue; // start of the phrase only
    let j = i + 1;
    let steps = 0;
    while (j < tokens.length && steps < 8 && tokens[j].sentence === tokens[i].sentence) {
      const e = ctx.entAt[j];
      if (e >= 0 && entities[e].type === 'PER') {
        const end = tokens[j - 1].norm === '،' ? j - 1 : j;
        if (end > i) for (const key of phraseKeys(ctx, i, end)) if (!ctx.appositions.has(key)) ctx.appositions.set(key, { ref: entityRef(entities[e]), mention: entities[e] });
        break;
      }
      const t = tokens[j];
      if (t.kind === 'punct' && t.norm !== '،' && t.norm !== '-') break;
      if (SUBJECT_STOPS.has(t.norm) || ctx.cues[j]) break;
      j++;
      steps++;
    }
  }
}

/** Keys for a title phrase spanning tokens [from, to). */
function phraseKeys(ctx: Context, from: number, to: number): string[] {
  const words: string[] = [];
  const titles: string[] = [];
  const ids = new Set<string>();
  for (let k = from; k < to; k++) {
    const t = ctx.tokens[k];
    if (t.kind === 'punct') continue;
    words.push(t.norm);
    if (isTitle(t.norm)) titles.push(dropConjunction(t.norm).replace(/^ال/, ''));
    const e = ctx.entAt[k];
    if (e >= 0) ids.add(ctx.entities[e].id);
    const r = ctx.roleAt[k];
    if (r >= 0 && ctx.roles[r].id) ids.add(ctx.roles[r].id!);
    const n = ctx.nisbaAt[k];
    if (n >= 0) ids.add(ctx.nisbas[n].id);
  }
  const keys = ['p:' + words.join(' ')];
  if (titles.length && ids.size) keys.push('t:' + titles.join(' ') + '|' + [...ids].sort().join(','));
  return keys;
}

// ---------------------------------------------------------------------------------------------
// Subjects

/**
 * The subject after a verb (VSO): the first name, role, unnamed source or document within the window.
 * `governed`: the phrase follows a preposition that takes the source ("وفقا لوكالة رويترز",
 * "نقلا عن"), so a ل on the first word is part of it rather than marking an addressee.
 */
function subjectAfter(ctx: Context, from: number, strict: boolean, governed = false): { subject: Subject; last: number } | null {
  const { tokens } = ctx;
  if (from >= tokens.length) return null;
  const sentence = tokens[from].sentence;
  let titleStart = -1;
  let documentSeen = -1;
  let commonNoun = false; // a definite common noun came first ("المرأة السعودية"): a place after it modifies it
  let lastWord = from;
  for (let j = from, steps = 0; j < tokens.length && steps < MAX_SUBJECT_SCAN && tokens[j].sentence === sentence; j++, steps++) {
    const t = tokens[j];
    const norm = t.norm;
    // Object verbs: only a subject right after the verb, else the words there are the object.
    if (strict && j > from && titleStart < 0 && documentSeen < 0) return unknownSubject(ctx, from, true);
    if (t.kind === 'punct') {
      const s = ctx.spanByOpen.get(t.start);
      if (s && s.words < MIN_QUOTE_WORDS) continue; // a name in quotes: وكالة “إنترفاكس”
      if (norm === '،' || norm === '-' || norm === ',' || ctx.spanByClose.has(t.start)) continue;
      break;
    }
    if (complementizerKind(norm) || (j > from && ctx.cues[j])) break;
    // "وأوضح لـ«عين اليوم» أمين عام الغرفة…": the addressee comes first; step over it to the subject.
    if (!governed && norm === 'ل' && titleStart < 0 && documentSeen < 0) {
      const next = tokens[j + 1];
      const quoted = next ? ctx.spanByOpen.get(next.start) : undefined;
      if (quoted) {
        while (j + 1 < tokens.length && tokens[j + 1].start <= quoted.close) j++;
        continue;
      }
      if (next && ctx.entAt[j + 1] >= 0) {
        j = lastTokenOf(ctx, ctx.entities[ctx.entAt[j + 1]], j + 1);
        continue;
      }
    }
    if (SUBJECT_STOPS.has(norm) && !(governed && j === from && norm.startsWith('ل'))) break;
    const r = ctx.roleAt[j];
    const e = ctx.entAt[j];
    if (e >= 0 && (r < 0 || ctx.entities[e].type === 'PER')) {
      const ent = ctx.entities[e];
      // "قال لرويترز مسؤول…": a name governed by ل after the verb is the addressee; the subject may follow.
      if (!governed && titleStart < 0 && documentSeen < 0 && ent.start > t.start && ent.start < t.end && ADDRESSEE_PREFIX.test(norm)) {
        j = lastTokenOf(ctx, ent, j);
        continue;
      }
      if (!governed && titleStart < 0 && documentSeen < 0 && j > from && tokens[j - 1].norm === 'ل') break;
      // "أعلنت المرأة السعودية": a place after a common noun qualifies it; the phrase is the subject.
      if (commonNoun && ent.type === 'LOC' && titleStart < 0 && documentSeen < 0) return unknownSubject(ctx, from);
      const last = lastTokenOf(ctx, ent, j);
      if (ent.type === 'PER') return { subject: { kind: 'speaker', ref: entityRef(ent), agreement: null, mention: ent, person: true }, last };
      if (titleStart >= 0) return titleSubject(ctx, titleStart, j, last);
      return { subject: { kind: 'speaker', ref: entityRef(ent), agreement: null, mention: ent }, last };
    }
    if (r >= 0) {
      const role = ctx.roles[r];
      const last = lastTokenOf(ctx, role, j);
      // A name in apposition to the role is the speaker itself.
      const per = personAfter(ctx, last + 1);
      if (per) return per;
      if (role.id) return { subject: { kind: 'speaker', ref: { id: role.id, name: role.name ?? role.text }, agreement: null, mention: role, person: true }, last };
      return titleSubject(ctx, j, last + 1, last);
    }
    lastWord = j;
    if (titleStart < 0 && documentSeen < 0) {
      if (UNNAMED_SOURCES.has(norm)) return { subject: { kind: 'unnamed', agreement: unnamedAgreement(norm) }, last: j };
      if (DOCUMENT_NOUNS.has(norm)) {
        documentSeen = j;
        continue;
      }
      if (isTitle(norm)) titleStart = j;
      else if (j === from && norm.startsWith('ال') && !OUTLET_NOUNS.has(norm)) commonNoun = true;
    }
  }
  if (titleStart >= 0) return titleSubject(ctx, titleStart, lastWord + 1, Math.max(titleStart, lastWord));
  if (documentSeen >= 0) {
    const t = tokens[documentSeen];
    return { subject: { kind: 'document', mention: { start: t.start, end: t.end }, name: ctx.text.slice(t.start, t.end) }, last: documentSeen };
  }
  return unknownSubject(ctx, from);
}

/** Adjective endings (nisba and plural): الهولندي، الروسية، الأمريكيون. */
const NISBA_ENDING = /(ي|يه|يون|يين|يان)$/;

/** ل (or لل) attached to a word after the verb: "لرويترز", "للصحيفة". */
const ADDRESSEE_PREFIX = /^(ل|لل)/;

/** How many words an unrecognised subject noun phrase may have. */
const MAX_UNKNOWN_SUBJECT_WORDS = 5;

/**
 * A definite noun phrase right after the verb that no layer recognised ("وقال المرصد السوري في
 * بيان", "شددت التوصية على"): the verb has a subject of its own, so the previous speaker does not
 * carry over; the speaker is that phrase, unlinked.
 */
function unknownSubject(ctx: Context, from: number, adjectivesOnly = false): { subject: Subject; last: number } | null {
  const { tokens } = ctx;
  const first = tokens[from];
  if (first.kind !== 'word' || !first.norm.startsWith('ال') || ctx.dateAt[from] >= 0 || TIME_NOUNS.has(first.norm) || SUBJECT_STOPS.has(first.norm) || complementizerKind(first.norm) || ctx.cues[from]) return null;
  let last = from;
  for (let j = from + 1; j < tokens.length && j < from + MAX_UNKNOWN_SUBJECT_WORDS && tokens[j].sentence === first.sentence; j++) {
    const t = tokens[j];
    if (t.kind !== 'word' || SUBJECT_STOPS.has(t.norm) || complementizerKind(t.norm) || ctx.cues[j] || ctx.dateAt[j] >= 0) break;
    // Before an object ("نفى المدرب الهولندي الشائعات"), the subject is its head and adjectives only.
    if (adjectivesOnly && !(t.norm.startsWith('ال') && NISBA_ENDING.test(t.norm))) break;
    last = j;
  }
  const span = { start: first.start, end: tokens[last].end };
  const state = stateBehind(ctx, from, last);
  if (state) return { subject: state, last };
  return { subject: { kind: 'speaker', ref: { id: null, name: ctx.text.slice(span.start, span.end) }, agreement: null, mention: span, weak: true }, last };
}

/** Bodies that speak for their country when qualified by its nisba: الحكومة السودانية، الوفد الروسي، الجانب الأمريكي. */
const STATE_BODIES = new Set(['الحكومه', 'السلطات', 'الوفد', 'الجانب', 'الدوله', 'القياده', 'الاداره'].map(normalize));

/** "الحكومة السودانية" (tokens from..last): the country of the nisba, when the head is a state body. */
function stateBehind(ctx: Context, from: number, last: number): Subject | null {
  if (!STATE_BODIES.has(ctx.tokens[from].norm) || last < from + 1) return null;
  const n = ctx.nisbaAt[from + 1];
  if (n < 0) return null;
  const nisba = ctx.nisbas[n];
  return { kind: 'speaker', ref: { id: nisba.id, name: nisba.name }, agreement: null, mention: { start: nisba.start, end: nisba.end } };
}

/** A PER name right after a role (allowing a comma): the apposition. */
function personAfter(ctx: Context, j: number): { subject: Subject; last: number } | null {
  const { tokens } = ctx;
  if (j < tokens.length && tokens[j].norm === '،') j++;
  if (j >= tokens.length) return null;
  const e = ctx.entAt[j];
  if (e >= 0 && ctx.entities[e].type === 'PER') {
    const ent = ctx.entities[e];
    return { subject: { kind: 'speaker', ref: entityRef(ent), agreement: null, mention: ent, person: true }, last: lastTokenOf(ctx, ent, j) };
  }
  return null;
}

/** A title phrase [from, to): the person in apposition after it, or the person it names elsewhere in the document. */
function titleSubject(ctx: Context, from: number, to: number, last: number): { subject: Subject; last: number } {
  const per = personAfter(ctx, last + 1);
  if (per) return per;
  const phraseEnd = Math.max(to, last + 1);
  const span = { start: ctx.tokens[from].start, end: ctx.tokens[phraseEnd - 1].end };
  for (const key of phraseKeys(ctx, from, phraseEnd)) {
    const known = ctx.appositions.get(key);
    if (known) return { subject: { kind: 'speaker', ref: known.ref, agreement: null, mention: known.mention, person: true }, last };
  }
  return { subject: { kind: 'speaker', ref: { id: null, name: ctx.text.slice(span.start, span.end) }, agreement: null, mention: span, person: true }, last };
}

function lastTokenOf(ctx: Context, m: Span, j: number): number {
  let k = j;
  while (k + 1 < ctx.tokens.length && ctx.tokens[k + 1].start < m.end) k++;
  return k;
}

/** The subject right before a verb (SVO): "روسيا قالت", "…، ينس ستولتنبرغ، أعلن". */
function subjectBefore(ctx: Context, cueTok: number): Subject | null {
  const { tokens } = ctx;
  let k = cueTok - 1;
  const sentence = tokens[cueTok].sentence;
  while (k >= 0 && tokens[k].sentence === sentence && (tokens[k].kind === 'punct' || tokens[k].norm === 'قد' || tokens[k].norm === 'كان' || tokens[k].norm === 'وكان')) {
    // Skip commas and a name in quotes between the subject and the verb ("الناتو"، يقول).
    const p = tokens[k];
    if (p.kind === 'punct' && !(p.norm === '،' || p.norm === ',' || ctx.spanByClose.has(p.start) || ctx.spanByOpen.has(p.start))) return null;
    k--;
  }
  if (k < 0 || tokens[k].sentence !== sentence) return null;
  const e = ctx.entAt[k];
  const r = ctx.roleAt[k];
  if (r >= 0 && (e < 0 || ctx.entities[e].type !== 'PER')) {
    const role = ctx.roles[r];
    if (role.id) return { kind: 'speaker', ref: { id: role.id, name: role.name ?? role.text }, agreement: null, mention: role };
  }
  if (e >= 0) {
    const ent = ctx.entities[e];
    let first = k;
    while (first > 0 && ctx.entAt[first - 1] === e) first--;
    if (ent.type !== 'PER') {
      const ts = titleStartBefore(ctx, first);
      if (ts >= 0) return titleSubject(ctx, ts, k + 1, k).subject;
    }
    return { kind: 'speaker', ref: entityRef(ent), agreement: null, mention: ent };
  }
  if (UNNAMED_SOURCES.has(tokens[k].norm)) return { kind: 'unnamed', agreement: unnamedAgreement(tokens[k].norm) };
  // "خبراء اقتصاديون قد توقعوا": an unnamed source with its adjective.
  if (k > 0 && tokens[k - 1].sentence === sentence && UNNAMED_SOURCES.has(tokens[k - 1].norm) && tokens[k].kind === 'word') {
    return { kind: 'unnamed', agreement: unnamedAgreement(tokens[k - 1].norm) };
  }
  return null;
}

/** A definite noun right before the verb that no layer recognised ("التقارير تشير إلى أن"): an unlinked subject. */
function unknownSubjectBefore(ctx: Context, cueTok: number): Subject | null {
  const k = cueTok - 1;
  if (k < 0) return null;
  const t = ctx.tokens[k];
  if (t.sentence !== ctx.tokens[cueTok].sentence || t.kind !== 'word' || !t.norm.startsWith('ال') || t.norm.length < 4) return null;
  if (SUBJECT_STOPS.has(t.norm) || TIME_NOUNS.has(t.norm) || CLAUSE_OPENERS.has(t.norm) || ctx.cues[k] || ctx.dateAt[k] >= 0) return null;
  if (k > 0 && ctx.tokens[k - 1].sentence === t.sentence) {
    const state = stateBehind(ctx, k - 1, k);
    if (state) return state;
  }
  return { kind: 'speaker', ref: { id: null, name: ctx.text.slice(t.start, t.end) }, agreement: null, mention: { start: t.start, end: t.end }, weak: true };
}

/** Start of a title phrase ending right before token `j` ("المتحدث باسم" + وزارة الخارجية), or -1. */
function titleStartBefore(ctx: Context, j: number): number {
  let found = -1;
  for (let k = j - 1, steps = 0; k >= 0 && steps < 4; k--, steps++) {
    const t = ctx.tokens[k];
    if (t.kind !== 'word' || SUBJECT_STOPS.has(t.norm) || ctx.cues[k]) break;
    if (isTitle(t.norm)) found = k;
    else if (found >= 0) break;
  }
  return found;
}

/** Nearest name before `tok` within [from, tok): the antecedent of a pronoun. */
function antecedentBefore(ctx: Context, tok: number, fromPos: number, exclude: string | null): Who | null {
  for (let k = tok - 1; k >= 0 && ctx.tokens[k].start >= fromPos; k--) {
    const n = ctx.nisbaAt[k];
    const e = ctx.entAt[k];
    const r = ctx.roleAt[k];
    let who: Who | null = null;
    if (r >= 0 && ctx.roles[r].id) who = { ref: { id: ctx.roles[r].id, name: ctx.roles[r].name ?? ctx.roles[r].text }, mention: ctx.roles[r] };
    else if (e >= 0) who = { ref: entityRef(ctx.entities[e]), mention: ctx.entities[e] };
    else if (n >= 0) who = { ref: { id: ctx.nisbas[n].id, name: ctx.nisbas[n].name }, mention: ctx.nisbas[n] };
    if (who && who.ref.id !== exclude) return who;
  }
  return null;
}

interface Who {
  ref: SpeakerRef;
  mention: Span;
}

// ---------------------------------------------------------------------------------------------
// Cues

function cueSurface(ctx: Context, i: number): { text: string; span: Span } {
  const t = ctx.tokens[i];
  return { text: ctx.text.slice(t.start, t.end), span: { start: t.start, end: t.end } };
}

function isTerminal(t: Token): boolean {
  return t.kind === 'punct' && (t.norm === '.' || t.norm === '!' || t.norm === '?' || t.norm === '؟' || t.norm === '…');
}

/** The quotes one cue introduces (usually one; two when an indirect clause is followed by a quoted sentence). */
function fromCue(ctx: Context, i: number, cm: CueMatch): Found[] {
  const { tokens } = ctx;
  const info = cm.info;
  const t = tokens[i];
  const sentence = t.sentence;
  // An imperfect verb right after an indefinite noun is a relative clause ("معلومات تفيد بأن"), not a report.
  if (info.form === 'imperfect' && i > 0 && tokens[i - 1].kind === 'word' && tokens[i - 1].sentence === sentence) {
    const prev = tokens[i - 1].norm;
    if (!prev.startsWith('ال') && !CLAUSE_OPENERS.has(prev) && ctx.entAt[i - 1] < 0 && ctx.roleAt[i - 1] < 0 && !UNNAMED_SOURCES.has(prev) && !ctx.cues[i - 1]) return [];
  }
  const verbLike = info.form === 'perfect' || info.form === 'imperfect';
  let subjectInfo: { subject: Subject; last: number } | null = null;
  if (verbLike) subjectInfo = subjectAfter(ctx, i + 1, info.objectContent === 'np');

  // Scan for the content.
  // Object verbs (نفى، أكد) take a complementizer only close after their subject; further on, an
  // "أن" belongs to another clause ("ونفى البنيان بيع المصنع …، معرجا على أنه…").
  // Participles introduce their words at once ("مؤكدا أن", "مشيرة إلى أنها").
  const limit =
    info.form === 'participle' ? MAX_PARTICIPLE_SCAN : info.objectContent === 'np' ? (subjectInfo ? subjectInfo.last - i : 0) + MAX_OBJECT_COMPLEMENTIZER_GAP : MAX_CONTENT_SCAN;
  let contentStart = -1;
  let direct: QuotedSpan | null = null;
  let colonAt = -1;
  for (let j = i + 1, steps = 0; j < tokens.length && tokens[j].sentence === sentence && steps < limit; j++, steps++) {
    const u = tokens[j];
    if (u.kind === 'punct') {
      const s = ctx.spanByOpen.get(u.start);
      if (s) {
        // A quote never closed counts only where speech must start (after a colon); elsewhere it is
        // more likely a name whose closing mark the page lost.
        const introduced = colonAt === j - 1;
        // Mid-clause words in quotes followed by more of the clause are a name or title ("كشف «مكتب
        // أخبار سوريا» أن…"); a quotation is set off by punctuation or ends the clause.
        const prevTok = tokens[j - 1];
        const setOff = introduced || (prevTok.kind === 'punct' && prevTok.norm !== '(') || endsClause(ctx, s);
        if ((s.words >= MIN_QUOTE_WORDS && (s.close >= 0 || introduced) && setOff) || introduced) {
          direct = s;
          break;
        }
        // A term in quotes: step over it.
        while (j + 1 < tokens.length && tokens[j + 1].start < s.close) j++;
        continue;
      }
      if (u.norm === ':') {
        colonAt = j;
        const next = tokens[j + 1];
        if (next && next.sentence === sentence && !ctx.spanByOpen.has(next.start)) {
          contentStart = j + 1;
          break;
        }
        // "وقال في بيانه:" closing its paragraph, the quotation opening the next one.
        const s = next ? ctx.spanByOpen.get(next.start) : undefined;
        if (s && next.sentence !== sentence && s.words >= MIN_QUOTE_WORDS && ctx.paragraphOf(next.start) === ctx.paragraphOf(u.start) + 1) {
          direct = s;
          break;
        }
        continue;
      }
      if (isTerminal(u)) break;
      continue;
    }
    const ck = u.kind === 'word' ? complementizerKind(u.norm) : null;
    if (ck) {
      const next = tokens[j + 1];
      const s = next ? ctx.spanByOpen.get(next.start) : undefined;
      if (ck === 'bare' && s && s.words >= MIN_QUOTE_WORDS) {
        direct = s;
        break;
      }
      if (ck === 'pronoun') contentStart = j;
      else if (next && next.sentence === sentence) contentStart = j + 1;
      break;
    }
    const other = ctx.cues[j];
    if (other && other.info.form !== 'according') {
      // "قائلا:" right after the verb's subject introduces the same words; other cues start their own quote.
      if (other.info.form === 'participle' && other.info.lemma === 'قال') continue;
      break;
    }
  }

  const cue = cueSurface(ctx, i);
  // "نقلت رويترز عن مسؤول أن…", "ذكرت الصحيفة نقلا عن مصادر أن…": the source after عن spoke; the
  // verb's subject is the chain it came through.
  const contentTok = direct ? tokenAt(ctx, direct.open) : contentStart;
  const relay = contentTok > i ? relayedSource(ctx, i, contentTok, info) : null;
  const mk = (start: number, end: number, kind: Found['kind']): Found => {
    const f = blank(ctx, start, end, kind, i);
    f.cue = info;
    f.cueText = cue.text;
    f.cueSpan = cue.span;
    f.subject = subjectInfo?.subject ?? null;
    if (relay) {
      if (f.subject?.kind === 'speaker') f.via.push(f.subject.ref);
      f.subject = relay;
    }
    if (info.social && kind === 'direct') f.kind = 'social';
    return f;
  };

  if (direct) {
    if (ctx.claimed.has(direct)) return [];
    ctx.claimed.add(direct);
    return [mk(direct.start, direct.end, 'direct')];
  }
  // Object content: after the subject ("نفت موسكو أي نوايا", "عبرت شيرمان عن سعادتها"), or right after a
  // continuation verb without a subject ("وأبدى استعداده"); a verb with neither (a headline) has none.
  const objectOk = info.objectContent === 'an' || (info.objectContent === 'np' && (subjectInfo !== null || cm.prefix > 0));
  if (contentStart < 0 && objectOk && verbLike) {
    let k = subjectInfo ? subjectInfo.last + 1 : i + 1;
    if (k < tokens.length && tokens[k].norm === '،') k++;
    if (k < tokens.length && (tokens[k].norm === 'عن' || tokens[k].norm === 'علي')) k++;
    if (k < tokens.length && tokens[k].sentence === sentence && tokens[k].kind === 'word' && !ctx.cues[k]) contentStart = k;
  }
  if (contentStart < 0) {
    // "“…”، قال X": the quote is right before the verb.
    if (verbLike) {
      let k = i - 1;
      while (k >= 0 && tokens[k].kind === 'punct' && (tokens[k].norm === '،' || tokens[k].norm === ',')) k--;
      const s = k >= 0 ? ctx.spanByClose.get(tokens[k].start) : undefined;
      if (s && !ctx.claimed.has(s) && s.words >= MIN_QUOTE_WORDS) {
        ctx.claimed.add(s);
        return [mk(s.start, s.end, 'direct')];
      }
    }
    return [];
  }
  if (colonAt >= 0 && contentStart === colonAt + 1) {
    const end = clauseEnd(ctx, contentStart, true);
    return [mk(tokens[contentStart].start, end.end, 'direct')];
  }
  // "يذكر أن…", "يشار إلى أن…" outside any quotation is the writer's own background note, not speech.
  // يذكر is also the passive (يُذكر أن "it is worth mentioning that") when nothing is its subject.
  const passive = info.form === 'passive' || (info.form === 'imperfect' && info.lemma === 'ذكر' && !subjectInfo && cm.prefix === 0 && i + 1 < tokens.length && complementizerKind(tokens[i + 1].norm) !== null);
  if (passive && !ctx.spanIndex.containing(t.start).some((sp) => sp.start <= t.start && sp.end >= t.end)) {
    const next = tokens[contentStart];
    if (!ctx.spanByOpen.has(next.start)) return [];
  }
  // Indirect clause; quoted spans embedded in it.
  const clause = clauseEnd(ctx, contentStart, false);
  if (clause.embedded) {
    ctx.claimed.add(clause.embedded);
    return [mk(clause.embedded.start, clause.embedded.end, 'direct')];
  }
  const out = [mk(tokens[contentStart].start, clause.end, 'indirect')];
  if (clause.following && !ctx.claimed.has(clause.following)) {
    ctx.claimed.add(clause.following);
    out.push(mk(clause.following.start, clause.following.end, 'direct'));
  }
  return out;
}

/** Index of the token starting at `pos` (binary search), or -1. */
function tokenAt(ctx: Context, pos: number): number {
  let lo = 0;
  let hi = ctx.tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = ctx.tokens[mid].start;
    if (s === pos) return mid;
    if (s < pos) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** The source named after عن between a relaying verb (نقل, or any verb followed by نقلا عن) and its content. */
function relayedSource(ctx: Context, cueTok: number, contentTok: number, info: CueInfo): Subject | null {
  const { tokens } = ctx;
  for (let k = cueTok + 1; k < contentTok; k++) {
    if (tokens[k].norm !== 'عن') continue;
    const relaying = info.lemma === 'نقل' || (k > 0 && tokens[k - 1].norm === 'نقلا');
    if (!relaying) continue;
    const src = subjectAfter(ctx, k + 1, false, true);
    if (src && src.subject.kind !== 'document') return src.subject;
    return null;
  }
  return null;
}

/** The quoted span is followed by punctuation ending a clause, or by nothing (end of paragraph). */
function endsClause(ctx: Context, s: QuotedSpan): boolean {
  if (s.close < 0) return true;
  const text = ctx.text;
  for (let k = s.close + 1; k < text.length; k++) {
    const ch = text[k];
    if (ch === ' ' || ch === '\u00a0') continue;
    return ch === '\n' || '.،,؛;:!?؟…)»”"\''.includes(ch);
  }
  return true;
}

/**
 * End of the clause starting at token `from`: the sentence end, or a comma followed by a new
 * reporting cue ("…، مؤكدا أن", "…، لكنه أعرب") or by a quoted sentence ("…، “ومن هنا…”").
 * A quoted span inside the clause after a word is `embedded` (the clause quotes those words).
 */
function clauseEnd(ctx: Context, from: number, toSentenceEnd: boolean): { end: number; embedded: QuotedSpan | null; following: QuotedSpan | null } {
  const { tokens } = ctx;
  const sentence = tokens[from].sentence;
  let lastContent = from;
  for (let j = from; j < tokens.length && tokens[j].sentence === sentence; j++) {
    const u = tokens[j];
    if (u.kind === 'punct') {
      const s = ctx.spanByOpen.get(u.start);
      if (s && s.words >= MIN_QUOTE_WORDS && !toSentenceEnd) {
        const prev = tokens[j - 1];
        if (j > from && prev.kind !== 'punct' && !ctx.claimed.has(s)) return { end: tokens[lastContent].end, embedded: s, following: null };
        if (prev && (prev.norm === '،' || prev.norm === ',')) return { end: tokens[lastContent].end, embedded: null, following: s };
      }
      if (s) {
        // Step over the quoted span (it may contain sentence punctuation of its own).
        while (j + 1 < tokens.length && tokens[j + 1].start < (s.close >= 0 ? s.close + 1 : s.end)) j++;
        lastContent = j;
        continue;
      }
      if ((u.norm === '،' || u.norm === ',' || u.norm === '؛') && !toSentenceEnd) {
        const n1 = j + 1;
        let k = n1;
        if (k < tokens.length && isPronounParticle(tokens[k].norm)) k++;
        const cm = k < tokens.length ? ctx.cues[k] : null;
        if (cm && tokens[k].sentence === sentence) return { end: tokens[lastContent].end, embedded: null, following: null };
      }
      if (isTerminal(u)) break;
      continue;
    }
    lastContent = j;
  }
  return { end: tokens[lastContent].end, embedded: null, following: null };
}

/** "…، بحسب ما أعلنته الرئاسة": a new quote for the clause before, or `via` for a quote already there. */
function fromAccording(ctx: Context, i: number, cm: CueMatch, found: Found[], add: (f: Found) => void): void {
  const { tokens } = ctx;
  const sentence = tokens[i].sentence;
  let j = i + 1;
  if (j >= tokens.length || tokens[j].sentence !== sentence) return;
  // "بحسب ما ذكره X", "حسبما أفادت X", "نقلا عن X", "وفقا لـ X"; "بحسب الخطة" has no speaker and is skipped below.
  let reported = false; // a reporting verb follows (بحسب ما ذكره): any subject is a source
  if (tokens[j].norm === 'ما') {
    if (j + 1 < tokens.length && ACCORDING_VERBS.has(dropConjunction(tokens[j + 1].norm))) j += 2;
    else return;
    reported = true;
  } else if (cm.info.lemma === 'حسبما' && ACCORDING_VERBS.has(tokens[j].norm)) {
    j++;
    reported = true;
  } else if (tokens[j].norm === 'عن' || tokens[j].norm === 'ل') j++;
  // "وفقا لوكالة…": the ل is attached; the subject window reads the entity inside the token.
  const subj = subjectAfter(ctx, j, false, true);
  if (!subj || subj.subject.kind === 'document') return;
  // "وفق القانون", "بحسب الخطة": without a reporting verb only a recognised name or source attributes.
  if (!reported && subj.subject.kind === 'speaker' && subj.subject.weak) return;
  const sStart = ctx.sentenceStartTok[sentence];
  const cuePos = tokens[i].start;
  const sentencePos = tokens[sStart].start;
  const cue = cueSurface(ctx, i);
  // "وذكرت الصحيفة نقلا عن X أن…": the reporting verb's quote already names X as its source.
  if (found.some((f) => f.cueTok >= sStart && f.cueTok < i && f.start > cuePos)) return;
  // A quote already found in this clause: the attribution is the chain it came through.
  const existing = found.filter((f) => f.start >= sentencePos && f.start < cuePos);
  if (existing.length > 0) {
    if (subj.subject.kind === 'speaker') for (const f of existing) f.via.push(subj.subject.ref);
    return;
  }
  // The clause before the cue.
  let k = i - 1;
  while (k >= sStart && tokens[k].kind === 'punct') k--;
  if (k - sStart < 2) return;
  let from = sStart;
  for (let m = k; m > sStart; m--) if (tokens[m].norm === ':' ) { from = m + 1; break; }
  const f = blank(ctx, tokens[from].start, tokens[k].end, 'indirect', i);
  f.cue = cm.info;
  f.cueText = ctx.text.slice(cue.span.start, tokens[subj.last >= j ? j - 1 : i].end);
  f.cueSpan = { start: cue.span.start, end: tokens[Math.max(i, j - 1)].end };
  f.subject = subj.subject;
  add(f);
}

// ---------------------------------------------------------------------------------------------
// Speakers

function speakerForSignature(ctx: Context, nameSpan: Span, handleSpan: Span | null, name: string): SpeakerRef {
  for (const e of ctx.entities) {
    if ((e.start < nameSpan.end && e.end > nameSpan.start) || (handleSpan && e.start < handleSpan.end && e.end > handleSpan.start)) return entityRef(e);
  }
  const key = normalize(name);
  for (const e of ctx.entities) if (normalize(e.name) === key) return entityRef(e);
  return { id: null, name };
}

function resolveSpeakers(ctx: Context, found: Found[], index: IntervalIndex<Found>): void {
  /** Last resolved quote per nesting depth. */
  const last: (Found | undefined)[] = [];
  const history: Found[] = [];
  const depthOf = (f: Found): number => index.containing(f.pos).filter((o) => o !== f && !(o.start === f.start && o.end === f.end)).length;
  const previous = (d: number): Found | undefined => {
    for (let k = d; k >= 0; k--) if (last[k]) return last[k];
    return undefined;
  };
  for (const f of found) {
    const d = depthOf(f);
    resolveOne(ctx, f, d, previous, index, history);
    f.resolved = true;
    history.push(f);
    last[d] = f;
    last.length = d + 1;
  }
}

function setSubject(f: Found, s: Subject, prev: Found | undefined): void {
  if (s.kind === 'speaker') {
    f.speaker = s.ref;
    f.speakerMention = { start: s.mention.start, end: s.mention.end };
    f.speakerPerson = !!s.person;
    f.agreement = s.agreement ?? f.cue?.agreement ?? null;
  } else if (s.kind === 'unnamed') {
    f.speaker = null;
    f.agreement = s.agreement;
  } else {
    // البيان، التقرير: the organisation that spoke just before, whose statement it is; otherwise the document itself.
    if (prev && prev.speaker && !prev.speakerPerson) {
      f.speaker = prev.speaker;
      f.speakerMention = prev.speakerMention;
      f.agreement = prev.agreement;
    } else {
      f.speaker = { id: null, name: s.name };
      f.speakerMention = s.mention;
      f.agreement = 'm';
    }
  }
}

/** How many earlier quotes a disagreeing participle looks through for its speaker. */
const MAX_AGREEMENT_LOOKBACK = 4;

function resolveOne(ctx: Context, f: Found, depth: number, previous: (d: number) => Found | undefined, index: IntervalIndex<Found>, history: readonly Found[]): void {
  const prev = previous(depth);
  if (f.sameAs) {
    f.speaker = f.sameAs.speaker;
    f.speakerMention = f.sameAs.speakerMention;
    f.speakerPerson = f.sameAs.speakerPerson;
    f.agreement = f.sameAs.agreement;
    return;
  }
  // An unrecognised phrase after the verb is a weaker reading than a name right before it ("وكان بلينكن أعلن الأسبوع الماضي").
  if (f.subject?.kind === 'speaker' && f.subject.weak && f.cueTok >= 0 && ctx.cues[f.cueTok]?.prefix === 0) {
    const before = subjectBefore(ctx, f.cueTok);
    if (before) f.subject = before;
  }
  if (f.subject) {
    setSubject(f, f.subject, prev);
    if (f.subject.kind === 'speaker' && f.subject.ref.id === null && f.kind !== 'social') f.agreement = f.cue?.agreement ?? null;
    return;
  }
  const info = f.cue;
  const i = f.cueTok;
  if (!info || i < 0) return;
  const tokens = ctx.tokens;
  const sentence = tokens[i].sentence;
  const sentenceStart = tokens[ctx.sentenceStartTok[sentence]].start;
  const noConj = ctx.cues[i]!.prefix === 0;

  if (info.form === 'masdar-pronoun') {
    // ونقل البيان عن X قوله: X is the speaker; the subject of نقل is the chain.
    let k = i - 1;
    while (k >= 0 && tokens[k].sentence === sentence && tokens[k].norm !== 'عن' && i - k < 12) k--;
    if (k >= 0 && tokens[k].norm === 'عن') {
      const s = subjectAfter(ctx, k + 1, false);
      if (s) setSubject(f, s.subject, prev);
      for (let v = k - 1; v >= 0 && tokens[v].sentence === sentence && k - v < 6; v--) {
        const cv = ctx.cues[v];
        if (cv && cv.info.lemma === normalize('نقل')) {
          const via = subjectAfter(ctx, v + 1, false);
          if (via?.subject.kind === 'speaker') f.via.push(via.subject.ref);
          else if (via?.subject.kind === 'document' && prev?.speaker) f.via.push(prev.speaker);
          break;
        }
      }
      if (s) return;
    }
  }
  if (info.form === 'masdar') {
    // واختتمت الوزارة بيانها بالقول / اكتفى بيان للحلف بالإشارة إلى: the main verb's subject.
    const who = antecedentBefore(ctx, i, sentenceStart, null);
    if (who) {
      f.speaker = who.ref;
      f.speakerMention = { start: who.mention.start, end: who.mention.end };
      f.agreement = null;
      return;
    }
  }
  if (info.form === 'perfect' || info.form === 'imperfect') {
    const before = i > 0 ? tokens[i - 1] : null;
    if (before && before.sentence === sentence && isPronounParticle(before.norm)) {
      // لكنه قال: the previous speaker if the pronoun agrees with it, else the nearest name before.
      const agr = pronounAgreement(before.norm);
      if (prev && (agr === null || prev.agreement === null || prev.agreement === agr) && prev.speaker) {
        f.speaker = prev.speaker;
        f.speakerMention = prev.speakerMention;
        f.speakerPerson = prev.speakerPerson;
        f.agreement = prev.agreement;
        return;
      }
      const scope = enclosingStart(index, f, sentenceStart);
      const who = antecedentBefore(ctx, i - 1, scope, prev?.speaker?.id ?? null);
      if (who) {
        f.speaker = who.ref;
        f.speakerMention = { start: who.mention.start, end: who.mention.end };
        f.agreement = agr;
        return;
      }
    }
    if (noConj) {
      const s = subjectBefore(ctx, i) ?? unknownSubjectBefore(ctx, i);
      if (s) {
        setSubject(f, s, prev);
        if (s.kind === 'speaker') f.agreement = info.agreement;
        return;
      }
    } else if (!info.continuation && ctx.sentenceStartTok[sentence] < i - 1) {
      // "وجمعت روسيا … وتقول إنها": a coordinated verb shares the sentence's subject.
      const s0 = afterDiscourseOpener(ctx.tokens, ctx.sentenceStartTok[sentence], i);
      // Only for a verb-initial sentence: its first word is no preposition or particle, and the
      // entity is not governed by one ("وفي موسكو … وتقول" says nothing about who speaks).
      const first = dropConjunctionLetter(ctx.tokens[s0].norm);
      for (let k = s0; k < Math.min(s0 + 3, i) && !NON_VERB_OPENERS.has(first); k++) {
        const e = ctx.entAt[k];
        if (e >= 0 && ctx.cues[k] === null && k > s0 && !NON_VERB_OPENERS.has(dropConjunctionLetter(ctx.tokens[k - 1].norm))) {
          f.speaker = entityRef(ctx.entities[e]);
          f.speakerMention = { start: ctx.entities[e].start, end: ctx.entities[e].end };
          f.agreement = info.agreement;
          return;
        }
      }
    }
  }
  // Continuation: the previous speaker at this depth, when a participle agrees with it
  // ("مضيفين" after a single speaker is someone else; look a little further back).
  if (prev && info.form === 'participle' && info.agreement && prev.agreement && info.agreement !== prev.agreement) {
    const agreeing = history.slice(-MAX_AGREEMENT_LOOKBACK).reverse().find((h) => h.agreement === info.agreement && h.speaker);
    f.speaker = agreeing?.speaker ?? null;
    f.speakerMention = agreeing?.speakerMention ?? null;
    f.speakerPerson = agreeing?.speakerPerson ?? false;
    f.agreement = info.agreement;
    return;
  }
  if (prev) {
    f.speaker = prev.speaker;
    f.speakerMention = prev.speakerMention;
    f.speakerPerson = prev.speakerPerson;
    f.agreement = prev.agreement;
  }
}

/** Start of the innermost quote containing f's cue, or the sentence start. */
function enclosingStart(index: IntervalIndex<Found>, f: Found, fallback: number): number {
  let best = -1;
  for (const o of index.containing(f.pos)) if (o !== f && o.start > best) best = o.start;
  return best >= 0 ? Math.max(best, fallback) : fallback;
}

// ---------------------------------------------------------------------------------------------
// Output

const TRAILING = /[\s.,،؛;:!?؟…"'“”«»„‘’\-–—]+$/;
const LEADING_SPACE = /^\s+/;

function toQuote(ctx: Context, f: Found, index: IntervalIndex<Found>): Quote {
  const text = ctx.text;
  let start = f.start;
  let end = f.end;
  let body = text.slice(start, end);
  const lead = LEADING_SPACE.exec(body);
  if (lead) {
    start += lead[0].length;
    body = body.slice(lead[0].length);
  }
  // Indirect clauses end before their final punctuation; direct quotes keep what is inside the marks.
  if (f.kind === 'indirect') {
    const trail = TRAILING.exec(body);
    if (trail) {
      body = body.slice(0, body.length - trail[0].length);
      // A quoted fragment closing the clause keeps its closing mark (قالت إنها "استفزاز خطير").
      const closing = ctx.spans.find((q) => q.open >= start && q.open < start + body.length && q.close === start + body.length);
      if (closing) body += text[closing.close];
    }
  } else body = body.replace(/\s+$/, '');
  end = start + body.length;
  const extent = { start, end };
  if (body.length > FULL_TEXT_MAX) {
    let cut = CUT_TEXT_MAX;
    if (/\S/.test(body[cut] ?? ' ')) {
      const sp = body.lastIndexOf(' ', cut);
      if (sp > 0) cut = sp;
    }
    body = body.slice(0, cut).replace(/\s+$/, '');
    end = start + body.length;
  }
  const who = metonymy(ctx, f.speaker ? { ref: f.speaker, mention: f.speakerMention ?? { start: -1, end: -1 } } : null);
  const speaker = who?.ref ?? null;
  const via: SpeakerRef[] = [];
  // Quotes inside quotes: the outer speakers are the chain (outermost first).
  const outer = index.containing(f.start).filter((o) => o !== f && o.end >= f.end && !(o.start === f.start && o.end === f.end));
  for (const o of outer) if (o.speaker) via.push(metonymyRef(ctx, o.speaker));
  for (const v of f.via) via.push(metonymyRef(ctx, v));
  const chain = via.filter((v, k) => v.name !== speaker?.name && via.findIndex((w) => w.name === v.name) === k);
  const q: Quote = {
    start,
    end,
    text: body,
    speaker,
    cue: f.cueText,
    cueSpan: f.cueSpan,
    kind: f.kind,
    // The quote's own script decides its language (an English sentence quoted in an Arabic paragraph).
    lang: f.kind === 'social' ? f.lang : quoteLanguage(ctx.text.slice(extent.start, extent.end), f.lang),
    date: f.date ?? dateBetween(ctx, f.cueSpan, extent.start),
  };
  if (chain.length) q.via = chain;
  if (extent.end !== end) q.extent = extent;
  if (who && who.mention.start >= 0) q.speakerMention = { start: who.mention.start, end: who.mention.end };
  return q;
}

function quoteLanguage(text: string, fallback: Language): Language {
  const lang = identifyLanguage(text);
  return lang === 'other' ? fallback : lang;
}

/** When the words were said: a resolved date between the cue and the quote ("وقال يوم الاثنين إن…"). */
function dateBetween(ctx: Context, cue: Span | null, quoteStart: number): string | null {
  if (!cue || cue.end > quoteStart) return null;
  for (const t of ctx.dates) {
    if (t.start >= cue.end && t.end <= quoteStart && t.type === 'DATE' && t.value && /^\d{4}-\d\d-\d\d/.test(t.value)) return t.value.slice(0, 10);
    if (t.start >= quoteStart) break;
  }
  return null;
}

/** A capital speaks for its country ("نفت موسكو" → Russia), when that country is named in the document. */
function metonymy(ctx: Context, who: Who | null): Who | null {
  if (!who) return who;
  const country = CAPITAL_COUNTRY.get(who.ref.name.toLowerCase()) ?? CAPITAL_COUNTRY.get(normalize(who.ref.name));
  if (!country) return who;
  const ar = normalize(country.ar);
  for (const e of ctx.entities) {
    if (e.type !== 'LOC') continue;
    if (e.name === country.en || normalize(e.text) === ar || normalize(e.text).endsWith(ar)) return { ref: entityRef(e), mention: e };
  }
  return who;
}

function metonymyRef(ctx: Context, ref: SpeakerRef): SpeakerRef {
  return metonymy(ctx, { ref, mention: { start: -1, end: -1 } })!.ref;
}
