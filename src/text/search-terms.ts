import { tokenize } from './tokenize.js';
import { lightStem } from './clitics.js';
import { normalizeWithMap } from './normalize.js';

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

export function searchTerms(text: string): SearchTerm[] {
  const out: SearchTerm[] = [];
  for (const t of tokenize(text)) {
    if (t.kind === 'punct' || t.kind === 'symbol' || t.kind === 'emoji') continue;
    const surface = text.slice(t.start, t.end);
    const term = t.kind === 'word' ? lightStem(surface) : t.kind === 'hashtag' ? lightStem(surface.slice(1)) : surface.toLowerCase();
    if (term) out.push({ term, start: t.start, end: t.end });
  }
  return out;
}

/**
 * Offsets of the words of `text` whose search term is in `wanted`: the same words
 * `searchTerms(text)` would yield for those terms, found faster. A word's term is a substring
 * of its normalised form, so only words under an occurrence of a wanted term in the
 * normalised text are stemmed (snippets stem 20 whole articles per query otherwise).
 */
export function matchTerms(text: string, wanted: ReadonlySet<string>): { start: number; end: number }[] {
  const norm = normalizeWithMap(text);
  const hits: number[] = [];
  for (const term of wanted) {
    if (!term) continue;
    for (let i = norm.text.indexOf(term); i >= 0; i = norm.text.indexOf(term, i + 1)) hits.push(norm.map[i]);
  }
  if (hits.length === 0) return [];
  hits.sort((a, b) => a - b);
  const out: { start: number; end: number }[] = [];
  let h = 0;
  for (const t of tokenize(text)) {
    while (h < hits.length && hits[h] < t.start) h++;
    if (h === hits.length) break;
    if (hits[h] >= t.end) continue;
    if (t.kind === 'punct' || t.kind === 'symbol' || t.kind === 'emoji') continue;
    const surface = text.slice(t.start, t.end);
    const term = t.kind === 'word' ? lightStem(surface) : t.kind === 'hashtag' ? lightStem(surface.slice(1)) : surface.toLowerCase();
    if (wanted.has(term)) out.push({ start: t.start, end: t.end });
  }
  return out;
}
