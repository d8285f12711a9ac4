import type { Doc } from '../doc/doc.js';
import { parsedTimexes } from '../time/doc-cache.js';
import { resolveTimexes } from '../time/recognize.js';
import { parseYMD } from '../time/calendar.js';

/**
 * Calendar-dated spans of a document (a day, month, year or range; no durations), for dating
 * events and timeline facts. They come from the `dates` layer; a document analysed without
 * the time annotator is read by the same recogniser, so there is one date grammar.
 */

export interface DatedSpan {
  start: number;
  end: number;
  value: string;
}

export function datedSpans(doc: Doc): DatedSpan[] {
  const dates = doc.has('dates') ? doc.get('dates') : resolveTimexes(doc.text, parsedTimexes(doc).items, parseYMD(doc.meta.published));
  const out: DatedSpan[] = [];
  for (const d of dates) if (d.value && d.type !== 'DURATION' && /^\d{4}/.test(d.value)) out.push({ start: d.start, end: d.end, value: d.value });
  return out;
}
