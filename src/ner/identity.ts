import type { EntityType } from '../doc/types.js';
import { normalize } from '../text/normalize.js';

/**
 * Name identity helpers: consonant skeletons for transliterated names, edit distance, and
 * readable ids for names outside the knowledge base.
 *
 * Skeleton: letters that transliterations of one foreign sound alternate between collapse to
 * one class (ج/غ/ق/گ → G, ك → K, ت/ط → T, س/ص → S, ذ/ز/ظ → Z, د/ض → D, ه/ح → H, ف/ڤ → F, ب/پ → B),
 * long vowels ا و ي (and hamza carriers) drop except as the first letter, doubled classes collapse.
 * Latin letters map to the same classes, so "Stoltenberg" and "ستولتنبرغ" share a skeleton.
 */

const AR_CLASS: Record<string, string> = {
  'ج': 'G', 'غ': 'G', 'ق': 'G', 'گ': 'G', 'ك': 'K', 'ت': 'T', 'ط': 'T', 'ث': 'S', 'س': 'S', 'ص': 'S', 'ش': 'C',
  'ذ': 'Z', 'ز': 'Z', 'ظ': 'Z', 'د': 'D', 'ض': 'D', 'ه': 'H', 'ح': 'H', 'خ': 'X', 'ف': 'F', 'ڤ': 'F', 'ب': 'B', 'پ': 'B',
  'ر': 'R', 'ل': 'L', 'م': 'M', 'ن': 'N', 'ع': '', 'ء': '', 'ا': 'V', 'و': 'V', 'ي': 'V',
};
const LATIN_CLASS: Record<string, string> = {
  g: 'G', j: 'G', q: 'G', k: 'K', c: 'K', t: 'T', s: 'S', z: 'Z', d: 'D', h: 'H', f: 'F', v: 'F', b: 'B', p: 'B', r: 'R', l: 'L', m: 'M', n: 'N', x: 'KS', w: 'V',
  a: 'V', e: 'V', i: 'V', o: 'V', u: 'V', y: 'V',
};

export function skeleton(name: string): string {
  const n = normalize(name);
  let out = '';
  let prev = '';
  for (let i = 0; i < n.length; i++) {
    const ch = n[i];
    if (ch === ' ') {
      out += ' ';
      prev = ' ';
      continue;
    }
    let cls = AR_CLASS[ch] ?? LATIN_CLASS[ch];
    if (cls === undefined) continue;
    // "sh" / "ch" / "ts" digraphs in Latin.
    if ((ch === 's' || ch === 'c') && n[i + 1] === 'h') {
      cls = 'C';
      i++;
    }
    if (cls === 'V') {
      // Vowels only matter as the first letter of a word (ينس/Jens aside, أ/ا at the start).
      if (prev === '' || prev === ' ') cls = 'V';
      else continue;
    }
    if (cls === prev) continue;
    out += cls;
    prev = cls;
  }
  return out.trim();
}

/** Levenshtein distance (small strings). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

const TRANSLIT: Record<string, string> = {
  'ا': 'a', 'ب': 'b', 'ت': 't', 'ث': 'th', 'ج': 'j', 'ح': 'h', 'خ': 'kh', 'د': 'd', 'ذ': 'dh', 'ر': 'r', 'ز': 'z', 'س': 's', 'ش': 'sh',
  'ص': 's', 'ض': 'd', 'ط': 't', 'ظ': 'z', 'ع': '', 'غ': 'gh', 'ف': 'f', 'ق': 'q', 'ك': 'k', 'ل': 'l', 'م': 'm', 'ن': 'n', 'ه': 'h',
  'و': 'w', 'ي': 'y', 'ء': '', 'پ': 'p', 'گ': 'g', 'ڤ': 'v',
};

/** A readable ASCII slug for any name (Arabic is transliterated letter by letter). */
export function nameSlug(name: string): string {
  let out = '';
  for (const ch of normalize(name)) out += TRANSLIT[ch] ?? ch;
  return out
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

/** Id for a name found in one document (the corpus index replaces it with a canonical id). */
export function localId(type: EntityType, key: string): string {
  return `local:${type.toLowerCase()}:${nameSlug(key) || 'x'}`;
}
