import type { Doc } from '../doc/doc.js';
import type { PloverType } from '../doc/types.js';
import { normalize } from '../text/normalize.js';
import { lightStem } from '../text/clitics.js';
import { docKey, type TimelineEntry } from './timeline.js';
import { corroborateQuotes, type CorroboratedQuote } from './quotes.js';

/**
 * Cross-outlet comparison of one story: which outlet reports which fact (timeline entries,
 * key numbers, quotes), facts only one outlet reports, conflicts (the same event given
 * different dates or outcomes), and each outlet's framing cues side by side. Shown neutrally:
 * the cues are listed, not scored.
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
  kind: 'date' | 'outcome' | 'number';
  /** value → outlets giving it */
  values: Record<string, string[]>;
}

export interface Comparison {
  outlets: string[];
  matrix: FactRow[];
  singleOutlet: FactRow[];
  conflicts: Conflict[];
  framing: Record<string, { cue: string; gloss: string; count: number }[]>;
  /** Quotes by speaker and outlet. */
  quotes: { speaker: string; outlets: Record<string, string[]> }[];
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

export function outletOf(doc: Doc): string {
  return doc.meta.outlet ?? docKey(doc);
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
  // Same event (type + participants), different dates or outcomes across outlets.
  const byEvent = new Map<string, { dates: Map<string, Set<string>>; outcomes: Map<string, Set<string>>; label: string }>();
  for (const doc of docs) {
    for (const e of doc.layer('events')) {
      if (e.actors.length === 0 || e.negated) continue;
      const parts = [...new Set([...e.actors, ...e.targets])].sort();
      const key = `${e.type as PloverType}|${parts.join(',')}|${e.location ?? ''}`;
      const g = byEvent.get(key) ?? { dates: new Map(), outcomes: new Map(), label: `${e.type}: ${parts.join(' – ')}${e.location ? ' @ ' + e.location : ''}` };
      byEvent.set(key, g);
      if (e.date && e.location) add(g.dates, e.date, outletOf(doc));
      add(g.outcomes, e.modality ?? 'asserted', outletOf(doc));
    }
  }
  for (const g of byEvent.values()) {
    if (g.dates.size > 1) conflicts.push({ fact: g.label, kind: 'date', values: record(g.dates) });
    // Failed by one outlet's account, held without qualification by another's.
    if (g.outcomes.has('failed') && g.outcomes.has('asserted')) {
      const values = record(g.outcomes);
      conflicts.push({ fact: g.label, kind: 'outcome', values: { failed: values.failed, asserted: values.asserted } });
    }
  }
  conflicts.push(...numberConflicts(docs));
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

  const quotes = new Map<string, Record<string, string[]>>();
  for (const doc of docs) {
    for (const q of doc.layer('quotes')) {
      if (!q.speaker) continue;
      const k = q.speaker.id ?? q.speaker.name;
      const row = quotes.get(k) ?? {};
      (row[outletOf(doc)] ??= []).push(q.text);
      quotes.set(k, row);
    }
  }
  return {
    outlets,
    matrix,
    singleOutlet,
    conflicts,
    framing,
    quotes: [...quotes].map(([speaker, o]) => ({ speaker, outlets: o })).sort((a, b) => Object.keys(b.outlets).length - Object.keys(a.outlets).length),
    corroborated: corroborateQuotes(docs).filter((q) => q.outlets.length > 1),
  };
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
