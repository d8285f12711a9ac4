import type { Doc } from '../doc/doc.js';
import type { StoryRecord } from '../store/store.js';
import { buildTimeline, docKey, type TimelineEntry } from './timeline.js';
import { compareOutlets, outletOf, type Comparison, type Conflict, type FactRow } from './compare.js';
import { reporterLabels } from './outlets.js';

/** One story: its articles, timeline and cross-outlet comparison. */
export interface Story {
  id: string;
  title: string;
  documents: string[];
  /** Outlets, or documents whose outlet is unknown (their source), as the comparison's columns. */
  outlets: string[];
  /** Outlet key → readable label (src/corpus/outlets.ts), for every key in `outlets`. */
  outletLabels: Record<string, string>;
  dateRange: { first: string | null; last: string | null };
  topActors: { id: string; name: string; count: number }[];
  timeline: TimelineEntry[];
  comparison: Comparison;
  quotes: { document: string; speaker: string | null; text: string }[];
}

export function buildStory(id: string, docs: Doc[]): Story {
  const sorted = docs.slice().sort((a, b) => (a.meta.published ?? '').localeCompare(b.meta.published ?? '') || docKey(a).localeCompare(docKey(b)));
  const names = new Map<string, string>();
  const actorCount = new Map<string, number>();
  for (const d of sorted) {
    for (const e of d.layer('entities')) if (!names.has(e.id)) names.set(e.id, e.name);
    for (const ev of d.layer('events')) for (const a of [...ev.actors, ...ev.targets]) actorCount.set(a, (actorCount.get(a) ?? 0) + 1);
  }
  const name = (x: string) => names.get(x) ?? x;
  const timeline = buildTimeline(sorted, { names: name });
  const published = sorted.map((d) => d.meta.published).filter((x): x is string => !!x).sort();
  return {
    id,
    title: storyTitle(sorted),
    documents: sorted.map(docKey),
    outlets: [...new Set(sorted.map(outletOf))],
    outletLabels: reporterLabels(sorted.map((d) => d.meta)),
    dateRange: { first: published[0] ?? null, last: published[published.length - 1] ?? null },
    topActors: [...actorCount].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 8).map(([x, count]) => ({ id: x, name: name(x), count })),
    timeline,
    comparison: compareOutlets(sorted, timeline),
    quotes: sorted.flatMap((d) => d.layer('quotes').map((q) => ({ document: docKey(d), speaker: q.speaker?.id ?? q.speaker?.name ?? null, text: q.text }))),
  };
}

/** The title of the story: the title of its earliest article that has one, else its first sentence. */
function storyTitle(docs: Doc[]): string {
  for (const d of docs) if (d.meta.title) return d.meta.title;
  const d = docs[0];
  if (!d) return '';
  const s = d.layer('sentences')[0];
  const first = s ? d.text.slice(s.start, s.end) : d.text.slice(0, 120);
  return first.trim().split(/\s+/).slice(0, 14).join(' ');
}

/** The JSON Lines story line of the contract (kind "story"). */
export function storyRecord(story: Story): StoryRecord {
  return {
    kind: 'story',
    id: story.id,
    title: story.title,
    documents: story.documents,
    outlets: story.outlets,
    outletLabels: story.outletLabels,
    dateRange: story.dateRange,
    topActors: story.topActors,
    timeline: story.timeline.map((t) => ({
      date: t.date,
      summary: t.summary,
      events: t.events.map((e) => e.type),
      documents: t.documents,
      outlets: t.outlets,
      background: t.background,
      kind: t.kind,
      location: t.location,
      roles: t.roles,
      evidence: t.evidence.map((e) => ({ document: e.document, text: e.text })),
    })),
    dates: { from: story.dateRange.first, to: story.dateRange.last },
    comparison: {
      ...story.comparison,
      // Flat rows for printing: fact × outlet, with any conflict note.
      facts: story.comparison.matrix
        .filter((r) => r.kind !== 'number')
        .map((r) => ({
          label: `${r.date ?? ''} ${r.fact}`.trim(),
          outlets: Object.fromEntries(story.outlets.map((o) => [o, o in r.outlets])),
          conflict: conflictNote(story, r),
        })),
    },
  };
}

/** The conflicts about one row (its own, or a date conflict over the entries telling its event), as a note naming outlets by their labels. */
function conflictNote(story: Story, row: FactRow): string | null {
  const about = (c: Conflict) => (c.fact === row.fact && (!c.date || c.date === row.date)) || !!c.entries?.some((e) => e.fact === row.fact && e.date === row.date);
  const notes = story.comparison.conflicts.filter(about).map((c) => `${c.kind}: ${Object.entries(c.values).map(([v, os]) => `${v} (${os.map((o) => story.outletLabels[o] ?? o).join(', ')})`).join(' vs ')}`);
  return notes.length ? notes.join('; ') : null;
}
