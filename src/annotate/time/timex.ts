import type { Annotator } from '../../pipeline/pipeline.js';
import type { Timex } from '../../doc/types.js';
import { parsedTimexes } from '../../time/doc-cache.js';
import { resolveTimexes } from '../../time/recognize.js';
import { parseYMD } from '../../time/calendar.js';

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
    const { items, problems } = parsedTimexes(doc);
    const anchor = parseYMD(doc.meta.published);
    const dates: Timex[] = resolveTimexes(doc.text, items, anchor).map((t) => ({
      start: t.start,
      end: t.end,
      text: t.text,
      type: t.type,
      value: t.value,
      relative: t.relative,
    }));
    for (const p of problems) doc.message('warning', p.code, p.message, { start: p.start, end: p.end }, 'timex');
    doc.set('dates', dates);
  },
};
