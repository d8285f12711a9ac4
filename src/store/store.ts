import type { DocumentRecord } from '../output/jsonl.js';

/**
 * The storage interface. The embedded default is SQLite (store/sqlite.ts); a PostgreSQL
 * implementation follows the same interface and passes the same conformance suite
 * (test/store/conformance.ts).
 *
 * Every method is asynchronous so that networked stores (PostgreSQL) share the interface.
 * Writes are transactional per call: a crash mid-batch leaves whole documents or none.
 * Ingestion is idempotent: a document is identified by the sha256 of its cleaned text.
 */

/** Layers every store also keeps in their own table (besides the whole record), for per-layer reads. */
export const STORED_LAYERS = ['entities', 'dates', 'quotes', 'events', 'roles'] as const;

export interface DocumentSummary {
  id: string;
  source: string;
  outlet: string | null;
  title: string | null;
  published: string | null;
  story: string | null;
}

/** A canonical entity across the store (written by the corpus stage's EntityIndex). */
export interface EntityRecord {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  mentions: number;
  firstSeen: string | null;
  lastSeen: string | null;
  documents: string[];
  outlets: string[];
  [extra: string]: unknown;
}

/** A story as stored: the JSON Lines story record plus whatever the corpus stage adds. */
export interface StoryRecord {
  kind: 'story';
  id: string;
  title: string;
  documents: string[];
  timeline: unknown[];
  [extra: string]: unknown;
}

export interface SearchOptions {
  outlet?: string;
  from?: string;
  to?: string;
  entity?: string;
  limit?: number;
  offset?: number;
}

export interface SearchHit {
  id: string;
  source: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  score: number;
  /** Snippet of the text with matches wrapped in «[» and «]» markers (see server for HTML). */
  snippet: string;
  /** Offsets of the matched words in the document text. */
  matches: { start: number; end: number }[];
}

export interface StoryFilter {
  from?: string;
  to?: string;
  outlet?: string;
  entity?: string;
}

export interface SaveResult {
  id: string;
  /** False when a document with the same content hash was already stored. */
  created: boolean;
}

export interface Store {
  /** Stores a document with all its layers; returns the existing id when the content hash is known. */
  saveDocument(record: DocumentRecord): Promise<SaveResult>;
  /** Replaces a stored document's record and layers (e.g. after the corpus stage dated it). */
  updateDocument(id: string, record: DocumentRecord): Promise<void>;
  findByHash(contentHash: string): Promise<string | null>;
  getDocument(id: string): Promise<DocumentRecord | null>;
  /** Documents, newest first. */
  listDocuments(options?: { limit?: number; offset?: number; story?: string }): Promise<DocumentSummary[]>;
  /** Every stored document record (for rebuilding corpus indexes). */
  allDocuments(): AsyncIterable<DocumentRecord>;
  countDocuments(): Promise<number>;
  setDocumentStory(id: string, story: string | null): Promise<void>;

  saveEntities(records: EntityRecord[]): Promise<void>;
  getEntity(id: string): Promise<EntityRecord | null>;
  listEntities(options?: { limit?: number; type?: string }): Promise<EntityRecord[]>;

  saveStory(story: StoryRecord): Promise<void>;
  getStory(id: string): Promise<StoryRecord | null>;
  listStories(filter?: StoryFilter): Promise<StoryRecord[]>;

  /** Arabic-aware full-text search (diacritics, hamza/alef variants, clitics, light stems folded). */
  search(query: string, options?: SearchOptions): Promise<SearchHit[]>;

  /** Opaque key/value state for corpus indexes (story index features, etc.). */
  getState(key: string): Promise<string | null>;
  setState(key: string, value: string): Promise<void>;

  close(): Promise<void>;
}
