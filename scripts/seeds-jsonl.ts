/**
 * Runs the default pipeline (plus events and story clustering) over the seed articles and
 * prints JSON Lines (document lines, then story lines) for tools/score.mjs:
 *   node --import tsx scripts/seeds-jsonl.ts [dir] > out.jsonl
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Doc } from '../src/doc/doc.js';
import { defaultPipeline } from '../src/pipeline/default.js';
import { eventsAnnotator } from '../src/annotate/events/events.js';
import { documentRecord } from '../src/output/jsonl.js';
import { StoryIndex } from '../src/corpus/stories.js';
import { buildStory, storyRecord } from '../src/corpus/story.js';

const dir = process.argv[2] ?? path.resolve(import.meta.dirname, '../../shared/seeds');
const pipeline = defaultPipeline();
const hasEvents = pipeline.annotators.some((a) => a.name === 'events');
const docs: Doc[] = [];
const index = new StoryIndex();
for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt')).sort()) {
  const doc = new Doc(readFileSync(path.join(dir, f), 'utf8'), { source: path.join(dir, f) });
  pipeline.run(doc);
  if (!hasEvents) eventsAnnotator.run(doc);
  index.assign(doc);
  docs.push(doc);
}
for (const d of docs) console.log(JSON.stringify(documentRecord(d)));
const byStory = new Map<string, Doc[]>();
for (const d of docs) byStory.set(d.story!, [...(byStory.get(d.story!) ?? []), d]);
for (const [id, members] of byStory) console.log(JSON.stringify(storyRecord(buildStory(id, members))));
