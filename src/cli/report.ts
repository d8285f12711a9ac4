import type { BatchResult } from '../app/rasd.js';
import type { Rasd } from '../app/rasd.js';
import { outletLabeller } from './stories.js';

/** The human-readable report of `rasd analyze`: stories first, then each document. */
export function printReport(out: NodeJS.WritableStream, result: BatchResult, _rasd: Rasd): void {
  const w = (s = '') => out.write(s + '\n');
  w(`Analysed ${result.documents.length} document(s): ${result.created} new, ${result.skipped} already stored, ${result.errors.length} error(s).`);
  for (const s of result.stories) {
    w();
    w(`■ Story ${s.id}: ${s.title}`);
    const outlets = (s.outlets as string[] | undefined) ?? [];
    // Outlets by their labels (a document with no named outlet: its title or file name).
    const label = outletLabeller(s);
    if (outlets.length) w(`  outlets: ${outlets.map(label).join('، ')}`);
    const dates = s.dates as { from?: string; to?: string } | undefined;
    if (dates?.from) w(`  dates: ${dates.from}${dates.to && dates.to !== dates.from ? ' → ' + dates.to : ''}`);
    const actors = (s.actors as { name: string; mentions?: number }[] | undefined) ?? [];
    if (actors.length) w(`  actors: ${actors.slice(0, 10).map((a) => a.name).join('، ')}`);
    w(`  documents: ${s.documents.length}`);
    const timeline = s.timeline as { date: string; summary: string; documents?: string[] }[];
    if (timeline.length) {
      w('  timeline:');
      for (const t of timeline.slice(0, 30)) w(`    ${t.date.padEnd(12)} ${t.summary}${t.documents ? `  (${t.documents.length} doc)` : ''}`);
    }
    const quotes = (s.quotes as { text: string; speaker?: { name: string } | null; outlets?: string[] }[] | undefined) ?? [];
    if (quotes.length) {
      w('  quotes:');
      for (const q of quotes.slice(0, 15)) w(`    ${q.speaker?.name ?? '—'}: «${q.text}»${q.outlets?.length ? `  [${q.outlets.map(label).join('، ')}]` : ''}`);
    }
  }
  for (const d of result.documents) {
    w();
    w(`• ${d.title ?? '(untitled)'}`);
    w(`  source: ${d.source}`);
    w(`  outlet: ${d.outlet ?? '—'}   published: ${d.published ?? '—'}${d.story ? `   story: ${d.story}` : ''}`);
    const ents = new Map<string, number>();
    for (const e of d.entities) ents.set(e.name, (ents.get(e.name) ?? 0) + 1);
    const top = [...ents].sort((a, b) => b[1] - a[1]).slice(0, 8);
    w(`  found: ${d.entities.length} entity mentions, ${d.dates.length} dates, ${d.quotes.length} quotes, ${d.events.length} events`);
    if (top.length) w(`  entities: ${top.map(([n, c]) => `${n}×${c}`).join('، ')}`);
    const diags = (d.diagnostics as { severity: string; message: string }[] | undefined) ?? [];
    for (const g of diags.filter((x) => x.severity !== 'info')) w(`  ${g.severity}: ${g.message}`);
  }
}
