import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { Redis } from 'ioredis';
import { Rasd } from '../../src/app/rasd.js';
import { SqliteStore } from '../../src/store/sqlite.js';
import { PgStore } from '../../src/store/postgres.js';
import { RedisQueue } from '../../src/scale/queue.js';
import { enqueue, runWorker, runCoordinator } from '../../src/scale/worker.js';

/** Scale-out mode end to end on the real local services (skipped when they are not running). */
const PG = process.env.RASD_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';
const REDIS = process.env.RASD_TEST_REDIS ?? 'redis://127.0.0.1:6379';

async function servicesUp(): Promise<boolean> {
  const r = new Redis(REDIS, { lazyConnect: true, maxRetriesPerRequest: 0, connectTimeout: 1500 });
  const c = new pg.Client({ connectionString: PG, connectionTimeoutMillis: 1500 });
  try {
    await r.connect();
    await c.connect();
    return true;
  } catch {
    return false;
  } finally {
    r.disconnect();
    await c.end().catch(() => undefined);
  }
}

const up = await servicesUp();
const prefix = `rasd-test-${process.pid}-${Date.now()}`;
const schema = `rasd_scale_${process.pid}`;

after(async () => {
  if (!up) return;
  const r = new Redis(REDIS);
  const keys = await r.keys(`${prefix}*`);
  if (keys.length) await r.del(...keys);
  r.disconnect();
  const c = new pg.Client({ connectionString: PG });
  await c.connect();
  await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await c.end();
});

const ARTICLES = [
  { source: 'a.txt', text: 'وزراء الطاقة يجتمعون في الرياض\nاجتمع وزراء الطاقة في الرياض يوم الأحد لبحث أسعار النفط.' },
  { source: 'b.txt', text: 'قمة الطاقة في الرياض\nبحث وزراء الطاقة المجتمعون في الرياض أسعار النفط وخطط الإنتاج.' },
  { source: 'c.txt', text: 'مهرجان الكتاب يفتح أبوابه\nافتتح مهرجان الكتاب السنوي أبوابه للزوار صباح اليوم.' },
];

test('scale-out: two workers and a coordinator move every queued article into PostgreSQL', { skip: up ? false : 'Redis or PostgreSQL not running' }, async () => {
  assert.equal(await enqueue(REDIS, [...ARTICLES, ARTICLES[0]], prefix), 4);
  const prepare = new Rasd(new SqliteStore(':memory:'));
  const [w1, w2] = await Promise.all([
    runWorker(prepare, { redis: REDIS, prefix, id: 'w1', idleExit: 1 }),
    runWorker(prepare, { redis: REDIS, prefix, id: 'w2', idleExit: 1 }),
  ]);
  assert.equal(w1.done + w2.done, 4);
  const store = await PgStore.connect({ connectionString: PG, schema });
  const r = await runCoordinator(store, { redis: REDIS, prefix, idleExit: 1 });
  assert.equal(r.stored, 3);
  assert.equal(r.duplicates, 1, 'the same article queued twice is stored once');
  assert.equal(await store.countDocuments(), 3);
  assert.equal((await store.search('بالرياض')).length, 2);
  await store.close();
});

test('scale-out: a job taken by a worker that crashed is taken again after restart', { skip: up ? false : 'Redis not running' }, async () => {
  const q = await new RedisQueue<{ n: number }>(REDIS, `${prefix}:crash`, 'worker-x').connect();
  await q.push([{ n: 1 }, { n: 2 }]);
  const first = await q.take(1);
  assert.equal(first?.job.n, 1);
  // crash: no ack. A restart of the same consumer recovers it.
  const q2 = await new RedisQueue<{ n: number }>(REDIS, `${prefix}:crash`, 'worker-x').connect();
  assert.equal(await q2.recover(), 1);
  const again = await q2.take(1);
  assert.equal(again?.job.n, 1);
  await again!.ack();
  assert.equal(await q2.length(), 1);
  await q.close();
  await q2.close();
});
