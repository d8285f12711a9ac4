import { parseArgs } from 'node:util';
import { RasdError } from '../errors.js';
import { serve, DEFAULT_DB, DEFAULT_HOST, DEFAULT_PORT, type RunningServer } from '../server/serve.js';
import type { Analyzer } from '../server/analyzer.js';
import type { Store } from '../store/store.js';

export const SERVE_USAGE = `usage: rasd serve [--db PATH] [--port N] [--host ADDRESS]
  --db PATH       SQLite store (default ${DEFAULT_DB})
  --port N        TCP port (default ${DEFAULT_PORT}; 0 picks a free one)
  --host ADDRESS  address to bind (default ${DEFAULT_HOST}; anything else exposes the server)`;

export interface ServeCliOptions {
  db?: string;
  port?: number | string;
  host?: string;
  /** An already opened analysis service or store (e.g. from `rasd demo`). */
  target?: Analyzer | Store;
  /** Called once the server listens (tests use it to stop the server). */
  onListening?: (server: RunningServer) => void;
}

/** Flags (`--db`, `--port`, `--host`) to options; a usage error names the valid flags. */
export function parseServeArgs(args: string[]): ServeCliOptions & { help?: boolean } {
  try {
    const { values } = parseArgs({ args, options: { db: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, strict: true });
    return values;
  } catch (err) {
    throw new RasdError('E_USAGE', `${(err as Error).message}\n${SERVE_USAGE}`);
  }
}

/**
 * `rasd serve`: start the server and keep it running until SIGINT/SIGTERM. Takes the raw
 * flags or parsed options; resolves with exit code 0 once listening (the open server keeps
 * the process alive).
 */
export async function runServe(input: string[] | ServeCliOptions = []): Promise<number> {
  const options = Array.isArray(input) ? parseServeArgs(input) : input;
  if ('help' in options && options.help) {
    console.log(SERVE_USAGE);
    return 0;
  }
  const port = options.port === undefined ? DEFAULT_PORT : Number(options.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new RasdError('E_USAGE', `--port must be an integer 0-65535, got "${options.port}"\n${SERVE_USAGE}`);
  const db = options.db ?? DEFAULT_DB;
  const server = await serve({ db, port, host: options.host ?? DEFAULT_HOST, target: options.target });
  console.log(`Rasd is serving ${options.target ? 'the open store' : db} at ${server.url} (API description: ${server.url}api/openapi.json)`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  options.onListening?.(server);
  return 0;
}
