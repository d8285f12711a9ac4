import { parseHTML } from 'linkedom';
import { Doc } from '../doc/doc.js';
import { documentRecord, type DocumentRecord } from '../output/jsonl.js';
import { defaultPipeline } from '../pipeline/default.js';
import type { Store } from '../store/store.js';
import { RasdError } from '../errors.js';
import type { Pipeline } from '../pipeline/pipeline.js';

/**
 * What the server needs to analyse an article: the analysis service (src/app/analyze.ts,
 * `Rasd`) satisfies it. `storeAnalyzer` is the stand-alone fallback used when the server is
 * given a bare Store: it runs the default pipeline and saves the record, without corpus
 * stages (entity linking, stories).
 */
export interface AnalyzeInput {
  text?: string;
  html?: string;
  title?: string;
  outlet?: string;
  published?: string;
  source?: string;
}

export interface Analyzer {
  readonly store: Store;
  analyzeText(input: AnalyzeInput): Promise<DocumentRecord>;
}

export function isAnalyzer(x: unknown): x is Analyzer {
  return typeof x === 'object' && x !== null && 'store' in x && typeof (x as Analyzer).analyzeText === 'function';
}

const DROPPED_ELEMENTS = 'script, style, noscript, template, iframe, nav, header, footer, aside';

/** Visible text of an HTML page, paragraphs separated by blank lines. */
export function htmlToText(html: string): { text: string; title: string | null } {
  const { document } = parseHTML(html.includes('<html') ? html : `<!doctype html><html><body>${html}</body></html>`);
  for (const el of [...document.querySelectorAll(DROPPED_ELEMENTS)]) el.remove();
  const title = document.querySelector('h1')?.textContent?.trim() || document.querySelector('title')?.textContent?.trim() || null;
  const blocks = [...document.querySelectorAll('p, h1, h2, h3, li, blockquote')].map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim()).filter(Boolean);
  const text = blocks.length ? blocks.join('\n\n') : (document.body?.textContent ?? '').replace(/[ \t]+/g, ' ').trim();
  return { text, title };
}

export function storeAnalyzer(store: Store, pipeline: Pipeline = defaultPipeline()): Analyzer {
  let counter = 0;
  return {
    store,
    async analyzeText(input: AnalyzeInput): Promise<DocumentRecord> {
      let text = input.text ?? '';
      let title = input.title ?? null;
      if (input.html !== undefined) {
        const page = htmlToText(input.html);
        text = page.text;
        title ??= page.title;
      }
      text = text.replace(/\r\n?/g, '\n').trim();
      if (!text) throw new RasdError('E_INPUT_EMPTY', 'the article has no text');
      const doc = new Doc(text, { source: input.source ?? `api:${Date.now()}-${counter++}`, title, outlet: input.outlet ?? null, published: input.published ?? null });
      if (input.published) doc.meta.publishedCertainty = 'metadata';
      pipeline.run(doc);
      const existing = store.findByHash(doc.meta.contentHash);
      if (existing) return store.getDocument(existing)!;
      const { id } = store.saveDocument(documentRecord(doc));
      return store.getDocument(id)!;
    },
  };
}
