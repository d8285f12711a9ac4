import type { DocumentRecord } from '../output/jsonl.js';
import type { Store } from '../store/store.js';

/**
 * What the server needs to analyse an article: the analysis service `Rasd`
 * (src/app/rasd.ts) satisfies it. Given a bare Store, the app wraps it in a Rasd.
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
  analyzeText(input: AnalyzeInput): Promise<DocumentRecord | undefined>;
}

export function isAnalyzer(x: unknown): x is Analyzer {
  return typeof x === 'object' && x !== null && 'store' in x && typeof (x as Analyzer).analyzeText === 'function';
}
