/**
 * Trains the NER tagger on ANERcorp train (../shared/data/ner/anercorp-train.txt), holding out
 * every 10th sentence as a fixed dev split, reports dev entity F1, then (unless --dev-only)
 * retrains on all sentences and writes data/models/ner.json.
 *   npm run train:ner [-- --iterations 8 --dev-only]
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { readConll, toInternalTag, scoreChunks } from '../src/ner/conll.js';
import { trainTagger, saveModel, MODEL_PATH, type TaggedSentence } from '../src/ner/tagger.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name: string, def: string) => {
  const i = args.indexOf('--' + name);
  return i >= 0 ? args[i + 1] : def;
};
const iterations = Number(opt('iterations', '12'));
const prune = Number(opt('prune', '0.9'));
const file = opt('file', path.resolve(repoRoot, '../shared/data/ner/anercorp-train.txt'));
const DEV_EVERY = 10;

const sentences: TaggedSentence[] = readConll(file).map((s) => ({ tokens: s.tokens, tags: s.tags.map(toInternalTag) }));
const train = sentences.filter((_, i) => i % DEV_EVERY !== DEV_EVERY - 1);
const dev = sentences.filter((_, i) => i % DEV_EVERY === DEV_EVERY - 1);
console.log(`${sentences.length} sentences: ${train.length} train, ${dev.length} dev (every ${DEV_EVERY}th)`);

let t0 = performance.now();
const model = trainTagger(train, { iterations, prune, log: (l) => console.log('  ' + l) });
console.log(`trained in ${((performance.now() - t0) / 1000).toFixed(1)} s, ${model.index.size} features`);
t0 = performance.now();
let tokens = 0;
const pairs = dev.map((s) => {
  tokens += s.tokens.length;
  return { gold: s.tags, pred: model.tag(s.tokens) };
});
const secs = (performance.now() - t0) / 1000;
const scores = scoreChunks(pairs);
for (const [t, s] of Object.entries(scores)) console.log(`dev ${t.padEnd(8)} P ${(100 * s.p).toFixed(2)}  R ${(100 * s.r).toFixed(2)}  F1 ${(100 * s.f1).toFixed(2)}`);
console.log(`dev speed: ${Math.round(tokens / secs)} tokens/s`);

if (!args.includes('--dev-only')) {
  const full = trainTagger(sentences, { iterations, prune });
  saveModel(full, opt('out', MODEL_PATH));
  console.log(`wrote ${opt('out', MODEL_PATH)} (${full.index.size} features)`);
}
