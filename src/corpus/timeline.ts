import type { Doc } from '../doc/doc.js';
import type { EventMention, PloverType } from '../doc/types.js';
import { datedSpans } from '../events/dates.js';
import { dayNumber } from './stories.js';
import { meetingRoleOf, type MeetingRole } from './meeting-roles.js';
import { contentTerm } from './stories.js';
import { reporterKey } from './outlets.js';

/**
 * A story's timeline: event mentions from all its articles merged into entries.
 *
 * Two mentions are one entry when they have the same type, the same participants (actors and
 * targets as an unordered set for reciprocal types such as CONSULT) and the same day; a mention
 * whose participants are a subset of an entry's on the same day and type joins it too.
 * Dated facts the coverage mentions without a recognised event (a date expression in a
 * sentence) become entries of their own so key dates are not lost; two articles' dated
 * sentences are one fact only when they share content words, not by the date alone, and the
 * fact is quoted around its date. Past background (a 2014
 * event in 2022 coverage) stays, marked `background`.
 * A mention that only gives someone a role in a meeting the article named before ("ترأس
 * ستولتنبرغ الاجتماع", src/corpus/meeting-roles.ts) joins that meeting's entry, its actors as
 * the entry's role holders (chair, host, participant), not as a meeting of their own.
 */

export interface TimelineEvidence {
  document: string;
  outlet: string | null;
  /** The sentence, clipped. */
  text: string;
  start: number;
  end: number;
}

export interface TimelineEvent {
  type: PloverType;
  mode: string | null;
  actors: string[];
  targets: string[];
  trigger: string;
  /** Offset of the trigger in its document. */
  start: number;
  document: string;
  modality: string;
  /** Set on a mention that gives its actors a role in the entry's meeting (ترأس … الاجتماع). */
  role: MeetingRole | null;
}

export interface TimelineEntry {
  date: string;
  summary: string;
  /** Event types of the entry (several for a fact-only entry: none). */
  events: TimelineEvent[];
  documents: string[];
  /** Every reporter of the entry once: its outlet, or the document itself when the outlet is unknown (src/corpus/outlets.ts). */
  outlets: string[];
  evidence: TimelineEvidence[];
  background: boolean;
  /** 'event' from the events layer, 'fact' from a dated sentence. */
  kind: 'event' | 'fact';
  location: string | null;
  /** People and bodies with a role in the meeting, by the document that says so (from mentions with `role`). */
  roles: { id: string; name: string; role: MeetingRole; document: string }[];
}

/** Entries dated this many days before the story's first article are background. */
const BACKGROUND_DAYS = 60;
const RECIPROCAL = new Set<PloverType>(['CONSULT', 'COOPERATE']);
const EVIDENCE_WORDS = 15;
const ROLE_ORDER: MeetingRole[] = ['chair', 'host', 'participant'];

/** How a story names its documents: by source (path or URL), as the JSON Lines contract says. */
export function docKey(doc: Doc): string {
  return doc.meta.source;
}

export function buildTimeline(docs: Doc[], options: { names?: (id: string) => string } = {}): TimelineEntry[] {
  const name = options.names ?? ((id: string) => id);
  const entries: TimelineEntry[] = [];
  const firstDay = Math.min(...docs.map((d) => dayNumber(d.meta.published) ?? Infinity));

  const place = (doc: Doc, e: EventMention, date: string, role: MeetingRole | null, entry?: TimelineEntry) => {
    if (!entry) {
      entry = { date, summary: '', events: [], documents: [], outlets: [], evidence: [], background: false, kind: 'event', location: e.location, roles: [] };
      entries.push(entry);
    }
    entry.location ??= e.location;
    entry.events.push({ type: e.type, mode: e.mode ?? null, actors: e.actors, targets: e.targets, trigger: e.trigger.text, start: e.trigger.start, document: docKey(doc), modality: e.modality ?? 'asserted', role });
    addSource(entry, doc, e.sentence.start, e.sentence.end);
  };
  // Role mentions wait until every meeting is in, then join the one their article named before.
  const roleMentions: { doc: Doc; e: EventMention; role: MeetingRole }[] = [];
  for (const doc of docs) {
    for (const e of doc.layer('events')) {
      if (e.negated || e.modality === 'hypothetical' || e.modality === 'denied') continue;
      const role = e.actors.length > 0 ? meetingRoleOf(doc, e) : null;
      if (role) {
        roleMentions.push({ doc, e, role });
        continue;
      }
      if (!e.date) continue;
      const who = participantsOf(e);
      if (who.length === 0) continue;
      const date = dayOf(e.date);
      place(doc, e, date, null, sameEventEntry(entries, e, date));
    }
  }
  for (const { doc, e, role } of roleMentions) {
    const meeting = namedBefore(entries, doc, e);
    if (meeting) {
      place(doc, e, meeting.date, role, meeting);
      const document = docKey(doc);
      for (const id of roleHolders(meeting, e, role)) if (!meeting.roles.some((r) => r.id === id && r.document === document)) meeting.roles.push({ id, name: id, role, document });
    } else if (e.date) {
      // No meeting named before it: the mention stands as the meeting it names.
      const date = dayOf(e.date);
      place(doc, e, date, null, sameEventEntry(entries, e, date));
    }
  }
  // Dated facts: sentences with an absolute date the events did not already cover.
  const factWords = new Map<TimelineEntry, Set<string>>();
  for (const doc of docs) {
    const dated = datedSpans(doc);
    const sentences = doc.layer('sentences');
    for (const d of dated) {
      const date = dayOf(d.value);
      if (entries.some((x) => x.date === date && x.documents.includes(docKey(doc)))) continue;
      const s = sentences.find((x) => x.start <= d.start && d.end <= x.end) ?? { start: d.start, end: d.end };
      // A bare date line (a timestamp or byline) is no fact.
      if (arabicWords(doc.text.slice(s.start, s.end)) < MIN_FACT_WORDS) continue;
      // Another article's sentence of the same date tells the same fact only in some of the same words.
      const words = contentWords(doc, s, d);
      let entry = entries.find((x) => x.kind === 'fact' && x.date === date && sharedCount(factWords.get(x)!, words) >= MIN_SHARED_FACT_WORDS);
      if (!entry) {
        entry = { date, summary: '', events: [], documents: [], outlets: [], evidence: [], background: false, kind: 'fact', location: null, roles: [] };
        entries.push(entry);
        factWords.set(entry, new Set());
      }
      for (const w of words) factWords.get(entry)!.add(w);
      addSource(entry, doc, s.start, s.end, d.start);
    }
  }
  for (const x of entries) {
    const day = dayNumber(x.date);
    x.background = day !== null && Number.isFinite(firstDay) && day < firstDay - BACKGROUND_DAYS;
    for (const r of x.roles) r.name = name(r.id);
    x.summary = summarise(x, name);
  }
  return entries.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : b.documents.length - a.documents.length));
}

/**
 * The meeting a role mention takes up again: the entry of the same type and mode holding the
 * nearest earlier mention of the same article, on the mention's day when it gives one, at its
 * place when both give one.
 */
function namedBefore(entries: TimelineEntry[], doc: Doc, e: EventMention): TimelineEntry | null {
  const key = docKey(doc);
  const date = e.date ? dayOf(e.date) : null;
  let best: TimelineEntry | null = null;
  let bestStart = -1;
  for (const x of entries) {
    // A sitting is not a phone call: the mode (phone, visit) must agree.
    if (x.kind !== 'event' || x.events[0].type !== e.type || x.events[0].mode !== (e.mode ?? null) || (date && x.date !== date)) continue;
    if (e.location && x.location && e.location !== x.location) continue;
    for (const v of x.events) {
      if (v.document === key && !v.role && v.start < e.trigger.start && v.start > bestStart) {
        best = x;
        bestStart = v.start;
      }
    }
  }
  return best;
}

/**
 * Who takes the role: the mention's actors; for taking part, also whom it names beside them
 * (ترأس الوفد الأردني إلى الاجتماع وزير الخارجية …), but not the meeting's own sides again.
 */
function roleHolders(meeting: TimelineEntry, e: EventMention, role: MeetingRole): string[] {
  if (role !== 'participant') return e.actors;
  const sides = new Set(meeting.events.flatMap((v) => (v.role ? [] : [...v.actors, ...v.targets])));
  return [...new Set([...e.actors, ...e.targets])].filter((id) => !sides.has(id));
}

/** The entry of the same event on that day: same type, and the same participants or some of them. */
function sameEventEntry(entries: TimelineEntry[], e: EventMention, date: string): TimelineEntry | undefined {
  const who = participantsOf(e);
  return entries.find((x) => x.kind === 'event' && x.date === date && x.events[0].type === e.type && sameOrSubset(who, participantsOf(x.events[0])));
}

/** Who an event is about: both sides of a reciprocal event (a meeting), else its actors; sorted. */
function participantsOf(ev: { type: PloverType; actors: string[]; targets: string[] }): string[] {
  return RECIPROCAL.has(ev.type) ? [...new Set([...ev.actors, ...ev.targets])].sort() : [...ev.actors].sort();
}

/** The mention's participants are the entry's, or a part of them (one side of a meeting). */
function sameOrSubset(mention: string[], entry: string[]): boolean {
  return mention.length <= entry.length && mention.every((x) => entry.includes(x));
}

/** Timeline granularity is the day: times and event-time suffixes (T15:00Z, TEV) are dropped. */
export function dayOf(value: string): string {
  return value.includes('/') ? value.split('/').map((v) => v.replace(/T.*$/, '')).join('/') : value.replace(/T.*$/, '');
}

const ARABIC_WORD = /[\u0621-\u064a]{2,}/g;
const MIN_FACT_WORDS = 5;
function arabicWords(s: string): number {
  return s.match(ARABIC_WORD)?.length ?? 0;
}

/** `focus`: an offset the clipped evidence must show (a dated fact's date, which may stand late in a long sentence). */
function addSource(entry: TimelineEntry, doc: Doc, start: number, end: number, focus?: number): void {
  const key = docKey(doc);
  if (!entry.documents.includes(key)) entry.documents.push(key);
  const reporter = reporterKey(doc.meta);
  if (!entry.outlets.includes(reporter)) entry.outlets.push(reporter);
  if (entry.evidence.some((e) => e.document === key && e.start === start)) return;
  entry.evidence.push({ document: key, outlet: doc.meta.outlet, text: clip(doc.text.slice(start, end), focus === undefined ? 0 : focus - start), start, end });
}

/** The sentence's first EVIDENCE_WORDS words, or, when `focus` lies beyond them, words from a little before it. */
function clip(s: string, focus = 0): string {
  const words = [...s.matchAll(/\S+/g)];
  if (words.length <= EVIDENCE_WORDS) return words.map((w) => w[0]).join(' ');
  const at = words.findIndex((w) => w.index + w[0].length > focus);
  const first = at < EVIDENCE_WORDS ? 0 : Math.min(at - WORDS_BEFORE_FOCUS, words.length - EVIDENCE_WORDS);
  const shown = words.slice(first, first + EVIDENCE_WORDS).map((w) => w[0]).join(' ');
  return `${first > 0 ? '… ' : ''}${shown}${first + EVIDENCE_WORDS < words.length ? ' …' : ''}`;
}

/** Shared content words (beyond the date) for two articles' dated sentences to be one fact. */
const MIN_SHARED_FACT_WORDS = 2;
const WORDS_BEFORE_FOCUS = 5;

/** Light stems of the sentence's content words outside the date expression. */
function contentWords(doc: Doc, s: { start: number; end: number }, date: { start: number; end: number }): string[] {
  const out: string[] = [];
  for (const t of doc.layer('tokens')) {
    if (t.start < s.start || t.end > s.end || (t.start < date.end && date.start < t.end) || t.kind !== 'word') continue;
    const term = contentTerm(t.norm);
    if (term) out.push(term.stem);
  }
  return out;
}

function sharedCount(have: Set<string>, words: string[]): number {
  return new Set(words.filter((w) => have.has(w))).size;
}

function summarise(x: TimelineEntry, name: (id: string) => string): string {
  if (x.kind === 'fact') return x.evidence[0]?.text ?? '';
  const e = x.events[0];
  const own = x.events.filter((v) => !v.role);
  const actorIds = new Set(own.flatMap((v) => v.actors));
  const actors = [...actorIds].map(name).join(', ');
  // A side already named among the actors (one outlet's A → B, another's B → A) is not repeated as a target.
  const targets = [...new Set(own.flatMap((v) => v.targets))].filter((t) => !actorIds.has(t)).map(name).join(', ');
  const mode = e.mode ? `/${e.mode}` : '';
  // Each holder once, in the foremost role any outlet gives them (one says chaired, another took part).
  const foremost = new Map<string, MeetingRole>();
  for (const r of x.roles) if (!foremost.has(r.id) || ROLE_ORDER.indexOf(r.role) < ROLE_ORDER.indexOf(foremost.get(r.id)!)) foremost.set(r.id, r.role);
  const roles = ROLE_ORDER.flatMap((role) => {
    const holders = [...new Set([...foremost].filter(([, r]) => r === role).map(([id]) => name(id)))];
    return holders.length ? [`${role}: ${holders.join(', ')}`] : [];
  });
  return `${e.type}${mode}: ${actors || '?'}${targets ? ' → ' + targets : ''} (${e.trigger})${x.location ? ' @ ' + name(x.location) : ''}${roles.length ? ' · ' + roles.join(' · ') : ''}`;
}
