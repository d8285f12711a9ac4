import { hostname } from 'node:os';
import { Rasd } from '../app/rasd.js';
import { docFromRecord } from '../doc/from-record.js';
import { documentRecord, type DocumentRecord } from '../output/jsonl.js';
import type { RawArticle } from '../ingest/sources.js';
import { segmentAnnotator } from '../annotate/text/segment.js';
import { RedisQueue } from './queue.js';
import type { Store } from '../store/store.js';

/**
 * Scale-out mode. Three roles, any number of processes on any number of machines:
 *  - `rasd enqueue`: reads inputs and pushes raw articles onto the job queue;
 *  - `rasd worker` (many): takes raw articles, runs the per-document pipeline (the CPU-heavy
 *    part), pushes the annotated document onto the results queue;
 *  - `rasd coordinator` (one): takes annotated documents, links entities and assigns stories
 *    (sequential by nature, and light), saves them to the store (PostgreSQL), and rebuilds the
 *    stories it touched.
 * Jobs survive a crash of any process: a job is acknowledged only after its result is safely
 * pushed or stored, and an unacknowledged job is taken again when its consumer restarts.
 */


export interface ScaleOptions {
  redis: string;
  id?: string;
  /** Stop after this many seconds without a job (default: run forever). */
  idleExit?: number;
  log?: (line: string) => void;
  /** Queue-name prefix, to run separate deployments (or tests) on one Redis. */
  prefix?: string;
}

const names = (prefix = 'rasd') => ({ jobs: `${prefix}:jobs`, results: `${prefix}:analysed` });

export async function enqueue(redisUrl: string, raws: RawArticle[], prefix?: string): Promise<number> {
  const q = await new RedisQueue<RawArticle>(redisUrl, names(prefix).jobs).connect();
  await q.push(raws);
  await q.close();
  return raws.length;
}

/** Runs the per-document pipeline on queued articles until idle for `idleExit` seconds. */
export async function runWorker(rasd: Pick<Rasd, 'prepare'>, options: ScaleOptions): Promise<{ done: number; failed: number }> {
  const id = options.id ?? `${hostname()}-${process.pid}`;
  const jobs = await new RedisQueue<RawArticle>(options.redis, names(options.prefix).jobs, id).connect();
  const results = await new RedisQueue<DocumentRecord>(options.redis, names(options.prefix).results, id).connect();
  const recovered = await jobs.recover();
  if (recovered) options.log?.(`worker ${id}: took back ${recovered} unfinished job(s)`);
  let done = 0;
  let failed = 0;
  try {
    for (;;) {
      const next = await jobs.take(Math.min(options.idleExit ?? 5, 5));
      if (!next) {
        if (options.idleExit !== undefined) break;
        continue;
      }
      try {
        const doc = rasd.prepare(next.job);
        await results.push([{ ...documentRecord(doc), sentences: doc.layer('sentences') }]);
        done++;
      } catch (err) {
        failed++;
        options.log?.(`worker ${id}: skipped ${next.job.source}: ${(err as Error).message}`);
      }
      await next.ack();
    }
  } finally {
    await jobs.close();
    await results.close();
  }
  return { done, failed };
}

/** Links, clusters and stores annotated documents from the results queue. */
export async function runCoordinator(store: Store, options: ScaleOptions): Promise<{ stored: number; duplicates: number; stories: number }> {
  const rasd = new Rasd(store);
  const results = await new RedisQueue<DocumentRecord>(options.redis, names(options.prefix).results, options.id ?? 'coordinator').connect();
  await results.recover();
  let stored = 0;
  let duplicates = 0;
  const touched = new Set<string>();
  try {
    for (;;) {
      const next = await results.take(Math.min(options.idleExit ?? 5, 5));
      if (!next) {
        if (touched.size) {
          await rasd.corpus.flush();
          await rasd.corpus.rebuildStories(touched);
          touched.clear();
        }
        if (options.idleExit !== undefined) break;
        continue;
      }
      const doc = docFromRecord(next.job);
      if (!doc.has('tokens')) segmentAnnotator.run(doc); // corpus features read tokens; cheap to redo
      const { created } = await rasd.commit(doc);
      if (created) stored++;
      else duplicates++;
      if (doc.story) touched.add(doc.story);
      await next.ack();
    }
  } finally {
    await results.close();
  }
  await rasd.corpus.flush();
  return { stored, duplicates, stories: touched.size };
}
