/** Time layer throughput (issue 4 asks ≥ 2 MB/s of Arabic text on one core): parse + publication date + resolution. */
import { benchTime } from '../src/time/bench.js';
import type { RawArticle } from '../src/ingest/sources.js';

export function bench(raws: RawArticle[]): unknown {
  const texts = raws.map((r) => r.text);
  benchTime(texts.slice(0, 200)); // warm-up: regex compilation and JIT
  const r = benchTime(texts);
  return { docs: r.docs, mb: Math.round(r.bytes / 1e4) / 100, seconds: Math.round(r.ms) / 1000, mbPerSecond: Math.round(r.mbPerSecond * 100) / 100, mbPerCpuSecond: Math.round(r.mbPerCpuSecond * 100) / 100, timexes: r.timexes, publishedFromText: r.published };
}
