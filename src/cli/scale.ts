import { Rasd } from '../app/rasd.js';
import { expandInputs, readInput, type RawArticle } from '../ingest/sources.js';
import { enqueue, runCoordinator, runWorker } from '../scale/worker.js';
import { openStore } from './open-store.js';
import { RasdError } from '../errors.js';
import { SqliteStore } from '../store/sqlite.js';

/** `rasd enqueue | worker | coordinator`: the scale-out roles (see src/scale/worker.ts). */
export async function runScaleCommand(command: string, args: string[], values: Record<string, unknown>): Promise<number> {
  const redis = (values.redis as string | undefined) ?? process.env.RASD_REDIS ?? 'redis://127.0.0.1:6379';
  const idleExit = values['idle-exit'] !== undefined ? Number(values['idle-exit']) : undefined;
  const log = (line: string) => process.stderr.write(line + '\n');
  if (command === 'enqueue') {
    if (args.length === 0) throw new RasdError('E_USAGE', 'enqueue needs at least one PATH');
    const { inputs, errors } = await expandInputs(args);
    const raws: RawArticle[] = [];
    for (const input of inputs) {
      try {
        raws.push(...(await readInput(input)));
      } catch (err) {
        errors.push({ source: input.kind === 'file' ? input.path : input.kind === 'url' ? input.url : 'stdin', code: (err as RasdError).code ?? 'E_INPUT_PARSE', message: (err as Error).message });
      }
    }
    for (const e of errors) log(`rasd: skipped ${e.source}: ${e.message} [${e.code}]`);
    const n = await enqueue(redis, raws);
    log(`queued ${n} article(s) on ${redis}`);
    return errors.length ? 1 : 0;
  }
  if (command === 'worker') {
    // A worker needs no store: the pipeline is per document.
    const rasd = new Rasd(new SqliteStore(':memory:'));
    const { done, failed } = await runWorker(rasd, { redis, id: values.id as string | undefined, idleExit, log });
    log(`worker: ${done} analysed, ${failed} failed`);
    await rasd.close();
    return failed ? 1 : 0;
  }
  const store = await openStore(values);
  const r = await runCoordinator(store, { redis, id: values.id as string | undefined, idleExit, log });
  log(`coordinator: ${r.stored} stored, ${r.duplicates} already stored`);
  await store.close();
  return 0;
}
