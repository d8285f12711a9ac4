import { isValidYMD } from '../../time/calendar.js';
import { ENGLISH_MONTH } from '../../time/lexicon.js';
import type { Language, Paragraph, Span } from '../../doc/types.js';
import { identifyLanguage } from '../../text/langid.js';

/**
 * Social posts embedded in an article as text: the post on its own paragraph, then a signature
 * line "— Name (@handle) Month D, YYYY" (the form Twitter's embed code leaves when the script
 * does not run). The post is a quote by that account, in the paragraph's language, on that date.
 */

export interface SocialPost extends Span {
  lang: Language;
  name: string;
  nameSpan: Span;
  handleSpan: Span | null;
  date: string | null;
  /** The signature up to the handle: "— Jens Stoltenberg (@jensstoltenberg)". */
  cue: string;
  cueSpan: Span;
}

const SIGNATURE = /^[—–―-]\s*([^()\n@]{2,80}?)\s*\((@[A-Za-z0-9_]{1,30})\)\s*(.*)$/;

const MONTH_DAY_YEAR = /([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})/;
const DAY_MONTH_YEAR = /(\d{1,2})\s+([A-Za-z]+)\.?,?\s+(\d{4})/;

export function parseEnglishDate(s: string): string | null {
  let m = MONTH_DAY_YEAR.exec(s);
  let month: number | undefined;
  let day: string;
  let year: string;
  if (m && (month = ENGLISH_MONTH.get(m[1].toLowerCase()))) {
    day = m[2];
    year = m[3];
  } else if ((m = DAY_MONTH_YEAR.exec(s)) && (month = ENGLISH_MONTH.get(m[2].toLowerCase()))) {
    day = m[1];
    year = m[3];
  } else return null;
  if (!isValidYMD(Number(year), month, Number(day))) return null;
  return `${year}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** The same signature closing the post's own paragraph (the embed flattened to one line); the date is required. */
const INLINE_SIGNATURE = /\s[—–―]\s*([^()\n@—–―]{2,80}?)\s*\((@[A-Za-z0-9_]{1,30})\)\s*([A-Za-z]+\.? \d{1,2}, \d{4}|\d{1,2} [A-Za-z]+ \d{4})\s*$/;

export function findSocialPosts(text: string, paragraphs: readonly Paragraph[]): SocialPost[] {
  const out: SocialPost[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    const line = text.slice(p.start, p.end);
    const inline = i === 0 || !SIGNATURE.test(line) ? INLINE_SIGNATURE.exec(line) : null;
    if (inline && inline.index > 0) {
      const sigStart = p.start + inline.index + 1;
      const name = inline[1].trim();
      const nameStart = p.start + line.indexOf(name, inline.index);
      const handleStart = p.start + line.indexOf(inline[2], nameStart - p.start + name.length);
      let end = p.start + inline.index;
      while (end > p.start && /\s/.test(text[end - 1])) end--;
      out.push({
        start: p.start,
        end,
        lang: identifyLanguage(text.slice(p.start, end)),
        name,
        nameSpan: { start: nameStart, end: nameStart + name.length },
        handleSpan: { start: handleStart, end: handleStart + inline[2].length },
        date: parseEnglishDate(inline[3]),
        cue: text.slice(sigStart, handleStart + inline[2].length + 1),
        cueSpan: { start: sigStart, end: handleStart + inline[2].length + 1 },
      });
      continue;
    }
    if (i === 0) continue;
    const m = SIGNATURE.exec(line);
    if (!m) continue;
    const post = paragraphs[i - 1];
    const name = m[1].trim();
    const nameStart = p.start + line.indexOf(m[1]) + (m[1].length - m[1].trimStart().length);
    const handleStart = p.start + line.indexOf(m[2], nameStart - p.start + name.length);
    const cueEnd = handleStart + m[2].length + 1;
    out.push({
      start: post.start,
      end: post.end,
      lang: post.lang,
      name,
      nameSpan: { start: nameStart, end: nameStart + name.length },
      handleSpan: { start: handleStart, end: handleStart + m[2].length },
      date: parseEnglishDate(m[3]),
      cue: text.slice(p.start, cueEnd),
      cueSpan: { start: p.start, end: cueEnd },
    });
  }
  return out;
}
