/**
 * Story-clustering benchmark on the SaudiNewsNet week (../shared/data/news/saudinewsnet):
 * runs the default pipeline (events included) on every article in extraction order, assigns it
 * to a story and reports articles/s, the number of stories, the story-size distribution,
 * assignment latency p50/p95 over the last 2,000 assignments, the share of close title pairs kept
 * in one story, and (CLI) a sample of multi-outlet stories to judge by eye.
 *
 *   npm run bench                                   (section "stories", via bench/run.ts)
 *   node --import tsx bench/stories.ts [--limit N] [--sample N] [--json]
 *        [--seed N] [--largest N]                  (which multi-outlet stories to sample; largest stories to show)
 *        [--save-features FILE | --features FILE]   (keep / replay feature records to tune the clusterer)
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { Doc } from '../src/doc/doc.js';
import { defaultPipeline } from '../src/pipeline/default.js';
import { StoryIndex, storyFeatures, type StoryFeatures } from '../src/corpus/stories.js';
import { lightStem } from '../src/text/clitics.js';
import { normalize } from '../src/text/normalize.js';
import { tokenize } from '../src/text/tokenize.js';
import type { RawArticle } from '../src/ingest/sources.js';
import { toDoc } from '../src/ingest/to-doc.js';

export interface StoryBenchResult {
  articles: number;
  seconds: number;
  articlesPerSecond: number;
  /** Per second of this process's CPU time (all its threads: V8 collects garbage on a second core). */
  articlesPerCpuSecond: number;
  pipelineArticlesPerSecond: number;
  stories: number;
  multiOutletStories: number;
  duplicates: number;
  sizes: Record<string, number>;
  largest: number[];
  assignMs: { p50: number; p95: number; max: number };
  /** Pairs of articles from different outlets, at most a day apart, with near-identical titles: the share put in one story (a recall check). */
  closeTitlePairs: { pairs: number; keptTogether: number };
  /** Hash of the partition (which articles share a story): tells whether a change moved any article. */
  partition: string;
}

interface Item {
  key: string;
  outlet: string;
  title: string;
  features: () => StoryFeatures;
}

function cluster(items: Item[]): { result: StoryBenchResult; index: StoryIndex; features: StoryFeatures[] } {
  const index = new StoryIndex();
  const latencies: number[] = [];
  const features: StoryFeatures[] = [];
  let duplicates = 0;
  let pipeMs = 0;
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  for (const it of items) {
    const p0 = performance.now();
    const f = it.features();
    features.push(f);
    const p1 = performance.now();
    pipeMs += p1 - p0;
    const r = index.assignFeatures(f);
    latencies.push(performance.now() - p1);
    if (r.duplicateOf) duplicates++;
  }
  const total = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const tail = latencies.slice(-Math.min(2000, latencies.length)).sort((a, b) => a - b);
  const q = (p: number) => Number((tail[Math.min(tail.length - 1, Math.floor(p * tail.length))] ?? 0).toFixed(3));
  const stories = index.list();
  const outletOf = new Map(items.map((i) => [i.key, i.outlet]));
  const bucket = (n: number) => (n === 1 ? '1' : n === 2 ? '2' : n <= 5 ? '3-5' : n <= 10 ? '6-10' : n <= 50 ? '11-50' : '>50');
  const sizes: Record<string, number> = { '1': 0, '2': 0, '3-5': 0, '6-10': 0, '11-50': 0, '>50': 0 };
  for (const s of stories) sizes[bucket(s.docs.length)]++;
  const result: StoryBenchResult = {
    articles: items.length,
    seconds: Number(total.toFixed(2)),
    articlesPerSecond: Math.round(items.length / total),
    articlesPerCpuSecond: Math.round(items.length / ((cpu.user + cpu.system) / 1e6)),
    pipelineArticlesPerSecond: Math.round(items.length / (pipeMs / 1000)),
    stories: stories.length,
    multiOutletStories: stories.filter((s) => new Set(s.docs.map((d) => outletOf.get(d))).size > 1).length,
    duplicates,
    sizes,
    largest: stories.slice(0, 5).map((s) => s.docs.length),
    assignMs: { p50: q(0.5), p95: q(0.95), max: Number((tail[tail.length - 1] ?? 0).toFixed(3)) },
    closeTitlePairs: closeTitlePairs(items, features, index),
    partition: createHash('sha1').update(stories.map((s) => s.docs.slice().sort().join('\n')).sort().join('\n\n')).digest('hex').slice(0, 12),
  };
  return { result, index, features };
}

/** Title Jaccard (light stems and numbers) from which two titles count as the same report, and the fewest shared words. */
const CLOSE_TITLE_JACCARD = 0.6;
const CLOSE_TITLE_SHARED = 3;
/** Title words in more titles than this are too common to pair titles through. */
const COMMON_TITLE_WORD = 400;

/**
 * Articles of different outlets published at most a day apart whose titles are near-identical
 * (CLOSE_TITLE_JACCARD) nearly always report one event; the share of such pairs put in one story
 * checks that splitting routine genres does not split real stories. Routine bulletins with fixed
 * titles (each day's weather) also pair up across consecutive days: those splits are correct.
 */
function closeTitlePairs(items: Item[], features: StoryFeatures[], index: StoryIndex): { pairs: number; keptTogether: number } {
  const titleWords = items.map((it) => {
    const words = new Set<string>();
    for (const t of tokenize(it.title)) {
      if (t.kind !== 'word' && t.kind !== 'number' && t.kind !== 'latin') continue;
      const w = lightStem(normalize(it.title.slice(t.start, t.end)));
      if (w.length >= 2) words.add(w);
    }
    return words;
  });
  const postings = new Map<string, number[]>();
  titleWords.forEach((words, i) => {
    for (const w of words) {
      let list = postings.get(w);
      if (!list) postings.set(w, (list = []));
      list.push(i);
    }
  });
  let pairs = 0;
  let together = 0;
  for (let i = 0; i < items.length; i++) {
    const shared = new Map<number, number>();
    for (const w of titleWords[i]) {
      const list = postings.get(w)!;
      if (list.length > COMMON_TITLE_WORD) continue;
      for (const j of list) if (j > i) shared.set(j, (shared.get(j) ?? 0) + 1);
    }
    for (const [j, n] of shared) {
      if (n < CLOSE_TITLE_SHARED || items[i].outlet === items[j].outlet) continue;
      const a = features[i].day;
      const b = features[j].day;
      if (a === null || b === null || Math.abs(a - b) > 1) continue;
      if (n / (titleWords[i].size + titleWords[j].size - n) < CLOSE_TITLE_JACCARD) continue;
      pairs++;
      if (index.storyOf(features[i].doc) === index.storyOf(features[j].doc)) together++;
    }
  }
  return { pairs, keptTogether: pairs ? Number((together / pairs).toFixed(4)) : 1 };
}

/** Section "stories" of `npm run bench`: the pipeline and story assignment over the ingested articles. */
export function bench(raws: RawArticle[]): StoryBenchResult {
  const pipeline = defaultPipeline();
  const sorted = raws.slice().sort((a, b) => (a.published ?? '').localeCompare(b.published ?? ''));
  const items: Item[] = sorted.map((raw, i) => ({
    key: raw.url ?? raw.source ?? String(i),
    outlet: raw.outlet ?? '',
    title: raw.title ?? '',
    features: () => {
      const doc = toDoc(raw);
      pipeline.run(doc);
      return storyFeatures(doc);
    },
  }));
  return cluster(items).result;
}

// ── CLI ──
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const opt = (flag: string) => {
    const i = args.indexOf(flag);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const limit = Number(opt('--limit') ?? Infinity);
  const sample = Number(opt('--sample') ?? 20);
  const saveFeatures = opt('--save-features');
  const replay = opt('--features');
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
  const replayed: StoryFeatures[] | null = replay ? (JSON.parse(readFileSync(replay, 'utf8')) as StoryFeatures[]) : null;
  const pipeline = defaultPipeline();
  const items: Item[] = run.map((a, i) => ({
    key: a.url,
    outlet: a.source,
    title: a.title,
    features: () => {
      if (replayed) return replayed[i];
      const doc = new Doc(a.content ?? '', { source: a.url, outlet: a.source, title: a.title, published: a.date_extracted.slice(0, 10), url: a.url });
      pipeline.run(doc);
      return storyFeatures(doc);
    },
  }));
  const { result, index, features } = cluster(items);
  if (saveFeatures) writeFileSync(saveFeatures, JSON.stringify(features));
  if (args.includes('--json')) console.log(JSON.stringify(result));
  else {
    console.log(result);
    const byKey = new Map(items.map((i) => [i.key, i]));
    const largest = Number(opt('--largest') ?? 0);
    for (const s of index.list().slice(0, largest)) {
      console.log(`\n## largest ${s.id} (${s.docs.length} docs) ${s.topTerms.join(' ')}`);
      for (let k = 0; k < s.docs.length && k < 60; k += Math.max(1, Math.floor(s.docs.length / 8))) console.log(`  [${byKey.get(s.docs[k])!.outlet}] ${byKey.get(s.docs[k])!.title}`);
    }
    const multi = index.list().filter((s) => new Set(s.docs.map((d) => byKey.get(d)!.outlet)).size > 1);
    // A reproducible random sample of multi-outlet stories (--seed), largest first, each shown
    // through up to 8 titles spread over the story so a mixed story shows its mixture.
    const rand = mulberry32(Number(opt('--seed') ?? 1));
    const pool = multi.slice();
    const picked: typeof multi = [];
    while (picked.length < sample && pool.length > 0) picked.push(pool.splice(Math.floor(rand() * pool.length), 1)[0]);
    picked.sort((a, b) => b.docs.length - a.docs.length || (a.id < b.id ? -1 : 1));
    for (const s of picked) {
      console.log(`\n## ${s.id} (${s.docs.length} docs) ${s.topTerms.join(' ')}`);
      const step = Math.max(1, s.docs.length / 8);
      for (let k = 0; k < s.docs.length && k < 8 * step; k += step) {
        const it = byKey.get(s.docs[Math.floor(k)])!;
        console.log(`  [${it.outlet}] ${it.title}`);
      }
    }
  }
}

/** Deterministic PRNG, so a sample can be drawn again. */
function mulberry32(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
