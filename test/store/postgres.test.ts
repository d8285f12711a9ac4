import { test, after } from 'node:test';
import pg from 'pg';
import { PgStore } from '../../src/store/postgres.js';
import { runStoreConformance } from './conformance.js';

/**
 * The same conformance suite as SQLite, against a real PostgreSQL server
 * (RASD_TEST_PG, default the local server's "test" database). Each test gets its own schema.
 */
const url = process.env.RASD_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';

async function reachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

const available = await reachable();
if (!available) {
  test('postgres store conformance', (t) => t.skip(`no PostgreSQL at ${url}; set RASD_TEST_PG to run it`));
} else {
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  const schemas: string[] = [];
  after(async () => {
    for (const s of schemas) await pool.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
    await pool.end();
  });
  runStoreConformance('postgres', async () => {
    const schema = `rasd_test_${process.pid}_${schemas.length}_${Date.now() % 100000}`;
    schemas.push(schema);
    return PgStore.connect({ pool, schema });
  });
}
