import { addDays, diffDays, formatYMD, parseYMD, weekday, type YMD } from './calendar.js';
import { parseTimexes, type ParsedTimex, type TimeCue } from './recognize.js';

/**
 * Publication date of an article from its own text, when no metadata gave it:
 *  1. stated: a full date near the top — a short line (metadata row, dateline), a source
 *     parenthesis "(… / سبوتنيك - 12 كانون الثاني 2022ء)", or a date opening a line
 *     ("اليوم الأربعاء الموافق : 12/01/2022 …") — first in the page-chrome lines the ingest
 *     removed, then in the first lines of the text; a clock time right after it is kept;
 *  2. inferred: among the text's own absolute dates, the one its cues agree with —
 *     "اليوم الجمعة" / "أمس الخميس" fix the weekday of writing, "ديسمبر الجاري" the month,
 *     "يناير المقبل" a later month, a bare weekday ("يوم الأربعاء") a nearby matching day.
 * Returns null rather than guessing.
 */

export interface PublishedGuess {
  /** YYYY-MM-DD. */
  date: string;
  /** ISO timestamp when a clock time is stated with the date. */
  time: string | null;
  certainty: 'stated' | 'inferred';
  /** The date text as printed (stated) or a short reason (inferred). */
  evidence: string;
}

/** How far into the text a stated date may sit: lines and characters. */
const HEAD_LINES = 8;
const HEAD_CHARS = 700;
/** A line this short holding a full date is a metadata row or dateline, not a sentence. */
const SHORT_LINE = 40;
/** … or a longer line of which the date is this share (non-space characters). */
const DATE_SHARE = 0.4;
/** Online news is dated after this year; an older "stated" date is a historical mention. */
const MIN_PUBLISHED_YEAR = 1990;
const MAX_PUBLISHED_YEAR = 2100;
/** A parenthesised source/credit group this short may carry the date. */
const SHORT_PAREN = 140;
/** Minimum agreement score for an inferred date (one weekday-of-writing cue, or two weaker cues). */
const MIN_INFER_SCORE = 2;
/** Candidate days for inference: within this many days of the latest full date in the text. */
const RECENT_DAYS = 7;
/** Text allowed before a date that opens its line ("بتاريخ", "نشر في:", "موسكو -"). */
const LINE_LABEL = 16;
/** Bullets, icons and a Latin icon label ("• clock") before a metadata date. */
const LEADING_CHROME = /^[^\p{L}\p{N}]*(?:\p{Script=Latin}+\s*)?/u;

const HANDLE = /(?:^|[\s(])@[A-Za-z0-9_]{1,30}\b/;
const FULL_DAY = /^\d{4}-\d{2}-\d{2}$/;
const FULL_DAY_TIME = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}/;
const WEEKDAY_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function lineBounds(text: string, at: number): { start: number; end: number } {
  let start = text.lastIndexOf('\n', at - 1) + 1;
  let end = text.indexOf('\n', at);
  if (end < 0) end = text.length;
  return { start, end };
}

/** Whether a full date at [start, end) looks printed as the article's date rather than mentioned in a sentence. */
function looksStated(text: string, start: number, end: number, firstLine: boolean): boolean {
  const line = lineBounds(text, start);
  // An embedded post's signature ("— Name (@handle) December 31, 2021") dates the post, not the article.
  if (HANDLE.test(text.slice(line.start, line.end))) return false;
  const lineText = text.slice(line.start, line.end).replace(/\s+/g, '');
  // A metadata row or dateline: the date is most of its line.
  if (lineText.length <= SHORT_LINE || (end - start) / Math.max(1, lineText.length) >= DATE_SHARE) return true;
  // Opening the title line, or opening a line and closed by a separator ("12/01/2022 - بروكسل:").
  const label = text.slice(line.start, start).replace(LEADING_CHROME, '').trim();
  if (label.length <= LINE_LABEL && (firstLine || /^\s*(?:[:|\-–—(]|$)/u.test(text.slice(end, end + 3)))) return true;
  // Inside a short parenthesis: "(… / وكالة - 12 كانون الثاني 2022ء)".
  const open = text.lastIndexOf('(', start);
  const close = text.indexOf(')', end);
  if (open >= line.start && close >= 0 && close <= line.end && close - open <= SHORT_PAREN && text.lastIndexOf(')', start) < open) return true;
  return false;
}

interface Dated {
  item: ParsedTimex;
  day: string;
  text: string;
  source: string;
}

function statedIn(text: string, items: readonly ParsedTimex[], limit: number, chrome: boolean): PublishedGuess | null {
  const firstLineEnd = firstLineEndOf(text);
  for (let i = 0; i < items.length; i++) {
    const t = items[i];
    if (t.start >= limit) break;
    if (t.relative || t.onDay) continue;
    const v = t.value(null);
    if (!v) continue;
    const m = FULL_DAY.test(v) ? v : FULL_DAY_TIME.exec(v)?.[1];
    if (!m || !plausible(m)) continue;
    if (!chrome && !looksStated(text, t.start, t.end, t.start < firstLineEnd)) continue;
    let end = t.end;
    let time: string | null = v.length > 10 && /T\d/.test(v) ? v : null;
    const next = items[i + 1];
    if (next?.onDay && /^[\s,،\-|]*$/.test(text.slice(t.end, next.start)) && next.start - t.end <= 4) {
      const tv = next.onDay(m);
      if (tv && /T\d/.test(tv)) {
        time = tv;
        end = next.end;
      }
    }
    return { date: m, time, certainty: 'stated', evidence: text.slice(t.start, end) };
  }
  return null;
}

function plausible(day: string): boolean {
  const y = parseInt(day.slice(0, 4), 10);
  return y >= MIN_PUBLISHED_YEAR && y <= MAX_PUBLISHED_YEAR;
}

/** End of the first non-empty line (the title, in most raw texts). */
function firstLineEndOf(text: string): number {
  const m = /\S/.exec(text);
  if (!m) return 0;
  const nl = text.indexOf('\n', m.index);
  return nl < 0 ? text.length : nl;
}

function headLimit(text: string): number {
  let at = 0;
  for (let lines = 0; lines < HEAD_LINES && at < text.length; ) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 ? text.length : nl;
    if (text.slice(at, end).trim()) lines++;
    at = end + 1;
  }
  return Math.min(at, HEAD_CHARS, text.length);
}

/** A stated date in the removed page-chrome lines or the head of the text. */
export function findStatedPublished(text: string, items: readonly ParsedTimex[], removed: readonly string[] = []): PublishedGuess | null {
  for (const line of removed) {
    const found = statedIn(line, parseTimexes(line).items, line.length, true);
    if (found) return found;
  }
  return statedIn(text, items, headLimit(text), false);
}

interface Scored {
  day: YMD;
  score: number;
  reasons: string[];
}

/** A date the text's own references agree on (see the file comment), or null. */
export function inferPublished(text: string, items: readonly ParsedTimex[], removed: readonly string[] = []): PublishedGuess | null {
  const dated: Dated[] = [];
  const collect = (src: string, list: readonly ParsedTimex[], source: string) => {
    for (const t of list) {
      if (t.relative || t.onDay || t.future) continue;
      const v = t.value(null);
      const m = v && (FULL_DAY.test(v) ? v : FULL_DAY_TIME.exec(v)?.[1]);
      if (m && plausible(m)) dated.push({ item: t, day: m, text: src.slice(t.start, t.end), source });
    }
  };
  collect(text, items, 'text');
  for (const line of removed) collect(line, parseTimexes(line).items, 'removed');
  if (dated.length === 0) return null;
  // Only the most recent dates can be the day of writing (an article reports what came before it).
  const latest = dated.reduce((a, d) => (d.day > a ? d.day : a), dated[0].day);
  const latestDay = parseYMD(latest)!;
  const recent = dated.filter((d) => diffDays(latestDay, parseYMD(d.day)!) <= RECENT_DAYS);

  const cues = cuesOf(text, items);

  // Candidates: each absolute date, and the day a "أمس/غدا X" cue implies from it.
  const candidates = new Map<string, { day: YMD; from: Dated }>();
  for (const d of recent) {
    const day = parseYMD(d.day);
    if (!day) continue;
    candidates.set(d.day, { day, from: d });
    for (const { cue } of cues) {
      // "أمس الأربعاء" next to a date that is a Wednesday: written the day after that date.
      if (cue.offset && cue.weekday === weekday(day)) {
        const shifted = addDays(day, -cue.offset);
        const k = formatYMD(shifted);
        if (!candidates.has(k)) candidates.set(k, { day: shifted, from: d });
      }
    }
  }

  return pickCandidate(
    [...candidates.values()].map(({ day, from }) => ({ day, why: `the date ${from.text} (${formatYMD(parseYMD(from.day)!)}, a ${WEEKDAY_EN[weekday(parseYMD(from.day)!)]})` })),
    cuesOf(text, items),
  );
}

function cuesOf(text: string, items: readonly ParsedTimex[]): { cue: TimeCue; text: string }[] {
  const cues: { cue: TimeCue; text: string }[] = [];
  for (const t of items) if (t.cue) cues.push({ cue: t.cue, text: text.slice(t.start, t.end) });
  return cues;
}

/** Score candidate days by the text's cues; the best one with a weekday agreeing, or null. */
function pickCandidate(candidates: { day: YMD; why: string }[], cues: { cue: TimeCue; text: string }[]): PublishedGuess | null {
  let best: Scored | null = null;
  for (const { day, why } of candidates) {
    const wd = weekday(day);
    let score = 0;
    const reasons: string[] = [];
    for (const { cue, text: cueText } of cues) {
      if (cue.weekday !== undefined && cue.offset !== undefined) {
        // "اليوم الجمعة" / "أمس الخميس": the weekday of writing.
        const writingWd = (((cue.weekday - cue.offset) % 7) + 7) % 7;
        if (writingWd === wd) {
          score += 3;
          reasons.push(`'${cueText}'`);
        } else score -= 3;
      } else if (cue.weekday !== undefined) {
        if (cue.weekday === wd) {
          score += 1;
          reasons.push(`'${cueText}'`);
        }
      } else if (cue.currentMonth !== undefined) {
        if (cue.currentMonth === day.m) score += 1;
        else score -= 2;
      } else if (cue.nextMonth !== undefined) {
        const ahead = (cue.nextMonth - day.m + 12) % 12;
        if (ahead > 0 && ahead <= 6) score += 1;
        else score -= 2;
      }
    }
    // Month cues narrow the choice but cannot fix a day on their own: a weekday must agree.
    if (reasons.length === 0) continue;
    const isBetter = !best || score > best.score || (score === best.score && formatYMD(day) > formatYMD(best.day));
    if (isBetter && score >= MIN_INFER_SCORE) best = { day, score, reasons: [...new Set(reasons), why] };
  }
  if (!best) return null;
  return { date: formatYMD(best.day), time: null, certainty: 'inferred', evidence: best.reasons.slice(0, 3).join(' and ') };
}

/**
 * For the corpus stage: an article with no date of its own, among candidate days taken from
 * related articles (same story). A candidate is adopted only when the article's own weekday
 * references agree with it ("يوم الأربعاء" … and a related article dated that Wednesday).
 */
export function inferPublishedFromCandidates(text: string, items: readonly ParsedTimex[], candidateDays: readonly string[], source = 'a related article'): PublishedGuess | null {
  const days = [...new Set(candidateDays)].map((d) => parseYMD(d)).filter((d): d is YMD => d !== null && plausible(formatYMD(d)));
  return pickCandidate(
    days.map((day) => ({ day, why: `${formatYMD(day)} (a ${WEEKDAY_EN[weekday(day)]}) from ${source}` })),
    cuesOf(text, items),
  );
}
