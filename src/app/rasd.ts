import type { Doc } from '../doc/doc.js';
import { docFromRecord } from '../doc/from-record.js';
import { documentRecord, type DocumentRecord } from '../output/jsonl.js';
import { defaultPipeline } from '../pipeline/default.js';
import type { Pipeline } from '../pipeline/pipeline.js';
import { expandInputs, readInput, parseContent, type IngestError, type RawArticle } from '../ingest/sources.js';
import { toDoc } from '../ingest/to-doc.js';
import { extractHtml } from '../ingest/html.js';
import type { Store, StoryRecord } from '../store/store.js';
import { SqliteStore } from '../store/sqlite.js';
import { Corpus } from '../corpus/corpus.js';
import { RasdError } from '../errors.js';

/**
 * The analysis service: ingest → per-document pipeline → corpus stage (entity linking,
 * story assignment) → store. Used by the CLI, the HTTP API and the workers.
 */

export interface BatchProgress {
  done: number;
  total: number;
  source: string;
}

export interface BatchResult {
  documents: DocumentRecord[];
  stories: StoryRecord[];
  errors: IngestError[];
  /** Documents already in the store (same content hash): not analysed again. */
  skipped: number;
  created: number;
}

export interface AnalyzeTextInput {
  text?: string;
  html?: string;
  title?: string;
  outlet?: string;
  published?: string;
  source?: string;
}

export class Rasd {
  readonly store: Store;
  readonly pipeline: Pipeline;
  readonly corpus: Corpus;

  constructor(store: Store, pipeline: Pipeline = defaultPipeline()) {
    this.store = store;
    this.pipeline = pipeline;
    this.corpus = new Corpus(store);
  }

  static open(dbPath: string): Rasd {
    return new Rasd(new SqliteStore(dbPath));
  }

  async close(): Promise<void> {
    await this.corpus.flush();
    await this.store.close();
  }

  /** Analyse one article given as text or HTML (the API's POST /api/analyze). */
  async analyzeText(input: AnalyzeTextInput): Promise<DocumentRecord> {
    if (!input.text?.trim() && !input.html?.trim()) throw new RasdError('E_INPUT_EMPTY', 'give the article as "text" or "html"');
    let raw: RawArticle;
    if (input.html) {
      const h = extractHtml(input.html);
      if (!h.text.trim()) throw new RasdError('E_INPUT_EMPTY', 'no article text found in the HTML');
      raw = { source: input.source ?? 'api', text: h.text, title: input.title ?? h.title, outlet: input.outlet ?? h.siteName, published: input.published ?? h.published, url: h.url };
    } else {
      [raw] = parseContent(input.text!, input.source ?? 'api', '.txt');
      raw = { ...raw, title: input.title ?? null, outlet: input.outlet ?? null, published: input.published ?? null };
    }
    if (!input.source) raw.source = `api:${Date.now().toString(36)}`;
    const result = await this.analyzeRaw([raw]);
    return result.documents[0];
  }

  /** Analyse files, directories, globs, URLs or "-" (stdin); one bad input never stops the batch. */
  async analyzePaths(args: string[], onProgress?: (p: BatchProgress) => void): Promise<BatchResult> {
    const { inputs, errors } = await expandInputs(args);
    const raws: RawArticle[] = [];
    let done = 0;
    for (const input of inputs) {
      const name = input.kind === 'file' ? input.path : input.kind === 'url' ? input.url : 'stdin';
      try {
        raws.push(...(await readInput(input)));
      } catch (err) {
        errors.push({ source: name, code: err instanceof RasdError ? err.code : 'E_INPUT_PARSE', message: (err as Error).message });
      }
      onProgress?.({ done: ++done, total: inputs.length, source: name });
    }
    const result = await this.analyzeRaw(raws, onProgress);
    result.errors.unshift(...errors);
    return result;
  }

  /** The core batch: raw articles → stored, linked, clustered documents and their stories. */
  async analyzeRaw(raws: RawArticle[], onProgress?: (p: BatchProgress) => void): Promise<BatchResult> {
    const documents: DocumentRecord[] = [];
    const errors: IngestError[] = [];
    const touched = new Set<string>();
    let skipped = 0;
    let created = 0;
    for (let i = 0; i < raws.length; i++) {
      const raw = raws[i];
      try {
        const doc = toDoc(raw);
        const existing = await this.store.findByHash(doc.meta.contentHash);
        if (existing) {
          skipped++;
          const rec = await this.store.getDocument(existing);
          if (rec) documents.push(rec);
          continue;
        }
        this.pipeline.run(doc);
        const { record, created: isNew } = await this.commit(doc);
        if (isNew) created++;
        else skipped++;
        if (doc.story) touched.add(doc.story);
        documents.push(record);
      } catch (err) {
        errors.push({ source: raw.source, code: err instanceof RasdError ? err.code : 'E_ANALYZE', message: (err as Error).message });
      } finally {
        onProgress?.({ done: i + 1, total: raws.length, source: raw.source });
      }
    }
    await this.corpus.flush();
    const stories = await this.corpus.rebuildStories(touched);
    // Stories of skipped (already stored) documents are reported too.
    for (const d of documents) {
      if (!d.story || touched.has(d.story) || stories.some((x) => x.id === d.story)) continue;
      const s = await this.store.getStory(d.story);
      if (s) stories.push(s);
    }
    const withStories: DocumentRecord[] = [];
    for (const d of documents) withStories.push(await this.fresh(d));
    return { documents: withStories, stories, errors, skipped, created };
  }

  /** The per-document half of the work (CPU-bound, no store): what scale-out workers run in parallel. */
  prepare(raw: RawArticle): Doc {
    return this.pipeline.run(toDoc(raw));
  }

  /**
   * The corpus half (light, sequential): entity linking and story assignment against the
   * store's indexes, then the transactional save. A document already stored is not stored again.
   */
  async commit(doc: Doc): Promise<{ record: DocumentRecord; created: boolean }> {
    const existing = await this.store.findByHash(doc.meta.contentHash);
    if (existing) return { record: (await this.store.getDocument(existing))!, created: false };
    const features = await this.corpus.add(doc);
    const record = documentRecord(doc);
    record.storyFeatures = features;
    const saved = await this.store.saveDocument(record);
    record.id = saved.id;
    doc.id = saved.id;
    return { record, created: saved.created };
  }

  /** The stored version of a record (the corpus stage may have updated its story or date). */
  private async fresh(d: DocumentRecord): Promise<DocumentRecord> {
    if (!d.id) return d;
    return (await this.store.getDocument(d.id as string)) ?? d;
  }

  /** Docs of a story, rebuilt from the store. */
  async storyDocs(storyId: string): Promise<Doc[]> {
    const out: Doc[] = [];
    for (const summary of await this.store.listDocuments({ story: storyId, limit: 100000 })) {
      const rec = await this.store.getDocument(summary.id);
      if (rec) out.push(docFromRecord(rec));
    }
    return out;
  }
}
