import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Hono } from 'hono';
import { createApp, defaultWebRoot } from '../../src/server/app.js';
import { SqliteStore } from '../../src/store/sqlite.js';

/** Static serving of the built UI: files under the web root only, never outside it. */
describe('static web UI', () => {
  let tmp: string;
  let store: SqliteStore;
  let app: Hono;

  before(() => {
    tmp = mkdtempSync(path.join(os.tmpdir(), 'rasd-static-'));
    const web = path.join(tmp, 'web');
    mkdirSync(path.join(web, 'assets'), { recursive: true });
    writeFileSync(path.join(web, 'index.html'), '<!doctype html><html lang="ar" dir="rtl"><body>رصد</body></html>');
    writeFileSync(path.join(web, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(path.join(tmp, 'secret.txt'), 'SECRET');
    store = new SqliteStore(':memory:');
    app = createApp(store, { webRoot: web });
  });
  after(async () => {
    await store.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  it('serves index.html at / and assets with their types', async () => {
    const index = await app.request('/');
    assert.equal(index.status, 200);
    assert.match(index.headers.get('content-type') ?? '', /text\/html/);
    assert.match(await index.text(), /dir="rtl"/);
    const js = await app.request('/assets/app.js');
    assert.equal(js.status, 200);
    assert.match(js.headers.get('content-type') ?? '', /javascript/);
  });

  it('finds the built UI in dist/web, never the unbuilt src/web', () => {
    const root = defaultWebRoot();
    if (root !== null) assert.ok(root.endsWith(path.join('dist', 'web')), root);
  });

  const traversals = ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/..%5csecret.txt', '/assets/%2e%2e/%2e%2e/secret.txt'];
  for (const p of traversals) {
    it(`refuses ${p}`, async () => {
      const res = await app.request(new Request('http://localhost' + p));
      assert.equal(res.status, 404);
      assert.ok(!(await res.text()).includes('SECRET'));
    });
  }
});
