import type { StoryRecord } from '../store/store.js';
import { keyLabel } from '../corpus/outlets.js';

/**
 * Text formatters for `rasd stories` and `rasd story ID` over story records (storyRecord in
 * src/corpus/story.ts): the timeline, then the fact × outlet matrix, single-outlet facts,
 * conflicts (outcomes in each outlet's own words), participants by outlet and framing cues side
 * by side. The CLI wires them to the store. Outlets are printed by the record's readable
 * labels (`outletLabels`, src/corpus/outlets.ts), never as raw paths.
 */

interface TimelineLine { date: string; summary: string; documents?: string[]; outlets?: string[]; background?: boolean; kind?: string }
interface FactLine { label: string; outlets: Record<string, boolean>; conflict?: string | null }
interface ComparisonShape {
  outlets?: string[];
  facts?: FactLine[];
  singleOutlet?: { fact: string; date: string | null; outlets: Record<string, string[]> }[];
  conflicts?: { fact: string; kind: string; date?: string; values: Record<string, string[]>; wording?: Record<string, string[]>; role?: { kind: string; of: string | null } }[];
  participants?: { fact: string; date: string; outlets: Record<string, { name: string; role: string | null; of: string | null }[]>; namedBySome: { name: string; outlets: string[] }[] }[];
  framing?: Record<string, { cue: string; gloss: string; count: number }[]>;
  quotes?: { speaker: string; name?: string; outlets: Record<string, string[]> }[];
}

/**
 * How to print an outlet key: the record's label, else (a record written before labels) the
 * file name of a key that is a document's path or URL.
 */
export function outletLabeller(record: StoryRecord): (key: string) => string {
  const labels = (record.outletLabels ?? {}) as Record<string, string>;
  return (key) => labels[key] ?? keyLabel(key);
}

export function formatStoryList(stories: StoryRecord[]): string {
  if (stories.length === 0) return 'No stories yet.';
  return stories
    .map((s) => {
      const outlets = (s.outlets as string[] | undefined) ?? [];
      const dates = (s.dates as { from?: string | null; to?: string | null } | undefined) ?? {};
      const span = dates.from ? (dates.to && dates.to !== dates.from ? `${dates.from}→${dates.to}` : dates.from) : '';
      return `${s.id}  ${s.title}  [${s.documents.length} doc, ${outlets.length} outlet${outlets.length === 1 ? '' : 's'}${span ? ', ' + span : ''}]`;
    })
    .join('\n');
}

export function formatStory(s: StoryRecord): string {
  const label = outletLabeller(s);
  const lines: string[] = [`${s.title}  (${s.id})`, `documents: ${s.documents.length}`];
  lines.push('', 'timeline:');
  for (const t of s.timeline as TimelineLine[]) {
    lines.push(`  ${t.date.padEnd(22)} ${t.background ? '[background] ' : ''}${t.summary}  — ${(t.outlets?.length ? t.outlets : t.documents ?? []).map(label).join(', ')}`);
  }
  const c = (s.comparison as ComparisonShape | undefined) ?? {};
  const outlets = c.outlets ?? [];
  if (c.facts?.length) {
    lines.push('', `who reports what (${outlets.map(label).join(' | ')}):`);
    for (const f of c.facts) lines.push(`  ${outlets.map((o) => (f.outlets[o] ? '✓' : '·')).join(' ')}  ${f.label}${f.conflict ? `  ⚠ ${f.conflict}` : ''}`);
  }
  if (c.singleOutlet?.length) {
    lines.push('', 'reported by one outlet only:');
    for (const f of c.singleOutlet) lines.push(`  ${label(Object.keys(f.outlets)[0])}: ${f.date ?? ''} ${f.fact}`);
  }
  if (c.conflicts?.length) {
    lines.push('', 'conflicts:');
    for (const x of c.conflicts) {
      const what = x.role ? `${x.kind} (${roleText(x.role.kind, x.role.of)})` : x.kind;
      lines.push(`  ${what}: ${x.date ? x.date + ' ' : ''}${x.fact}`);
      for (const [v, os] of Object.entries(x.values)) for (const o of os) lines.push(`      ${label(o)}: ${x.wording?.[o]?.join('، ') ?? v}${x.wording?.[o] ? ` [${v}]` : ''}`);
    }
  }
  if (c.participants?.length) {
    lines.push('', 'participants by outlet (named by only some outlets: not conflicts):');
    for (const p of c.participants) {
      lines.push(`  ${p.date} ${p.fact}`);
      for (const [o, people] of Object.entries(p.outlets)) lines.push(`      ${label(o)}: ${people.map((x) => (x.role ? `${x.name} (${roleText(x.role, x.of)})` : x.name)).join('، ')}`);
      if (p.namedBySome.length) lines.push(`      only some: ${p.namedBySome.map((x) => `${x.name} — ${x.outlets.map(label).join(', ')}`).join('; ')}`);
    }
  }
  if (c.quotes?.length) {
    lines.push('', 'quotes by speaker (quotes per outlet):');
    for (const q of c.quotes) {
      const who = q.name && q.name !== q.speaker ? `${q.name} (${q.speaker})` : q.speaker;
      lines.push(`  ${who}: ${Object.entries(q.outlets).map(([o, texts]) => `${label(o)} ×${texts.length}`).join('، ')}`);
    }
  }
  if (c.framing && Object.keys(c.framing).length) {
    lines.push('', 'framing cues by outlet:');
    for (const [o, cues] of Object.entries(c.framing)) lines.push(`  ${label(o)}: ${cues.map((x) => `${x.cue} (${x.gloss})×${x.count}`).join('، ') || '—'}`);
  }
  return lines.join('\n');
}

function roleText(kind: string, of: string | null): string {
  const label = kind === 'delegation-head' ? 'head of delegation' : kind;
  return of ? `${label}: ${of}` : label;
}
