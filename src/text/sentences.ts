import type { Paragraph, Sentence } from '../doc/types.js';

/**
 * Paragraph and sentence segmentation for Arabic news text.
 *
 * Paragraphs are lines (scraped articles put one paragraph per line). Inside a paragraph
 * a sentence ends at . ! ? ؟ … (and runs of them), followed by any closing quotes or
 * brackets, then whitespace. Not a boundary:
 *  - a full stop inside a number, time or date (3.5, 9:21:37, 12.1.2022): no whitespace follows;
 *  - a full stop after an abbreviation: a single letter (د. م. U.S.), or a known short form (ص. ج. Dr. Mr.);
 *  - Arabic comma ، and semicolon ؛ (clause separators, not sentence ends);
 *  - a full stop followed by a lower-case Latin letter or a digit continuing the clause.
 * A full stop glued to the next Arabic word ("الاجتماع.وبدأ", a common typing slip) is a
 * boundary, unless the word before it is a letter name of an acronym (إن.بي.سي، إل.جي).
 * The Urdu full stop ۔ ends a sentence too.
 */

const TERMINATORS = '.!?؟…۔';
/** Arabic spellings of Latin letter names, the parts of transliterated acronyms (بي.بي.سي). */
const LETTER_NAMES = new Set(['ايه', 'إيه', 'اي', 'إي', 'بي', 'سي', 'دي', 'جي', 'اف', 'إف', 'اتش', 'إتش', 'آي', 'جاي', 'كي', 'كيه', 'ال', 'إل', 'ام', 'إم', 'ان', 'إن', 'او', 'أو', 'كيو', 'ار', 'آر', 'اس', 'إس', 'تي', 'يو', 'في', 'اكس', 'إكس', 'واي', 'زد', 'زي']);
const CLOSERS = '"\'”’»)]}›';
const ABBREVIATIONS = new Set([
  'د', 'م', 'ص', 'ج', 'ق', 'هـ', 'ه', 'أ', 'ا', 'ت', 'س', 'ش', 'ع', 'مج', 'ط', 'ب',
  'dr', 'mr', 'mrs', 'ms', 'prof', 'st', 'no', 'vs', 'etc', 'inc', 'ltd', 'co', 'jr', 'sr', 'gen', 'col', 'lt', 'sgt', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

export function splitParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let i = 0;
  while (i <= text.length) {
    let nl = text.indexOf('\n', i);
    if (nl < 0) nl = text.length;
    let s = i;
    let e = nl;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e, lang: 'ar' });
    i = nl + 1;
  }
  return out;
}

export function splitSentences(text: string, paragraphs: Paragraph[]): Sentence[] {
  const out: Sentence[] = [];
  paragraphs.forEach((p, pi) => {
    let s = p.start;
    let i = p.start;
    while (i < p.end) {
      const ch = text[i];
      const code = text.charCodeAt(i);
      if ((code === 46 || code === 33 || code === 63 || code === 0x061f || code === 0x2026 || code === 0x06d4) && TERMINATORS.includes(ch)) {
        let j = i + 1;
        while (j < p.end && TERMINATORS.includes(text[j])) j++;
        while (j < p.end && CLOSERS.includes(text[j])) j++;
        const atEnd = j >= p.end;
        if (atEnd || isSpace(text.charCodeAt(j)) || (j === i + 1 && code === 46 && gluedBoundary(text, s, i))) {
          if (atEnd || isBoundary(text, s, i, j, p.end)) {
            pushTrimmed(out, text, s, j, pi);
            s = j;
          }
        }
        i = j;
        continue;
      }
      i++;
    }
    pushTrimmed(out, text, s, p.end, pi);
  });
  return out;
}

/** "كلمة.كلمة": a boundary when Arabic words of 2+ letters meet at the dot and the first is not a letter name. */
function gluedBoundary(text: string, sentStart: number, dot: number): boolean {
  if (!isArabicLetterCode(text.charCodeAt(dot + 1)) || !isArabicLetterCode(text.charCodeAt(dot + 2))) return false;
  let w = dot;
  while (w > sentStart && isArabicLetterCode(text.charCodeAt(w - 1))) w--;
  if (dot - w < 2 || (w > sentStart && text[w - 1] === '.')) return false;
  return !LETTER_NAMES.has(text.slice(w, dot)) && !ABBREVIATIONS.has(text.slice(w, dot));
}

function isArabicLetterCode(c: number): boolean {
  return c >= 0x0621 && c <= 0x064a;
}

function isBoundary(text: string, sentStart: number, term: number, after: number, end: number): boolean {
  if (text[term] === '.') {
    // Word right before the dot.
    let w = term;
    while (w > sentStart && !isSpace(text.charCodeAt(w - 1)) && !'(«"“'.includes(text[w - 1])) w--;
    const word = text.slice(w, term).replace(/\./g, '').toLowerCase();
    // A list number opening the line ("1. الانسحاب") is a marker, not a sentence.
    if (w === sentStart && /^[0-9\u0660-\u0669]{1,2}$/.test(word)) return false;
    if (word.length > 0 && (ABBREVIATIONS.has(word) || /^[A-Za-z]$/.test(word) || /^([A-Za-z]\.)+[A-Za-z]$/.test(text.slice(w, term)))) return false;
  }
  // Next visible char: a lower-case Latin letter continues the sentence.
  let k = after;
  while (k < end && isSpace(text.charCodeAt(k))) k++;
  if (k >= end) return true;
  const next = text[k];
  if (/[a-z]/.test(next)) return false;
  return true;
}

function pushTrimmed(out: Sentence[], text: string, s: number, e: number, paragraph: number): void {
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  if (e > s) out.push({ start: s, end: e, paragraph });
}

/** Whitespace, plus the invisible bidi and zero-width marks that pad scraped Arabic lines (no paragraph is made of them alone). */
function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || (c >= 0x2000 && c <= 0x200f) || c === 0x202f || c === 0x3000 || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c === 0xfeff || c === 0x061c || c === 0x2060;
}
