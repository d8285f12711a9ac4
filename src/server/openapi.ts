/**
 * OpenAPI 3.1 description of the JSON API, served at GET /api/openapi.json. Hand-written
 * (small, stable) and checked by a test that every route the app serves is listed here.
 */

const error = { $ref: '#/components/responses/Error' };
const dayParam = (name: string, what: string) => ({ name, in: 'query', required: false, description: what, schema: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } });
const textParam = (name: string, what: string) => ({ name, in: 'query', required: false, description: what, schema: { type: 'string' } });
const intParam = (name: string, what: string, max: number) => ({ name, in: 'query', required: false, description: what, schema: { type: 'integer', minimum: 0, maximum: max } });
const idParam = (what: string) => ({ name: 'id', in: 'path', required: true, description: what, schema: { type: 'string' } });
const json = (schema: object, description: string) => ({ description, content: { 'application/json': { schema } } });

export const openApiDocument = {
  openapi: '3.1.0',
  info: {
    title: 'Rasd (رصد) API',
    version: '0.1.0',
    description: 'Arabic news intelligence: stories, timelines, cross-outlet comparison, actors, quotes and Arabic-aware search. Errors are always {"error": {"code", "message"}}.',
  },
  servers: [{ url: '/' }],
  paths: {
    '/api/stories': {
      get: {
        summary: 'Stories, largest first',
        parameters: [dayParam('from', 'stories active on or after this day'), dayParam('to', 'stories active on or before this day'), textParam('outlet', 'only stories reported by this outlet'), textParam('entity', 'only stories mentioning this entity id'), intParam('limit', 'page size (default 50)', 200), intParam('offset', 'page start', 1e9)],
        responses: { 200: json({ type: 'object', properties: { stories: { type: 'array', items: { $ref: '#/components/schemas/StorySummary' } }, total: { type: 'integer' } } }, 'A page of stories'), 400: error },
      },
    },
    '/api/stories/{id}': {
      get: {
        summary: 'One story: timeline, outlets × facts comparison, quotes by speaker, actors, documents',
        parameters: [idParam('story id')],
        responses: { 200: json({ $ref: '#/components/schemas/Story' }, 'The story'), 404: error },
      },
    },
    '/api/documents': {
      get: {
        summary: 'Documents, newest first',
        parameters: [textParam('story', 'only documents of this story'), intParam('limit', 'page size (default 50)', 200), intParam('offset', 'page start', 1e9)],
        responses: { 200: json({ type: 'object', properties: { documents: { type: 'array', items: { $ref: '#/components/schemas/DocumentSummary' } }, total: { type: 'integer' } } }, 'A page of documents'), 400: error },
      },
    },
    '/api/documents/{id}': {
      get: {
        summary: 'One document with every annotation layer (the JSON Lines document shape)',
        parameters: [idParam('document id')],
        responses: { 200: json({ $ref: '#/components/schemas/Document' }, 'The document'), 404: error },
      },
    },
    '/api/entities/{id}': {
      get: {
        summary: 'One entity: aliases, mentions in context, quotes, stories',
        parameters: [idParam('canonical entity id')],
        responses: { 200: json({ $ref: '#/components/schemas/Entity' }, 'The entity'), 404: error },
      },
    },
    '/api/search': {
      get: {
        summary: 'Arabic-aware full-text search (diacritics, hamza/alef variants, taa marbuta, clitics and light stems folded)',
        parameters: [
          { name: 'q', in: 'query', required: true, description: 'the query', schema: { type: 'string', minLength: 1, maxLength: 500 } },
          dayParam('from', 'published on or after'),
          dayParam('to', 'published on or before'),
          textParam('outlet', 'only this outlet'),
          textParam('entity', 'only documents mentioning this entity id'),
          intParam('limit', 'page size (default 20)', 100),
          intParam('offset', 'page start', 1e9),
        ],
        responses: { 200: json({ type: 'object', properties: { query: { type: 'string' }, hits: { type: 'array', items: { $ref: '#/components/schemas/SearchHit' } } } }, 'Ranked hits'), 400: error },
      },
    },
    '/api/analyze': {
      post: {
        summary: 'Analyse one article (plain text or HTML), store it and return its document',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                additionalProperties: false,
                properties: { text: { type: 'string' }, html: { type: 'string' }, title: { type: 'string' }, outlet: { type: 'string' }, published: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' }, source: { type: 'string' } },
                oneOf: [{ required: ['text'] }, { required: ['html'] }],
              },
            },
          },
        },
        responses: { 200: json({ $ref: '#/components/schemas/Document' }, 'Already stored (same content)'), 201: json({ $ref: '#/components/schemas/Document' }, 'Analysed and stored'), 400: error, 413: error, 415: error },
      },
    },
    '/api/openapi.json': { get: { summary: 'This description', responses: { 200: { description: 'OpenAPI 3.1 document' } } } },
  },
  components: {
    responses: { Error: json({ $ref: '#/components/schemas/Error' }, 'An error') },
    schemas: {
      Error: {
        type: 'object',
        required: ['error'],
        properties: { error: { type: 'object', required: ['code', 'message'], properties: { code: { type: 'string', examples: ['E_INVALID_JSON', 'E_INVALID_INPUT', 'E_NOT_FOUND', 'E_BODY_TOO_LARGE'] }, message: { type: 'string' } } } },
      },
      Span: { type: 'object', required: ['start', 'end'], properties: { start: { type: 'integer', description: 'UTF-16 offset into text' }, end: { type: 'integer' } } },
      Actor: { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' }, type: { type: ['string', 'null'] }, mentions: { type: 'integer' }, outlets: { type: 'array', items: { type: 'string' } } } },
      StorySummary: {
        type: 'object',
        properties: { id: { type: 'string' }, title: { type: 'string' }, from: { type: ['string', 'null'] }, to: { type: ['string', 'null'] }, size: { type: 'integer' }, outlets: { type: 'array', description: 'outlet keys: the outlet, or the source of a document whose outlet is unknown', items: { type: 'string' } }, outletLabels: { type: 'object', description: 'outlet key → readable label (the outlet, else «the article title», else the file name)', additionalProperties: { type: 'string' } }, actors: { type: 'array', items: { $ref: '#/components/schemas/Actor' } } },
      },
      Story: {
        allOf: [
          { $ref: '#/components/schemas/StorySummary' },
          {
            type: 'object',
            properties: {
              documents: { type: 'array', items: { $ref: '#/components/schemas/DocumentSummary' } },
              timeline: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, date: { type: 'string' }, end: { type: ['string', 'null'] }, label: { type: 'string' }, type: { type: ['string', 'null'] }, outlets: { type: 'array', description: 'every reporter once, keyed like comparison.outlets', items: { type: 'string' } }, reportedBy: { type: 'array', description: 'the same reporters: key, readable label and the documents by which each reports the entry', items: { type: 'object', properties: { id: { type: 'string' }, label: { type: 'string' }, documents: { type: 'array', items: { type: 'string' } } } } }, documents: { type: 'array', items: { type: 'string' } }, background: { type: 'boolean' }, evidence: { type: 'array', items: { type: 'string' } } } } },
              comparison: { type: 'object', properties: { outlets: { type: 'array', items: { type: 'string' } }, outletLabels: { type: 'object', additionalProperties: { type: 'string' } }, facts: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, label: { type: 'string' }, kind: { type: 'string' }, cells: { type: 'object', additionalProperties: { type: 'object', properties: { reported: { type: 'boolean' }, value: { type: ['string', 'null'] }, documents: { type: 'array', items: { type: 'string' } } } } }, conflict: { type: ['string', 'null'] }, singleOutlet: { type: 'boolean' } } } }, conflicts: { type: 'array', description: 'Disagreements (date, number, outcome, participants), each outlet\'s account side by side', items: { type: 'object', properties: { fact: { type: 'string' }, kind: { type: 'string' }, note: { type: 'string' }, byOutlet: { type: 'object', additionalProperties: { type: 'string' } }, participants: { type: 'array', description: 'Date conflicts: the event\'s sides, canonical id and name', items: { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' } } } }, location: { type: ['object', 'null'], properties: { id: { type: 'string' }, name: { type: 'string' } } }, entries: { type: 'array', description: 'Date conflicts: the timeline entries telling the event on each date', items: { type: 'object', properties: { date: { type: 'string' }, fact: { type: 'string' } } } } } } }, participants: { type: 'array', description: 'Who took part in a fact by each outlet\'s account; namedBySome lists people only some outlets name (not conflicts)', items: { type: 'object', properties: { fact: { type: 'string' }, date: { type: ['string', 'null'] }, byOutlet: { type: 'object', additionalProperties: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' }, role: { type: ['string', 'null'] } } } } }, namedBySome: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' }, outlets: { type: 'array', items: { type: 'string' } } } } } } } } } },
              quotes: { type: 'array', items: { type: 'object', properties: { speaker: { type: ['object', 'null'] }, quotes: { type: 'array', items: { type: 'object', properties: { text: { type: 'string' }, cue: { type: ['string', 'null'] }, outlets: { type: 'array', items: { type: 'string' } }, documents: { type: 'array', items: { type: 'string' } } } } } } } },
              record: { type: 'object', description: 'the stored story record as written by the corpus stage' },
            },
          },
        ],
      },
      DocumentSummary: { type: 'object', properties: { id: { type: 'string' }, source: { type: 'string' }, outlet: { type: ['string', 'null'] }, title: { type: ['string', 'null'] }, published: { type: ['string', 'null'] }, story: { type: ['string', 'null'] } } },
      Document: {
        type: 'object',
        description: 'The JSON Lines document record: text plus stand-off layers (entities, dates, quotes, events, roles) with UTF-16 offsets, metadata and diagnostics.',
        properties: {
          kind: { const: 'document' },
          id: { type: 'string' },
          source: { type: 'string' },
          outlet: { type: ['string', 'null'] },
          title: { type: ['string', 'null'] },
          published: { type: ['string', 'null'] },
          text: { type: 'string' },
          entities: { type: 'array', items: { type: 'object' } },
          dates: { type: 'array', items: { type: 'object' } },
          quotes: { type: 'array', items: { type: 'object' } },
          events: { type: 'array', items: { type: 'object' } },
          story: { type: ['string', 'null'] },
          diagnostics: { type: 'array', items: { type: 'object' } },
        },
      },
      Entity: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          name: { type: 'string' },
          type: { type: 'string' },
          aliases: { type: 'array', items: { type: 'string' } },
          mentions: { type: 'array', items: { type: 'object', properties: { document: { type: 'string' }, title: { type: ['string', 'null'] }, outlet: { type: ['string', 'null'] }, published: { type: ['string', 'null'] }, text: { type: 'string' }, start: { type: 'integer' }, end: { type: 'integer' }, context: { type: 'string' } } } },
          quotes: { type: 'array', items: { type: 'object' } },
          stories: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, title: { type: 'string' } } } },
        },
      },
      SearchHit: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          title: { type: ['string', 'null'] },
          outlet: { type: ['string', 'null'] },
          published: { type: ['string', 'null'] },
          score: { type: 'number' },
          snippet: { type: 'string', description: 'plain text; matched words wrapped in [ ]' },
          highlights: { type: 'array', description: 'the snippet as segments; hit=true for matched words (render as text, never HTML)', items: { type: 'object', properties: { text: { type: 'string' }, hit: { type: 'boolean' } } } },
        },
      },
    },
  },
} as const;
