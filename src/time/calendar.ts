/**
 * Calendar arithmetic for temporal resolution: proleptic Gregorian dates as {y, m, d}
 * (month 1-12), ISO weeks, and Hijri (Umm al-Qura) conversion through the ICU calendar
 * that ships with Node (`Intl.DateTimeFormat` with `-u-ca-islamic-umalqura`).
 */

export interface YMD {
  y: number;
  m: number;
  d: number;
}

const DAY_MS = 86_400_000;

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeapYear(y) ? 29 : MONTH_DAYS[m - 1];
}

/** Years we accept as real calendar dates in news text (Gregorian). */
export const MIN_YEAR = 1;
export const MAX_YEAR = 2999;

export function isValidYMD(y: number, m: number, d: number): boolean {
  return (
    Number.isInteger(y) && Number.isInteger(m) && Number.isInteger(d) &&
    y >= MIN_YEAR && y <= MAX_YEAR && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m)
  );
}

/** Milliseconds since the epoch at 00:00 UTC (works for years < 100 too). */
export function toEpochMs(date: YMD): number {
  const t = new Date(0);
  t.setUTCFullYear(date.y, date.m - 1, date.d);
  t.setUTCHours(0, 0, 0, 0);
  return t.getTime();
}

export function fromEpochMs(ms: number): YMD {
  const t = new Date(ms);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function addDays(date: YMD, days: number): YMD {
  return fromEpochMs(toEpochMs(date) + days * DAY_MS);
}

export function diffDays(a: YMD, b: YMD): number {
  return Math.round((toEpochMs(a) - toEpochMs(b)) / DAY_MS);
}

/** 0 = Sunday … 6 = Saturday (JavaScript order; الأحد = 0). */
export function weekday(date: YMD): number {
  return new Date(toEpochMs(date)).getUTCDay();
}

export function addMonths(y: number, m: number, delta: number): { y: number; m: number } {
  const idx = y * 12 + (m - 1) + delta;
  return { y: Math.floor(idx / 12), m: (idx % 12) + 1 };
}

const pad2 = (n: number): string => (n < 10 ? '0' : '') + n;
export const pad = pad2;

export function padYear(y: number): string {
  return String(y).padStart(4, '0');
}

export function formatYMD(date: YMD): string {
  return `${padYear(date.y)}-${pad2(date.m)}-${pad2(date.d)}`;
}

export function formatYM(y: number, m: number): string {
  return `${padYear(y)}-${pad2(m)}`;
}

/** Parse a YYYY-MM-DD prefix (e.g. a published date); null if absent or invalid. */
export function parseYMD(s: string | null | undefined): YMD | null {
  if (!s) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (!m) return null;
  const y = +m[1], mo = +m[2], d = +m[3];
  return isValidYMD(y, mo, d) ? { y, m: mo, d } : null;
}

/** ISO-8601 week: the year that owns the week and the week number. */
export function isoWeek(date: YMD): { year: number; week: number } {
  const ms = toEpochMs(date);
  const dow = (new Date(ms).getUTCDay() + 6) % 7; // Monday = 0
  const thursday = fromEpochMs(ms + (3 - dow) * DAY_MS);
  const jan1 = toEpochMs({ y: thursday.y, m: 1, d: 1 });
  const week = 1 + Math.floor((toEpochMs(thursday) - jan1) / DAY_MS / 7);
  return { year: thursday.y, week };
}

export function formatIsoWeek(date: YMD): string {
  const w = isoWeek(date);
  return `${padYear(w.year)}-W${pad2(w.week)}`;
}

// --- Hijri (Umm al-Qura) -------------------------------------------------------------

let hijriFormat: Intl.DateTimeFormat | null = null;

function hijriFormatter(): Intl.DateTimeFormat {
  hijriFormat ??= new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  });
  return hijriFormat;
}

/** The Umm al-Qura date of a Gregorian day, as ICU computes it. */
export function gregorianToHijri(date: YMD): YMD {
  let y = 0, m = 0, d = 0;
  for (const part of hijriFormatter().formatToParts(new Date(toEpochMs(date)))) {
    if (part.type === 'year') y = parseInt(part.value, 10);
    else if (part.type === 'month') m = parseInt(part.value, 10);
    else if (part.type === 'day') d = parseInt(part.value, 10);
  }
  return { y, m, d };
}

/** 1 Muharram 1 AH (Julian 16 July 622 = proleptic Gregorian 19 July 622) as epoch ms. */
const HIJRI_EPOCH_MS = toEpochMs({ y: 622, m: 7, d: 19 });
const HIJRI_YEAR_DAYS = 354.36667;
const HIJRI_MONTH_DAYS = 29.530588;

/**
 * The Gregorian day of a Hijri date, or null when that Hijri day does not exist
 * (e.g. day 30 of a 29-day month). Starts from the arithmetic estimate and walks
 * to the exact day ICU reports.
 */
export function hijriToGregorian(hy: number, hm: number, hd: number): YMD | null {
  if (!Number.isInteger(hy) || hy < 1 || hy > 2000 || hm < 1 || hm > 12 || hd < 1 || hd > 30) return null;
  let ms = HIJRI_EPOCH_MS + Math.floor((hy - 1) * HIJRI_YEAR_DAYS + (hm - 1) * HIJRI_MONTH_DAYS + (hd - 1)) * DAY_MS;
  for (let i = 0; i < 8; i++) {
    const h = gregorianToHijri(fromEpochMs(ms));
    const delta = Math.round((hy - h.y) * HIJRI_YEAR_DAYS + (hm - h.m) * HIJRI_MONTH_DAYS + (hd - h.d));
    if (h.y === hy && h.m === hm && h.d === hd) return fromEpochMs(ms);
    if (delta === 0) break;
    ms += delta * DAY_MS;
  }
  // Small residual steps (month lengths 29/30): probe neighbouring days.
  for (const step of [1, -1, 2, -2, 3, -3]) {
    const cand = fromEpochMs(ms + step * DAY_MS);
    const h = gregorianToHijri(cand);
    if (h.y === hy && h.m === hm && h.d === hd) return cand;
  }
  return null;
}

/** First and last Gregorian days of a Hijri month (for month-level Hijri expressions). */
export function hijriMonthRange(hy: number, hm: number): [YMD, YMD] | null {
  const first = hijriToGregorian(hy, hm, 1);
  if (!first) return null;
  const last = hijriToGregorian(hy, hm, 30) ?? hijriToGregorian(hy, hm, 29);
  return last ? [first, last] : null;
}
