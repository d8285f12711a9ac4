import { performance } from 'node:perf_hooks';
import { parseTimexes, resolveTimexes } from './recognize.js';
import { findStatedPublished, inferPublished } from './published.js';
import { parseYMD } from './calendar.js';

export interface TimeBenchResult {
  docs: number;
  /** UTF-8 bytes of input. */
  bytes: number;
  ms: number;
  mbPerSecond: number;
  /** Throughput per second of CPU time used by this process (robust to a busy machine). */
  mbPerCpuSecond: number;
  timexes: number;
  published: number;
}

/**
 * Throughput of the time layer alone (parse + publication date + resolution) on one core,
 * for bench/: `benchTime(texts)`. Issue 4 asks for ≥ 2 MB/s of Arabic text.
 */
export function benchTime(texts: readonly string[]): TimeBenchResult {
  let bytes = 0;
  for (const t of texts) bytes += Buffer.byteLength(t, 'utf8');
  let timexes = 0;
  let published = 0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (const text of texts) {
    const { items } = parseTimexes(text);
    const guess = findStatedPublished(text, items) ?? inferPublished(text, items);
    if (guess) published++;
    timexes += resolveTimexes(text, items, parseYMD(guess?.date)).length;
  }
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  return { docs: texts.length, bytes, ms, mbPerSecond: bytes / 1e6 / (ms / 1000), mbPerCpuSecond: bytes / 1e6 / cpuSeconds, timexes, published };
}
