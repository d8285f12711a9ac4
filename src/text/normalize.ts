/**
 * Arabic normalisation for *matching* (never for display): the original text stays
 * untouched in the Doc, and `normalizeWithMap` returns an offset map so any span found
 * in the normalised text can be projected back onto the original.
 *
 * What it folds (general Arabic orthographic variation):
 *  - diacritics (tashkeel, Quranic marks, superscript alef), tatweel, bidi and zero-width marks: dropped
 *  - alef variants أ إ آ ٱ → ا;  ى → ي;  ة → ه;  ؤ → و;  ئ → ي;  Persian ی → ي, ک → ك, ە → ه
 *  - Arabic-Indic (٠-٩) and Persian (۰-۹) digits → ASCII
 *  - quote variants “ ” « » „ ‟ ″ ‘ ’ ‚ ‛ → " or ',  dash variants – — ― ‒ − → -
 *  - Arabic comma/semicolon/question mark are kept (they are punctuation, not variants)
 *  - presentation forms (ﻻ, ﺍ …) via NFKC on the character, one original offset for each output char
 */

const DROP = new Set<number>();
// Harakat, tanwin, shadda, sukun, superscript alef, Quranic annotation marks.
for (let c = 0x0610; c <= 0x061a; c++) DROP.add(c);
for (let c = 0x064b; c <= 0x065f; c++) DROP.add(c);
DROP.add(0x0670);
for (let c = 0x06d6; c <= 0x06ed; c++) DROP.add(c);
DROP.add(0x0640); // tatweel
for (const c of [0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x061c, 0xfeff, 0x2060, 0x00ad]) DROP.add(c);
for (let c = 0x202a; c <= 0x202e; c++) DROP.add(c);
for (let c = 0x2066; c <= 0x2069; c++) DROP.add(c);

const MAP = new Map<number, string>([
  [0x0623, 'ا'], // أ
  [0x0625, 'ا'], // إ
  [0x0622, 'ا'], // آ
  [0x0671, 'ا'], // ٱ
  [0x0672, 'ا'],
  [0x0673, 'ا'],
  [0x0649, 'ي'], // ى
  [0x0629, 'ه'], // ة
  [0x0624, 'و'], // ؤ
  [0x0626, 'ي'], // ئ
  [0x06cc, 'ي'], // Persian yeh
  [0x06d2, 'ي'], // yeh barree
  [0x06a9, 'ك'], // keheh
  [0x06af, 'ك'], // gaf → kaf (transliterated G is also written غ/ج; skeletons handle that)
  [0x06d5, 'ه'], // ae
  [0x06c1, 'ه'], // heh goal
  [0x06be, 'ه'],
  [0x201c, '"'],
  [0x201d, '"'],
  [0x201e, '"'],
  [0x201f, '"'],
  [0x00ab, '"'],
  [0x00bb, '"'],
  [0x2033, '"'],
  [0x2018, "'"],
  [0x2019, "'"],
  [0x201a, "'"],
  [0x201b, "'"],
  [0x2032, "'"],
  [0x2013, '-'],
  [0x2014, '-'],
  [0x2015, '-'],
  [0x2012, '-'],
  [0x2212, '-'],
  [0x00a0, ' '],
  [0x202f, ' '],
  [0x2009, ' '],
]);
for (let d = 0; d < 10; d++) {
  MAP.set(0x0660 + d, String(d));
  MAP.set(0x06f0 + d, String(d));
}

/** A precomputed table for the BMP: null = keep, '' = drop, string = replace. */
const TABLE: (string | null)[] = new Array(0x10000).fill(null);
for (const c of DROP) TABLE[c] = '';
for (const [c, s] of MAP) TABLE[c] = s;
// Arabic presentation forms A/B: NFKC folds them to base letters, then fold again.
for (let c = 0xfb50; c <= 0xfdff; c++) TABLE[c] = foldString(String.fromCharCode(c).normalize('NFKC'));
for (let c = 0xfe70; c <= 0xfefc; c++) TABLE[c] = foldString(String.fromCharCode(c).normalize('NFKC'));

function foldString(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (DROP.has(c)) continue;
    out += MAP.get(c) ?? ch;
  }
  return out;
}

export interface Normalized {
  /** The normalised text. */
  text: string;
  /** `map[i]` is the offset in the original text of normalised char i; `map[text.length]` = original length. */
  map: Int32Array;
  /** The original text (lets toOriginal keep a word's trailing diacritics inside the span). */
  original?: string;
}

/** Normalise and keep an offset map back to the original (for spans found on the normalised text). */
export function normalizeWithMap(input: string, options: { lowercase?: boolean } = {}): Normalized {
  const lower = options.lowercase ?? true;
  const map = new Int32Array(input.length * 2 + 1);
  let out = '';
  let n = 0;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    const r = TABLE[c];
    if (r === null) {
      let ch = input[i];
      if (lower && c >= 65 && c <= 90) ch = String.fromCharCode(c + 32);
      out += ch;
      map[n++] = i;
    } else if (r !== '') {
      out += r;
      for (let k = 0; k < r.length; k++) map[n++] = i;
    }
  }
  map[n] = input.length;
  return { text: out, map: map.slice(0, n + 1), original: input };
}

/** Project a span of the normalised text back onto the original text. */
export function toOriginal(norm: Normalized, start: number, end: number): { start: number; end: number } {
  const s = norm.map[start];
  // End: one past the original offset of the last normalised char in the span.
  let e = end > start ? norm.map[end - 1] + 1 : s;
  // Diacritics written on the span's last letter belong to it (الرئيسُ, not الرئيس + ُ).
  if (end > start && norm.original && isBaseLetter(norm.original.charCodeAt(e - 1))) {
    const limit = norm.map[end];
    while (e < limit && isCombiningMark(norm.original.charCodeAt(e))) e++;
  }
  return { start: s, end: e };
}

function isBaseLetter(c: number): boolean {
  return (c >= 0x0620 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d3) || c === 0x06d5 || (c >= 0x06fa && c <= 0x06ff);
}

function isCombiningMark(c: number): boolean {
  return (c >= 0x064b && c <= 0x065f) || c === 0x0670 || (c >= 0x0610 && c <= 0x061a) || (c >= 0x06d6 && c <= 0x06ed);
}

/** True for a UTF-16 code unit that normalisation drops (diacritics, tatweel, invisible marks). */
export function droppedByNormalize(code: number): boolean {
  return TABLE[code] === '';
}

/** Normalise a string for matching (no offset map): the fast path for tokens and lexicons. */
export function normalize(input: string): string {
  // Most words need no change: scan first, build only when something must change.
  let i = 0;
  for (; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (TABLE[c] !== null || (c >= 65 && c <= 90)) break;
  }
  if (i === input.length) return input;
  let out = input.slice(0, i);
  for (; i < input.length; i++) {
    const c = input.charCodeAt(i);
    const r = TABLE[c];
    if (r === null) out += c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : input[i];
    else out += r;
  }
  return out;
}

/** Normalise and also drop a leading definite article for looser lexicon keys. */
export function normalizeKey(input: string): string {
  return normalize(input).replace(/\s+/g, ' ').trim();
}

/** Strip only diacritics and tatweel, keep letters as written (for display forms). */
export function stripDiacritics(input: string): string {
  return input.replace(/[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g, '');
}

const ARABIC_LETTER = /[\u0621-\u064a\u0671-\u06d3\u06fa-\u06ff\ufb50-\ufdff\ufe70-\ufefc]/;
export function isArabicLetter(ch: string): boolean {
  return ARABIC_LETTER.test(ch);
}
