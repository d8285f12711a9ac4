/**
 * Entity-level (exact span and type) precision/recall/F1 of the shipped NER tagger on any
 * CoNLL file in the ANERcorp scheme, per type and overall, plus tagging speed.
 *   npm run eval:ner -- FILE [--model data/models/ner.json]
 */
import { performance } from 'node:perf_hooks';
import { readConll, toInternalTag, scoreChunks } from '../src/ner/conll.js';
import { loadModel, MODEL_PATH } from '../src/ner/tagger.js';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
if (!file) {
  console.error('usage: npm run eval:ner -- FILE [--model PATH]');
  process.exit(2);
}
const mi = args.indexOf('--model');
let t0 = performance.now();
const model = loadModel(mi >= 0 ? args[mi + 1] : MODEL_PATH);
console.log(`model loaded in ${(performance.now() - t0).toFixed(0)} ms (${model.index.size} features)`);
const sentences = readConll(file);
// Warm-up pass (JIT, caches), then the timed pass.
for (const s of sentences.slice(0, 200)) model.tag(s.tokens);
let tokens = 0;
t0 = performance.now();
const pairs = sentences.map((s) => {
  tokens += s.tokens.length;
  return { gold: s.tags.map(toInternalTag), pred: model.tag(s.tokens) };
});
const secs = (performance.now() - t0) / 1000;
const scores = scoreChunks(pairs);
console.log('type      precision  recall   F1      (tp/fp/fn)');
for (const [t, s] of Object.entries(scores)) {
  console.log(`${t.padEnd(9)} ${(100 * s.p).toFixed(2).padStart(9)} ${(100 * s.r).toFixed(2).padStart(7)} ${(100 * s.f1).toFixed(2).padStart(7)}   (${s.tp}/${s.fp}/${s.fn})`);
}
console.log(`${tokens} tokens in ${secs.toFixed(2)} s: ${Math.round(tokens / secs)} tokens/s`);
