/**
 * A minimal reader of *explicit* dates (day month year, month year, year, dd/mm/yyyy), used by
 * the events annotator only when the `dates` layer (src/annotate/time) is absent, so events
 * and timelines still get calendar dates. Relative expressions are the dates layer's job.
 */

export interface DatedSpan {
  start: number;
  end: number;
  value: string;
}

// Gregorian (Egyptian/Gulf) and Levantine/Iraqi month names, normalised letters not required:
// the pattern allows the alef/yeh/taa-marbuta variants.
const MONTHS: [number, string][] = [
  [1, 'يناير|كانون الثاني'],
  [2, 'فبراير|شباط'],
  [3, 'مارس|آذار|اذار'],
  [4, 'أبريل|ابريل|إبريل|نيسان'],
  [5, 'مايو|أيار|ايار'],
  [6, 'يونيو|يونيه|حزيران'],
  [7, 'يوليو|يوليه|تموز'],
  [8, 'أغسطس|اغسطس|آب'],
  [9, 'سبتمبر|أيلول|ايلول'],
  [10, 'أكتوبر|اكتوبر|تشرين الأول|تشرين الاول'],
  [11, 'نوفمبر|تشرين الثاني'],
  [12, 'ديسمبر|كانون الأول|كانون الاول'],
];
const MONTH_OF = new Map<string, number>();
for (const [m, names] of MONTHS) for (const n of names.split('|')) MONTH_OF.set(n, m);
// Longest names first so تشرين الأول wins over a shorter prefix.
const MONTH_ALT = [...MONTH_OF.keys()].sort((a, b) => b.length - a.length).join('|');
const D = '[0-9٠-٩]';
// "12 كانون الثاني/يناير 2022", "9 و10 يناير 2022", "تشرين الأول/أكتوبر 2021", "ديسمبر 2021"
const DAY_MONTH_YEAR = new RegExp(
  `(?:(${D}{1,2})\\s*(?:و\\s*(${D}{1,2})\\s*)?(?:من\\s+)?)?(${MONTH_ALT})(?:\\s*/\\s*(?:${MONTH_ALT}))?(?:\\s*(?:من\\s+)?(?:عام\\s+)?(${D}{4}))?`,
  'g',
);
const YEAR = new RegExp(`(?:(?:في\\s+)?(?:ال)?عام\\s+|منذ\\s+(?:عام\\s+)?|في\\s+)(${D}{4})(?![0-9٠-٩/])`, 'g');
const NUMERIC = new RegExp(`(${D}{1,2})/(${D}{1,2})/(${D}{4})`, 'g');

const ascii = (s: string) => s.replace(/[٠-٩]/g, (c) => String(c.charCodeAt(0) - 0x0660));
const pad = (n: number) => String(n).padStart(2, '0');

export function fallbackDates(text: string): DatedSpan[] {
  const out: DatedSpan[] = [];
  const taken = (s: number, e: number) => out.some((d) => d.start < e && s < d.end);
  for (const m of text.matchAll(NUMERIC)) {
    const [d, mo, y] = [Number(ascii(m[1])), Number(ascii(m[2])), ascii(m[3])];
    if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31) out.push({ start: m.index!, end: m.index! + m[0].length, value: `${y}-${pad(mo)}-${pad(d)}` });
  }
  for (const m of text.matchAll(DAY_MONTH_YEAR)) {
    const month = MONTH_OF.get(m[3])!;
    const year = m[4] ? ascii(m[4]) : null;
    if (!year) continue; // a month without a year needs the publication date: the dates layer's job
    const s = m.index!;
    const e = s + m[0].length;
    if (taken(s, e)) continue;
    const d1 = m[1] ? Number(ascii(m[1])) : null;
    const d2 = m[2] ? Number(ascii(m[2])) : null;
    let value = `${year}-${pad(month)}`;
    if (d1 && d2) value = `${year}-${pad(month)}-${pad(d1)}/${year}-${pad(month)}-${pad(d2)}`;
    else if (d1) value = `${year}-${pad(month)}-${pad(d1)}`;
    out.push({ start: s, end: e, value });
  }
  for (const m of text.matchAll(YEAR)) {
    const s = m.index!;
    const e = s + m[0].length;
    const y = Number(ascii(m[1]));
    if (y < 1900 || y > 2100 || taken(s, e)) continue;
    out.push({ start: s, end: e, value: String(y) });
  }
  return out.sort((a, b) => a.start - b.start);
}
