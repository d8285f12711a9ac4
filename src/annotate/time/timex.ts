import type { Annotator } from '../../pipeline/pipeline.js';
import { parsedTimexes } from '../../time/doc-cache.js';
import { reresolveDates } from '../../time/reanchor.js';

/**
 * Temporal expressions (the `dates` layer) with TIMEX3 types and values; relative ones are
 * resolved against meta.published and keep value null when it is unknown. Invalid dates
 * (31/02/2022, year 0) become diagnostics.
 */
export const timexAnnotator: Annotator = {
  name: 'timex',
  requires: [],
  assigns: ['dates'],
  run(doc) {
    for (const p of parsedTimexes(doc).problems) doc.message('warning', p.code, p.message, { start: p.start, end: p.end }, 'timex');
    reresolveDates(doc);
  },
};
