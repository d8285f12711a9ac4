import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Hono } from 'hono';
import { createApp } from '../../src/server/app.js';
import { Doc } from '../../src/doc/doc.js';
import { documentRecord } from '../../src/output/jsonl.js';
import { openApiDocument } from '../../src/server/openapi.js';
import type { SqliteStore } from '../../src/store/sqlite.js';
import { buildWebFixtureStore, ENTITY_IDS, STORY_ID, XSS_TEXT } from '../fixtures/web-store.js';

let store: SqliteStore;
let docIds: string[];
let app: Hono;

before(async () => {
  ({ store, docIds } = await buildWebFixtureStore());
  app = createApp(store, { webRoot: null, maxBodyBytes: 64 * 1024 });
});
after(() => store.close());

async function getJson(path: string): Promise<{ status: number; body: any }> {
  const res = await app.request(path);
  return { status: res.status, body: await res.json() };
}

function postAnalyze(body: string, contentType = 'application/json'): Promise<Response> {
  return Promise.resolve(app.request('/api/analyze', { method: 'POST', headers: { 'content-type': contentType }, body }));
}

function assertError(body: any, code: string, messagePart?: RegExp): void {
  assert.equal(typeof body.error, 'object', 'error object');
  assert.equal(body.error.code, code);
  assert.equal(typeof body.error.message, 'string');
  if (messagePart) assert.match(body.error.message, messagePart);
}

describe('GET /api/stories', () => {
  it('lists the story with its date range, outlets and top actors', async () => {
    const { status, body } = await getJson('/api/stories');
    assert.equal(status, 200);
    assert.equal(body.total, 1);
    const s = body.stories[0];
    assert.equal(s.id, STORY_ID);
    assert.equal(s.from, '2024-03-04');
    assert.equal(s.to, '2024-03-08');
    assert.deepEqual(s.outlets, ['صحيفة المساء', 'وكالة الأنباء العربية']);
    assert.ok(s.actors.length > 0 && s.actors.length <= 5);
    assert.ok(s.actors.some((a: { id: string }) => a.id === ENTITY_IDS.MOSCOW));
  });

  const filters: [string, number][] = [
    ['?outlet=' + encodeURIComponent('صحيفة المساء'), 1],
    ['?outlet=' + encodeURIComponent('موقع تجريبي'), 0],
    ['?entity=' + ENTITY_IDS.STOLTENBERG, 1],
    ['?entity=Q0', 0],
    ['?from=2024-03-01&to=2024-03-31', 1],
    ['?from=2025-01-01', 0],
    ['?to=2023-12-31', 0],
  ];
  for (const [query, expected] of filters) {
    it(`filters ${decodeURIComponent(query)} → ${expected}`, async () => {
      const { status, body } = await getJson('/api/stories' + query);
      assert.equal(status, 200);
      assert.equal(body.stories.length, expected);
    });
  }

  it('rejects a malformed date with 400 and names the field', async () => {
    const { status, body } = await getJson('/api/stories?from=March');
    assert.equal(status, 400);
    assertError(body, 'E_INVALID_INPUT', /from: expected a date as YYYY-MM-DD/);
  });
});

describe('GET /api/stories/:id', () => {
  it('returns timeline, comparison with the conflict, quotes grouped by speaker, actors and documents', async () => {
    const { status, body } = await getJson('/api/stories/' + STORY_ID);
    assert.equal(status, 200);
    assert.deepEqual(body.timeline.map((t: { date: string }) => t.date), ['2024-03-04', '2024-03-07', '2024-03-08']);
    assert.deepEqual(body.timeline[2].outlets, ['صحيفة المساء']);
    assert.deepEqual(body.comparison.outlets, ['صحيفة المساء', 'وكالة الأنباء العربية']);
    const when = body.comparison.facts.find((f: { id: string }) => f.id === 'f1');
    assert.equal(when.conflict, 'تختلف المصادر في موعد الاجتماع');
    assert.equal(when.cells['صحيفة المساء'].value, '8 مارس');
    const single = body.comparison.facts.find((f: { id: string }) => f.id === 'f2');
    assert.equal(single.singleOutlet, true);
    assert.equal(single.cells['وكالة الأنباء العربية'].reported, false);
    const stoltenberg = body.quotes.find((g: any) => g.speaker?.id === ENTITY_IDS.STOLTENBERG);
    assert.equal(stoltenberg.quotes.length, 1, 'the same quote in two outlets is one item');
    assert.deepEqual([...stoltenberg.quotes[0].outlets].sort(), ['صحيفة المساء', 'وكالة الأنباء العربية']);
    assert.equal(body.quotes.at(-1).speaker, null, 'unattributed quotes come last');
    assert.ok(body.actors.find((a: { id: string }) => a.id === ENTITY_IDS.NATO).mentions >= 2);
    assert.equal(body.documents.length, 2);
  });

  it('returns 404 with a clear message for an unknown story', async () => {
    const { status, body } = await getJson('/api/stories/nope');
    assert.equal(status, 404);
    assertError(body, 'E_NOT_FOUND', /no story with id "nope"/);
  });
});

describe('GET /api/documents', () => {
  it('returns the JSON Lines document shape with every layer', async () => {
    const { status, body } = await getJson('/api/documents/' + docIds[0]);
    assert.equal(status, 200);
    assert.equal(body.kind, 'document');
    assert.equal(body.id, docIds[0]);
    for (const layer of ['entities', 'dates', 'quotes', 'events', 'roles', 'diagnostics']) assert.ok(Array.isArray(body[layer]), layer);
    for (const e of body.entities) assert.equal(body.text.slice(e.start, e.end), e.text);
    assert.equal(body.story, STORY_ID);
  });

  it('lists documents, filtered by story', async () => {
    const all = await getJson('/api/documents');
    assert.equal(all.body.total, 3);
    const inStory = await getJson('/api/documents?story=' + STORY_ID);
    assert.equal(inStory.body.documents.length, 2);
  });

  it('returns 404 for an unknown document', async () => {
    const { status, body } = await getJson('/api/documents/d-0000');
    assert.equal(status, 404);
    assertError(body, 'E_NOT_FOUND', /no document with id "d-0000"/);
  });
});

describe('GET /api/entities/:id', () => {
  it('returns aliases, mentions in context, quotes and stories', async () => {
    const { status, body } = await getJson('/api/entities/' + ENTITY_IDS.STOLTENBERG);
    assert.equal(status, 200);
    assert.equal(body.type, 'PER');
    assert.deepEqual([...body.aliases].sort(), ['ستولتنبرغ', 'ينس ستولتنبرغ']);
    assert.equal(body.mentions.length, 2);
    assert.ok(body.mentions.every((m: { context: string; text: string }) => m.context.includes(m.text)));
    assert.equal(body.quotes.length, 2);
    assert.deepEqual(body.stories, [{ id: STORY_ID, title: 'اجتماع الأطلسي في بروكسل والرد الروسي' }]);
  });

  it('routes ids with colons, slashes and Arabic letters (percent-encoded)', async () => {
    const id = 'local:per:أ/ب ج';
    const doc = new Doc('التقى أحمد بزملائه في المكتب.', { source: 'fixture/odd-id.txt' });
    doc.set('entities', [{ start: 6, end: 10, text: 'أحمد', type: 'PER', id, name: 'أحمد' }]);
    const saved = await store.saveDocument(documentRecord(doc));
    const { status, body } = await getJson('/api/entities/' + encodeURIComponent(id));
    assert.equal(status, 200);
    assert.equal(body.id, id);
    assert.deepEqual(body.mentions.map((m: { document: string }) => m.document), [saved.id]);
  });

  it('returns 404 for an unknown entity', async () => {
    const { status, body } = await getJson('/api/entities/Q0');
    assert.equal(status, 404);
    assertError(body, 'E_NOT_FOUND', /no entity/);
  });
});

describe('GET /api/search', () => {
  const cases: [string, string, string][] = [
    ['hamza/alef variant', 'الاطلسي', 'الأطلسي'],
    ['proclitic و', 'وموسكو', 'موسكو'],
    ['plain', 'بروكسل', 'بروكسل'],
  ];
  for (const [label, query, surface] of cases) {
    it(`finds "${surface}" for "${query}" (${label}) with a highlighted snippet`, async () => {
      const { status, body } = await getJson('/api/search?q=' + encodeURIComponent(query));
      assert.equal(status, 200);
      assert.ok(body.hits.length > 0, 'has hits');
      for (const h of body.hits) {
        assert.ok(docIds.includes(h.id));
        assert.equal(typeof h.outlet, 'string');
        assert.match(h.published, /^\d{4}-\d{2}-\d{2}$/);
        assert.ok(h.highlights.some((s: { hit: boolean }) => s.hit), 'a highlighted segment');
      }
      assert.ok(body.hits.some((h: any) => h.highlights.some((s: { hit: boolean; text: string }) => s.hit && s.text.includes(surface))));
    });
  }

  it('filters by outlet, date and entity', async () => {
    const q = '/api/search?q=' + encodeURIComponent('بروكسل');
    assert.equal((await getJson(q)).body.hits.length, 3);
    assert.equal((await getJson(q + '&outlet=' + encodeURIComponent('صحيفة المساء'))).body.hits.length, 1);
    assert.equal((await getJson(q + '&from=2024-03-05&to=2024-03-05')).body.hits.length, 1);
    assert.equal((await getJson(q + '&entity=' + ENTITY_IDS.STOLTENBERG)).body.hits.length, 2);
  });

  it('keeps markup in snippets as plain text segments', async () => {
    const { body } = await getJson('/api/search?q=' + encodeURIComponent('وسوم'));
    assert.equal(body.hits.length, 1);
    assert.ok(body.hits[0].highlights.map((s: { text: string }) => s.text).join('').includes('<script>'));
  });

  const bad: [string, RegExp][] = [
    ['', /q/],
    ['?q=', /empty/],
    ['?q=x&limit=0', /limit/],
    ['?q=x&limit=abc', /limit/],
  ];
  for (const [query, message] of bad) {
    it(`rejects "${query}" with 400`, async () => {
      const { status, body } = await getJson('/api/search' + query);
      assert.equal(status, 400);
      assertError(body, 'E_INVALID_INPUT', message);
    });
  }
});

describe('POST /api/analyze', () => {
  it('analyses plain text, stores it and returns the document (201), then 200 for the same text', async () => {
    const text = 'أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين في المناطق الريفية.';
    const body = JSON.stringify({ text, title: 'خطة لدعم المزارعين', outlet: 'وكالة تجريبية', published: '2024-05-01' });
    const res = await postAnalyze(body);
    assert.equal(res.status, 201);
    const doc = (await res.json()) as any;
    assert.equal(doc.kind, 'document');
    assert.ok(doc.text.includes(text), 'the stored text holds the article');
    assert.equal(doc.outlet, 'وكالة تجريبية');
    assert.equal(doc.published, '2024-05-01');
    assert.ok(doc.id);
    const stored = await getJson('/api/documents/' + doc.id);
    assert.equal(stored.status, 200);
    const again = await postAnalyze(body);
    assert.equal(again.status, 200);
    assert.equal(((await again.json()) as any).id, doc.id);
  });

  it('extracts the text of HTML without its scripts', async () => {
    const html = '<html><head><title>صفحة</title><script>alert(1)</script></head><body><h1>عنوان الخبر</h1><p>افتتح الوزير معرضا للكتاب في العاصمة.</p></body></html>';
    const res = await postAnalyze(JSON.stringify({ html }));
    assert.equal(res.status, 201);
    const doc = (await res.json()) as any;
    assert.ok(doc.text.includes('افتتح الوزير معرضا للكتاب'));
    assert.ok(!doc.text.includes('alert'));
    assert.ok(doc.title, 'a title is taken from the page');
  });

  const bad: [string, string, number, string, RegExp][] = [
    ['invalid JSON', '{"text": "نص', 400, 'E_INVALID_JSON', /not valid JSON/],
    ['neither text nor html', '{"title": "عنوان"}', 400, 'E_INVALID_INPUT', /exactly one of "text" or "html"/],
    ['both text and html', '{"text": "أ", "html": "<p>ب</p>"}', 400, 'E_INVALID_INPUT', /exactly one/],
    ['a number as text', '{"text": 5}', 400, 'E_INVALID_INPUT', /text/],
    ['an unknown field', '{"text": "نص", "colour": "red"}', 400, 'E_INVALID_INPUT', /colour/],
    ['a bad date', '{"text": "نص", "published": "أمس"}', 400, 'E_INVALID_INPUT', /published/],
    ['blank text', '{"text": "   "}', 400, 'E_INPUT_EMPTY', /text/],
  ];
  for (const [label, body, status, code, message] of bad) {
    it(`rejects ${label} with ${status} ${code}`, async () => {
      const res = await postAnalyze(body);
      assert.equal(res.status, status);
      assertError(await res.json(), code, message);
    });
  }

  it('rejects an oversized body with 413', async () => {
    const res = await postAnalyze(JSON.stringify({ text: 'خبر '.repeat(40_000) }));
    assert.equal(res.status, 413);
    assertError(await res.json(), 'E_BODY_TOO_LARGE', /larger than the limit of 65536 bytes/);
  });

  it('rejects a non-JSON content type with 415', async () => {
    const res = await postAnalyze('text=abc', 'application/x-www-form-urlencoded');
    assert.equal(res.status, 415);
    assertError(await res.json(), 'E_UNSUPPORTED_MEDIA_TYPE');
  });
});

describe('routing and OpenAPI', () => {
  it('answers unknown API routes with a JSON 404', async () => {
    const { status, body } = await getJson('/api/nothing-here');
    assert.equal(status, 404);
    assertError(body, 'E_ROUTE_NOT_FOUND', /GET \/api\/nothing-here/);
  });

  it('describes every API route in the OpenAPI document', async () => {
    const { status, body } = await getJson('/api/openapi.json');
    assert.equal(status, 200);
    assert.match(body.openapi, /^3\./);
    const served = app.routes.filter((r) => r.path.startsWith('/api/') && r.path !== '/api/*' && r.method !== 'ALL').map((r) => r.path.replace(/:(\w+)/g, '{$1}'));
    assert.ok(served.length >= 8);
    for (const p of served) assert.ok(p in openApiDocument.paths, `${p} is documented`);
  });

  it('sends security headers', async () => {
    const res = await app.request('/api/stories');
    assert.match(res.headers.get('content-security-policy') ?? '', /script-src 'self'/);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
  });

  it('keeps XSS payloads as data in the JSON', async () => {
    const { body } = await getJson('/api/documents/' + docIds[2]);
    assert.equal(body.text, XSS_TEXT);
  });
});
