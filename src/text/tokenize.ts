import type { TokenKind } from '../doc/types.js';
import { normalize } from './normalize.js';

/**
 * Tokeniser for Arabic news text mixed with Latin, numbers, social-media markup and emoji.
 * One sticky regex with named alternatives, tried in priority order; offsets are UTF-16
 * offsets into the input. Clitics are *not* split here: a token is a whitespace/punctuation
 * delimited word; clitic segmentations are proposed by text/clitics.ts on demand.
 */

export interface RawToken {
  start: number;
  end: number;
  kind: TokenKind;
}

// Arabic letters, diacritics, tatweel, presentation forms, zero-width joiners inside words.
const AR = '\\u0610-\\u061a\\u0620-\\u065f\\u066e-\\u06d3\\u06d5-\\u06ff\\u0750-\\u077f\\u08a0-\\u08ff\\ufb50-\\ufdff\\ufe70-\\ufefc\\u200c\\u200d';
const DIGIT = '0-9\\u0660-\\u0669\\u06f0-\\u06f9';
/** AR without the zero-width (non-)joiners, which never end a word or hashtag. */
const AR_LETTERS = AR.replace('\\u200c\\u200d', '');
// Invisible bidi and zero-width marks: never part of a URL (an RLM right after a link is common in RTL text).
const INVISIBLE = '\\u200b-\\u200f\\u202a-\\u202e\\u2066-\\u2069\\ufeff';

const PATTERN = new RegExp(
  [
    `(?<url>(?:https?:\\/\\/|www\\.)[^\\s<>"“”«»${INVISIBLE}\\p{Extended_Pictographic}]+[^\\s<>"“”«».,;:!?،؛؟)\\]'${INVISIBLE}\\p{Extended_Pictographic}])`,
    `(?<email>[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,})`,
    `(?<handle>@[A-Za-z0-9_]{1,30})`,
    `(?<hashtag>#[${AR}A-Za-z0-9_]*[${AR_LETTERS}A-Za-z0-9_])`,
    // 12/01/2022, 9:21:37, 3.5, 1,000, 12.1.2022, 2022-01-12, ٢٠٢٢
    `(?<number>[${DIGIT}]+(?:[.,:/٫٬\\-][${DIGIT}]+)*)`,
    `(?<word>[${AR}]+)`,
    `(?<latin>[A-Za-z\\u00c0-\\u024f]+(?:['’][A-Za-z]+)*)`,
    `(?<emoji>\\p{Extended_Pictographic}(?:\\u200d\\p{Extended_Pictographic}|[\\ufe0f\\u{1f3fb}-\\u{1f3ff}])*)`,
    `(?<punct>[.!?؟،,;؛:…"'“”«»„‘’()\\[\\]{}\\-–—―/\\\\•·*_|]+?)`,
    `(?<symbol>\\S)`,
  ].join('|'),
  'guy',
);

const KINDS: TokenKind[] = ['url', 'email', 'handle', 'hashtag', 'number', 'word', 'latin', 'emoji', 'punct', 'symbol'];

/** Character classes for the scanner's fast path. */
const C_OTHER = 0;
const C_SPACE = 1;
const C_AR = 2;
const C_LATIN = 3;
const C_DIGIT = 4;
const CLASS = new Uint8Array(0x10000);
for (const c of [9, 10, 11, 12, 13, 32, 0xa0, 0x202f, 0x3000, 0x200e, 0x200f, 0xfeff, 0x200b]) CLASS[c] = C_SPACE;
for (let c = 0x2000; c <= 0x200a; c++) CLASS[c] = C_SPACE;
for (let c = 0x202a; c <= 0x202e; c++) CLASS[c] = C_SPACE;
for (let c = 0x2066; c <= 0x2069; c++) CLASS[c] = C_SPACE;
const AR_RANGES: [number, number][] = [[0x0610, 0x061a], [0x0620, 0x065f], [0x066e, 0x06d3], [0x06d5, 0x06ff], [0x0750, 0x077f], [0x08a0, 0x08ff], [0xfb50, 0xfdff], [0xfe70, 0xfefc], [0x200c, 0x200d]];
for (const [a, b] of AR_RANGES) for (let c = a; c <= b; c++) CLASS[c] = C_AR;
for (let c = 0x0660; c <= 0x0669; c++) CLASS[c] = C_DIGIT;
for (let c = 0x06f0; c <= 0x06f9; c++) CLASS[c] = C_DIGIT;
for (let c = 48; c <= 57; c++) CLASS[c] = C_DIGIT;
for (let c = 65; c <= 90; c++) CLASS[c] = C_LATIN;
for (let c = 97; c <= 122; c++) CLASS[c] = C_LATIN;
for (let c = 0xc0; c <= 0x24f; c++) if (c !== 0xd7 && c !== 0xf7) CLASS[c] = C_LATIN;

export function tokenize(text: string, from = 0, to = text.length): RawToken[] {
  const out: RawToken[] = [];
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    const cls = CLASS[c];
    if (cls === C_SPACE) {
      i++;
      continue;
    }
    // Fast path: a plain Arabic word (the bulk of the text) needs no regex.
    if (cls === C_AR) {
      // Zero-width (non-)joiners belong inside a word, never at its edges.
      if (c === 0x200c || c === 0x200d) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < to && CLASS[text.charCodeAt(j)] === C_AR) j++;
      while (text.charCodeAt(j - 1) === 0x200c || text.charCodeAt(j - 1) === 0x200d) j--;
      out.push({ start: i, end: j, kind: 'word' });
      i = j;
      continue;
    }
    // Plain Latin word not starting a URL (www.) and not followed by @ (an email).
    if (cls === C_LATIN && c !== 119 && c !== 104 && c !== 87 && c !== 72) {
      let j = i + 1;
      while (j < to && CLASS[text.charCodeAt(j)] === C_LATIN) j++;
      const next = text.charCodeAt(j);
      if (next !== 64 && next !== 39 && next !== 0x2019 && next !== 46 && next !== 95 && CLASS[next] !== C_DIGIT) {
        out.push({ start: i, end: j, kind: 'latin' });
        i = j;
        continue;
      }
    }
    PATTERN.lastIndex = i;
    const m = PATTERN.exec(text);
    if (!m || m[0].length === 0) {
      i++;
      continue;
    }
    let end = i + m[0].length;
    if (end > to) end = to;
    const g = m.groups!;
    let kind: TokenKind = 'symbol';
    for (const k of KINDS) {
      if (g[k] !== undefined) {
        kind = k;
        break;
      }
    }
    out.push({ start: i, end, kind });
    i = end;
  }
  return out;
}

/** Matching form of a token: Arabic normalisation, Latin lower-cased. */
export function tokenNorm(surface: string, kind: TokenKind): string {
  if (kind === 'word' || kind === 'hashtag' || kind === 'number' || kind === 'punct') return normalize(surface);
  if (kind === 'latin' || kind === 'handle') return surface.toLowerCase();
  return surface;
}
