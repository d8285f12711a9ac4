import type { Doc } from '../doc/doc.js';
import type { PloverType } from '../doc/types.js';
import { normalize } from '../text/normalize.js';
import { lightStem } from '../text/clitics.js';
import { docKey, type TimelineEntry } from './timeline.js';
import { corroborateQuotes, type CorroboratedQuote } from './quotes.js';
import { factSentences, MEETING_TYPES, type FactSentence } from './fact-mentions.js';
import { outcomesByOutlet } from './outcomes.js';
import { namedParticipants, type RoleKind } from './participants.js';
import { reporterKey } from './outlets.js';

/**
 * Cross-outlet comparison of one story: which outlet reports which fact (timeline entries,
 * key numbers, quotes), facts only one outlet reports, conflicts (the same event given
 * different dates, figures, outcomes, or a different person in the same role), who each outlet
 * says took part, and each outlet's framing cues side by side. Shown neutrally: each outlet's
 * own words are listed, not scored.
 */

export interface FactRow {
  fact: string;
  kind: 'event' | 'fact' | 'number' | 'quote';
  date: string | null;
  /** outlet → documents reporting it */
  outlets: Record<string, string[]>;
}

export interface Conflict {
  fact: string;
  kind: 'date' | 'outcome' | 'number' | 'participants';
  /** value → outlets giving it */
  values: Record<string, string[]>;
  /** The timeline entry's date, for conflicts about a timeline entry. */
  date?: string;
  /** Outcome conflicts: each outlet's own outcome words ("فشل الاجتماع", "لم يتوصل"). */
  wording?: Record<string, string[]>;
  /** Participant conflicts: the role named differently (head of which delegation, or chair). */
  role?: { kind: RoleKind; of: string | null };
  /** Date conflicts: the event's sides and place, by canonical id with the name `fact` shows. */
  participants?: { id: string; name: string }[];
  location?: { id: string; name: string } | null;
  /** Date conflicts: the timeline entries that tell the event, one per date given. */
  entries?: { date: string; fact: string }[];
}

export interface ParticipantEntry {
  id: string;
  name: string;
  role: RoleKind | null;
  of: string | null;
}

/** Who took part in one multi-outlet fact, by each outlet's account. */
export interface ParticipantRow {
  fact: string;
  date: string;
  outlets: Record<string, ParticipantEntry[]>;
  /** Named by some of the outlets reporting the fact and not by others: not a conflict. */
  namedBySome: { id: string; name: string; outlets: string[] }[];
}

export interface Comparison {
  outlets: string[];
  matrix: FactRow[];
  singleOutlet: FactRow[];
  conflicts: Conflict[];
  participants: ParticipantRow[];
  framing: Record<string, { cue: string; gloss: string; count: number }[]>;
  /** Quotes by speaker (canonical id, else the name as written) and outlet, with the speaker's canonical name. */
  quotes: { speaker: string; name: string; outlets: Record<string, string[]> }[];
  /** The same quote carried by several outlets (src/corpus/quotes.ts), with wording differences. */
  corroborated: CorroboratedQuote[];
}

/** General loaded terms of Arabic political news, with a neutral English gloss. */
const FRAMING: [string, string][] = [
  ['بذريعة', 'pretext'],
  ['بحجة', 'pretext'],
  ['مزعوم', 'alleged'],
  ['المزعوم', 'alleged'],
  ['المزعومة', 'alleged'],
  ['غزو', 'invasion'],
  ['عدوان', 'aggression'],
  ['العدوان', 'aggression'],
  ['احتلال', 'occupation'],
  ['الاحتلال', 'occupation'],
  ['عملية عسكرية', 'military operation'],
  ['العملية العسكرية', 'military operation'],
  ['إرهابي', 'terrorist'],
  ['الإرهابية', 'terrorist'],
  ['إرهابيين', 'terrorists'],
  ['مسلحين', 'gunmen'],
  ['متمردين', 'rebels'],
  ['الانفصاليين', 'separatists'],
  ['نظام', 'regime'],
  ['فشل', 'failure'],
  ['فشلت', 'failure'],
  ['مناقشة بناءة', 'constructive discussion'],
  ['تصعيد', 'escalation'],
  ['التصعيد', 'escalation'],
  ['استفزاز', 'provocation'],
  ['استفزازية', 'provocative'],
  ['هستيريا', 'hysteria'],
  ['ادعاءات', 'claims'],
  ['مخاوف', 'fears'],
  ['تهديد', 'threat'],
  ['خطير', 'dangerous'],
  ['ضم القرم', 'annexation'],
  ['الشهيد', 'martyr'],
  ['شهداء', 'martyrs'],
  ['قتلى', 'killed'],
];
const FRAMING_NORM: [string[], string, string][] = FRAMING.map(([ar, gloss]) => [normalize(ar).split(' '), ar, gloss]);

/** The column a document reports under (its outlet, else itself): src/corpus/outlets.ts. */
export function outletOf(doc: Doc): string {
  return reporterKey(doc.meta);
}

export function compareOutlets(docs: Doc[], timeline: TimelineEntry[]): Comparison {
  const outlets = [...new Set(docs.map(outletOf))];
  const outletByDoc = new Map(docs.map((d) => [docKey(d), outletOf(d)]));
  const matrix: FactRow[] = [];
  for (const t of timeline) {
    const row: FactRow = { fact: t.summary, kind: t.kind, date: t.date, outlets: {} };
    for (const d of t.documents) (row.outlets[outletByDoc.get(d) ?? d] ??= []).push(d);
    matrix.push(row);
  }
  // Key numbers: a number and the word after it (27 قتيلا، 4 ساعات), per outlet.
  const numbers = new Map<string, Map<string, Set<string>>>();
  for (const doc of docs) {
    const toks = doc.layer('tokens');
    for (let i = 0; i + 1 < toks.length; i++) {
      if (toks[i].kind !== 'number' || toks[i + 1].kind !== 'word' || /^\d{4}$/.test(toks[i].norm)) continue;
      const unit = toks[i + 1].norm;
      const byValue = numbers.get(unit) ?? new Map<string, Set<string>>();
      numbers.set(unit, byValue);
      const set = byValue.get(toks[i].norm) ?? new Set<string>();
      set.add(outletOf(doc));
      byValue.set(toks[i].norm, set);
    }
  }
  const conflicts: Conflict[] = [];
  for (const [unit, byValue] of numbers) {
    for (const [value, os] of byValue) {
      const row: FactRow = { fact: `${value} ${unit}`, kind: 'number', date: null, outlets: {} };
      for (const o of os) row.outlets[o] = [];
      matrix.push(row);
    }
  }
  // Same event (type + participants + place), different dates across outlets.
  const names = entityNames(docs);
  const entryOf = new Map(timeline.flatMap((t) => t.events.map((v) => [`${v.document}@${v.start}`, t] as const)));
  const byEvent = new Map<string, { type: PloverType; parts: string[]; location: string; dates: Map<string, Set<string>>; entries: TimelineEntry[] }>();
  for (const doc of docs) {
    for (const e of doc.layer('events')) {
      if (e.actors.length === 0 || e.negated || !e.date || !e.location) continue;
      const parts = [...new Set([...e.actors, ...e.targets])].sort();
      const key = `${e.type as PloverType}|${parts.join(',')}|${e.location}`;
      const g = byEvent.get(key) ?? { type: e.type, parts, location: e.location, dates: new Map<string, Set<string>>(), entries: [] as TimelineEntry[] };
      byEvent.set(key, g);
      add(g.dates, e.date, outletOf(doc));
      const entry = entryOf.get(`${docKey(doc)}@${e.trigger.start}`);
      if (entry && !g.entries.includes(entry)) g.entries.push(entry);
    }
  }
  for (const g of byEvent.values()) {
    if (g.dates.size < 2) continue;
    // Named as a reader knows them (Russia – United States @ Geneva), ids kept beside the names.
    const participants = g.parts.map((id) => ({ id, name: names(id) }));
    const location = { id: g.location, name: names(g.location) };
    const fact = `${g.type}: ${participants.map((p) => p.name).join(' – ')} @ ${location.name}`;
    const entries = g.entries.map((t) => ({ date: t.date, fact: t.summary })).sort((a, b) => a.date.localeCompare(b.date));
    conflicts.push({ fact, kind: 'date', values: record(g.dates), participants, location, entries });
  }
  const sentencesByFact = factSentences(timeline, docs);
  conflicts.push(...outcomeConflicts(sentencesByFact));
  const participants = participantRows(sentencesByFact, names);
  conflicts.push(...participants.flatMap((p) => p.conflicts));
  // A day of the month told differently is often the event's date conflict again, seen through a word before it.
  const eventDates = conflicts.filter((c) => c.kind === 'date');
  const covered = (c: Conflict) => eventDates.some((d) => Object.entries(c.values).every(([v, os]) => os.every((o) => d.values[v]?.includes(o))));
  conflicts.push(...numberConflicts(docs).filter((c) => c.kind !== 'date' || !covered(c)));
  const singleOutlet = matrix.filter((r) => r.kind !== 'number' && Object.keys(r.outlets).length === 1);

  const framing: Comparison['framing'] = {};
  for (const doc of docs) {
    const o = outletOf(doc);
    const toks = doc.layer('tokens');
    const counts = new Map<string, { cue: string; gloss: string; count: number }>();
    for (let i = 0; i < toks.length; i++) {
      const w = toks[i].norm.length > 3 && toks[i].norm[0] === 'و' ? toks[i].norm.slice(1) : toks[i].norm;
      for (const [words, ar, gloss] of FRAMING_NORM) {
        if (words[0] !== w) continue;
        let ok = true;
        for (let k = 1; ok && k < words.length; k++) ok = toks[i + k]?.norm === words[k];
        if (!ok) continue;
        const c = counts.get(ar) ?? { cue: ar, gloss, count: 0 };
        c.count++;
        counts.set(ar, c);
      }
    }
    const list = (framing[o] ??= []);
    for (const c of counts.values()) {
      const have = list.find((x) => x.cue === c.cue);
      if (have) have.count += c.count;
      else list.push(c);
    }
    list.sort((a, b) => b.count - a.count);
  }

  const quotes = new Map<string, { name: string; outlets: Record<string, string[]> }>();
  for (const doc of docs) {
    for (const q of doc.layer('quotes')) {
      if (!q.speaker) continue;
      const k = q.speaker.id ?? q.speaker.name;
      // The canonical name its entity mentions carry; the quote's own name when none does.
      const known = q.speaker.id ? names(q.speaker.id) : null;
      const row = quotes.get(k) ?? { name: known && known !== q.speaker.id ? known : q.speaker.name, outlets: {} };
      (row.outlets[outletOf(doc)] ??= []).push(q.text);
      quotes.set(k, row);
    }
  }
  return {
    outlets,
    matrix,
    singleOutlet,
    conflicts,
    participants: participants.map((p) => p.row),
    framing,
    quotes: [...quotes].map(([speaker, { name, outlets: o }]) => ({ speaker, name, outlets: o })).sort((a, b) => Object.keys(b.outlets).length - Object.keys(a.outlets).length),
    corroborated: corroborateQuotes(docs).filter((q) => q.outlets.length > 1),
  };
}

/**
 * The same meeting given opposite outcomes: an outlet whose words about it are all of failure
 * against one whose words are all of success. An outlet with both, or none, takes no side.
 */
function outcomeConflicts(sentencesByFact: Map<TimelineEntry, FactSentence[]>): Conflict[] {
  const conflicts: Conflict[] = [];
  for (const [entry, facts] of sentencesByFact) {
    const type = entry.events[0].type;
    if (!MEETING_TYPES.has(type)) continue;
    const values: Record<string, string[]> = {};
    const wording: Record<string, string[]> = {};
    for (const [outlet, cues] of outcomesByOutlet(facts, type, outletOf)) {
      const polarities = new Set(cues.map((c) => c.polarity));
      if (polarities.size !== 1) continue;
      (values[[...polarities][0]] ??= []).push(outlet);
      wording[outlet] = cues.map((c) => c.text);
    }
    if (values.positive && values.negative) conflicts.push({ fact: entry.summary, date: entry.date, kind: 'outcome', values, wording });
  }
  return conflicts;
}

/**
 * Per meeting several outlets report, the participants each names, those only some name, and
 * conflicts: different people named in the same role (head of the same delegation, chair).
 * An outlet naming two people for one role takes no side.
 */
function participantRows(sentencesByFact: Map<TimelineEntry, FactSentence[]>, names: (id: string) => string): { row: ParticipantRow; conflicts: Conflict[] }[] {
  const out: { row: ParticipantRow; conflicts: Conflict[] }[] = [];
  for (const [entry, facts] of sentencesByFact) {
    if (!MEETING_TYPES.has(entry.events[0].type)) continue;
    const byOutlet = new Map<string, Map<string, ParticipantEntry>>();
    const byDoc = new Map<Doc, FactSentence[]>();
    for (const f of facts) byDoc.set(f.doc, [...(byDoc.get(f.doc) ?? []), f]);
    for (const [doc, docFacts] of byDoc) {
      const list = byOutlet.get(outletOf(doc)) ?? new Map<string, ParticipantEntry>();
      byOutlet.set(outletOf(doc), list);
      for (const id of docFacts.flatMap((f) => f.participants)) if (!list.has(id)) list.set(id, { id, name: names(id), role: null, of: null });
      // Roles its sentences name, then those the timeline read from its role mentions (ترأس … الاجتماع).
      const timelineRoles = entry.roles.filter((r) => r.document === docKey(doc)).map((r) => ({ id: r.id, role: r.role as RoleKind, of: null }));
      for (const p of [...namedParticipants(doc, docFacts, entry.events[0].type), ...timelineRoles]) {
        const have = list.get(p.id);
        if (!have || have.role === null || have.role === 'participant') list.set(p.id, { id: p.id, name: names(p.id), role: p.role, of: p.of ? names(p.of) : null });
      }
    }
    if (byOutlet.size < 2) continue;
    const outlets = Object.fromEntries([...byOutlet].map(([o, m]) => [o, [...m.values()]]));
    const namedBy = new Map<string, string[]>();
    for (const [o, list] of Object.entries(outlets)) for (const p of list) namedBy.set(p.id, [...(namedBy.get(p.id) ?? []), o]);
    const namedBySome = [...namedBy].filter(([, os]) => os.length < byOutlet.size).map(([id, os]) => ({ id, name: names(id), outlets: os }));

    const byRole = new Map<string, { role: { kind: RoleKind; of: string | null }; people: Map<string, Set<string>> }>();
    for (const [o, list] of Object.entries(outlets)) {
      const mine = new Map<string, ParticipantEntry[]>();
      for (const p of list) {
        // Only a role with one holder can be held by the wrong person: a delegation of a named country, or the chair.
        if (p.role !== 'chair' && !(p.role === 'delegation-head' && p.of)) continue;
        const key = `${p.role}|${p.of ?? ''}`;
        mine.set(key, [...(mine.get(key) ?? []), p]);
      }
      for (const [key, holders] of mine) {
        if (holders.length !== 1) continue;
        const g = byRole.get(key) ?? { role: { kind: holders[0].role!, of: holders[0].of }, people: new Map() };
        byRole.set(key, g);
        add(g.people, holders[0].id, o);
      }
    }
    const conflicts: Conflict[] = [];
    for (const g of byRole.values()) {
      if (g.people.size < 2) continue;
      const values = Object.fromEntries([...g.people].map(([id, os]) => [names(id), [...os]]));
      conflicts.push({ fact: entry.summary, date: entry.date, kind: 'participants', values, role: g.role });
    }
    // People in a conflict are reported there, not again as named by only some outlets.
    const inConflict = new Set(conflicts.flatMap((c) => Object.keys(c.values)));
    const onlySome = namedBySome.filter((p) => !inConflict.has(p.name));
    // Facts all outlets tell with the same participants in the same roles have nothing to show.
    const rolesBy = new Map<string, Set<string | null>>();
    for (const list of Object.values(outlets)) for (const p of list) rolesBy.set(p.id, (rolesBy.get(p.id) ?? new Set()).add(p.role));
    const rolesDiffer = [...rolesBy.values()].some((r) => r.size > 1);
    if (onlySome.length || conflicts.length || rolesDiffer) out.push({ row: { fact: entry.summary, date: entry.date, outlets, namedBySome: onlySome }, conflicts });
  }
  return out;
}

/** Display names of canonical ids, from the documents' entity mentions (ids as given otherwise). */
function entityNames(docs: Doc[]): (id: string) => string {
  const names = new Map<string, string>();
  for (const d of docs) for (const e of [...d.layer('entities'), ...d.layer('nisbas')]) if (!names.has(e.id.toLowerCase())) names.set(e.id.toLowerCase(), e.name);
  return (id) => names.get(id.toLowerCase()) ?? id;
}

/** Words that link a quantity to what it measures (قدره، يبلغ، البالغ): never an anchor. */
const NUMBER_LINKS = new Set(['قدره', 'قدرها', 'يبلغ', 'تبلغ', 'البالغ', 'البالغه', 'بلغ', 'بلغت', 'نحو', 'حوالي', 'قرابه', 'اكثر', 'اقل', 'من', 'الي', 'في', 'على', 'عن', 'مع', 'بقيمه', 'قيمته', 'قيمتها', 'بنحو', 'ب', 'و'].map(normalize));
const ANCHOR_WINDOW = 4;

/**
 * Different figures for the same quantity across outlets ("برأسمال قدره 500 مليون دولار" vs
 * "برأسمال يبلغ 450 مليون دولار"): same unit words after the number, a content word shared in
 * the few words before it, different values, different outlets.
 */
function numberConflicts(docs: Doc[]): Conflict[] {
  const groups = new Map<string, { label: string; unit: string; kind: 'number' | 'date'; values: Map<string, Set<string>> }>();
  for (const doc of docs) {
    const toks = doc.layer('tokens');
    const dates = doc.layer('dates');
    for (let i = 0; i + 1 < toks.length; i++) {
      const t = toks[i];
      if (t.kind !== 'number' || /^\d{4}$/.test(t.norm) || toks[i + 1].kind !== 'word' || toks[i + 1].sentence !== t.sentence) continue;
      // A day of the month is compared as the date it resolves to.
      const date = dates.find((d) => d.start <= t.start && t.end <= d.end);
      if (date && !date.value) continue;
      const value = date?.value ?? t.norm;
      const unitTokens = [toks[i + 1]];
      if (toks[i + 2]?.kind === 'word' && toks[i + 2].sentence === t.sentence && SCALE_WORDS.has(toks[i + 1].norm)) unitTokens.push(toks[i + 2]);
      const unit = date ? 'date' : unitTokens.map((u) => u.norm).join(' ');
      for (let j = i - 1; j >= Math.max(0, i - ANCHOR_WINDOW) && toks[j].sentence === t.sentence; j--) {
        if (toks[j].kind !== 'word') continue;
        if (date && toks[j].start >= date.start) continue; // words of the date itself are no anchor
        const anchor = lightStem(toks[j].norm);
        if (anchor.length < 3 || NUMBER_LINKS.has(toks[j].norm) || NUMBER_LINKS.has(anchor)) continue;
        const key = anchor + '|' + unit;
        const label = date ? doc.text.slice(toks[j].start, toks[j].end) : `${doc.text.slice(toks[j].start, toks[j].end)} … ${unit}`;
        const g = groups.get(key) ?? { label, unit, kind: date ? ('date' as const) : ('number' as const), values: new Map() };
        groups.set(key, g);
        add(g.values, value, outletOf(doc));
      }
    }
  }
  const found: { unit: string; pairs: Set<string>; conflict: Conflict }[] = [];
  for (const g of groups.values()) {
    if (g.values.size < 2) continue;
    const outlets = new Set([...g.values.values()].flatMap((s) => [...s]));
    if (outlets.size < 2) continue; // one outlet giving two figures is not a disagreement between outlets
    const pairs = new Set([...g.values].flatMap(([v, os]) => [...os].map((o) => v + '@' + o)));
    found.push({ unit: g.unit, pairs, conflict: { fact: g.label, kind: g.kind, values: record(g.values) } });
  }
  // The same disagreement seen through several anchor words is reported once, by its widest view.
  return found
    .filter((f) => !found.some((o) => o !== f && o.unit === f.unit && o.pairs.size >= f.pairs.size && [...f.pairs].every((p) => o.pairs.has(p)) && (o.pairs.size > f.pairs.size || found.indexOf(o) < found.indexOf(f))))
    .map((f) => f.conflict);
}

/** Scale words that are part of the unit (مليون دولار, ألف شخص). */
const SCALE_WORDS = new Set(['الف', 'الاف', 'مليون', 'ملايين', 'مليار', 'مليارات', 'ترليون'].map(normalize));

function add(m: Map<string, Set<string>>, k: string, v: string): void {
  const s = m.get(k) ?? new Set<string>();
  s.add(v);
  m.set(k, s);
}

function record(m: Map<string, Set<string>>): Record<string, string[]> {
  return Object.fromEntries([...m].map(([k, v]) => [k, [...v]]));
}
