/**
 * Rasd's public API (package.json "main"): the document model, the pipeline, the Arabic text
 * layer, ingestion, the store and the analysis service. Only re-exports live here.
 */
export { Doc, hashText } from './doc/doc.js';
export type * from './doc/types.js';
export { RasdError, ERROR_CODES, type ErrorCode } from './errors.js';
export { Pipeline, type Annotator } from './pipeline/pipeline.js';
export { defaultAnnotators, defaultPipeline } from './pipeline/default.js';
export { documentRecord, type DocumentRecord } from './output/jsonl.js';
export { normalize, normalizeWithMap, toOriginal, stripDiacritics, type Normalized } from './text/normalize.js';
export { tokenize, tokenNorm, type RawToken } from './text/tokenize.js';
export { splitParagraphs, splitSentences } from './text/sentences.js';
export { segmentations, stripProclitics, lightStem, type Segmentation } from './text/clitics.js';
export { identifyLanguage } from './text/langid.js';
export { decode } from './ingest/decode.js';
export { extractHtml } from './ingest/html.js';
export { analyzeArticle } from './ingest/article.js';
export { expandInputs, readInput, parseContent, parseJsonArticles, type RawArticle, type IngestError } from './ingest/sources.js';
export { toDoc } from './ingest/to-doc.js';
export type { Store } from './store/store.js';
export { SqliteStore } from './store/sqlite.js';
export { Rasd, type BatchResult } from './app/rasd.js';
