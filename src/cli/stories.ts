import type { StoryRecord } from '../store/store.js';

/**
 * Text formatters for `rasd stories` and `rasd story ID` over story records (storyRecord in
 * src/corpus/story.ts): the timeline, then the fact × outlet matrix, single-outlet facts,
 * conflicts and framing cues side by side. The CLI wires them to the store.
 */

interface TimelineLine { date: string; summary: string; documents?: string[]; outlets?: string[]; background?: boolean; kind?: string }
interface FactLine { label: string; outlets: Record<string, boolean>; conflict?: string | null }
interface ComparisonShape {
  outlets?: string[];
  facts?: FactLine[];
  singleOutlet?: { fact: string; date: string | null; outlets: Record<string, string[]> }[];
  conflicts?: { fact: string; kind: string; values: Record<string, string[]> }[];
  framing?: Record<string, { cue: string; gloss: string; count: number }[]>;
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
  const lines: string[] = [`${s.title}  (${s.id})`, `documents: ${s.documents.length}`];
  lines.push('', 'timeline:');
  for (const t of s.timeline as TimelineLine[]) {
    lines.push(`  ${t.date.padEnd(22)} ${t.background ? '[background] ' : ''}${t.summary}  — ${(t.outlets?.length ? t.outlets : t.documents ?? []).join(', ')}`);
  }
  const c = (s.comparison as ComparisonShape | undefined) ?? {};
  const outlets = c.outlets ?? [];
  if (c.facts?.length) {
    lines.push('', `who reports what (${outlets.join(' | ')}):`);
    for (const f of c.facts) lines.push(`  ${outlets.map((o) => (f.outlets[o] ? '✓' : '·')).join(' ')}  ${f.label}${f.conflict ? `  ⚠ ${f.conflict}` : ''}`);
  }
  if (c.singleOutlet?.length) {
    lines.push('', 'reported by one outlet only:');
    for (const f of c.singleOutlet) lines.push(`  ${Object.keys(f.outlets)[0]}: ${f.date ?? ''} ${f.fact}`);
  }
  if (c.conflicts?.length) {
    lines.push('', 'conflicts:');
    for (const x of c.conflicts) lines.push(`  ${x.kind}: ${x.fact} — ${Object.entries(x.values).map(([v, os]) => `${v} (${os.join(', ')})`).join(' vs ')}`);
  }
  if (c.framing && Object.keys(c.framing).length) {
    lines.push('', 'framing cues by outlet:');
    for (const [o, cues] of Object.entries(c.framing)) lines.push(`  ${o}: ${cues.map((x) => `${x.cue} (${x.gloss})×${x.count}`).join('، ') || '—'}`);
  }
  return lines.join('\n');
}
