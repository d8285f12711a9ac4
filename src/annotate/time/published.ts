import type { Annotator } from '../../pipeline/pipeline.js';
import { parsedTimexes } from '../../time/doc-cache.js';
import { findStatedPublished, inferPublished } from '../../time/published.js';
import { parseYMD } from '../../time/calendar.js';

/**
 * Publication date (meta.published): kept when metadata gave it; else a date stated near
 * the top of the text or in the removed page chrome; else inferred from the text's own
 * dated references (src/time/published.ts). Runs before the timex annotator, which
 * resolves relative expressions against it.
 */
export const publishedAnnotator: Annotator = {
  name: 'published',
  requires: [],
  assigns: [],
  run(doc) {
    const meta = doc.meta;
    if (meta.published) {
      if (!parseYMD(meta.published)) {
        doc.message('warning', 'W_TIME_PUBLISHED_INVALID', `metadata publication date "${meta.published}" is not a valid YYYY-MM-DD date; ignored`, undefined, 'published');
        meta.published = null;
        meta.publishedCertainty = null;
      } else {
        meta.publishedCertainty ??= 'metadata';
        return;
      }
    }
    const { items } = parsedTimexes(doc);
    const removed = meta.removed ?? [];
    const guess = findStatedPublished(doc.text, items, removed) ?? inferPublished(doc.text, items, removed);
    if (!guess) {
      doc.message('info', 'I_TIME_PUBLISHED_UNKNOWN', 'no publication date in metadata or text; relative dates stay unresolved', undefined, 'published');
      return;
    }
    meta.published = guess.date;
    if (guess.time) meta.publishedTime = guess.time;
    meta.publishedCertainty = guess.certainty;
    meta.publishedEvidence = guess.evidence;
  },
};
