import { normalize } from '../text/normalize.js';

/**
 * The matching form of text/normalize.ts, computed on typed arrays: one table lookup per
 * UTF-16 unit, output and offset map written into preallocated arrays and decoded once.
 * (String concatenation per character was the single largest cost of the time layer.)
 * The table is derived from `normalize()` itself, so both folds agree character by character.
 */

/** For each BMP unit: -1 keep as is, -2 drop, else index into MULTI or (if < 0x10000) the replacement unit. */
const SINGLE = new Int32Array(0x10000);
const MULTI: string[] = [];
const KEEP = -1;
const DROP = -2;

for (let c = 0; c < 0x10000; c++) {
  if (c >= 0xd800 && c <= 0xdfff) {
    SINGLE[c] = KEEP;
    continue;
  }
  const ch = String.fromCharCode(c);
  const f = normalize(ch);
  if (f === ch) SINGLE[c] = KEEP;
  else if (f.length === 0) SINGLE[c] = DROP;
  else if (f.length === 1) SINGLE[c] = f.charCodeAt(0);
  else {
    SINGLE[c] = 0x10000 + MULTI.length;
    MULTI.push(f);
  }
}

const decoder = new TextDecoder('utf-16le');

export interface Folded {
  text: string;
  /** `map[i]` is the original offset of folded unit i; `map[text.length]` = input length. */
  map: Int32Array;
}

export function fold(input: string): Folded {
  const len = input.length;
  const out = new Uint16Array(len * 2 + 1);
  const map = new Int32Array(len * 2 + 1);
  let n = 0;
  for (let i = 0; i < len; i++) {
    const c = input.charCodeAt(i);
    const r = SINGLE[c];
    if (r === KEEP) {
      out[n] = c;
      map[n++] = i;
    } else if (r === DROP) {
      continue;
    } else if (r < 0x10000) {
      out[n] = r;
      map[n++] = i;
    } else {
      const s = MULTI[r - 0x10000];
      for (let k = 0; k < s.length; k++) {
        out[n] = s.charCodeAt(k);
        map[n++] = i;
      }
    }
  }
  map[n] = len;
  return { text: decoder.decode(out.subarray(0, n)), map: map.subarray(0, n + 1) };
}

/** Original span of a folded span; the end takes in diacritics and tatweel that close the last word ("1430هـ", "حالياً"). */
export function foldedToOriginal(f: Folded, start: number, end: number, original: string): { start: number; end: number } {
  let e = end > start ? f.map[end - 1] + 1 : f.map[start];
  while (e < original.length && isMark(original.charCodeAt(e))) e++;
  return { start: f.map[start], end: e };
}

function isMark(c: number): boolean {
  return (c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640;
}

/** Letters and digits (for word boundaries), as a BMP lookup table. */
const WORDCHAR = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) if (/[\p{L}\p{N}]/u.test(String.fromCharCode(c))) WORDCHAR[c] = 1;

export function isWordChar(code: number): boolean {
  return WORDCHAR[code] === 1;
}
