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

const PATTERN = new RegExp(
  [
    `(?<url>(?:https?:\\/\\/|www\\.)[^\\s<>"“”«»]+[^\\s<>"“”«».,;:!?،؛؟)\\]'])`,
    `(?<email>[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,})`,
    `(?<handle>@[A-Za-z0-9_]{1,30})`,
    `(?<hashtag>#[${AR}A-Za-z0-9_]+)`,
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

export function tokenize(text: string, from = 0, to = text.length): RawToken[] {
  const out: RawToken[] = [];
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    // whitespace fast path
    if (c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x3000 || c === 0x200e || c === 0x200f || c === 0xfeff || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) {
      i++;
      continue;
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
