/**
 * Story-clustering benchmark on the SaudiNewsNet week (../shared/data/news/saudinewsnet):
 * runs the default pipeline + events on every article, assigns it to a story and prints
 * articles/s, the number of stories, the story-size distribution, assignment latency p50/p95
 * at the end of the run, and a sample of multi-outlet stories to judge by eye.
 *   node --import tsx bench/stories.ts [--limit N] [--sample N] [--json]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Doc } from '../src/doc/doc.js';
import { defaultPipeline } from '../src/pipeline/default.js';
import { eventsAnnotator } from '../src/annotate/events/events.js';
import { writeFileSync } from 'node:fs';
import { StoryIndex, storyFeatures, type StoryFeatures } from '../src/corpus/stories.js';

const args = process.argv.slice(2);
const opt = (flag: string) => {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
};
const limit = Number(opt('--limit') ?? Infinity);
// --save-features FILE keeps every article's feature record; --features FILE replays them
// (clustering only, no pipeline) to tune the clusterer quickly.
const saveFeatures = opt('--save-features');
const replay = opt('--features');
const sample = Number(opt('--sample') ?? 20);
const dir = path.resolve(import.meta.dirname, '../../shared/data/news/saudinewsnet');
if (!existsSync(dir)) {
  console.error(`no data at ${dir}; skipping`);
  process.exit(0);
}

interface Article { source: string; url: string; date_extracted: string; title: string; content: string }
const articles: Article[] = [];
for (const f of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) articles.push(...(JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as Article[]));
// Online order: by extraction time.
articles.sort((a, b) => (a.date_extracted < b.date_extracted ? -1 : a.date_extracted > b.date_extracted ? 1 : 0));
const run = articles.slice(0, Math.min(limit, articles.length));

const pipeline = defaultPipeline();
const withEvents = !pipeline.annotators.some((a) => a.name === 'events');
const index = new StoryIndex();
const latencies: number[] = [];
const byDoc = new Map<string, { outlet: string; title: string }>();
let duplicates = 0;
const t0 = performance.now();
let pipeMs = 0;
const saved: StoryFeatures[] = [];
const replayed: StoryFeatures[] | null = replay ? (JSON.parse(readFileSync(replay, 'utf8')) as StoryFeatures[]) : null;
for (let i = 0; i < run.length; i++) {
  const a = run[i];
  const p0 = performance.now();
  let f: StoryFeatures;
  if (replayed) f = replayed[i];
  else {
    const doc = new Doc(a.content ?? '', { source: a.url, outlet: a.source, title: a.title, published: a.date_extracted.slice(0, 10), url: a.url });
    pipeline.run(doc);
    if (withEvents) eventsAnnotator.run(doc);
    f = storyFeatures(doc);
    if (saveFeatures) saved.push(f);
  }
  const p1 = performance.now();
  pipeMs += p1 - p0;
  const r = index.assignFeatures(f);
  latencies.push(performance.now() - p1);
  if (r.duplicateOf) duplicates++;
  byDoc.set(a.url, { outlet: a.source, title: a.title });
}
if (saveFeatures) writeFileSync(saveFeatures, JSON.stringify(saved));
const total = (performance.now() - t0) / 1000;
const tail = latencies.slice(-Math.min(2000, latencies.length)).sort((a, b) => a - b);
const q = (p: number) => tail[Math.min(tail.length - 1, Math.floor(p * tail.length))];
const stories = index.list();
const sizes = new Map<string, number>();
const bucket = (n: number) => (n === 1 ? '1' : n === 2 ? '2' : n <= 5 ? '3-5' : n <= 10 ? '6-10' : n <= 50 ? '11-50' : '>50');
for (const s of stories) sizes.set(bucket(s.docs.length), (sizes.get(bucket(s.docs.length)) ?? 0) + 1);
const multiOutlet = stories.filter((s) => new Set(s.docs.map((d) => byDoc.get(d)!.outlet)).size > 1);
const result = {
  articles: run.length,
  seconds: Number(total.toFixed(2)),
  articlesPerSecond: Math.round(run.length / total),
  pipelineArticlesPerSecond: Math.round(run.length / (pipeMs / 1000)),
  stories: stories.length,
  multiOutletStories: multiOutlet.length,
  duplicates,
  sizes: Object.fromEntries(['1', '2', '3-5', '6-10', '11-50', '>50'].map((k) => [k, sizes.get(k) ?? 0])),
  largest: stories.slice(0, 5).map((s) => s.docs.length),
  assignMs: { p50: Number(q(0.5).toFixed(3)), p95: Number(q(0.95).toFixed(3)), max: Number(tail[tail.length - 1].toFixed(3)) },
};
if (args.includes('--json')) console.log(JSON.stringify(result));
else {
  console.log(result);
  // A reproducible sample of multi-outlet stories (every k-th) for judging by eye.
  const step = Math.max(1, Math.floor(multiOutlet.length / sample));
  for (let i = 0; i < multiOutlet.length && i / step < sample; i += step) {
    const s = multiOutlet[i];
    console.log(`\n## ${s.id} (${s.docs.length} docs) ${s.topTerms.join(' ')}`);
    for (const d of s.docs.slice(0, 6)) console.log(`  [${byDoc.get(d)!.outlet}] ${byDoc.get(d)!.title}`);
  }
}
