import type { Doc } from '../doc/doc.js';
import { parseTimexes, type ParseResult } from './recognize.js';

/**
 * Parsing is anchor-independent, so the publication-date annotator and the timex
 * annotator share one parse per document (the text of a Doc never changes).
 */
const cache = new WeakMap<Doc, ParseResult>();

export function parsedTimexes(doc: Doc): ParseResult {
  let r = cache.get(doc);
  if (!r) {
    r = parseTimexes(doc.text);
    cache.set(doc, r);
  }
  return r;
}
