import type { DocumentRecord } from '../output/jsonl.js';

/**
 * The storage interface. The embedded default is SQLite (store/sqlite.ts); a PostgreSQL
 * implementation follows the same interface and passes the same conformance suite
 * (test/store/conformance.ts).
 *
 * Writes are transactional per call: a crash mid-batch leaves whole documents or none.
 * Ingestion is idempotent: a document is identified by the sha256 of its cleaned text.
 */

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
  saveDocument(record: DocumentRecord): SaveResult;
  findByHash(contentHash: string): string | null;
  getDocument(id: string): DocumentRecord | null;
  /** Documents, newest first. */
  listDocuments(options?: { limit?: number; offset?: number; story?: string }): DocumentSummary[];
  /** Every stored document record (for rebuilding corpus indexes). */
  allDocuments(): Iterable<DocumentRecord>;
  countDocuments(): number;
  setDocumentStory(id: string, story: string | null): void;

  saveEntities(records: EntityRecord[]): void;
  getEntity(id: string): EntityRecord | null;
  listEntities(options?: { limit?: number; type?: string }): EntityRecord[];

  saveStory(story: StoryRecord): void;
  getStory(id: string): StoryRecord | null;
  listStories(filter?: StoryFilter): StoryRecord[];

  /** Arabic-aware full-text search (diacritics, hamza/alef variants, clitics, light stems folded). */
  search(query: string, options?: SearchOptions): SearchHit[];

  /** Opaque key/value state for corpus indexes (story index features, etc.). */
  getState(key: string): string | null;
  setState(key: string, value: string): void;

  /** Runs fn in one transaction. */
  transaction<T>(fn: () => T): T;
  close(): void;
}
