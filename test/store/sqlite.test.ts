import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SqliteStore } from '../../src/store/sqlite.js';
import { runStoreConformance } from './conformance.js';

runStoreConformance('sqlite', () => new SqliteStore(join(mkdtempSync(join(tmpdir(), 'rasd-')), 'test.db')));

test('sqlite: a store file persists across processes (reopen)', async () => {
  const path = join(mkdtempSync(join(tmpdir(), 'rasd-')), 'persist.db');
  const a = new SqliteStore(path);
  await a.setState('x', '1');
  await a.close();
  const b = new SqliteStore(path);
  assert.equal(await b.getState('x'), '1');
  await b.close();
});

test('sqlite: a path that cannot be opened gives E_STORE', () => {
  assert.throws(() => new SqliteStore('/nonexistent-dir/sub/rasd.db'), (err: Error & { code?: string }) => err.code === 'E_STORE');
});
