import type { Paragraph } from '../../doc/types.js';

/**
 * Quotation-mark pairing for scraped Arabic news: “…”, «…», "…", „…“, ‘…’, and the mixed
 * or unbalanced pairs pages contain (”…” used both ways, a quote never closed).
 *
 * Each mark is classified as an opener or a closer from its context first (space before and
 * a letter after opens; a letter before and a space/punctuation after closes), falling back on
 * the glyph when the context is symmetric. Pairs are matched with a stack, so quotes nest
 * (a term in quotes inside a quotation). Straight quotes pair only inside their paragraph;
 * a curly or angle opener left open may be closed by a closer ending a later paragraph
 * (a long quotation running over several paragraphs); anything still open ends at the end
 * of its own paragraph.
 */

export interface QuotedSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or -1 when the quote was never closed. */
  close: number;
  /** Content, trimmed of whitespace (marks excluded). */
  start: number;
  end: number;
  /** Paragraph index of the opening mark. */
  paragraph: number;
  /** Number of words inside. */
  words: number;
}

const OPEN_GLYPHS = new Set(['“', '«', '„', '‘', '‹']);
// ″ (double prime) stands in for a closing quote on some sites.
const CLOSE_GLYPHS = new Set(['”', '»', '’', '›', '″']);
const STRAIGHT = new Set(['"', "'"]);
const ALL_MARKS = /["'“”«»„‘’‹›″]/g;
/** Characters after which a mark opens (besides whitespace). */
const OPEN_CONTEXT = new Set([':', '(', '[', '،', ',', '-', '–', '—', '/', '“', '«', '„', '"']);
/** Characters before which a mark closes (besides whitespace). */
const CLOSE_CONTEXT = new Set(['.', '،', ',', ':', ';', '؛', '!', '?', '؟', ')', ']', '…', '-', '–', '—', '”', '»', '"', '″']);

function isSpace(ch: string | undefined): boolean {
  return ch === undefined || ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || ch === '\u00a0' || ch === '\u200f' || ch === '\u200e';
}

function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return (c >= 0x0600 && c <= 0x06ff && c !== 0x060c && c !== 0x061b && c !== 0x061f) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0x00c0 && c <= 0x024f);
}

interface OpenMark {
  pos: number;
  paragraph: number;
  straight: boolean;
}

export function findQuotedSpans(text: string, paragraphs: readonly Paragraph[]): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  const pending: OpenMark[] = []; // curly/angle openers still open after their paragraph
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const p = paragraphs[pi];
    const tail = tailStart(text, p.start, p.end);
    const stack: OpenMark[] = [];
    let straightOpen = 0; // straight openers on the stack
    ALL_MARKS.lastIndex = p.start;
    let m: RegExpExecArray | null;
    while ((m = ALL_MARKS.exec(text)) && m.index < p.end) {
      const pos = m.index;
      const ch = m[0];
      const before = pos > p.start ? text[pos - 1] : undefined;
      const after = pos + 1 < p.end ? text[pos + 1] : undefined;
      // An apostrophe inside a word (Russia’s, don't) is not a quotation mark.
      if ((ch === "'" || ch === '’') && isWordChar(before) && isWordChar(after)) continue;
      const canOpen = !isSpace(after) && (isSpace(before) || OPEN_CONTEXT.has(before!));
      const canClose = !isSpace(before) && (isSpace(after) || CLOSE_CONTEXT.has(after!));
      const straight = STRAIGHT.has(ch);
      let role: 'open' | 'close';
      if (canOpen && !canClose) role = 'open';
      else if (canClose && !canOpen) role = 'close';
      else if (OPEN_GLYPHS.has(ch)) role = stack.length > 0 && !stack[stack.length - 1].straight && isWordChar(before) ? 'close' : 'open';
      else if (CLOSE_GLYPHS.has(ch)) role = stack.length > 0 || pending.length > 0 ? 'close' : 'open';
      // A straight quote with the same context on both sides closes the innermost straight opener, if any.
      else role = straightOpen > 0 ? 'close' : 'open';
      if (role === 'open') {
        stack.push({ pos, paragraph: pi, straight });
        if (straight) straightOpen++;
        continue;
      }
      const opener = stack.pop();
      if (opener) {
        if (opener.straight) straightOpen--;
        out.push(span(text, opener.pos, pos, opener.paragraph));
        continue;
      }
      // A closer with nothing open in this paragraph: it may end a quote from an earlier paragraph,
      // but only when it ends its paragraph (the last quotation mark before the final punctuation).
      if (!straight && pending.length > 0 && pos + 1 >= tail) {
        const o = pending.pop()!;
        out.push(span(text, o.pos, pos, o.paragraph));
      }
    }
    for (const o of stack) {
      if (o.straight) out.push(span(text, o.pos, -1, o.paragraph, p.end));
      else pending.push(o);
    }
  }
  for (const o of pending) out.push(span(text, o.pos, -1, o.paragraph, paragraphs[o.paragraph].end));
  return out.sort((a, b) => a.open - b.open);
}

/** Where the paragraph's closing run (spaces, closing marks, final punctuation) begins. */
function tailStart(text: string, start: number, end: number): number {
  let i = end;
  while (i > start && (isSpace(text[i - 1]) || CLOSE_CONTEXT.has(text[i - 1]))) i--;
  return i;
}

function span(text: string, open: number, close: number, paragraph: number, paragraphEnd = close): QuotedSpan {
  let s = open + 1;
  let e = close >= 0 ? close : paragraphEnd;
  while (s < e && isSpace(text[s])) s++;
  while (e > s && isSpace(text[e - 1])) e--;
  return { open, close, start: s, end: e, paragraph, words: countWords(text, s, e) };
}

function countWords(text: string, s: number, e: number): number {
  let n = 0;
  let inWord = false;
  for (let i = s; i < e; i++) {
    const w = isWordChar(text[i]);
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
}
