import iconv from 'iconv-lite';
import chardet from 'chardet';
import { RasdError } from '../errors.js';

/**
 * Bytes → text with encoding detection: BOMs first (UTF-8, UTF-16 LE/BE), then strict UTF-8,
 * then UTF-16 without BOM (many NUL bytes in alternate positions), then chardet's guess
 * restricted to the encodings Arabic sites actually use (windows-1256, ISO-8859-6), decoded
 * with iconv-lite. Binary data (NULs that are not UTF-16, control bytes) is refused.
 */

export interface Decoded {
  text: string;
  encoding: string;
}

const ARABIC_SINGLE_BYTE = ['windows-1256', 'ISO-8859-6'];

export function decode(bytes: Uint8Array, name = 'input'): Decoded {
  if (bytes.length === 0) throw new RasdError('E_INPUT_EMPTY', `${name} is empty`);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: utf8(bytes.subarray(3)), encoding: 'UTF-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le'), encoding: 'UTF-16LE' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be'), encoding: 'UTF-16BE' };
  const utf16 = guessUtf16(bytes);
  if (utf16) return { text: iconv.decode(Buffer.from(bytes), utf16 === 'le' ? 'utf-16le' : 'utf-16be'), encoding: utf16 === 'le' ? 'UTF-16LE' : 'UTF-16BE' };
  if (looksBinary(bytes)) throw new RasdError('E_INPUT_BINARY', `${name} looks like a binary file, not text (control bytes found); give a .txt, .html, .json or .jsonl file`);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    // not valid UTF-8: either UTF-8 with a few corrupt bytes, or a legacy single-byte encoding
  }
  const lenient = new TextDecoder('utf-8').decode(bytes);
  let replaced = 0;
  let multiByte = 0;
  for (let i = 0; i < lenient.length; i++) {
    const c = lenient.charCodeAt(i);
    if (c === 0xfffd) replaced++;
    else if (c >= 0x80) multiByte++;
  }
  // Mostly well-formed UTF-8 with a few broken bytes: keep it as UTF-8 (the bad bytes become
  // U+FFFD and the document gets a diagnostic) rather than misreading the whole file.
  if (multiByte > 0 && replaced <= Math.max(3, multiByte * 0.01)) return { text: lenient, encoding: 'UTF-8' };
  const guesses = chardet.analyse(bytes);
  let encoding = 'windows-1256';
  for (const g of guesses) {
    const n = g.name.toUpperCase();
    if (n === 'ISO-8859-6') {
      encoding = 'ISO-8859-6';
      break;
    }
    if (n === 'WINDOWS-1256') break;
  }
  // ISO-8859-6 leaves the bytes 0xA1-0xAB and 0xE0 ranges it does not define unmapped; prefer windows-1256 if those occur.
  if (encoding === 'ISO-8859-6' && hasUndefinedIso88596(bytes)) encoding = 'windows-1256';
  if (!ARABIC_SINGLE_BYTE.includes(encoding)) encoding = 'windows-1256';
  return { text: iconv.decode(Buffer.from(bytes), encoding), encoding };
}

function utf8(bytes: Uint8Array): string {
  // After a UTF-8 BOM, invalid sequences are replaced (and reported by the caller as U+FFFD).
  return new TextDecoder('utf-8').decode(bytes);
}

function guessUtf16(bytes: Uint8Array): 'le' | 'be' | null {
  const n = Math.min(bytes.length, 4000) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  // Latin text in UTF-16 has a NUL in every pair; Arabic (U+06xx) has 0x06 instead, so look for 0x06 too.
  let even06 = 0;
  let odd06 = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0x06) even06++;
    if (bytes[i + 1] === 0x06) odd06++;
  }
  if ((oddNul + odd06) / pairs > 0.6 && evenNul < pairs * 0.05) return 'le';
  if ((evenNul + even06) / pairs > 0.6 && oddNul < pairs * 0.05) return 'be';
  return null;
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8000);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  return control / n > 0.02;
}

function hasUndefinedIso88596(bytes: Uint8Array): boolean {
  for (const b of bytes) if ((b >= 0xa1 && b <= 0xab && b !== 0xa4) || (b >= 0xf3 && b <= 0xff)) return true;
  return false;
}
