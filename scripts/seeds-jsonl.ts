/**
 * Runs the default pipeline on the seed articles (../shared/seeds/*.txt, or the files given),
 * links entities across them with EntityIndex, and prints one JSON line per document:
 *   node --import tsx scripts/seeds-jsonl.ts > out.jsonl
 *   node ../shared/tools/score.mjs --gold ../shared/seeds/gold --pred out.jsonl
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Doc } from '../src/doc/doc.js';
import { defaultPipeline } from '../src/pipeline/default.js';
import { documentRecord } from '../src/output/jsonl.js';
import { EntityIndex } from '../src/corpus/entities.js';
import { relinkQuoteSpeakers } from '../src/corpus/quotes.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const seedDir = path.resolve(repoRoot, '../shared/seeds');
let files = process.argv.slice(2);
if (files.length === 0) {
  if (!existsSync(seedDir)) {
    console.error(`no seeds at ${seedDir}`);
    process.exit(1);
  }
  files = readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(seedDir, f));
}
const pipeline = defaultPipeline();
const index = new EntityIndex();
const docs = files.map((f) => pipeline.run(new Doc(readFileSync(f, 'utf8'), { source: f })));
for (const d of docs) index.link(d);
for (const d of docs) relinkQuoteSpeakers(d);
for (const d of docs) console.log(JSON.stringify(documentRecord(d)));
