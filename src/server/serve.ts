import { serve as serveNode, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { Rasd } from '../app/rasd.js';
import type { Store } from '../store/store.js';
import { createApp, type AppOptions } from './app.js';
import type { Analyzer } from './analyzer.js';

export interface ServeOptions extends AppOptions {
  /** SQLite file; ignored when `target` is given. */
  db?: string;
  port?: number;
  /** Loopback by default: the server is a local tool, exposing it is an explicit choice. */
  host?: string;
  target?: Analyzer | Store;
}

export interface RunningServer {
  url: string;
  port: number;
  host: string;
  close(): Promise<void>;
}

export const DEFAULT_PORT = 8080;
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_DB = 'rasd.db';

export async function serve(options: ServeOptions = {}): Promise<RunningServer> {
  const host = options.host ?? DEFAULT_HOST;
  const owned = options.target ? null : Rasd.open(options.db ?? DEFAULT_DB);
  const app = createApp(options.target ?? owned!, options);
  const server: ServerType = await new Promise((resolve, reject) => {
    const s = serveNode({ fetch: app.fetch, port: options.port ?? DEFAULT_PORT, hostname: host }, () => resolve(s));
    s.once('error', reject);
  });
  const port = (server.address() as AddressInfo).port;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}/`,
    port,
    host,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          void (owned ? owned.close() : Promise.resolve()).then(() => resolve());
        });
      }),
  };
}
