import { parseArgs } from 'node:util';
import { RasdError } from '../errors.js';
import { serve, DEFAULT_DB, DEFAULT_HOST, DEFAULT_PORT, type RunningServer } from '../server/serve.js';
import type { Analyzer } from '../server/analyzer.js';
import type { Store } from '../store/store.js';

export const SERVE_USAGE = `usage: rasd serve [--db PATH] [--port N] [--host ADDRESS]
  --db PATH       SQLite store (default ${DEFAULT_DB})
  --port N        TCP port (default ${DEFAULT_PORT}; 0 picks a free one)
  --host ADDRESS  address to bind (default ${DEFAULT_HOST}; anything else exposes the server)`;

/**
 * `rasd serve`: parse the flags, start the server and keep it running until SIGINT/SIGTERM.
 * `target` lets `rasd demo` pass an already opened analysis service.
 */
export async function runServe(args: string[], target?: Analyzer | Store): Promise<RunningServer> {
  let values: { db?: string; port?: string; host?: string; help?: boolean };
  try {
    ({ values } = parseArgs({ args, options: { db: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, strict: true }));
  } catch (err) {
    throw new RasdError('E_USAGE', `${(err as Error).message}\n${SERVE_USAGE}`);
  }
  if (values.help) {
    console.log(SERVE_USAGE);
    process.exit(0);
  }
  const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new RasdError('E_USAGE', `--port must be an integer 0-65535, got "${values.port}"\n${SERVE_USAGE}`);
  const server = await serve({ db: values.db ?? DEFAULT_DB, port, host: values.host ?? DEFAULT_HOST, target });
  console.log(`Rasd is serving ${values.db ?? DEFAULT_DB} at ${server.url} (API: ${server.url}api/openapi.json)`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return server;
}
