import { Doc } from '../doc/doc.js';
import { analyzeArticle } from './article.js';
import type { RawArticle } from './sources.js';

/** A raw article → a Doc with cleaned text and metadata; content problems become diagnostics. */
export function toDoc(raw: RawArticle): Doc {
  const parts = analyzeArticle(raw.text, { title: raw.title });
  const published = isoDay(raw.published);
  const doc = new Doc(parts.text, {
    source: raw.source,
    outlet: raw.outlet?.trim() || parts.outlet,
    outletEvidence: raw.outletEvidence ?? parts.outletEvidence,
    title: parts.title,
    published,
    publishedTime: published && raw.published && raw.published.length > 10 ? raw.published : null,
    publishedCertainty: published ? 'metadata' : null,
    publishedEvidence: published ? (raw.publishedEvidence ?? raw.published ?? null) : null,
    credits: parts.credits,
    dateline: parts.dateline,
    url: raw.url ?? null,
    encoding: raw.encoding ?? null,
    removed: parts.removed,
  });
  if (raw.published && !published) doc.message('warning', 'W_BAD_PUBLISHED', `publication date "${raw.published}" in the metadata could not be read`, undefined, 'ingest');
  if (raw.text.includes('\ufffd')) doc.message('warning', 'W_INVALID_ENCODING', 'the input had byte sequences that are not valid in its encoding; they were replaced with U+FFFD', undefined, 'ingest');
  if (!parts.text.trim()) doc.message('error', 'E_INPUT_EMPTY', 'no article text left after removing page chrome', undefined, 'ingest');
  return doc;
}

/** ISO date or date-time (or "2015-07-21 02:51:32") → YYYY-MM-DD; null when unreadable. */
export function isoDay(value: string | null | undefined): string | null {
  if (!value) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  const t = Date.parse(value);
  if (Number.isNaN(t)) return null;
  return new Date(t).toISOString().slice(0, 10);
}
