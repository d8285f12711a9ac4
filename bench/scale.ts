/**
 * Synthetic scale test for story assignment (not a unit test): generates article feature
 * records for stories drawn from a Zipfian vocabulary and feeds them to a StoryIndex, printing
 * assignment latency (p50/p95 over a window) as the store grows to 1M articles.
 *   node --max-old-space-size=16000 --import tsx bench/scale.ts [--docs 1000000]
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { StoryIndex, type StoryFeatures } from '../src/corpus/stories.js';

// Runs only when executed directly (bench/run.ts imports every bench module).
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();

function main(): void {
  const args = process.argv.slice(2);
  const total = Number(args[args.indexOf('--docs') + 1] || 1_000_000);
  const checkpoints = [10_000, 100_000, 300_000, 1_000_000, total].filter((c, i, a) => c <= total && a.indexOf(c) === i);
  const VOCAB = 200_000;
  const ENTITIES = 50_000;
  const DOCS_PER_STORY = 6;
  const DAYS = 365;

  // Deterministic PRNG (mulberry32).
  let seed = 42;
  const rand = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  // Zipf-ish term id: frequent terms are common to many stories.
  const zipf = (n: number) => Math.floor(Math.pow(n, rand()));
  const term = (i: number) => 't' + i.toString(36);

  interface Topic { terms: number[]; entities: number[]; day: number }
  const topics: Topic[] = [];
  function topicFor(i: number): Topic {
    // A new story every DOCS_PER_STORY docs on average; members arrive close in time.
    const day = Math.floor((i / total) * DAYS);
    if (topics.length === 0 || rand() < 1 / DOCS_PER_STORY) {
      topics.push({ terms: Array.from({ length: 30 }, () => zipf(VOCAB)), entities: Array.from({ length: 4 }, () => zipf(ENTITIES)), day });
      if (topics.length > 5000) topics.splice(0, 1000);
    }
    // Mostly a recent story.
    return topics[topics.length - 1 - Math.floor(Math.pow(rand(), 3) * Math.min(topics.length, 200))];
  }

  function article(i: number): StoryFeatures {
    const t = topicFor(i);
    const w = new Map<string, number>();
    for (const x of t.terms) if (rand() < 0.7) w.set(term(x), 0.5 + rand());
    for (let k = 0; k < 15; k++) w.set(term(zipf(VOCAB)), rand());
    const terms = [...w].sort((a, b) => b[1] - a[1]).slice(0, 40);
    const norm = Math.hypot(...terms.map((x) => x[1]));
    return {
      doc: 'd' + i,
      hash: ((rand() * 2 ** 32) >>> 0).toString(16).padStart(8, '0') + i.toString(16).padStart(8, '0'),
      outlet: 'o' + (i % 14),
      day: 16_000 + Math.floor((i / total) * DAYS),
      terms: terms.map(([k, v]) => [k, v / norm]),
      entities: t.entities.filter(() => rand() < 0.8).map((e) => 'e' + e),
      events: [],
      minhash: Array.from({ length: 16 }, () => (rand() * 4294967296) >>> 0),
    };
  }

  const index = new StoryIndex();
  const window: number[] = [];
  const t0 = performance.now();
  let next = 0;
  for (let i = 0; i < total; i++) {
    const f = article(i);
    const a = performance.now();
    index.assignFeatures(f);
    window.push(performance.now() - a);
    if (window.length > 5000) window.shift();
    if (i + 1 === checkpoints[next]) {
      const s = window.slice().sort((x, y) => x - y);
      const q = (p: number) => s[Math.floor(p * (s.length - 1))].toFixed(3);
      const mem = process.memoryUsage().heapUsed / 2 ** 20;
      console.log(`stored=${(i + 1).toLocaleString('en')}  stories=${index.size.toLocaleString('en')}  assign p50=${q(0.5)}ms p95=${q(0.95)}ms  heap=${mem.toFixed(0)}MB  elapsed=${((performance.now() - t0) / 1000).toFixed(1)}s`);
      next++;
    }
  }

}
