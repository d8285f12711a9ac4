import type { Doc } from '../doc/doc.js';
import type { EventMention, PloverType, Span, Token } from '../doc/types.js';
import { sentenceRanges, type TokenRange } from '../text/sentence-ranges.js';
import { definite, lookupForms } from '../text/lookup-forms.js';
import { TRIGGERS } from '../events/triggers.js';
import { dayOf, docKey, type TimelineEntry } from './timeline.js';

/**
 * Where each document describes one timeline entry: its sentences about the same event, with
 * the words that name the event. Two sources:
 *  - the document's event mentions that fit the entry: same type, participants among the
 *    entry's, same place when both give one, same day (an undated mention only when it is
 *    reported as having happened);
 *  - for meetings, sentences the events layer did not keep (a repeated mention, a meeting noun
 *    under another verb: "اتفقا خلال اجتماعهما") that hold a meeting word, name every
 *    participant of an entry with two or more, and give no other day; or that name no one and
 *    take the meeting up again with the article (الاجتماع) a sentence or two after it.
 * A mention or sentence that fits several entries goes to none (a sentence about two meetings),
 * unless they are one day's events of the type at one place told with different participants:
 * then to the most widely reported. A role mention (ترأس ستولتنبرغ الاجتماع) goes to the meeting
 * the timeline merged it into.
 */

export interface FactSentence {
  doc: Doc;
  sentence: number;
  /** Token indices (into the document's tokens) of the words that name the event. */
  triggers: number[];
  /** Participants (canonical ids) the sentence gives the event. */
  participants: string[];
}

const NO_TYPES: ReadonlySet<PloverType> = new Set();

/** Event types whose trigger word is token i (single words and multi-word phrases). */
export function triggerTypes(toks: Token[], i: number): ReadonlySet<PloverType> {
  if (toks[i].kind !== 'word') return NO_TYPES;
  let types: Set<PloverType> | null = null;
  for (const form of lookupForms(toks[i].norm)) {
    for (const sense of TRIGGERS.words.get(form) ?? []) (types ??= new Set()).add(sense.type);
    for (const phrase of TRIGGERS.phrases.get(form) ?? []) {
      if (phrase.words.every((w, k) => k === 0 || toks[i + k]?.norm === w)) (types ??= new Set()).add(phrase.type);
    }
  }
  return types ?? NO_TYPES;
}

/** Values of spans, grouped by the sentence holding them. */
function bySentence(sentences: Span[], spans: (Span & { value: string })[]): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  for (const x of spans) {
    // The last sentence starting at or before the span.
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sentences[mid].start <= x.start) lo = mid;
      else hi = mid - 1;
    }
    const s = sentences[lo];
    if (!s || x.start < s.start || x.end > s.end) continue;
    out.set(lo, (out.get(lo) ?? new Set()).add(x.value));
  }
  return out;
}

function indices(range: TokenRange): number[] {
  return Array.from({ length: range.end - range.first }, (_, k) => range.first + k);
}

/** The meeting's own sides; role holders (its chair, host) are not needed to name it. */
export function participantsOfEntry(entry: TimelineEntry): Set<string> {
  return new Set(entry.events.flatMap((e) => (e.role ? [] : [...e.actors, ...e.targets])));
}

const sameId = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

function fitsMention(m: EventMention, entry: TimelineEntry, parts: Set<string>): boolean {
  if (entry.events[0].type !== m.type) return false;
  const who = [...m.actors, ...m.targets];
  if (who.length === 0 || !who.every((x) => parts.has(x))) return false;
  if (m.location && entry.location && !sameId(m.location, entry.location)) return false;
  return !m.date || dayOf(m.date) === entry.date;
}

const FULL_DAY = /^\d{4}-\d{2}-\d{2}/;
/**
 * Meetings, talks, calls and visits: the facts compared for outcome and participants, and the
 * only ones whose sentences are also found by their words (a meeting is named again and again;
 * an attack named without a date may be another one).
 */
export const MEETING_TYPES: ReadonlySet<PloverType> = new Set<PloverType>(['CONSULT']);

/** Sentences back a definite meeting noun may point. */
const ANAPHORA_REACH = 2;


function pick(fits: TimelineEntry[]): TimelineEntry | null {
  if (fits.length <= 1) return fits[0] ?? null;
  const places = new Set(fits.flatMap((e) => (e.location ? [e.location.toLowerCase()] : [])));
  if (places.size > 1 || new Set(fits.map((e) => e.date)).size > 1) return null;
  const widest = [...fits].sort((a, b) => b.documents.length - a.documents.length);
  return widest[0].documents.length > widest[1].documents.length ? widest[0] : null;
}

export function factSentences(entries: TimelineEntry[], docs: Doc[]): Map<TimelineEntry, FactSentence[]> {
  const events = entries.filter((e) => e.kind === 'event' && e.events.length > 0);
  const parts = new Map(events.map((e) => [e, participantsOfEntry(e)]));
  const participantIds = new Set([...parts.values()].flatMap((p) => [...p].map((x) => x.toLowerCase())));
  // Entries a sentence can be matched to by its words: meetings with two or more participants.
  const byWords = new Map<PloverType, TimelineEntry[]>();
  for (const e of events) if (MEETING_TYPES.has(e.events[0].type) && parts.get(e)!.size >= 2) byWords.set(e.events[0].type, [...(byWords.get(e.events[0].type) ?? []), e]);
  const out = new Map<TimelineEntry, FactSentence[]>();
  const add = (entry: TimelineEntry, doc: Doc, sentence: number, triggers: number[], participants: string[]) => {
    const list = out.get(entry) ?? [];
    out.set(entry, list);
    const have = list.find((f) => f.doc === doc && f.sentence === sentence);
    if (!have) list.push({ doc, sentence, triggers, participants });
    else {
      have.triggers = [...new Set([...have.triggers, ...triggers])].sort((a, b) => a - b);
      have.participants = [...new Set([...have.participants, ...participants])];
    }
  };

  for (const doc of docs) {
    const toks = doc.layer('tokens');
    const ranges = sentenceRanges(toks);
    const key = docKey(doc);
    for (const m of doc.layer('events')) {
      if (m.negated || m.modality === 'hypothetical' || m.modality === 'denied') continue;
      if (!m.date && m.modality !== 'asserted' && m.modality !== 'failed') continue;
      // A role mention the timeline merged into a meeting belongs to that meeting.
      const merged = events.find((e) => e.events.some((v) => v.role && v.document === key && v.start === m.trigger.start));
      const entry = merged ?? pick(events.filter((e) => fitsMention(m, e, parts.get(e)!)));
      if (!entry) continue;
      const own = toks.flatMap((t, i) => (t.start >= m.trigger.start && t.end <= m.trigger.end ? [i] : []));
      if (own.length === 0) continue;
      const sentence = toks[own[0]].sentence;
      // The only mention of its type in the sentence owns the sentence's other words for it too
      // ("فشل الاجتماع … ووصلت المحادثات إلى طريق مسدود").
      const alone = doc.layer('events').filter((x) => x.type === m.type && x.sentence.start === m.sentence.start).length === 1;
      const range = ranges.get(sentence)!;
      const triggers = alone ? own.concat(indices(range).filter((i) => !own.includes(i) && triggerTypes(toks, i).has(m.type))) : own;
      // A role mention's holders come with their role from the entry (TimelineEntry.roles), not as sides.
      add(entry, doc, sentence, triggers, merged ? [] : [...m.actors, ...m.targets]);
    }

    const sentences = doc.layer('sentences');
    const names = bySentence(sentences, [...doc.layer('entities'), ...doc.layer('nisbas'), ...doc.layer('roles')].flatMap((x) => (x.id ? [{ start: x.start, end: x.end, value: x.id.toLowerCase() }] : [])));
    const dates = doc.has('dates') ? doc.get('dates') : [];
    const days = bySentence(sentences, dates.flatMap((d) => (d.value && FULL_DAY.test(d.value) ? [{ start: d.start, end: d.end, value: dayOf(d.value) }] : [])));
    for (const [si, range] of ranges) {
      const byType = new Map<PloverType, number[]>();
      for (const i of indices(range)) for (const type of triggerTypes(toks, i)) if (MEETING_TYPES.has(type)) byType.set(type, [...(byType.get(type) ?? []), i]);
      if (byType.size === 0) continue;
      const named = names.get(si) ?? new Set<string>();
      const dayGiven = days.get(si);
      for (const [type, triggers] of byType) {
        const fits = (byWords.get(type) ?? []).filter((e) => [...parts.get(e)!].every((x) => named.has(x.toLowerCase())) && (!dayGiven || dayGiven.has(e.date)));
        const entry = pick(fits);
        if (entry) {
          add(entry, doc, si, triggers, [...parts.get(entry)!]);
          continue;
        }
        // "ولم يتوصل الاجتماع إلى اتفاق": the meeting named again with the article and no one
        // named is the one the sentence or two before described.
        if ([...named].some((id) => participantIds.has(id)) || !triggers.some((i) => definite(toks[i].norm))) continue;
        const previous = [...out].flatMap(([e, fs]) => (e.events[0].type === type ? fs.filter((f) => f.doc === doc && f.sentence < si && si - f.sentence <= ANAPHORA_REACH).map((f) => ({ e, f })) : []));
        const nearest = previous.sort((a, b) => b.f.sentence - a.f.sentence)[0];
        if (nearest) add(nearest.e, doc, si, triggers, []);
      }
    }
  }
  return out;
}
