/**
 * Prints a reproducible random sample of events from real news, for judging by hand: the
 * default pipeline runs on SaudiNewsNet articles (../shared/data/news/saudinewsnet) taken in a
 * seeded random order, and one event is drawn from each article that has any, until --events
 * events are printed, each with its evidence sentence, trigger, actors and targets.
 *
 *   npx tsx scripts/sample-events.ts --seed 1 --events 25 [--data DIR]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseJsonArticles, type RawArticle } from '../src/ingest/sources.js';
import { toDoc } from '../src/ingest/to-doc.js';
import { defaultPipeline } from '../src/pipeline/default.js';
import type { Doc } from '../src/doc/doc.js';
import type { EventMention } from '../src/doc/types.js';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string): string => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const dataDir = resolve(opt('--data', join(process.cwd(), '../shared/data/news/saudinewsnet')));
const seed = Number(opt('--seed', '1'));
const wanted = Number(opt('--events', '25'));

/** mulberry32: a small seeded generator, so a sample can be drawn again. */
function seededRandom(s: number): () => number {
  let a = s >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = seededRandom(seed);
const raws: RawArticle[] = [];
for (const f of readdirSync(dataDir).filter((x) => x.endsWith('.json')).sort()) raws.push(...parseJsonArticles(readFileSync(join(dataDir, f), 'utf8'), f, false));
// Fisher–Yates with the seeded generator.
for (let i = raws.length - 1; i > 0; i--) {
  const j = Math.floor(random() * (i + 1));
  [raws[i], raws[j]] = [raws[j], raws[i]];
}

const pipeline = defaultPipeline();
let printed = 0;
let articles = 0;
let withEvents = 0;
let allEvents = 0;
for (const raw of raws) {
  if (printed >= wanted) break;
  const doc = toDoc(raw);
  pipeline.run(doc);
  articles++;
  const events = doc.layer('events');
  allEvents += events.length;
  if (events.length === 0) continue;
  withEvents++;
  const e = events[Math.floor(random() * events.length)];
  printed++;
  console.log(describe(printed, doc, e));
}
console.log(`\n${printed} events from ${withEvents} of ${articles} articles read (${allEvents} events in those articles), seed ${seed}`);

function describe(n: number, doc: Doc, e: EventMention): string {
  const names = new Map<string, string>();
  for (const m of [...doc.layer('entities'), ...doc.layer('roles'), ...doc.layer('nisbas')]) if (m.id && !names.has(m.id)) names.set(m.id, 'name' in m && m.name ? String(m.name) : m.text);
  const show = (ids: string[]) => ids.map((id) => (names.has(id) && names.get(id) !== id ? `${names.get(id)} [${id}]` : id)).join(', ') || '-';
  const sentence = doc.text.slice(e.sentence.start, e.sentence.end).replace(/\s+/g, ' ').trim();
  return [
    `#${n} ${e.type}${e.mode ? '/' + e.mode : ''}  trigger «${e.trigger.text}»  ${e.modality ?? ''}  date ${e.date ?? '-'}  place ${e.location ?? '-'}`,
    `   ${doc.meta.outlet ?? '?'} | ${doc.meta.title ?? ''}`,
    `   actors: ${show(e.actors)}   targets: ${show(e.targets)}`,
    `   ${sentence}`,
  ].join('\n');
}
