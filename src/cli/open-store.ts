import { existsSync } from 'node:fs';
import type { Store } from '../store/store.js';
import { SqliteStore } from '../store/sqlite.js';
import { RasdError } from '../errors.js';

/**
 * The store a command works on: PostgreSQL when --pg URL (or RASD_PG) is given — the
 * scale-out mode — else the embedded SQLite file at --db.
 */
export async function openStore(values: Record<string, unknown>, options: { mustExist?: boolean } = {}): Promise<Store> {
  const pgUrl = (values.pg as string | undefined) ?? process.env.RASD_PG;
  if (pgUrl) {
    const { PgStore } = await import('../store/postgres.js');
    return PgStore.connect({ connectionString: pgUrl, schema: (values.schema as string | undefined) ?? 'rasd' });
  }
  const db = (values.db as string | undefined) ?? './rasd.db';
  if (options.mustExist && !existsSync(db)) throw new RasdError('E_NOT_FOUND', `no store at ${db}; run "rasd analyze --db ${db} FILES…" first`);
  return new SqliteStore(db);
}
