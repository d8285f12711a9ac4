/**
 * Search and story-page latency over the SaudiNewsNet articles (../shared/data/news/saudinewsnet).
 *
 *   1. Build document records from the raw articles (ingest + cleaning; no annotators needed
 *      for search) and save them into a fresh SQLite store in a temp dir.
 *   2. Search latency p50/p95/max for a fixed list of general Arabic news queries (written
 *      with and without hamza, article and clitics) plus words sampled from the corpus
 *      titles, both at the store and through the HTTP app (GET /api/search, with snippets).
 *   3. Story page: a story over 20 stored documents (the corpus stage is benchmarked
 *      elsewhere), GET /api/stories/:id latency, and, when Chromium is installed, the time
 *      for the real page (#/story/ID) to render in headless Chromium.
 *
 * Run alone: `npm run bench:search [-- --limit N --queries N]`; `npm run bench` picks up `bench()`.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseJsonArticles, type RawArticle } from '../src/ingest/sources.js';
import { toDoc } from '../src/ingest/to-doc.js';
import { documentRecord } from '../src/output/jsonl.js';
import { SqliteStore } from '../src/store/sqlite.js';
import { createApp } from '../src/server/app.js';
import { serve } from '../src/server/serve.js';
import { tokenize } from '../src/text/tokenize.js';

/** General news vocabulary, in the spellings people type (hamza dropped, clitics attached). */
const FIXED_QUERIES = [
  'السعودية',
  'والسعودية',
  'الرياض',
  'وزير الخارجية',
  'الامير',
  'الأمير',
  'اليمن',
  'لليمن',
  'الحوثيين',
  'مجلس الوزراء',
  'الاقتصاد',
  'النفط',
  'اسعار النفط',
  'الامطار',
  'كرة القدم',
  'المنتخب',
  'وزارة الصحة',
  'كورونا',
  'داعش',
  'الإرهاب',
  'الارهابية',
  'ايران',
  'والعراق',
  'سوريا',
  'الاتفاق النووي',
  'الطلاب',
  'التعليم',
  'الحج',
  'مكة المكرمة',
  'المدينة المنورة',
];

const STORY_SIZE = 20;
const MAX_STORIES = 400;

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function stats(samples: number[]): { n: number; p50: number; p95: number; max: number; mean: number } {
  const s = [...samples].sort((a, b) => a - b);
  const r = (x: number) => Math.round(x * 100) / 100;
  return { n: s.length, p50: r(percentile(s, 50)), p95: r(percentile(s, 95)), max: r(s[s.length - 1] ?? NaN), mean: r(s.reduce((a, b) => a + b, 0) / (s.length || 1)) };
}

/** Deterministic pseudo-random numbers so runs are comparable. */
function lcg(seed: number): () => number {
  let x = seed >>> 0;
  return () => ((x = (Math.imul(x, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

function sampledQueries(raws: RawArticle[], n: number): string[] {
  const rand = lcg(7);
  const out: string[] = [];
  for (let tries = 0; out.length < n && tries < n * 20; tries++) {
    const raw = raws[Math.floor(rand() * raws.length)];
    const title = raw.title ?? '';
    const words = tokenize(title).filter((t) => t.kind === 'word' && t.end - t.start >= 4).map((t) => title.slice(t.start, t.end));
    if (words.length === 0) continue;
    const i = Math.floor(rand() * words.length);
    out.push(rand() < 0.5 || i + 1 >= words.length ? words[i] : `${words[i]} ${words[i + 1]}`);
  }
  return out;
}

export function loadRaws(dataDir: string, limit = Infinity): RawArticle[] {
  const raws: RawArticle[] = [];
  for (const f of readdirSync(dataDir).filter((x) => x.endsWith('.json')).sort()) {
    for (const raw of parseJsonArticles(readFileSync(join(dataDir, f), 'utf8'), f, false)) {
      if (raws.length >= limit) return raws;
      raws.push(raw);
    }
  }
  return raws;
}

export async function bench(raws: RawArticle[], options: { queries?: number; browser?: boolean } = {}): Promise<Record<string, unknown>> {
  const tmp = mkdtempSync(join(os.tmpdir(), 'rasd-bench-search-'));
  const store = new SqliteStore(join(tmp, 'bench.db'));
  try {
    // 1. Index.
    const t0 = performance.now();
    const ids: string[] = [];
    for (const raw of raws) {
      const saved = await store.saveDocument(documentRecord(toDoc(raw)));
      if (saved.created) ids.push(saved.id);
    }
    const indexSeconds = (performance.now() - t0) / 1000;

    // 2. Search.
    const queries = [...FIXED_QUERIES, ...sampledQueries(raws, options.queries ?? 170)];
    const app = createApp(store, { webRoot: null });
    for (const q of queries.slice(0, 10)) await store.search(q); // warm the page cache
    const storeMs: number[] = [];
    const apiMs: number[] = [];
    let hits = 0;
    let emptyQueries = 0;
    for (const q of queries) {
      let t = performance.now();
      const found = await store.search(q, { limit: 20 });
      storeMs.push(performance.now() - t);
      hits += found.length;
      if (found.length === 0) emptyQueries++;
      t = performance.now();
      const res = await app.request('/api/search?q=' + encodeURIComponent(q));
      await res.json();
      apiMs.push(performance.now() - t);
    }

    // 3. Stories: documents of one outlet and day, in chunks of 20, stand in for stories
    //    (clustering is benchmarked with the corpus stage); list and page latency.
    const summaries = await store.listDocuments({ limit: 100_000 });
    const byKey = new Map<string, string[]>();
    for (const s of summaries) {
      const key = `${s.outlet}|${s.published}`;
      const list = byKey.get(key) ?? [];
      list.push(s.id);
      byKey.set(key, list);
    }
    const chunks: string[][] = [];
    for (const list of byKey.values()) for (let i = 0; i + STORY_SIZE <= list.length && chunks.length < MAX_STORIES; i += STORY_SIZE) chunks.push(list.slice(i, i + STORY_SIZE));
    for (const [n, docs] of chunks.entries()) {
      const id = `bench-story-${n}`;
      await store.saveStory({ kind: 'story', id, title: `قصة للقياس ${n}`, documents: docs, timeline: [] });
      for (const d of docs) await store.setDocumentStory(d, id);
    }
    const storyDocs = chunks[0] ?? [];
    const storyApiMs: number[] = [];
    const storyListMs: number[] = [];
    for (let i = 0; i < 30; i++) {
      let t = performance.now();
      await (await app.request('/api/stories/bench-story-0')).json();
      storyApiMs.push(performance.now() - t);
      t = performance.now();
      await (await app.request('/api/stories?limit=50')).json();
      storyListMs.push(performance.now() - t);
    }
    const result: Record<string, unknown> = {
      articles: ids.length,
      indexSeconds: Math.round(indexSeconds * 10) / 10,
      indexArticlesPerSecond: Math.round(ids.length / indexSeconds),
      queries: queries.length,
      queriesWithNoHit: emptyQueries,
      meanHitsPerQuery: Math.round((hits / queries.length) * 10) / 10,
      searchStoreMs: stats(storeMs),
      searchApiMs: stats(apiMs),
      stories: chunks.length,
      storyDocuments: storyDocs.length,
      storyApiMs: stats(storyApiMs),
      storyListApiColdMs: Math.round(storyListMs[0] * 10) / 10,
      storyListApiWarmMs: stats(storyListMs.slice(1)),
    };
    if (options.browser !== false) result.storyPageBrowserMs = await browserStoryLoad(store);
    return result;
  } finally {
    await store.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** Time from navigation to the rendered story page (data loaded, timeline drawn) in headless Chromium. */
async function browserStoryLoad(store: SqliteStore): Promise<unknown> {
  const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const webRoot = resolve(fileURLToPath(new URL('../dist/web', import.meta.url)));
  if (!existsSync(chromiumPath) || !existsSync(join(webRoot, 'index.html'))) return 'skipped (no chromium or no built UI)';
  const { chromium } = await import('playwright-core');
  const server = await serve({ target: store, port: 0, webRoot });
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const samples: number[] = [];
    for (let i = 0; i < 8; i++) {
      await page.goto('about:blank');
      const t = performance.now();
      await page.goto(server.url + '#/story/bench-story-0');
      await page.waitForSelector('.page[data-ready="true"][data-page="story"]');
      samples.push(performance.now() - t);
    }
    return { cold: Math.round(samples[0]), ...stats(samples.slice(1)) };
  } finally {
    await browser.close();
    await server.close();
  }
}

function invokedDirectly(): boolean {
  return !!process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
}

if (invokedDirectly()) {
  const args = process.argv.slice(2);
  const opt = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const dataDir = resolve(opt('--data') ?? join(process.cwd(), '../shared/data/news/saudinewsnet'));
  if (!existsSync(dataDir)) {
    console.error(`bench:search: no data at ${dataDir} (give --data DIR)`);
    process.exit(2);
  }
  const raws = loadRaws(dataDir, Number(opt('--limit') ?? Infinity));
  const result = await bench(raws, { queries: opt('--queries') ? Number(opt('--queries')) : undefined, browser: !args.includes('--no-browser') });
  console.log(JSON.stringify(result, null, 2));
}
