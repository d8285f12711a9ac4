import { createHash } from 'node:crypto';
import type { Doc } from '../doc/doc.js';
import type { Quote, SpeakerRef, Span } from '../doc/types.js';
import { normalize } from '../text/normalize.js';
import { hasConjunction, startsWithConjunction } from '../text/clitics.js';

/**
 * Quotes across documents.
 *
 *  - `relinkQuoteSpeakers(doc)`: after cross-document linking (EntityIndex.link) rewrote the
 *    document's entity and role ids, refresh each quote's speaker from the mention it was read
 *    from (a role linked across documents now names its person).
 *  - `corroborateQuotes(docs)`: the same quotation carried by several articles of a story becomes
 *    one corroborated quote listing its outlets, its wordings (variants) and the differences
 *    between them that change the meaning (negation, numbers, words added or dropped).
 *
 * Matching works on content-word sets after normalisation: two quotes are the same when most of
 * the shorter one's words are in the longer one (containment, which tolerates truncation and
 * small wording changes) and their speakers do not conflict.
 */

/** Share of the shorter quote's content words that must occur in the other. */
const MIN_CONTAINMENT = 0.6;
/** Quotes with fewer content words than this are too short to match on words alone. */
const MIN_CONTENT_WORDS = 3;
/** With unknown speakers on either side, demand more overlap. */
const MIN_CONTAINMENT_UNKNOWN_SPEAKER = 0.8;
/** Differences of more content words than this (beyond truncation) are flagged as a rewording. */
const MAX_MINOR_WORD_CHANGES = 3;

export interface QuoteOccurrence {
  source: string;
  outlet: string | null;
  start: number;
  end: number;
  text: string;
  kind: Quote['kind'];
  speaker: SpeakerRef | null;
}

export interface QuoteVariant {
  text: string;
  sources: string[];
}

export interface CorroboratedQuote {
  id: string;
  /** The representative wording (the longest verbatim one). */
  text: string;
  speaker: SpeakerRef | null;
  documents: QuoteOccurrence[];
  /** Distinct outlets (or sources, when the outlet is unknown) carrying it. */
  outlets: string[];
  variants: QuoteVariant[];
  /** Material differences between the wordings, one line each. */
  differences: string[];
}

/** What corroboration needs from a document: a Doc, or a stored JSON record of one. */
export interface QuoteSourceDocument {
  source: string;
  outlet: string | null;
  text: string;
  /** Quotes as annotated, or as stored in a document record (`kind` and `extent` may be missing there). */
  quotes: readonly (Pick<Quote, 'start' | 'end' | 'text' | 'speaker'> & { kind?: Quote['kind']; extent?: Span })[];
}

export function fromDoc(doc: Doc): QuoteSourceDocument {
  return { source: doc.meta.source, outlet: doc.meta.outlet, text: doc.text, quotes: doc.layer('quotes') };
}

// ---------------------------------------------------------------------------------------------

/** Refresh quote speakers (and their chains) from the mentions they were read from, after linking. */
export function relinkQuoteSpeakers(doc: Doc): void {
  if (!doc.has('quotes')) return;
  const entities = doc.layer('entities');
  const roles = doc.layer('roles');
  const renamed = new Map<string, SpeakerRef>();
  for (const q of doc.get('quotes')) {
    if (!q.speaker || !q.speakerMention) continue;
    const m = q.speakerMention;
    const role = roles.find((r) => r.start === m.start && r.end === m.end && r.id);
    const ent = entities.find((e) => e.start === m.start && e.end === m.end) ?? entities.find((e) => overlaps(e, m));
    let ref: SpeakerRef | null = null;
    if (role?.id) ref = { id: role.id, name: role.name ?? role.text };
    else if (ent) ref = { id: ent.id, name: ent.name };
    if (!ref) continue;
    if (q.speaker.id && q.speaker.id !== ref.id) renamed.set(q.speaker.id, ref);
    q.speaker = ref;
  }
  if (renamed.size === 0) return;
  for (const q of doc.get('quotes')) if (q.via) q.via = q.via.map((v) => (v.id && renamed.get(v.id)) || v);
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && a.end > b.start;
}

// ---------------------------------------------------------------------------------------------

/** Function words that carry no content for matching (negations are kept: they matter). */
const STOP = new Set(
  ['في', 'من', 'إلى', 'على', 'عن', 'مع', 'أن', 'إن', 'بأن', 'أنه', 'أنها', 'إنه', 'إنها', 'هذا', 'هذه', 'ذلك', 'التي', 'الذي', 'الذين', 'قد', 'كان', 'كانت', 'هو', 'هي', 'و', 'أو', 'ثم', 'بين', 'كل', 'حول', 'بعد', 'قبل', 'ما', 'the', 'a', 'an', 'of', 'to', 'in', 'and', 'on', 'for', 'is', 'are', 'we', 'it'].map(normalize),
);
const NEGATIONS = new Set(['لا', 'لم', 'لن', 'ليس', 'ليست', 'غير', 'عدم', 'not', 'no', 'never', "don't", "won't"].map(normalize));
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

interface Prepared {
  occ: QuoteOccurrence;
  words: string[];
  set: Set<string>;
  doc: number;
}

/** Content words of a quote: normalised, without the conjunction و, proclitic ال, function words. */
export function contentWords(text: string): string[] {
  const out: string[] = [];
  for (const m of normalize(text).matchAll(WORD)) {
    let w = m[0];
    if (startsWithConjunction(w) && NEGATIONS.has(w.slice(1))) w = w.slice(1);
    if (NEGATIONS.has(w)) {
      out.push(w);
      continue;
    }
    if (hasConjunction(w) && !STOP.has(w)) w = w.slice(1);
    if (w.length > 4 && w.startsWith('ال')) w = w.slice(2);
    else if (w.length > 4 && (w.startsWith('بال') || w.startsWith('لل'))) w = w.slice(w.startsWith('لل') ? 2 : 3);
    if (w.length < 2 || STOP.has(w)) continue;
    out.push(w);
  }
  return out;
}

function containment(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let n = 0;
  for (const w of small) if (large.has(w)) n++;
  return n / small.size;
}

function speakersCompatible(a: SpeakerRef | null, b: SpeakerRef | null): 'same' | 'unknown' | 'conflict' {
  if (!a?.id || !b?.id) return 'unknown';
  return a.id === b.id ? 'same' : 'conflict';
}

/** Group the quotes of a story's documents into corroborated quotes (largest groups first). */
export function corroborateQuotes(docs: readonly (Doc | QuoteSourceDocument)[]): CorroboratedQuote[] {
  const sources = docs.map((d) => (typeof (d as Doc).layer === 'function' ? fromDoc(d as Doc) : (d as QuoteSourceDocument)));
  const prepared: Prepared[] = [];
  sources.forEach((d, di) => {
    for (const q of d.quotes) {
      // The whole quote, not its 80-character cut.
      const span = q.extent ?? { start: q.start, end: q.end };
      const full = d.text.slice(span.start, span.end) || q.text;
      const words = contentWords(full);
      prepared.push({
        occ: { source: d.source, outlet: d.outlet, start: span.start, end: span.end, text: full, kind: q.kind ?? 'direct', speaker: q.speaker },
        words,
        set: new Set(words),
        doc: di,
      });
    }
  });

  // Union-find over matching pairs from different documents.
  const parent = prepared.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (let i = 0; i < prepared.length; i++) {
    const a = prepared[i];
    if (a.set.size < MIN_CONTENT_WORDS) continue;
    for (let j = i + 1; j < prepared.length; j++) {
      const b = prepared[j];
      if (b.doc === a.doc || b.set.size < MIN_CONTENT_WORDS) continue;
      const sp = speakersCompatible(a.occ.speaker, b.occ.speaker);
      if (sp === 'conflict') continue;
      const c = containment(a.set, b.set);
      if (c >= (sp === 'same' ? MIN_CONTAINMENT : MIN_CONTAINMENT_UNKNOWN_SPEAKER)) parent[find(j)] = find(i);
    }
  }
  const groups = new Map<number, Prepared[]>();
  prepared.forEach((p, i) => {
    const r = find(i);
    const g = groups.get(r) ?? [];
    g.push(p);
    groups.set(r, g);
  });

  const out: CorroboratedQuote[] = [];
  for (const members of groups.values()) {
    // One occurrence per document: the longest (a quote and a quote nested in it may both match).
    const byDoc = new Map<number, Prepared>();
    for (const m of members) {
      const cur = byDoc.get(m.doc);
      if (!cur || m.words.length > cur.words.length) byDoc.set(m.doc, m);
    }
    const chosen = [...byDoc.values()];
    const rep = chosen.reduce((best, m) => (rank(m) > rank(best) ? m : best));
    const speaker = commonSpeaker(chosen);
    const variants = new Map<string, QuoteVariant>();
    for (const m of chosen) {
      const key = m.words.join(' ');
      const v = variants.get(key) ?? { text: m.occ.text, sources: [] };
      v.sources.push(m.occ.source);
      variants.set(key, v);
    }
    const differences: string[] = [];
    for (const m of chosen) if (m !== rep) differences.push(...differencesBetween(rep, m));
    const outlets = [...new Set(chosen.map((m) => m.occ.outlet ?? m.occ.source))];
    out.push({
      id: quoteId(speaker, rep.words),
      text: rep.occ.text,
      speaker,
      documents: chosen.map((m) => m.occ),
      outlets,
      variants: [...variants.values()],
      differences,
    });
  }
  return out.sort((a, b) => b.outlets.length - a.outlets.length || a.id.localeCompare(b.id));
}

/** Verbatim beats reported speech; then the longer wording. */
function rank(m: Prepared): number {
  return (m.occ.kind === 'indirect' ? 0 : 10_000) + m.words.length;
}

function commonSpeaker(members: Prepared[]): SpeakerRef | null {
  const counts = new Map<string, { ref: SpeakerRef; n: number }>();
  for (const m of members) {
    const s = m.occ.speaker;
    if (!s) continue;
    const key = s.id ?? 'name:' + s.name;
    const c = counts.get(key) ?? { ref: s, n: 0 };
    c.n += s.id ? 2 : 1; // a linked speaker outweighs an unresolved title
    counts.set(key, c);
  }
  let best: { ref: SpeakerRef; n: number } | null = null;
  for (const c of counts.values()) if (!best || c.n > best.n) best = c;
  return best?.ref ?? null;
}

function quoteId(speaker: SpeakerRef | null, words: string[]): string {
  return 'q-' + createHash('sha1').update((speaker?.id ?? speaker?.name ?? '') + '|' + words.slice(0, 12).join(' ')).digest('hex').slice(0, 12);
}

/**
 * What changes the meaning between two wordings of one quote: a negation present in one only,
 * different numbers, or words beyond truncation. A shorter wording whose words all occur in the
 * other is a truncation, not a difference.
 */
export function differencesBetween(a: Prepared | { occ: QuoteOccurrence; words: string[] }, b: Prepared | { occ: QuoteOccurrence; words: string[] }): string[] {
  const out: string[] = [];
  const label = (m: { occ: QuoteOccurrence }) => m.occ.outlet ?? m.occ.source;
  const sa = new Set(a.words);
  const sb = new Set(b.words);
  const onlyA = a.words.filter((w) => !sb.has(w));
  const onlyB = b.words.filter((w) => !sa.has(w));
  const negA = a.words.filter((w) => NEGATIONS.has(w));
  const negB = b.words.filter((w) => NEGATIONS.has(w));
  if (negA.length !== negB.length) out.push(`${label(b)}: negation differs («${negB.join(' ') || '—'}» vs «${negA.join(' ') || '—'}» in ${label(a)})`);
  const numA = a.words.filter((w) => /^\d/.test(w));
  const numB = b.words.filter((w) => /^\d/.test(w));
  if (numA.length && numB.length && numA.join(' ') !== numB.join(' ')) out.push(`${label(b)}: numbers differ (${numB.join(', ')} vs ${numA.join(', ')} in ${label(a)})`);
  // Truncation: one side's words all inside the other.
  const truncated = onlyB.length === 0 || onlyA.length === 0;
  if (!truncated && onlyB.filter((w) => !NEGATIONS.has(w)).length > MAX_MINOR_WORD_CHANGES) {
    out.push(`${label(b)}: worded differently (has «${onlyB.slice(0, 6).join(' ')}», lacks «${onlyA.slice(0, 6).join(' ')}»)`);
  }
  return out;
}
