import { createHash } from 'node:crypto';
import type { Diagnostic, DocMeta, LayerName, LayerTypes, Severity, Span } from './types.js';
import { RasdError } from '../errors.js';

/**
 * One article: immutable cleaned text, metadata, named stand-off annotation layers and
 * diagnostics. Like spaCy's Doc or a vfile, it is the only object that flows through
 * the pipeline; annotators read layers set by earlier annotators.
 */
export class Doc {
  readonly text: string;
  readonly meta: DocMeta;
  readonly diagnostics: Diagnostic[] = [];
  /** Story this document belongs to, set by the corpus stage. */
  story: string | null = null;
  /** Store id once persisted. */
  id: string | null = null;
  private readonly layers = new Map<LayerName, unknown>();

  constructor(text: string, meta: Partial<DocMeta> & { source: string }) {
    this.text = text;
    this.meta = {
      outlet: null,
      title: null,
      published: null,
      publishedCertainty: null,
      publishedEvidence: null,
      credits: [],
      dateline: null,
      language: 'ar',
      ...meta,
      contentHash: meta.contentHash ?? hashText(text),
    };
  }

  has(name: LayerName): boolean {
    return this.layers.has(name);
  }

  /** The layer's annotations; throws a coded error if no annotator has set it (a pipeline misuse). */
  get<K extends LayerName>(name: K): LayerTypes[K] {
    const layer = this.layers.get(name);
    if (layer === undefined) {
      throw new RasdError('E_LAYER_MISSING', `layer "${name}" has not been set on ${this.meta.source}; add an annotator that assigns it before this one`);
    }
    return layer as LayerTypes[K];
  }

  /** The layer, or an empty array when absent (for output and optional reads). */
  layer<K extends LayerName>(name: K): LayerTypes[K] {
    return (this.layers.get(name) as LayerTypes[K] | undefined) ?? ([] as unknown as LayerTypes[K]);
  }

  set<K extends LayerName>(name: K, annotations: LayerTypes[K]): void {
    this.layers.set(name, annotations);
  }

  layerNames(): LayerName[] {
    return [...this.layers.keys()];
  }

  /** The surface of a span. */
  slice(span: Span): string {
    return this.text.slice(span.start, span.end);
  }

  message(severity: Severity, code: string, message: string, span?: Span, origin?: string): Diagnostic {
    const d: Diagnostic = { severity, code, message };
    if (span) {
      d.start = span.start;
      d.end = span.end;
    }
    if (origin) d.origin = origin;
    this.diagnostics.push(d);
    return d;
  }
}

export function hashText(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
