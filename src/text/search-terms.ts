import { tokenize } from './tokenize.js';
import { lightStem } from './clitics.js';

/**
 * Index terms for Arabic-aware search: every word or number reduced to its light stem
 * (normalised letters, proclitics and article off, common suffixes off), so that
 * "الاطلسي" finds "الأطلسي" and "وموسكو" finds "موسكو". Offsets point into the original text.
 */
export interface SearchTerm {
  term: string;
  start: number;
  end: number;
}

/** Stems of surfaces already seen: news vocabulary repeats, and stemming dominates indexing and snippet time. */
const STEM_CACHE_LIMIT = 200_000;
const stemCache = new Map<string, string>();

function cachedStem(surface: string): string {
  let stem = stemCache.get(surface);
  if (stem === undefined) {
    if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
    stem = lightStem(surface);
    stemCache.set(surface, stem);
  }
  return stem;
}

export function searchTerms(text: string): SearchTerm[] {
  const out: SearchTerm[] = [];
  for (const t of tokenize(text)) {
    if (t.kind === 'punct' || t.kind === 'symbol' || t.kind === 'emoji') continue;
    const surface = text.slice(t.start, t.end);
    const term = t.kind === 'word' ? cachedStem(surface) : t.kind === 'hashtag' ? cachedStem(surface.slice(1)) : surface.toLowerCase();
    if (term) out.push({ term, start: t.start, end: t.end });
  }
  return out;
}
