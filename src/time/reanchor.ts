import type { Doc } from '../doc/doc.js';
import type { Timex } from '../doc/types.js';
import { parsedTimexes } from './doc-cache.js';
import { inferPublishedFromCandidates } from './published.js';
import { resolveTimexes } from './recognize.js';
import { parseYMD } from './calendar.js';

/**
 * For the corpus (story) stage: give an undated article the publication date its own weekday
 * references agree with, among the dates of related articles, then re-resolve its `dates`
 * layer. Does nothing (returns false) when the article already has a date or nothing agrees.
 *
 *   adoptPublishedFromRelated(doc, ['2022-01-12', '2021-12-31'])
 */
export function adoptPublishedFromRelated(doc: Doc, candidateDays: readonly string[], source?: string): boolean {
  if (doc.meta.published) return false;
  const { items } = parsedTimexes(doc);
  const guess = inferPublishedFromCandidates(doc.text, items, candidateDays, source);
  if (!guess) return false;
  doc.meta.published = guess.date;
  doc.meta.publishedCertainty = 'inferred';
  doc.meta.publishedEvidence = guess.evidence;
  reresolveDates(doc);
  return true;
}

/** Recompute the `dates` layer against the current meta.published (e.g. after it was set later). */
export function reresolveDates(doc: Doc): void {
  const { items } = parsedTimexes(doc);
  const dates: Timex[] = resolveTimexes(doc.text, items, parseYMD(doc.meta.published)).map((t) => ({
    start: t.start,
    end: t.end,
    text: t.text,
    type: t.type,
    value: t.value,
    relative: t.relative,
  }));
  doc.set('dates', dates);
}
