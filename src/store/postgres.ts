import pg from 'pg';
import type { DocumentRecord } from '../output/jsonl.js';
import type { DocumentSummary, EntityRecord, SaveResult, SearchHit, SearchOptions, Store, StoryFilter, StoryRecord } from './store.js';
import { STORED_LAYERS } from './store.js';
import { searchTerms } from '../text/search-terms.js';
import { snippet } from './sqlite.js';
import { RasdError } from '../errors.js';

/**
 * The scale-out store: PostgreSQL, same interface and conformance suite as the SQLite store.
 * Documents are saved in one transaction each; search runs on PostgreSQL's own text search
 * over the same light-stemmed terms the SQLite FTS5 index uses ('simple' configuration, since
 * the Arabic folding and stemming happen before the terms reach the database).
 *
 * A store lives in a schema (default "rasd"), so several stores can share a database.
 */

export interface PgStoreOptions {
  connectionString?: string;
  schema?: string;
  pool?: pg.Pool;
}

const SCHEMA_SQL = (s: string) => `
CREATE SCHEMA IF NOT EXISTS ${s};
CREATE TABLE IF NOT EXISTS ${s}.documents (
  id TEXT PRIMARY KEY,
  hash TEXT NOT NULL UNIQUE,
  source TEXT NOT NULL,
  outlet TEXT,
  title TEXT,
  published TEXT,
  story TEXT,
  added TIMESTAMPTZ NOT NULL DEFAULT now(),
  seq BIGSERIAL,
  record JSONB NOT NULL,
  terms TSVECTOR
);
CREATE INDEX IF NOT EXISTS documents_story ON ${s}.documents(story);
CREATE INDEX IF NOT EXISTS documents_published ON ${s}.documents(published);
CREATE INDEX IF NOT EXISTS documents_terms ON ${s}.documents USING GIN(terms);
CREATE TABLE IF NOT EXISTS ${s}.annotations (
  doc_id TEXT NOT NULL REFERENCES ${s}.documents(id) ON DELETE CASCADE,
  layer TEXT NOT NULL,
  data JSONB NOT NULL,
  PRIMARY KEY (doc_id, layer)
);
CREATE TABLE IF NOT EXISTS ${s}.mentions (
  doc_id TEXT NOT NULL REFERENCES ${s}.documents(id) ON DELETE CASCADE,
  entity_id TEXT NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS mentions_entity ON ${s}.mentions(entity_id);
CREATE TABLE IF NOT EXISTS ${s}.entities (id TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL, mentions INTEGER NOT NULL, record JSONB NOT NULL);
CREATE TABLE IF NOT EXISTS ${s}.stories (id TEXT PRIMARY KEY, title TEXT NOT NULL, first_date TEXT, last_date TEXT, size INTEGER NOT NULL, record JSONB NOT NULL);
CREATE TABLE IF NOT EXISTS ${s}.state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
`;


export class PgStore implements Store {
  private constructor(
    private readonly pool: pg.Pool,
    private readonly s: string,
    private readonly ownsPool: boolean,
  ) {}

  static async connect(options: PgStoreOptions = {}): Promise<PgStore> {
    const schema = options.schema ?? 'rasd';
    if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new RasdError('E_USAGE', `invalid schema name "${schema}" (lower-case letters, digits, _)`);
    const pool = options.pool ?? new pg.Pool({ connectionString: options.connectionString ?? process.env.RASD_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres', max: 8 });
    try {
      const client = await pool.connect();
      try {
        // Serialise schema creation across processes starting at once.
        await client.query('SELECT pg_advisory_lock(hashtext($1))', [schema]);
        await client.query(SCHEMA_SQL(schema));
        await client.query('SELECT pg_advisory_unlock(hashtext($1))', [schema]);
      } finally {
        client.release();
      }
    } catch (err) {
      if (!options.pool) await pool.end().catch(() => undefined);
      throw new RasdError('E_STORE', `cannot open the PostgreSQL store: ${(err as Error).message}`, { cause: err });
    }
    return new PgStore(pool, schema, !options.pool);
  }

  async findByHash(contentHash: string): Promise<string | null> {
    const r = await this.pool.query(`SELECT id FROM ${this.s}.documents WHERE hash = $1`, [contentHash]);
    return (r.rows[0]?.id as string | undefined) ?? null;
  }

  async saveDocument(record: DocumentRecord): Promise<SaveResult> {
    const hash = (record.meta as { contentHash?: string } | undefined)?.contentHash;
    if (!hash) throw new RasdError('E_STORE', 'document record has no meta.contentHash; build it with documentRecord(doc)');
    const id = (record.id as string | null | undefined) ?? 'd-' + hash.slice(0, 16);
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const ins = await client.query(
        `INSERT INTO ${this.s}.documents (id, hash, source, outlet, title, published, story, record, terms)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, to_tsvector('simple', $9))
         ON CONFLICT (hash) DO NOTHING RETURNING id`,
        [id, hash, record.source, record.outlet, record.title, record.published, record.story, JSON.stringify({ ...record, id }), searchTerms(`${record.title ?? ''}\n${record.text}`).map((t) => t.term).join(' ')],
      );
      if (ins.rowCount === 0) {
        await client.query('ROLLBACK');
        return { id: (await this.findByHash(hash))!, created: false };
      }
      for (const layer of STORED_LAYERS) {
        const data = (record as Record<string, unknown>)[layer];
        if (Array.isArray(data)) await client.query(`INSERT INTO ${this.s}.annotations (doc_id, layer, data) VALUES ($1, $2, $3)`, [id, layer, JSON.stringify(data)]);
      }
      for (const e of record.entities) {
        await client.query(`INSERT INTO ${this.s}.mentions (doc_id, entity_id, start_offset, end_offset) VALUES ($1, $2, $3, $4)`, [id, e.id, e.start, e.end]);
      }
      await client.query('COMMIT');
      return { id, created: true };
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }

  async updateDocument(id: string, record: DocumentRecord): Promise<void> {
    await this.inTransaction(async (client) => {
      const r = await client.query(`UPDATE ${this.s}.documents SET outlet = $1, title = $2, published = $3, story = $4, record = $5 WHERE id = $6`, [
        record.outlet,
        record.title,
        record.published,
        record.story,
        JSON.stringify({ ...record, id }),
        id,
      ]);
      if (r.rowCount === 0) throw new RasdError('E_NOT_FOUND', `no document "${id}" to update`);
      for (const layer of STORED_LAYERS) {
        const data = (record as Record<string, unknown>)[layer];
        if (Array.isArray(data)) {
          await client.query(`INSERT INTO ${this.s}.annotations (doc_id, layer, data) VALUES ($1, $2, $3) ON CONFLICT (doc_id, layer) DO UPDATE SET data = EXCLUDED.data`, [id, layer, JSON.stringify(data)]);
        }
      }
      await client.query(`DELETE FROM ${this.s}.mentions WHERE doc_id = $1`, [id]);
      for (const e of record.entities) {
        await client.query(`INSERT INTO ${this.s}.mentions (doc_id, entity_id, start_offset, end_offset) VALUES ($1, $2, $3, $4)`, [id, e.id, e.start, e.end]);
      }
    });
  }

  /** Runs fn on one client inside BEGIN … COMMIT, rolling back on any error. */
  private async inTransaction<T>(fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await fn(client);
      await client.query('COMMIT');
      return result;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }

  async getDocument(id: string): Promise<DocumentRecord | null> {
    const r = await this.pool.query(`SELECT record, story FROM ${this.s}.documents WHERE id = $1`, [id]);
    if (!r.rows[0]) return null;
    return { ...(r.rows[0].record as DocumentRecord), story: r.rows[0].story as string | null };
  }

  async listDocuments(options: { limit?: number; offset?: number; story?: string } = {}): Promise<DocumentSummary[]> {
    const r = await this.pool.query(
      `SELECT id, source, outlet, title, published, story FROM ${this.s}.documents
       WHERE ($1::text IS NULL OR story = $1) ORDER BY published DESC NULLS LAST, seq DESC LIMIT $2 OFFSET $3`,
      [options.story ?? null, options.limit ?? 1000, options.offset ?? 0],
    );
    return r.rows as DocumentSummary[];
  }

  async *allDocuments(): AsyncIterable<DocumentRecord> {
    // Keyset pagination: constant memory over any number of documents.
    let after = 0;
    for (;;) {
      const r = await this.pool.query(`SELECT seq, record, story FROM ${this.s}.documents WHERE seq > $1 ORDER BY seq LIMIT 500`, [after]);
      if (r.rows.length === 0) return;
      for (const row of r.rows) yield { ...(row.record as DocumentRecord), story: row.story as string | null };
      after = Number(r.rows[r.rows.length - 1].seq);
    }
  }

  async countDocuments(): Promise<number> {
    const r = await this.pool.query(`SELECT count(*)::int AS n FROM ${this.s}.documents`);
    return r.rows[0].n as number;
  }

  async setDocumentStory(id: string, story: string | null): Promise<void> {
    await this.pool.query(`UPDATE ${this.s}.documents SET story = $1 WHERE id = $2`, [story, id]);
  }

  async saveEntities(records: EntityRecord[]): Promise<void> {
    if (records.length === 0) return;
    await this.inTransaction(async (client) => {
      for (const e of records) {
        await client.query(
          `INSERT INTO ${this.s}.entities (id, name, type, mentions, record) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, type = EXCLUDED.type, mentions = EXCLUDED.mentions, record = EXCLUDED.record`,
          [e.id, e.name, e.type, e.mentions, JSON.stringify(e)],
        );
      }
    });
  }

  async getEntity(id: string): Promise<EntityRecord | null> {
    const r = await this.pool.query(`SELECT record FROM ${this.s}.entities WHERE id = $1`, [id]);
    return (r.rows[0]?.record as EntityRecord | undefined) ?? null;
  }

  async listEntities(options: { limit?: number; type?: string } = {}): Promise<EntityRecord[]> {
    const r = await this.pool.query(`SELECT record FROM ${this.s}.entities WHERE ($1::text IS NULL OR type = $1) ORDER BY mentions DESC, id LIMIT $2`, [options.type ?? null, options.limit ?? 10000]);
    return r.rows.map((x) => x.record as EntityRecord);
  }

  async saveStory(story: StoryRecord): Promise<void> {
    const dates = (story.dates as { from?: string; to?: string } | undefined) ?? {};
    await this.pool.query(
      `INSERT INTO ${this.s}.stories (id, title, first_date, last_date, size, record) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (id) DO UPDATE SET title = EXCLUDED.title, first_date = EXCLUDED.first_date, last_date = EXCLUDED.last_date, size = EXCLUDED.size, record = EXCLUDED.record`,
      [story.id, story.title, dates.from ?? null, dates.to ?? null, story.documents.length, JSON.stringify(story)],
    );
  }

  async getStory(id: string): Promise<StoryRecord | null> {
    const r = await this.pool.query(`SELECT record FROM ${this.s}.stories WHERE id = $1`, [id]);
    return (r.rows[0]?.record as StoryRecord | undefined) ?? null;
  }

  async listStories(filter: StoryFilter = {}): Promise<StoryRecord[]> {
    const r = await this.pool.query(
      `SELECT record FROM ${this.s}.stories
       WHERE ($1::text IS NULL OR last_date IS NULL OR last_date >= $1)
         AND ($2::text IS NULL OR first_date IS NULL OR first_date <= $2)
         AND ($3::text IS NULL OR id IN (SELECT story FROM ${this.s}.documents WHERE outlet = $3))
         AND ($4::text IS NULL OR id IN (SELECT d.story FROM ${this.s}.documents d JOIN ${this.s}.mentions m ON m.doc_id = d.id WHERE m.entity_id = $4))
       ORDER BY size DESC, last_date DESC NULLS LAST`,
      [filter.from ?? null, filter.to ?? null, filter.outlet ?? null, filter.entity ?? null],
    );
    return r.rows.map((x) => x.record as StoryRecord);
  }

  async search(query: string, options: SearchOptions = {}): Promise<SearchHit[]> {
    const terms = [...new Set(searchTerms(query).map((t) => t.term))];
    if (terms.length === 0) return [];
    // Each term is a lexeme of its own: quote it so tsquery syntax characters are inert.
    const tsquery = terms.map((t) => `'${t.replace(/'/g, "''").replace(/\\/g, '\\\\')}'`).join(' & ');
    const r = await this.pool.query(
      `SELECT id, source, title, outlet, published, ts_rank(terms, q) AS rank, record->>'text' AS text
       FROM ${this.s}.documents, to_tsquery('simple', $1) q
       WHERE terms @@ q
         AND ($2::text IS NULL OR outlet = $2)
         AND ($3::text IS NULL OR published >= $3)
         AND ($4::text IS NULL OR published <= $4)
         AND ($5::text IS NULL OR id IN (SELECT doc_id FROM ${this.s}.mentions WHERE entity_id = $5))
       ORDER BY rank DESC, seq DESC LIMIT $6 OFFSET $7`,
      [tsquery, options.outlet ?? null, options.from ?? null, options.to ?? null, options.entity ?? null, options.limit ?? 20, options.offset ?? 0],
    );
    const wanted = new Set(terms);
    return r.rows.map((row) => {
      const text = row.text as string;
      const matches = searchTerms(text).filter((t) => wanted.has(t.term)).map(({ start, end }) => ({ start, end }));
      return { id: row.id, source: row.source, title: row.title, outlet: row.outlet, published: row.published, score: Number(row.rank), snippet: snippet(text, matches), matches };
    });
  }

  async getState(key: string): Promise<string | null> {
    const r = await this.pool.query(`SELECT value FROM ${this.s}.state WHERE key = $1`, [key]);
    return (r.rows[0]?.value as string | undefined) ?? null;
  }

  async setState(key: string, value: string): Promise<void> {
    await this.pool.query(`INSERT INTO ${this.s}.state (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`, [key, value]);
  }

  /** Drops the store's schema (tests). */
  async drop(): Promise<void> {
    await this.pool.query(`DROP SCHEMA IF EXISTS ${this.s} CASCADE`);
  }

  async close(): Promise<void> {
    if (this.ownsPool) await this.pool.end();
  }
}
