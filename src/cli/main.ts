#!/usr/bin/env node
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { existsSync, rmSync, realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { Rasd, type BatchResult } from '../app/rasd.js';
import { RasdError } from '../errors.js';
import { PACKAGE_ROOT } from '../text/lexicon.js';
import { printReport } from './report.js';
import { ProgressBar } from './progress.js';
import { openStore } from './open-store.js';
import { runScaleCommand } from './scale.js';

/**
 * The `rasd` command line. Exit codes: 0 success; 1 finished but some inputs failed
 * (reported on stderr); 2 usage error; 3 nothing could be analysed; 4 store or model error.
 */

const HELP = `rasd — Arabic news intelligence

Usage:
  rasd analyze [--db PATH] [--json] [--max-mb N] PATH|DIR|GLOB|URL|- ...
                                    analyse articles (.txt .html .json .jsonl, RSS/Atom, URLs, stdin)
                                    and store them; prints a report, or JSON Lines with --json
  rasd demo [--json] [--serve]      analyse the bundled example articles (into ./rasd-demo.db)
  rasd stories [--db PATH] [--json] list stories
  rasd story ID [--db PATH] [--json]
                                    one story: timeline, outlets, comparison
  rasd entities [--db PATH] [--json] list canonical entities
  rasd entity ID [--db PATH] [--json]
  rasd quotes [--db PATH] [--story ID] [--speaker ID] [--json]
  rasd export [--db PATH] --format jsonl|csv
                                    documents (jsonl) or events (csv, GDELT-like columns)
  rasd search QUERY [--db PATH] [--json]
  rasd tag --conll FILE             print "token gold predicted" for a CoNLL file
  rasd serve [--db PATH] [--port N] [--host 127.0.0.1]
                                    the JSON API and the web interface

Scale-out (PostgreSQL store, Redis job queue, many workers):
  rasd enqueue [--redis URL] PATH...      queue articles for the workers
  rasd worker [--redis URL] [--id NAME] [--idle-exit SECONDS]
                                    run the per-document pipeline on queued articles (run many)
  rasd coordinator --pg URL [--redis URL] [--idle-exit SECONDS]
                                    link entities, assign stories and store the workers' results (run one)

Options:
  --db PATH    the SQLite store (default ./rasd.db)
  --json       machine-readable output (JSON Lines)
  --pg URL     use a PostgreSQL store instead of SQLite (also RASD_PG); --schema NAME (default rasd)
  --redis URL  the job queue (default redis://127.0.0.1:6379, also RASD_REDIS)
  -h, --help   this help
`;

const OPTIONS = {
  db: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  'max-mb': { type: 'string' },
  story: { type: 'string' },
  speaker: { type: 'string' },
  format: { type: 'string' },
  port: { type: 'string' },
  host: { type: 'string' },
  conll: { type: 'string' },
  serve: { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  pg: { type: 'string' },
  schema: { type: 'string' },
  redis: { type: 'string' },
  id: { type: 'string' },
  'idle-exit': { type: 'string' },
} as const satisfies ParseArgsConfig['options'];

export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (err) {
    process.stderr.write(`rasd: ${(err as Error).message}\n\n${HELP}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help || !command || command === 'help') {
    process.stdout.write(HELP);
    return command || values.help ? 0 : 2;
  }
  const db = (values.db as string | undefined) ?? './rasd.db';
  try {
    switch (command) {
      case 'analyze':
        if (rest.length === 0) return usage('analyze needs at least one PATH, DIR, GLOB, URL or - (stdin)');
        return await analyze(values, rest, Boolean(values.json), Boolean(values.quiet));
      case 'demo': {
        const demoDb = (values.db as string | undefined) ?? './rasd-demo.db';
        for (const suffix of ['', '-wal', '-shm']) if (existsSync(demoDb + suffix)) rmSync(demoDb + suffix);
        const code = await analyze({ ...values, db: demoDb }, [PACKAGE_ROOT + 'examples'], Boolean(values.json), Boolean(values.quiet));
        if (values.serve) return await serveCommand(demoDb, values);
        if (!values.json) process.stdout.write(`\nStored in ${demoDb}. Browse it with: npx rasd serve --db ${demoDb}\n`);
        return code;
      }
      case 'serve':
        return await serveCommand(db, values);
      case 'enqueue':
      case 'worker':
      case 'coordinator':
        return await runScaleCommand(command, rest, values);
      default: {
        const handled = await runQueryCommand(command, rest, db, values as Record<string, unknown>);
        if (handled !== null) return handled;
        return usage(`unknown command "${command}"`);
      }
    }
  } catch (err) {
    if (err instanceof RasdError) {
      process.stderr.write(`rasd: ${err.message} [${err.code}]\n`);
      return err.code === 'E_USAGE' ? 2 : err.code === 'E_NOT_FOUND' ? 1 : 4;
    }
    throw err;
  }
}

function usage(message: string): number {
  process.stderr.write(`rasd: ${message}\nRun "rasd --help" for usage.\n`);
  return 2;
}

async function analyze(values: Record<string, unknown>, paths: string[], json: boolean, quiet: boolean): Promise<number> {
  const rasd = new Rasd(await openStore(values));
  const bar = new ProgressBar(process.stderr, !quiet);
  let result: BatchResult;
  try {
    result = await rasd.analyzePaths(paths, (p) => bar.update(p.done, p.total, p.source));
  } finally {
    bar.done();
  }
  for (const e of result.errors) process.stderr.write(`rasd: skipped ${e.source}: ${e.message} [${e.code}]\n`);
  if (json) {
    for (const d of result.documents) process.stdout.write(JSON.stringify(d) + '\n');
    for (const s of result.stories) process.stdout.write(JSON.stringify(s) + '\n');
  } else {
    printReport(process.stdout, result, rasd);
  }
  await rasd.close();
  if (result.documents.length === 0) return 3;
  return result.errors.length > 0 ? 1 : 0;
}

// Loaded lazily so analysis commands never pay for the web stack.
const SERVE_MODULE = './serve.js';

async function serveCommand(db: string, values: Record<string, unknown>): Promise<number> {
  const mod = (await import(SERVE_MODULE).catch(() => null)) as { runServe?: (o: { db: string; port?: number; host?: string }) => Promise<number> } | null;
  if (!mod?.runServe) {
    process.stderr.write('rasd: the web server is not part of this build\n');
    return 4;
  }
  return mod.runServe({ db, port: values.port ? Number(values.port) : undefined, host: values.host as string | undefined });
}

/** Read-only commands over the store (stories, entities, quotes, export, search, tag). */
async function runQueryCommand(command: string, rest: string[], db: string, values: Record<string, unknown>): Promise<number | null> {
  const { queryCommands } = await import('./queries.js');
  const handler = queryCommands[command];
  if (!handler) return null;
  return handler({ args: rest, db, values });
}

function invokedDirectly(): boolean {
  try {
    return !!process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href;
  } catch {
    return false;
  }
}

if (invokedDirectly()) {
  // `rasd … | head` closes the pipe early: that is not an error.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`rasd: internal error: ${(err as Error).stack ?? String(err)}\n`);
      process.exitCode = 70;
    },
  );
}
