/**
 * NER tagger benchmark (picked up by `npm run bench`): model load time, and tagging speed on
 * the articles' sentences, as wall-clock tokens/s and tokens per CPU-second (one core; the
 * latter is steadier when other processes share the machine). Two passes: "cold" meets most
 * word types for the first time (their features are built and resolved once), "warm" is the
 * steady state of a long-running process whose per-type caches are filled.
 */
import { performance } from 'node:perf_hooks';
import type { RawArticle } from '../src/ingest/sources.js';
import { toDoc } from '../src/ingest/to-doc.js';
import { segmentAnnotator } from '../src/annotate/text/segment.js';
import { loadModel } from '../src/ner/tagger.js';

const MAX_ARTICLES = 3000;

export function bench(raws: RawArticle[]): Record<string, number> {
  let t0 = performance.now();
  const model = loadModel();
  const loadMs = performance.now() - t0;
  const sentences: { surfaces: string[]; norms: string[] }[] = [];
  for (const raw of raws.slice(0, MAX_ARTICLES)) {
    const doc = toDoc(raw);
    segmentAnnotator.run(doc);
    let cur = -1;
    for (const t of doc.get('tokens')) {
      if (t.sentence !== cur) {
        sentences.push({ surfaces: [], norms: [] });
        cur = t.sentence;
      }
      const s = sentences[sentences.length - 1];
      s.surfaces.push(doc.text.slice(t.start, t.end));
      s.norms.push(t.norm);
    }
  }
  // JIT warm-up on a slice, then a cold and a warm pass over everything.
  for (const s of sentences.slice(0, 2000)) model.tag(s.surfaces, s.norms);
  const pass = () => {
    let tokens = 0;
    const t = performance.now();
    const cpu0 = process.cpuUsage();
    for (const s of sentences) {
      model.tag(s.surfaces, s.norms);
      tokens += s.surfaces.length;
    }
    const cpu = process.cpuUsage(cpu0);
    return { tokens, perSecond: Math.round(tokens / ((performance.now() - t) / 1000)), perCpuSecond: Math.round(tokens / ((cpu.user + cpu.system) / 1e6)) };
  };
  const cold = pass();
  const warm = pass();
  return {
    modelLoadMs: Math.round(loadMs),
    tokens: cold.tokens,
    coldTokensPerSecond: cold.perSecond,
    coldTokensPerCpuSecond: cold.perCpuSecond,
    warmTokensPerSecond: warm.perSecond,
    warmTokensPerCpuSecond: warm.perCpuSecond,
  };
}
