import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import { serveStatic } from '@hono/node-server/serve-static';
import type { z } from 'zod';
import type { Store, StoryRecord } from '../store/store.js';
import { ApiError, MESSAGES, errorResponse, handleError, notFound } from './errors.js';
import { analyzeBody, describeIssues, documentListQuery, idParam, searchQuery, storyListQuery } from './schemas.js';
import { entityView, storySummary, storyView, type StorySummaryView } from './views.js';
import { openApiDocument } from './openapi.js';
import { isAnalyzer, type Analyzer } from './analyzer.js';
import { Rasd } from '../app/rasd.js';

/**
 * The HTTP app: JSON API under /api, the built web UI (dist/web) as static files elsewhere.
 * Create it over a `Rasd` analysis service (anything with `store` + `analyzeText`) or a bare
 * Store; test it in-process with `app.request(...)`.
 */

export interface AppOptions {
  /** Largest accepted request body in bytes (413 above it). */
  maxBodyBytes?: number;
  /** Directory of the built web UI; null disables static serving. */
  webRoot?: string | null;
}

export const DEFAULT_MAX_BODY_BYTES = 2 * 1024 * 1024;
const SUMMARY_CACHE_LIMIT = 20_000;

/** dist/web next to the compiled server (dist/server) or the source tree (src/server). */
export function defaultWebRoot(): string | null {
  const here = path.dirname(fileURLToPath(import.meta.url));
  // Compiled: dist/server → dist/web. From source (tsx): src/server → dist/web, never src/web
  // (that is Vite's unbuilt input).
  const candidate = path.basename(path.dirname(here)) === 'dist' ? path.resolve(here, '../web') : path.resolve(here, '../../dist/web');
  return existsSync(path.join(candidate, 'index.html')) ? candidate : null;
}

function validate<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const r = schema.safeParse(input);
  if (!r.success) throw new ApiError(400, 'E_INVALID_INPUT', describeIssues(r.error));
  return r.data;
}

function pathId(c: Context): string {
  return validate(idParam, c.req.param('id'));
}

/** Splits the text around the hits into plain segments (rendered as text by clients, never HTML). */
export function highlightSegments(text: string, matches: { start: number; end: number }[], radius = 80): { text: string; hit: boolean }[] {
  if (matches.length === 0) return [{ text: text.slice(0, radius * 2).replace(/\s+/g, ' '), hit: false }];
  const from = Math.max(0, matches[0].start - radius);
  const to = Math.min(text.length, matches[0].end + radius);
  const out: { text: string; hit: boolean }[] = [];
  let i = from;
  const push = (s: string, hit: boolean) => s && out.push({ text: s.replace(/\s+/g, ' '), hit });
  if (from > 0) push('…', false);
  for (const m of matches) {
    if (m.start < i || m.end > to) continue;
    push(text.slice(i, m.start), false);
    push(text.slice(m.start, m.end), true);
    i = m.end;
  }
  push(text.slice(i, to), false);
  if (to < text.length) push('…', false);
  return out;
}

export function createApp(target: Analyzer | Store, options: AppOptions = {}): Hono {
  const analyzer: Analyzer = isAnalyzer(target) ? target : new Rasd(target);
  const store = analyzer.store;
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const webRoot = options.webRoot === undefined ? defaultWebRoot() : options.webRoot;

  const app = new Hono();
  app.onError(handleError);
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: { defaultSrc: ["'self'"], scriptSrc: ["'self'"], styleSrc: ["'self'", "'unsafe-inline'"], imgSrc: ["'self'", 'data:'], fontSrc: ["'self'", 'data:'], objectSrc: ["'none'"], baseUri: ["'none'"], frameAncestors: ["'none'"] },
      crossOriginEmbedderPolicy: false,
    }),
  );

  const api = new Hono();

  // Story list entries are rebuilt only when the stored record changes (the corpus stage
  // rewrites it whenever a document joins): the list stays fast with thousands of stories.
  const summaries = new Map<string, { version: string; summary: StorySummaryView }>();
  const cachedSummary = async (record: StoryRecord): Promise<StorySummaryView> => {
    const version = JSON.stringify([record.title, record.documents.length, record.documents[record.documents.length - 1], record.dates, record.dateRange, record.topActors, record.actors, record.outlets]);
    const hit = summaries.get(record.id);
    if (hit && hit.version === version) return hit.summary;
    const summary = await storySummary(store, record);
    if (summaries.size >= SUMMARY_CACHE_LIMIT) summaries.clear();
    summaries.set(record.id, { version, summary });
    return summary;
  };

  api.get('/openapi.json', (c) => c.json(openApiDocument));

  api.get('/stories', async (c) => {
    const q = validate(storyListQuery, c.req.query());
    const all = await store.listStories({ from: q.from, to: q.to, outlet: q.outlet, entity: q.entity });
    const page = await Promise.all(all.slice(q.offset, q.offset + q.limit).map((s) => cachedSummary(s)));
    return c.json({ total: all.length, stories: page });
  });

  api.get('/stories/:id', async (c) => {
    const id = pathId(c);
    const record = await store.getStory(id);
    if (!record) throw notFound('story', id);
    return c.json(await storyView(store, record));
  });

  api.get('/documents', async (c) => {
    const q = validate(documentListQuery, c.req.query());
    return c.json({ total: await store.countDocuments(), documents: await store.listDocuments({ limit: q.limit, offset: q.offset, story: q.story }) });
  });

  api.get('/documents/:id', async (c) => {
    const id = pathId(c);
    const doc = await store.getDocument(id);
    if (!doc) throw notFound('document', id);
    return c.json({ ...doc, id });
  });

  api.get('/entities/:id', async (c) => {
    const id = pathId(c);
    const view = await entityView(store, id);
    if (!view) throw notFound('entity', id);
    return c.json(view);
  });

  api.get('/search', async (c) => {
    const q = validate(searchQuery, c.req.query());
    const hits = await store.search(q.q, { outlet: q.outlet, from: q.from, to: q.to, entity: q.entity, limit: q.limit, offset: q.offset });
    const texts = await Promise.all(hits.map(async (h) => (await store.getDocument(h.id))?.text ?? ''));
    return c.json({
      query: q.q,
      hits: hits.map((h, i) => ({ id: h.id, title: h.title, outlet: h.outlet, published: h.published, source: h.source, score: h.score, snippet: h.snippet, highlights: highlightSegments(texts[i], h.matches) })),
    });
  });

  api.post(
    '/analyze',
    bodyLimit({ maxSize: maxBody, onError: (c) => errorResponse(c, 413, 'E_BODY_TOO_LARGE', MESSAGES.bodyTooLarge(maxBody)) }),
    async (c) => {
      const type = c.req.header('content-type') ?? '';
      if (!/^application\/json\b/i.test(type)) throw new ApiError(415, 'E_UNSUPPORTED_MEDIA_TYPE', MESSAGES.unsupportedMediaType);
      let raw: unknown;
      try {
        raw = JSON.parse(await c.req.text());
      } catch {
        throw new ApiError(400, 'E_INVALID_JSON', MESSAGES.invalidJson);
      }
      const body = validate(analyzeBody, raw);
      const before = await store.countDocuments();
      const doc = await analyzer.analyzeText(body);
      if (!doc) throw new ApiError(400, 'E_INPUT_EMPTY', 'the article has no text to analyse');
      const stored = doc.id ? await store.getDocument(doc.id as string) : null;
      return c.json(stored ?? doc, (await store.countDocuments()) > before ? 201 : 200);
    },
  );

  api.all('*', (c) => {
    throw new ApiError(404, 'E_ROUTE_NOT_FOUND', MESSAGES.routeNotFound(c.req.method, c.req.path));
  });

  app.route('/api', api);

  if (webRoot) {
    // The UI routes with the URL hash, so '/' (index.html) and its assets are all it needs.
    app.use('/*', serveStatic({ root: webRoot }));
  }
  app.notFound((c) => errorResponse(c, 404, 'E_ROUTE_NOT_FOUND', MESSAGES.routeNotFound(c.req.method, c.req.path)));
  return app;
}
