/**
 * Run the default pipeline over the seed articles and print one JSON line per document
 * (documentRecord), for scoring with ../shared/tools/score.mjs:
 *   node --import tsx scripts/seeds-jsonl.ts [dir] > out.jsonl
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Doc } from '../src/doc/doc.js';
import { defaultPipeline } from '../src/pipeline/default.js';
import { documentRecord } from '../src/output/jsonl.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = process.argv[2] ?? path.resolve(repoRoot, '../shared/seeds');
const pipeline = defaultPipeline();
for (const name of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
  const file = path.join(dir, name);
  const doc = pipeline.run(new Doc(readFileSync(file, 'utf8'), { source: file }));
  process.stdout.write(JSON.stringify(documentRecord(doc)) + '\n');
}
