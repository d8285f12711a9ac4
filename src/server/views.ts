import type { DocumentRecord } from '../output/jsonl.js';
import type { DocumentSummary, EntityRecord, Store, StoryRecord } from '../store/store.js';
import { normalize } from '../text/normalize.js';
import { keyLabel, reporterKey, reporterLabels } from '../corpus/outlets.js';

/**
 * View models for the API: a stored story, document or entity plus what the UI needs next to
 * it. Layers come from the stored records; when the corpus stage has not written a field
 * (timeline, comparison, actors, quotes) it is derived from the story's documents, and when a
 * layer is empty the view is empty rather than an error.
 */

export interface TimelineEntry {
  id: string;
  date: string;
  end: string | null;
  label: string;
  type: string | null;
  /** Every reporter once, keyed like the comparison's columns: the outlet, else the document's source. */
  outlets: string[];
  /** The same reporters with their readable labels and the documents (ids) by which each reports the entry. */
  reportedBy: { id: string; label: string; documents: string[] }[];
  documents: string[];
  background: boolean;
  evidence: string[];
}

export interface ComparisonCell {
  reported: boolean;
  value: string | null;
  documents: string[];
}

export interface ComparisonFact {
  id: string;
  label: string;
  kind: string;
  cells: Record<string, ComparisonCell>;
  conflict: string | null;
  singleOutlet: boolean;
}

/** One disagreement between outlets, each outlet's account side by side. */
export interface ConflictView {
  fact: string;
  kind: string;
  /** A neutral note in Arabic on what differs. */
  note: string;
  /** Outlet → what it says: its own words where the corpus stage kept them, else the value it gives. */
  byOutlet: Record<string, string>;
  /** Date conflicts: the event's sides and place (ids with their names) and the timeline entries telling it. */
  participants?: { id: string; name: string }[];
  location?: { id: string; name: string } | null;
  entries?: { date: string; fact: string }[];
}

/** Who took part in a fact by each outlet's account (keyed like the matrix columns); people only some outlets name are not conflicts. */
export interface ParticipantsView {
  fact: string;
  date: string | null;
  byOutlet: Record<string, { id: string; name: string; role: string | null }[]>;
  namedBySome: { id: string; name: string; outlets: string[] }[];
}

export interface Comparison {
  outlets: string[];
  /** Display name per column (a column keyed by a document source when the outlet is unknown). */
  outletLabels: Record<string, string>;
  facts: ComparisonFact[];
  conflicts: ConflictView[];
  participants: ParticipantsView[];
  /** Loaded terms per outlet, listed side by side, not scored. */
  framing: Record<string, { cue: string; gloss: string | null; count: number }[]>;
}

export interface QuoteGroupItem {
  text: string;
  cue: string | null;
  outlets: string[];
  documents: string[];
}

export interface QuoteGroup {
  speaker: { id: string | null; name: string } | null;
  quotes: QuoteGroupItem[];
}

export interface Actor {
  id: string;
  name: string;
  /** The Arabic form most often written for it (canonical names may be English). */
  label: string;
  type: string | null;
  mentions: number;
  outlets: string[];
}

export interface StorySummaryView {
  id: string;
  title: string;
  from: string | null;
  to: string | null;
  size: number;
  /** Outlet keys: the outlet, or the source of a document whose outlet is unknown. */
  outlets: string[];
  /** Key → readable label (src/corpus/outlets.ts) for every outlet key the view uses. */
  outletLabels: Record<string, string>;
  actors: Actor[];
}

export interface StoryView extends StorySummaryView {
  documents: DocumentSummary[];
  timeline: TimelineEntry[];
  comparison: Comparison;
  quotes: QuoteGroup[];
  record: StoryRecord;
}

const TOP_ACTORS_IN_LIST = 5;
/** Documents read per story to derive actors in the story list (the list must stay fast). */
const DOCS_READ_FOR_LIST = 10;
/** Documents read to find Arabic labels of stored actors. */
const DOCS_READ_FOR_LABELS = 3;

type Loose = Record<string, unknown>;

const str = (v: unknown): string | null => (typeof v === 'string' && v.length > 0 ? v : null);
const strArray = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The key a document reports under: its outlet, or for an article whose outlet is unknown its source, so columns stay apart. */
function outletOf(doc: { outlet: string | null; source: string }): string {
  return reporterKey(doc);
}

/** A key's label: from the documents, else the record's, else the file name of a key that is a path. */
function labeller(docs: { outlet: string | null; title: string | null; source: string }[], record: StoryRecord | null): (key: string) => string {
  const fromDocs = reporterLabels(docs);
  const fromRecord = record && isObject(record.outletLabels) ? record.outletLabels : {};
  return (key) => fromDocs[key] ?? str(fromRecord[key]) ?? keyLabel(key);
}

function uniq<T>(xs: Iterable<T>): T[] {
  return [...new Set(xs)];
}

/** Source → id for stores whose corpus records name documents by source (the JSON Lines contract). */
const sourceIndexes = new WeakMap<Store, { count: number; bySource: Map<string, string> }>();

async function idBySource(store: Store): Promise<Map<string, string>> {
  const count = await store.countDocuments();
  let index = sourceIndexes.get(store);
  if (!index || index.count !== count) {
    const rows = await store.listDocuments({ limit: Math.max(count, 1) });
    index = { count, bySource: new Map(rows.map((r) => [r.source, r.id])) };
    sourceIndexes.set(store, index);
  }
  return index.bySource;
}

/** Documents by id or by source (records written by the corpus stage use sources). */
async function loadDocuments(store: Store, keys: string[], limit = Infinity): Promise<{ ids: string[]; docs: DocumentRecord[] }> {
  const wanted = keys.slice(0, Number.isFinite(limit) ? limit : keys.length);
  const found = await Promise.all(wanted.map((id) => store.getDocument(id)));
  const ids = [...wanted];
  if (found.some((d) => d === null)) {
    const bySource = await idBySource(store);
    await Promise.all(
      found.map(async (d, i) => {
        const id = d === null ? bySource.get(wanted[i]) : undefined;
        if (id) {
          found[i] = await store.getDocument(id);
          ids[i] = id;
        }
      }),
    );
  }
  const out = { ids: [] as string[], docs: [] as DocumentRecord[] };
  found.forEach((d, i) => {
    if (d) {
      out.ids.push(ids[i]);
      out.docs.push(d);
    }
  });
  return out;
}

function summaryOf(id: string, d: DocumentRecord): DocumentSummary {
  return { id, source: d.source, outlet: d.outlet, title: d.title, published: d.published, story: d.story };
}

function dateRange(record: StoryRecord, docs: { published: string | null }[]): { from: string | null; to: string | null } {
  const dates = isObject(record.dates) ? record.dates : {};
  const range = isObject(record.dateRange) ? record.dateRange : {};
  const published = docs.map((d) => d.published).filter((p): p is string => !!p).sort();
  return {
    from: str(dates.from) ?? str(range.first) ?? published[0] ?? null,
    to: str(dates.to) ?? str(range.last) ?? published[published.length - 1] ?? null,
  };
}

/** Actors from the record when the corpus stage wrote them, else counted from entity mentions. */
export function actorsOf(record: StoryRecord | null, docs: DocumentRecord[], limit = 50): Actor[] {
  const stored = record ? (Array.isArray(record.actors) && record.actors.length ? record.actors : Array.isArray(record.topActors) ? record.topActors : []) : [];
  if (stored.length) {
    return (stored as unknown[]).filter(isObject).slice(0, limit).map((a) => ({
      id: str(a.id) ?? str(a.name) ?? '',
      name: str(a.name) ?? str(a.id) ?? '',
      label: arabicLabel(str(a.name) ?? str(a.id) ?? '', docs, str(a.id) ?? ''),
      type: str(a.type),
      mentions: typeof a.mentions === 'number' ? a.mentions : typeof a.count === 'number' ? a.count : 0,
      outlets: strArray(a.outlets),
    }));
  }
  const byId = new Map<string, Actor & { outletSet: Set<string> }>();
  for (const d of docs) {
    for (const e of d.entities ?? []) {
      let a = byId.get(e.id);
      if (!a) byId.set(e.id, (a = { id: e.id, name: e.name, label: e.name, type: e.type, mentions: 0, outlets: [], outletSet: new Set() }));
      a.mentions++;
      a.outletSet.add(outletOf(d));
    }
  }
  return [...byId.values()]
    .sort((x, y) => y.outletSet.size - x.outletSet.size || y.mentions - x.mentions || x.name.localeCompare(y.name))
    .slice(0, limit)
    .map(({ outletSet, ...a }) => ({ ...a, label: arabicLabel(a.name, docs, a.id), outlets: [...outletSet].sort() }));
}

const ARABIC_LETTER = /[\u0621-\u064A]/;

/** The name itself when it is Arabic, else the most frequent Arabic mention of the entity. */
export function arabicLabel(name: string, docs: DocumentRecord[], id: string): string {
  if (ARABIC_LETTER.test(name)) return name;
  const counts = new Map<string, number>();
  for (const d of docs) for (const e of d.entities ?? []) if (e.id === id && ARABIC_LETTER.test(e.text)) counts.set(e.text, (counts.get(e.text) ?? 0) + 1);
  let best = name;
  let bestCount = 0;
  for (const [text, n] of counts) if (n > bestCount || (n === bestCount && text.length > best.length)) [best, bestCount] = [text, n];
  return best;
}

function docOutletMap(docs: (DocumentRecord & { id?: unknown })[], ids: string[]): Map<string, string> {
  const m = new Map<string, string>();
  docs.forEach((d, i) => m.set(ids[i], outletOf(d)));
  return m;
}

/** Timeline entries from the record (any reasonable shape), else from the documents' events and resolved dates. */
export function timelineOf(record: StoryRecord, docs: DocumentRecord[], docIds: string[], idOf: (key: string) => string = (k) => k): TimelineEntry[] {
  const outletByDoc = docOutletMap(docs, docIds);
  const labelOf = labeller(docs, record);
  // Each reporter once, from the entry's documents (whatever the record listed), in the order they report it.
  const reportedBy = (documents: string[], listed: string[]): TimelineEntry['reportedBy'] => {
    const by = new Map<string, string[]>();
    for (const d of documents) {
      const key = outletByDoc.get(d);
      if (key) by.set(key, [...(by.get(key) ?? []), d]);
    }
    for (const key of listed) if (!by.has(key)) by.set(key, []);
    return [...by].map(([id, ds]) => ({ id, label: labelOf(id), documents: ds }));
  };
  const fromRecord = (Array.isArray(record.timeline) ? record.timeline : []).filter(isObject);
  if (fromRecord.length) {
    return fromRecord
      .map((t, i): TimelineEntry | null => {
        const date = str(t.date) ?? str(t.value) ?? str(t.when);
        if (!date) return null;
        const documents = (strArray(t.documents).length ? strArray(t.documents) : strArray(t.docs)).map(idOf);
        const reporters = reportedBy(documents, strArray(t.outlets));
        const evidence = Array.isArray(t.evidence) ? t.evidence.map((e) => (typeof e === 'string' ? e : isObject(e) ? (str(e.text) ?? '') : '')).filter(Boolean) : [];
        return {
          id: str(t.id) ?? `t${i}`,
          date,
          end: str(t.end),
          label: str(t.summary) ?? str(t.label) ?? str(t.title) ?? str(t.text) ?? str(t.type) ?? date,
          type: str(t.type) ?? (Array.isArray(t.events) ? (t.events.map((e) => (typeof e === 'string' ? e : isObject(e) ? str(e.type) : null)).find(Boolean) ?? null) : null),
          outlets: reporters.map((r) => r.id),
          reportedBy: reporters,
          documents,
          background: t.background === true,
          evidence,
        };
      })
      .filter((t): t is TimelineEntry => t !== null)
      .sort((a, b) => a.date.localeCompare(b.date));
  }
  // Derived: one entry per (event type, date) from events, else per resolved calendar date.
  const entries = new Map<string, TimelineEntry>();
  docs.forEach((d, i) => {
    const id = docIds[i];
    const add = (key: string, date: string, label: string, type: string | null, evidence: string) => {
      let e = entries.get(key);
      if (!e) entries.set(key, (e = { id: `t${entries.size}`, date, end: null, label, type, outlets: [], reportedBy: [], documents: [], background: false, evidence: [] }));
      if (!e.documents.includes(id)) e.documents.push(id);
      if (evidence && e.evidence.length < 3 && !e.evidence.includes(evidence)) e.evidence.push(evidence);
    };
    const events = (Array.isArray(d.events) ? d.events : []).filter(isObject);
    for (const ev of events) {
      const date = str(ev.date) ?? d.published;
      if (!date || !/^\d{4}/.test(date)) continue;
      const trigger = isObject(ev.trigger) ? (str(ev.trigger.text) ?? '') : '';
      const sentence = isObject(ev.sentence) && typeof ev.sentence.start === 'number' && typeof ev.sentence.end === 'number' ? d.text.slice(ev.sentence.start, ev.sentence.end) : '';
      const type = str(ev.type);
      add(`ev:${type}:${date}`, date, trigger ? `${type ?? ''} · ${trigger}` : (type ?? date), type, sentence);
    }
    if (events.length === 0) {
      for (const t of d.dates ?? []) {
        if (!t.value || !/^\d{4}-\d{2}(-\d{2})?$/.test(t.value)) continue;
        add(`date:${t.value}`, t.value, t.text, t.type, sentenceAround(d.text, t.start, t.end));
      }
    }
  });
  for (const e of entries.values()) {
    e.reportedBy = reportedBy(e.documents, []);
    e.outlets = e.reportedBy.map((r) => r.id);
  }
  return [...entries.values()].sort((a, b) => a.date.localeCompare(b.date));
}

const SENTENCE_END = /[.!?؟\n]/;

function sentenceAround(text: string, start: number, end: number): string {
  let s = start;
  while (s > 0 && !SENTENCE_END.test(text[s - 1]) && start - s < 200) s--;
  let e = end;
  while (e < text.length && !SENTENCE_END.test(text[e]) && e - end < 200) e++;
  return text.slice(s, Math.min(text.length, e + 1)).trim();
}

const CONFLICT_KIND_AR: Record<string, string> = { date: 'في التاريخ', number: 'في الرقم', outcome: 'في النتيجة', participants: 'في المشاركين' };
/** Outcome polarities as the corpus stage writes them, in neutral Arabic. */
const OUTCOME_AR: Record<string, string> = { positive: 'توصّل إلى نتيجة', negative: 'لم يتوصّل إلى نتيجة' };
const ROLE_AR: Record<string, string> = { 'delegation-head': 'رئيس الوفد', chair: 'رئاسة الاجتماع', host: 'استضافة الاجتماع', participant: 'مشارك' };

function roleLabel(role: unknown): string | null {
  if (!isObject(role) || !str(role.kind)) return null;
  const label = ROLE_AR[str(role.kind)!] ?? str(role.kind)!;
  return str(role.of) ? `${label} (${str(role.of)})` : label;
}

/** A short note for a conflict; the value each outlet gives goes into its cell. */
function describeConflict(kind: string | null, values: Record<string, string[]>, role: string | null = null): string {
  return `تختلف المصادر ${kind && CONFLICT_KIND_AR[kind] ? CONFLICT_KIND_AR[kind] + ' ' : ''}${role ? `— ${role} ` : ''}(عدد الروايات: ${Object.keys(values).length})`;
}

/** What each outlet says in a conflict: its own words when kept (outcome wording), else the value, in Arabic where it is a code. */
function conflictByOutlet(c: Loose): Record<string, string> {
  const values = (isObject(c.values) ? c.values : {}) as Record<string, unknown>;
  const wording = isObject(c.wording) ? c.wording : {};
  const out: Record<string, string> = {};
  for (const [value, outlets] of Object.entries(values)) {
    for (const o of strArray(outlets)) {
      const own = strArray(wording[o]);
      const said = own.length ? own.join('، ') : str(c.kind) === 'outcome' ? (OUTCOME_AR[value] ?? value) : value;
      // An outlet giving two values (two dates in two of its articles) shows both.
      out[o] = out[o] && out[o] !== said ? `${out[o]} / ${said}` : said;
    }
  }
  return out;
}

const idName = (x: unknown): { id: string; name: string } | null => (isObject(x) && str(x.id) ? { id: str(x.id)!, name: str(x.name) ?? str(x.id)! } : null);

function conflictView(c: Loose): ConflictView {
  const values = (isObject(c.values) ? c.values : {}) as Record<string, string[]>;
  const view: ConflictView = { fact: str(c.fact) ?? '', kind: str(c.kind) ?? 'conflict', note: describeConflict(str(c.kind), values, roleLabel(c.role)), byOutlet: conflictByOutlet(c) };
  if (Array.isArray(c.participants)) view.participants = c.participants.map(idName).filter((x): x is { id: string; name: string } => x !== null);
  if ('location' in c) view.location = idName(c.location);
  if (Array.isArray(c.entries)) view.entries = c.entries.filter(isObject).flatMap((e) => (str(e.date) && str(e.fact) ? [{ date: str(e.date)!, fact: str(e.fact)! }] : []));
  return view;
}

function participantsOf(raw: unknown): ParticipantsView[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter(isObject).map((p) => {
    const byOutlet: ParticipantsView['byOutlet'] = {};
    for (const [o, list] of Object.entries(isObject(p.outlets) ? p.outlets : {})) {
      byOutlet[o] = (Array.isArray(list) ? list.filter(isObject) : []).map((x) => ({
        id: str(x.id) ?? '',
        name: str(x.name) ?? str(x.id) ?? '',
        role: roleLabel({ kind: x.role, of: x.of }),
      }));
    }
    const namedBySome = (Array.isArray(p.namedBySome) ? p.namedBySome.filter(isObject) : []).map((x) => ({ id: str(x.id) ?? '', name: str(x.name) ?? str(x.id) ?? '', outlets: strArray(x.outlets) }));
    return { fact: str(p.fact) ?? '', date: str(p.date), byOutlet, namedBySome };
  });
}

function framingOf(raw: unknown): Comparison['framing'] {
  const out: Comparison['framing'] = {};
  if (!isObject(raw)) return out;
  for (const [outlet, cues] of Object.entries(raw)) {
    if (!Array.isArray(cues)) continue;
    out[outlet] = cues.filter(isObject).map((c) => ({ cue: str(c.cue) ?? '', gloss: str(c.gloss), count: typeof c.count === 'number' ? c.count : 1 })).filter((c) => c.cue);
  }
  return out;
}

/**
 * The outlets × facts matrix. Reads the corpus stage's comparison (`matrix` rows with the
 * documents per outlet, `conflicts` with the value each outlet gives, `singleOutlet`), or a
 * simpler `facts` list with cells; without either, the timeline entries × outlets.
 */
export function comparisonOf(record: StoryRecord, timeline: TimelineEntry[], outlets: string[], labelOf: (outlet: string) => string = (o) => o, idOf: (key: string) => string = (k) => k): Comparison {
  const raw = isObject(record.comparison) ? record.comparison : null;
  const cols = raw && strArray(raw.outlets).length ? strArray(raw.outlets) : outlets;
  const outletLabels = Object.fromEntries(cols.map((o) => [o, labelOf(o)]));
  const framing = framingOf(raw?.framing ?? record.framing);
  const facts: ComparisonFact[] = [];
  const rows = raw ? (Array.isArray(raw.matrix) ? raw.matrix : Array.isArray(raw.facts) ? raw.facts : []).filter(isObject) : [];
  const conflicts = raw && Array.isArray(raw.conflicts) ? raw.conflicts.filter(isObject) : [];
  // A fact may have several conflicts (an outcome and a participant); a dated one matches its date.
  const unmatched = new Set(conflicts.filter((c) => str(c.fact)));
  const single = new Set<string>(raw && Array.isArray(raw.singleOutlet) ? raw.singleOutlet.filter(isObject).map((f) => str(f.fact) ?? '') : []);

  rows.forEach((f, i) => {
    const label = str(f.fact) ?? str(f.label) ?? str(f.text) ?? str(f.summary) ?? `#${i + 1}`;
    const cells: Record<string, ComparisonCell> = {};
    const perOutlet = isObject(f.outlets) ? f.outlets : isObject(f.cells) ? f.cells : null;
    const reportedBy = Array.isArray(f.outlets) ? strArray(f.outlets) : null;
    for (const o of cols) {
      const c = perOutlet ? perOutlet[o] : undefined;
      // An outlet listed for a fact reports it, even when its document list is empty.
      if (Array.isArray(c)) cells[o] = { reported: true, value: null, documents: strArray(c).map(idOf) };
      else if (isObject(c)) cells[o] = { reported: c.reported !== false, value: str(c.value) ?? str(c.text), documents: strArray(c.documents).map(idOf) };
      else if (typeof c === 'string') cells[o] = { reported: true, value: c, documents: [] };
      else if (typeof c === 'boolean') cells[o] = { reported: c, value: null, documents: [] };
      else cells[o] = { reported: reportedBy ? reportedBy.includes(o) : false, value: null, documents: [] };
    }
    let conflict = str(f.conflict) ?? (typeof f.conflicts === 'string' ? f.conflicts : null);
    const mine = [...unmatched].filter((c) => str(c.fact) === label && (!str(c.date) || !str(f.date) || str(c.date) === str(f.date)));
    if (mine.length) {
      conflict = mine.map((c) => conflictView(c).note).join(' · ');
      for (const c of mine) {
        unmatched.delete(c);
        for (const [o, said] of Object.entries(conflictByOutlet(c))) if (cells[o]) cells[o] = { ...cells[o], reported: true, value: cells[o].value && mine.length > 1 ? `${cells[o].value} · ${said}` : said };
      }
    }
    const reportedCount = Object.values(cells).filter((c) => c.reported).length;
    const date = str(f.date);
    facts.push({ id: str(f.id) ?? `f${i}`, label: date && !label.includes(date) ? `${date} — ${label}` : label, kind: str(f.kind) ?? 'fact', cells, conflict, singleOutlet: f.singleOutlet === true || single.has(label) || (reportedCount === 1 && cols.length > 1) });
  });
  // Conflicts about facts that are not matrix rows get rows of their own.
  for (const c of unmatched) {
    const values = (isObject(c.values) ? c.values : {}) as Record<string, string[]>;
    const cells: Record<string, ComparisonCell> = {};
    for (const o of cols) cells[o] = { reported: false, value: null, documents: [] };
    for (const [o, said] of Object.entries(conflictByOutlet(c))) cells[o] = { reported: true, value: said, documents: [] };
    facts.push({ id: `c${facts.length}`, label: str(c.fact)!, kind: str(c.kind) ?? 'conflict', cells, conflict: describeConflict(str(c.kind), values, roleLabel(c.role)), singleOutlet: false });
  }
  if (facts.length === 0) {
    for (const t of timeline) {
      const cells: Record<string, ComparisonCell> = {};
      for (const o of cols) cells[o] = { reported: t.outlets.includes(o), value: null, documents: [] };
      facts.push({ id: t.id, label: `${t.date} — ${t.label}`, kind: 'timeline', cells, conflict: null, singleOutlet: t.outlets.length === 1 && cols.length > 1 });
    }
  }
  return { outlets: cols, outletLabels, facts, conflicts: conflicts.filter((c) => str(c.fact)).map(conflictView), participants: participantsOf(raw?.participants), framing };
}

/** Quotes grouped by speaker; the same words carried by several outlets become one item listing them. */
export function quotesOf(docs: DocumentRecord[], docIds: string[]): QuoteGroup[] {
  const groups = new Map<string, QuoteGroup & { byText: Map<string, QuoteGroupItem> }>();
  docs.forEach((d, i) => {
    for (const q of d.quotes ?? []) {
      const key = q.speaker ? (q.speaker.id ?? 'name:' + q.speaker.name) : '∅';
      let g = groups.get(key);
      if (!g) groups.set(key, (g = { speaker: q.speaker ?? null, quotes: [], byText: new Map() }));
      const textKey = normalize(q.text).slice(0, 60);
      let item = g.byText.get(textKey);
      if (!item) {
        item = { text: q.text, cue: q.cue, outlets: [], documents: [] };
        g.byText.set(textKey, item);
        g.quotes.push(item);
      }
      const outlet = outletOf(d);
      if (!item.outlets.includes(outlet)) item.outlets.push(outlet);
      if (!item.documents.includes(docIds[i])) item.documents.push(docIds[i]);
    }
  });
  return [...groups.values()]
    .map(({ byText, ...g }) => g)
    .sort((a, b) => (a.speaker === null ? 1 : 0) - (b.speaker === null ? 1 : 0) || b.quotes.length - a.quotes.length);
}

/**
 * A story's stored documents: those whose story column names it, else the record's list.
 * The corpus stage may list documents by source (ids are assigned when saved), so every
 * key the record uses (id or source) is mapped to the stored id.
 */
async function storyDocuments(store: Store, record: StoryRecord, limit = Infinity): Promise<{ ids: string[]; docs: DocumentRecord[]; idOf: (key: string) => string; size: number }> {
  const summaries = await store.listDocuments({ story: record.id, limit: Number.isFinite(limit) ? limit : 100_000 });
  const loaded = summaries.length ? await loadDocuments(store, summaries.map((s) => s.id)) : await loadDocuments(store, record.documents, limit);
  const byKey = new Map<string, string>();
  loaded.docs.forEach((d, i) => {
    byKey.set(loaded.ids[i], loaded.ids[i]);
    byKey.set(d.source, loaded.ids[i]);
  });
  return { ...loaded, idOf: (key) => byKey.get(key) ?? key, size: Math.max(record.documents.length, summaries.length) };
}

export async function storySummary(store: Store, record: StoryRecord): Promise<StorySummaryView> {
  // The list must stay fast with thousands of stories: outlets, dates and size come from the
  // documents table's plain columns; whole records are read only to name the actors.
  const summaries = await store.listDocuments({ story: record.id, limit: 100_000 });
  const hasStoredActors = (Array.isArray(record.actors) && record.actors.length > 0) || (Array.isArray(record.topActors) && record.topActors.length > 0);
  const readForActors = hasStoredActors ? DOCS_READ_FOR_LABELS : DOCS_READ_FOR_LIST;
  const { docs } = summaries.length ? await loadDocuments(store, summaries.map((s) => s.id), readForActors) : await loadDocuments(store, record.documents, DOCS_READ_FOR_LIST);
  const rows: { outlet: string | null; title: string | null; source: string; published: string | null }[] = summaries.length ? summaries : docs;
  const { from, to } = dateRange(record, rows);
  const { outlets, outletLabels } = outletsOf(rows, record);
  return { id: record.id, title: record.title, from, to, size: Math.max(record.documents.length, summaries.length), outlets, outletLabels, actors: actorsOf(record, docs, TOP_ACTORS_IN_LIST) };
}

/** A story's outlet keys, sorted by how they read, with their labels. */
function outletsOf(rows: { outlet: string | null; title: string | null; source: string }[], record: StoryRecord): { outlets: string[]; outletLabels: Record<string, string> } {
  const labelOf = labeller(rows, record);
  const outlets = uniq(rows.map(outletOf)).sort((a, b) => labelOf(a).localeCompare(labelOf(b)) || a.localeCompare(b));
  return { outlets, outletLabels: Object.fromEntries(outlets.map((o) => [o, labelOf(o)])) };
}

export async function storyView(store: Store, record: StoryRecord): Promise<StoryView> {
  const { ids, docs, idOf, size } = await storyDocuments(store, record);
  const { from, to } = dateRange(record, docs);
  const { outlets, outletLabels } = outletsOf(docs, record);
  const timeline = timelineOf(record, docs, ids, idOf);
  const labelOf = labeller(docs, record);
  const mentionActors = actorsOf(null, docs);
  const comparison = comparisonOf(record, timeline, outlets, labelOf, idOf);
  // Every key the view uses (comparison columns from an older record too) has its label.
  for (const o of comparison.outlets) outletLabels[o] ??= comparison.outletLabels[o];
  return {
    id: record.id,
    title: record.title,
    from,
    to,
    size,
    outlets,
    outletLabels,
    actors: mentionActors.length ? mentionActors : actorsOf(record, docs),
    documents: docs.map((d, i) => summaryOf(ids[i], d)),
    timeline,
    comparison,
    quotes: Array.isArray(record.quotes) && record.quotes.length && isObject(record.quotes[0]) && Array.isArray((record.quotes[0] as Loose).quotes) ? (record.quotes as QuoteGroup[]) : quotesOf(docs, ids),
    record,
  };
}

export interface EntityView {
  id: string;
  name: string;
  label: string;
  type: string;
  aliases: string[];
  record: EntityRecord | null;
  mentions: { document: string; title: string | null; outlet: string | null; published: string | null; text: string; start: number; end: number; context: string }[];
  quotes: { document: string; outlet: string | null; text: string; cue: string | null }[];
  stories: { id: string; title: string }[];
}

const MENTION_CONTEXT = 60;
/** Caps so an entity in every article does not make one response huge. */
const ENTITY_DOCS_READ = 100;
const ENTITY_SCAN_FALLBACK = 2000;

export async function entityView(store: Store, id: string): Promise<EntityView | null> {
  const record = await store.getEntity(id);
  let docs: DocumentRecord[];
  let ids: string[];
  if (record) {
    ({ ids, docs } = await loadDocuments(store, record.documents, ENTITY_DOCS_READ));
  } else {
    // No corpus-level record (entities not linked yet): look for the id in recent documents.
    docs = [];
    ids = [];
    for (const s of await store.listDocuments({ limit: ENTITY_SCAN_FALLBACK })) {
      if (docs.length >= ENTITY_DOCS_READ) break;
      const d = await store.getDocument(s.id);
      if (d && (d.entities ?? []).some((e) => e.id === id)) {
        docs.push(d);
        ids.push(s.id);
      }
    }
    if (docs.length === 0) return null;
  }
  const mentions: EntityView['mentions'] = [];
  const quotes: EntityView['quotes'] = [];
  const aliases = new Set<string>(record?.aliases ?? []);
  let name = record?.name ?? id;
  let type = record?.type ?? 'MISC';
  const storyIds = new Set<string>();
  docs.forEach((d, i) => {
    if (d.story) storyIds.add(d.story);
    for (const e of d.entities ?? []) {
      if (e.id !== id) continue;
      if (!record) {
        name = e.name;
        type = e.type;
      }
      aliases.add(e.text);
      mentions.push({
        document: ids[i],
        title: d.title,
        outlet: d.outlet,
        published: d.published,
        text: e.text,
        start: e.start,
        end: e.end,
        context: d.text.slice(Math.max(0, e.start - MENTION_CONTEXT), Math.min(d.text.length, e.end + MENTION_CONTEXT)).replace(/\s+/g, ' '),
      });
    }
    for (const q of d.quotes ?? []) if (q.speaker?.id === id) quotes.push({ document: ids[i], outlet: d.outlet, text: q.text, cue: q.cue });
  });
  const stories = await Promise.all([...storyIds].map(async (s) => ({ id: s, title: (await store.getStory(s))?.title ?? s })));
  return { id, name, label: arabicLabel(name, docs, id), type, aliases: [...aliases], record, mentions, quotes, stories };
}
