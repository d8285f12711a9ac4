/**
 * Runs the default pipeline on the seed articles (../shared/seeds/*.txt, or the files given),
 * links entities across them with EntityIndex, clusters them into stories and prints one JSON
 * line per document, then one per story:
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
import { entityIdSnapshot, remapEventIds } from '../src/corpus/events.js';
import { relinkQuoteSpeakers } from '../src/corpus/quotes.js';
import { StoryIndex } from '../src/corpus/stories.js';
import { buildStory, storyRecord } from '../src/corpus/story.js';

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
const stories = new StoryIndex();
const docs = files.map((f) => pipeline.run(new Doc(readFileSync(f, 'utf8'), { source: f })));
for (const d of docs) {
  const before = entityIdSnapshot(d);
  index.link(d);
  remapEventIds(d, before);
  relinkQuoteSpeakers(d);
  stories.assign(d);
}
for (const d of docs) console.log(JSON.stringify(documentRecord(d)));
const byStory = new Map<string, Doc[]>();
for (const d of docs) byStory.set(d.story!, [...(byStory.get(d.story!) ?? []), d]);
for (const [id, members] of byStory) console.log(JSON.stringify(storyRecord(buildStory(id, members))));
