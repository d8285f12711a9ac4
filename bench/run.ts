/**
 * `npm run bench`: throughput and memory of Rasd's stages on the SaudiNewsNet articles
 * (../shared/data/news/saudinewsnet, 12,824 articles). Prints a table; `--json` for one object.
 *
 *   stage "text":     ingest (JSON parse + article cleaning) + normalise + tokenise + sentence split
 *   stage "pipeline": the full per-document pipeline, with the per-annotator breakdown
 *   further sections are added by the layers' own bench modules (bench/*.ts) when present.
 *
 * Options: --data DIR, --limit N (articles), --only text|pipeline|extra
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { parseJsonArticles } from '../src/ingest/sources.js';
import { toDoc } from '../src/ingest/to-doc.js';
import { normalize } from '../src/text/normalize.js';
import { segmentAnnotator } from '../src/annotate/text/segment.js';
import { defaultPipeline } from '../src/pipeline/default.js';
import type { RawArticle } from '../src/ingest/sources.js';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const dataDir = resolve(opt('--data') ?? join(process.cwd(), '../shared/data/news/saudinewsnet'));
const limit = Number(opt('--limit') ?? Infinity);
const only = opt('--only');
const asJson = args.includes('--json');

if (!existsSync(dataDir)) {
  console.error(`bench: no data at ${dataDir} (give --data DIR)`);
  process.exit(2);
}

const files = readdirSync(dataDir).filter((f) => f.endsWith('.json')).sort();
const fileTexts = files.map((f) => ({ name: f, text: readFileSync(join(dataDir, f), 'utf8') }));
const totalBytes = fileTexts.reduce((n, f) => n + Buffer.byteLength(f.text), 0);
const results: Record<string, unknown> = {};
let peakRss = process.memoryUsage().rss;
const sampleMemory = () => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
};

// --- stage: text -----------------------------------------------------------------
function benchText(): RawArticle[] {
  const t0 = performance.now();
  const raws: RawArticle[] = [];
  let tokens = 0;
  let sentences = 0;
  let articleBytes = 0;
  for (const f of fileTexts) {
    for (const raw of parseJsonArticles(f.text, f.name, false)) {
      if (raws.length >= limit) break;
      raws.push(raw);
      const doc = toDoc(raw);
      articleBytes += Buffer.byteLength(doc.text);
      normalize(doc.text);
      segmentAnnotator.run(doc);
      tokens += doc.get('tokens').length;
      sentences += doc.get('sentences').length;
      if (raws.length % 500 === 0) sampleMemory();
    }
  }
  const s = (performance.now() - t0) / 1000;
  sampleMemory();
  results.text = {
    articles: raws.length,
    seconds: round(s),
    articlesPerSecond: Math.round(raws.length / s),
    mbPerSecond: round(articleBytes / 1048576 / s),
    inputMB: round(totalBytes / 1048576),
    tokens,
    tokensPerSecond: Math.round(tokens / s),
    sentences,
  };
  return raws;
}

// --- stage: pipeline ---------------------------------------------------------------
function benchPipeline(raws: RawArticle[]): void {
  const pipeline = defaultPipeline().withTimings();
  const n = Math.min(raws.length, Number(opt('--pipeline-limit') ?? 3000));
  // The first document pays the one-time start-up (lexicons, knowledge base, NER model, JIT):
  // reported apart from the throughput over the documents after it.
  const s0 = performance.now();
  pipeline.run(toDoc(raws[0]));
  const startupMs = Math.round(performance.now() - s0);
  pipeline.resetTimings();
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  let bytes = 0;
  let tokens = 0;
  for (let i = 1; i <= n && i < raws.length; i++) {
    const doc = toDoc(raws[i]);
    bytes += Buffer.byteLength(doc.text);
    pipeline.run(doc);
    tokens += doc.layer('tokens').length;
    if (i % 500 === 0) sampleMemory();
  }
  const s = (performance.now() - t0) / 1000;
  // CPU time of this process: steadier than wall-clock when other processes share the machine.
  const cpu = process.cpuUsage(cpu0);
  const layers: Record<string, { msPerDoc: number; share: string }> = {};
  const totalMs = Object.values(pipeline.timings).reduce((a, t) => a + t.ms, 0);
  for (const [name, t] of Object.entries(pipeline.timings)) {
    layers[name] = { msPerDoc: round(t.ms / t.docs, 3), share: ((100 * t.ms) / totalMs).toFixed(1) + '%' };
  }
  results.pipeline = { startupMs, articles: n, seconds: round(s), articlesPerSecond: Math.round(n / s), articlesPerCpuSecond: Math.round(n / ((cpu.user + cpu.system) / 1e6)), mbPerSecond: round(bytes / 1048576 / s), tokensPerSecond: Math.round(tokens / s), layers };
}

function round(x: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

const raws = benchText();
if (only !== 'text') benchPipeline(raws);
if (!only || only === 'extra') {
  // Layer-specific benchmark modules beside this file export `bench(raws) → object`. Plain
  // scripts (stories.ts, scale.ts) are not imported: importing would run them.
  const dir = new URL('.', import.meta.url);
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.ts') && x !== 'run.ts').sort()) {
    if (!/export (async )?function bench\(/.test(readFileSync(new URL(f, dir), 'utf8'))) continue;
    const mod = (await import(new URL(f, dir).href)) as { bench?: (raws: RawArticle[]) => Promise<unknown> | unknown };
    if (typeof mod.bench === 'function') {
      results[f.replace(/\.ts$/, '')] = await mod.bench(raws);
      sampleMemory();
    }
  }
}
if (!only || only === 'stories') {
  // Story clustering of the whole week runs as its own process (its memory is its own).
  const out = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('stories.ts', import.meta.url)), '--json', ...(Number.isFinite(limit) ? ['--limit', String(limit)] : [])], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  try {
    results.stories = JSON.parse(out.stdout.slice(out.stdout.indexOf('{')));
  } catch {
    results.stories = { error: (out.stderr || out.stdout).slice(-500) };
  }
}
results.peakRssMB = Math.round(peakRss / 1048576);

if (asJson) console.log(JSON.stringify(results, null, 2));
else {
  for (const [k, v] of Object.entries(results)) {
    if (typeof v === 'object' && v) {
      console.log(`\n## ${k}`);
      for (const [kk, vv] of Object.entries(v)) console.log(`  ${kk.padEnd(22)} ${typeof vv === 'object' ? JSON.stringify(vv) : vv}`);
    } else console.log(`\n${k}: ${v}`);
  }
}
