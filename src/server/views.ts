import type { DocumentRecord } from '../output/jsonl.js';
import type { DocumentSummary, EntityRecord, Store, StoryRecord } from '../store/store.js';
import { normalize } from '../text/normalize.js';

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
  outlets: string[];
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

export interface Comparison {
  outlets: string[];
  facts: ComparisonFact[];
  framing: unknown;
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
  outlets: string[];
  actors: Actor[];
}

export interface StoryView extends StorySummaryView {
  documents: DocumentSummary[];
  timeline: TimelineEntry[];
  comparison: Comparison;
  quotes: QuoteGroup[];
  record: StoryRecord;
}

const UNKNOWN_OUTLET = 'غير معروف';
const TOP_ACTORS_IN_LIST = 5;
/** Documents read per story to derive actors in the story list (the list must stay fast). */
const DOCS_READ_FOR_LIST = 40;

type Loose = Record<string, unknown>;

const str = (v: unknown): string | null => (typeof v === 'string' && v.length > 0 ? v : null);
const strArray = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);

function outletOf(doc: { outlet: string | null }): string {
  return doc.outlet ?? UNKNOWN_OUTLET;
}

function uniq<T>(xs: Iterable<T>): T[] {
  return [...new Set(xs)];
}

async function loadDocuments(store: Store, ids: string[], limit = Infinity): Promise<{ ids: string[]; docs: DocumentRecord[] }> {
  const wanted = ids.slice(0, Number.isFinite(limit) ? limit : ids.length);
  const found = await Promise.all(wanted.map((id) => store.getDocument(id)));
  const out = { ids: [] as string[], docs: [] as DocumentRecord[] };
  found.forEach((d, i) => {
    if (d) {
      out.ids.push(wanted[i]);
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
  const published = docs.map((d) => d.published).filter((p): p is string => !!p).sort();
  return { from: str(dates.from) ?? published[0] ?? null, to: str(dates.to) ?? published[published.length - 1] ?? null };
}

/** Actors from the record when the corpus stage wrote them, else counted from entity mentions. */
export function actorsOf(record: StoryRecord | null, docs: DocumentRecord[], limit = 50): Actor[] {
  if (record && Array.isArray(record.actors) && record.actors.length) {
    return (record.actors as unknown[]).filter(isObject).slice(0, limit).map((a) => ({
      id: str(a.id) ?? str(a.name) ?? '',
      name: str(a.name) ?? str(a.id) ?? '',
      type: str(a.type),
      mentions: typeof a.mentions === 'number' ? a.mentions : typeof a.count === 'number' ? a.count : 0,
      outlets: strArray(a.outlets),
    }));
  }
  const byId = new Map<string, Actor & { outletSet: Set<string> }>();
  for (const d of docs) {
    for (const e of d.entities ?? []) {
      let a = byId.get(e.id);
      if (!a) byId.set(e.id, (a = { id: e.id, name: e.name, type: e.type, mentions: 0, outlets: [], outletSet: new Set() }));
      a.mentions++;
      a.outletSet.add(outletOf(d));
    }
  }
  return [...byId.values()]
    .sort((x, y) => y.outletSet.size - x.outletSet.size || y.mentions - x.mentions || x.name.localeCompare(y.name))
    .slice(0, limit)
    .map(({ outletSet, ...a }) => ({ ...a, outlets: [...outletSet].sort() }));
}

function docOutletMap(docs: (DocumentRecord & { id?: unknown })[], ids: string[]): Map<string, string> {
  const m = new Map<string, string>();
  docs.forEach((d, i) => m.set(ids[i], outletOf(d)));
  return m;
}

/** Timeline entries from the record (any reasonable shape), else from the documents' events and resolved dates. */
export function timelineOf(record: StoryRecord, docs: DocumentRecord[], docIds: string[]): TimelineEntry[] {
  const outletByDoc = docOutletMap(docs, docIds);
  const fromRecord = (Array.isArray(record.timeline) ? record.timeline : []).filter(isObject);
  if (fromRecord.length) {
    return fromRecord
      .map((t, i): TimelineEntry | null => {
        const date = str(t.date) ?? str(t.value) ?? str(t.when);
        if (!date) return null;
        const documents = strArray(t.documents).length ? strArray(t.documents) : strArray(t.docs);
        const outlets = strArray(t.outlets).length ? strArray(t.outlets) : uniq(documents.map((d) => outletByDoc.get(d) ?? UNKNOWN_OUTLET));
        const evidence = Array.isArray(t.evidence) ? t.evidence.map((e) => (typeof e === 'string' ? e : isObject(e) ? (str(e.text) ?? '') : '')).filter(Boolean) : [];
        return {
          id: str(t.id) ?? `t${i}`,
          date,
          end: str(t.end),
          label: str(t.summary) ?? str(t.label) ?? str(t.title) ?? str(t.text) ?? str(t.type) ?? date,
          type: str(t.type),
          outlets,
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
      if (!e) entries.set(key, (e = { id: `t${entries.size}`, date, end: null, label, type, outlets: [], documents: [], background: false, evidence: [] }));
      if (!e.documents.includes(id)) e.documents.push(id);
      const outlet = outletOf(d);
      if (!e.outlets.includes(outlet)) e.outlets.push(outlet);
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

/** The outlets × facts matrix: the record's own comparison when present, else timeline entries × outlets. */
export function comparisonOf(record: StoryRecord, timeline: TimelineEntry[], outlets: string[]): Comparison {
  const raw = isObject(record.comparison) ? record.comparison : isObject(record.matrix) ? record.matrix : null;
  const rawFacts = raw && Array.isArray(raw.facts) ? raw.facts.filter(isObject) : [];
  if (raw && rawFacts.length) {
    const cols = strArray(raw.outlets).length ? strArray(raw.outlets) : outlets;
    const facts = rawFacts.map((f, i): ComparisonFact => {
      const cells: Record<string, ComparisonCell> = {};
      const rawCells = isObject(f.cells) ? f.cells : isObject(f.outlets) ? f.outlets : null;
      const reportedBy = Array.isArray(f.outlets) ? strArray(f.outlets) : null;
      for (const o of cols) {
        const c = rawCells ? rawCells[o] : undefined;
        if (isObject(c)) cells[o] = { reported: c.reported !== false, value: str(c.value) ?? str(c.text), documents: strArray(c.documents) };
        else if (typeof c === 'string') cells[o] = { reported: true, value: c, documents: [] };
        else if (typeof c === 'boolean') cells[o] = { reported: c, value: null, documents: [] };
        else cells[o] = { reported: reportedBy ? reportedBy.includes(o) : false, value: null, documents: [] };
      }
      const conflict = str(f.conflict) ?? str(f.conflicts) ?? (Array.isArray(f.conflicts) && f.conflicts.length ? f.conflicts.map((x) => (typeof x === 'string' ? x : JSON.stringify(x))).join('؛ ') : null);
      const reportedCount = Object.values(cells).filter((c) => c.reported).length;
      return { id: str(f.id) ?? `f${i}`, label: str(f.label) ?? str(f.text) ?? str(f.summary) ?? `#${i + 1}`, kind: str(f.kind) ?? 'fact', cells, conflict, singleOutlet: f.singleOutlet === true || reportedCount === 1 };
    });
    return { outlets: cols, facts, framing: raw.framing ?? record.framing ?? null };
  }
  const facts = timeline.map((t): ComparisonFact => {
    const cells: Record<string, ComparisonCell> = {};
    for (const o of outlets) cells[o] = { reported: t.outlets.includes(o), value: null, documents: [] };
    return { id: t.id, label: `${t.date} — ${t.label}`, kind: 'timeline', cells, conflict: null, singleOutlet: t.outlets.length === 1 && outlets.length > 1 };
  });
  return { outlets, facts, framing: record.framing ?? null };
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

export async function storySummary(store: Store, record: StoryRecord): Promise<StorySummaryView> {
  const { docs } = await loadDocuments(store, record.documents, DOCS_READ_FOR_LIST);
  const { from, to } = dateRange(record, docs);
  const outlets = strArray(record.outlets).length ? strArray(record.outlets) : uniq(docs.map(outletOf)).sort();
  return { id: record.id, title: record.title, from, to, size: record.documents.length, outlets, actors: actorsOf(record, docs, TOP_ACTORS_IN_LIST) };
}

export async function storyView(store: Store, record: StoryRecord): Promise<StoryView> {
  const { ids, docs } = await loadDocuments(store, record.documents);
  const { from, to } = dateRange(record, docs);
  const outlets = uniq([...strArray(record.outlets), ...docs.map(outletOf)]).sort();
  const timeline = timelineOf(record, docs, ids);
  return {
    id: record.id,
    title: record.title,
    from,
    to,
    size: record.documents.length,
    outlets,
    actors: actorsOf(record, docs),
    documents: docs.map((d, i) => summaryOf(ids[i], d)),
    timeline,
    comparison: comparisonOf(record, timeline, outlets),
    quotes: Array.isArray(record.quotes) && record.quotes.length && isObject(record.quotes[0]) && Array.isArray((record.quotes[0] as Loose).quotes) ? (record.quotes as QuoteGroup[]) : quotesOf(docs, ids),
    record,
  };
}

export interface EntityView {
  id: string;
  name: string;
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
  return { id, name, type, aliases: [...aliases], record, mentions, quotes, stories };
}
