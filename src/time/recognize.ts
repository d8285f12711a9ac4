import type { TimexType } from '../doc/types.js';
import { normalize } from '../text/normalize.js';
import { fold, foldedToOriginal, isWordChar } from './fold.js';
import {
  addDays, addMonths, diffDays, formatIsoWeek, formatYM, formatYMD, gregorianToHijri,
  hijriMonthRange, hijriToGregorian, isValidYMD, pad, padYear, weekday, type YMD,
} from './calendar.js';
import {
  alt, alternation, CARDINAL, CENTURY_ORDINAL, DAY_ORDINAL, DECADE, ENGLISH_MONTH, GREGORIAN_MONTH,
  HIJRI_MONTH, HOUR_ORDINAL, key, UNIT_OF, unitWords, WEEKDAY, ZONE, AMBIGUOUS_MONTH, type Unit,
} from './lexicon.js';

/**
 * Arabic (and embedded English) temporal expressions → TIMEX3 values.
 *
 * Workflow:
 *  1. normalise the text once (text/normalize.ts, with an offset map);
 *  2. run a handful of precompiled rule regexes over it; each match is interpreted into a
 *     `ParsedTimex` whose value is a function of the anchor (publication) date;
 *  3. keep the longest non-overlapping matches, merge "من X إلى Y" ranges;
 *  4. `resolveTimexes` turns them into values against an anchor; clock times and parts of
 *     the day take their day from the nearest preceding dated expression in the sentence.
 * Parsing does not depend on the anchor, so the publication-date finder parses once and
 * the timex annotator reuses the result.
 */

export type Part = 'MO' | 'MI' | 'AF' | 'EV' | 'NI';

/** What an expression says about the day it was written (for publication-date inference). */
export interface TimeCue {
  /** 0 = today, -1 = yesterday, +1 = tomorrow; undefined for a bare weekday. */
  offset?: number;
  weekday?: number;
  /** A month named with الجاري/الحالي (the month of writing) … */
  currentMonth?: number;
  /** … or with المقبل (a month after the month of writing). */
  nextMonth?: number;
}

export interface ParsedTimex {
  /** Offsets into the original text. */
  start: number;
  end: number;
  type: TimexType;
  relative: boolean;
  rule: string;
  /** The TIMEX3 value against an anchor (null anchor → null for relative expressions). */
  value(anchor: YMD | null): string | null;
  /** A clock time or part of day that takes its date from context: value given a day. */
  onDay?(day: string | null): string | null;
  cue?: TimeCue;
  /** The clause around it speaks of the future (planned events): not a candidate day of writing. */
  future?: boolean;
}

export interface TimexProblem {
  start: number;
  end: number;
  code: string;
  message: string;
}

export interface ParseResult {
  items: ParsedTimex[];
  problems: TimexProblem[];
}

// --- building blocks (all on normalised text) ------------------------------------------

const LN = '\\p{L}\\p{N}';
const E = `(?![${LN}])`;

const MONTH = alternation(GREGORIAN_MONTH.keys());
const MP = `(?:${MONTH})(?:\\s*[/(]?\\s*(?:${MONTH})\\s*\\)?)?`;
const HMONTH = alternation(HIJRI_MONTH.keys());
const WD = alternation(WEEKDAY.keys());
const WD_BARE = alternation([...WEEKDAY.keys()].map((w) => w.replace(/^ال/, '')));
const DAYNUM = `(?:(?:ال\\s*)?\\d{1,2}|${alternation(DAY_ORDINAL.keys())}|${alt('أول')})`;
const YEARSUF = `(?:\\s?(?:${alt('م', 'ه', 'ء', 'هجري', 'هجرية', 'للهجرة', 'ميلادي', 'ميلادية', 'للميلاد')})(?![${LN}]))?`;
const QUAL = alt('الجاري', 'الحالي', 'المقبل', 'القادم', 'الماضي', 'المنصرم', 'الفائت', 'المنقضي');
const RELDAY = alt('اليوم', 'أمس', 'الأمس', 'البارحة', 'غدا', 'غداً', 'الغد', 'بعد غد', 'أول أمس', 'أول من أمس', 'أمس الأول', 'الليلة');
const PART_N = alt('صباح', 'مساء', 'ظهر', 'ظهيرة', 'فجر', 'ليلة', 'عصر', 'ضحى');
const PART_ADV = alt('صباحا', 'مساء', 'مساءا', 'ليلا', 'ظهرا', 'عصرا', 'فجرا');
const WD_PREFIX = `(?:(?:(?<ppart>${PART_N})\\s+)?(?:${RELDAY})\\s+)?(?:${alt('يوم')}\\s+)?(?:${WD})\\s*[،,]?\\s*(?:${alt('الموافق')}\\s*:?\\s*)?`;
const YEAR_WORD = `(?:${alt('عام', 'العام', 'سنة', 'السنة')})`;
const MOD = alt('مطلع', 'أوائل', 'أواسط', 'منتصف', 'أواخر', 'نهاية', 'بداية', 'آخر', 'مستهل');
const MONDHU = alt('منذ');
const NUMW = alternation(CARDINAL.keys());
const NUM = `(?:\\d+(?:[.,]\\d+)?|(?:ال)?(?:${NUMW})(?:\\s+و\\s*(?:ال)?(?:${NUMW}))?)`;
const FEW = alt('بضع', 'بضعة', 'عدة', 'عشرات', 'مئات', 'بعض');
const APPROX = alt('ما يقارب', 'ما يزيد على', 'ما يزيد عن', 'ما لا يقل عن', 'أكثر من', 'أقل من', 'نحو', 'حوالي', 'قرابة', 'زهاء', 'يقارب', 'قرابة', 'أزيد من', 'ما يربو على');
const UNIT_SG = alternation(unitWords('singular'));
const UNIT_PL = alternation(unitWords('plural'));
const UNIT_DUAL = alternation(unitWords('dual'));
const HOURW = alternation(HOUR_ORDINAL.keys());
const PERIOD = alt('صباحا', 'صباح', 'مساء', 'مساءا', 'ليلا', 'ظهرا', 'عصرا', 'فجرا', 'بعد الظهر', 'بعد الظهيرة', 'بعد منتصف الليل');
const ZONEW = alternation([...ZONE.keys(), 'المحلي']);
const EMONTH = alternation(ENGLISH_MONTH.keys());

function rx(body: string): RegExp {
  return new RegExp(body, 'gu');
}

function leftRx(body: string): RegExp {
  return new RegExp(`(?:${body})$`, 'gu');
}

/** How far left a rule's left context may reach. */
const LEFT_WINDOW = 90;

/** Each rule: a regex whose named group `x` is the extent, and an interpreter. */
interface Rule {
  name: string;
  re: RegExp;
  /**
   * Optional left context, matched backwards from where `re` matched (anchored at its end):
   * rules whose regex starts at a distinctive word (a month, a unit) and extend leftwards to
   * days, weekdays, منذ … — a regex that starts with optional groups scans much slower.
   */
  left?: RegExp;
  /**
   * Optional test of the whole (folded) text that every match needs to pass, checked before the
   * regex scans it: a plain substring search is far cheaper than a scan for rare expressions.
   */
  guard?: (text: string) => boolean;
  build(g: Record<string, string | undefined>, x: string, ctx: MatchContext): Omit<ParsedTimex, 'start' | 'end' | 'rule'> | Problem | null;
}
interface Problem {
  problem: string;
  code: string;
}
interface MatchContext {
  norm: string;
  /** Start and end of the extent in the normalised text. */
  at: number;
  end: number;
}

/** Whether the normalised text just before `ctx.at` matches `re` (anchored at its end). */
function precededBy(ctx: MatchContext, re: RegExp): boolean {
  return re.test(ctx.norm.slice(Math.max(0, ctx.at - 24), ctx.at));
}

const isProblem = (v: unknown): v is Problem => typeof v === 'object' && v !== null && 'problem' in v;

// --- interpretation helpers --------------------------------------------------------------

function parseDayNum(s: string): number | null {
  const t = key(s).replace(/^ال\s*/, '');
  if (/^\d+$/.test(t)) return parseInt(t, 10);
  return DAY_ORDINAL.get(key(s)) ?? (key(s) === 'اول' ? 1 : null);
}

function parseNumber(s: string): number | null {
  const t = key(s).trim();
  if (/^\d+(?:[.,]\d+)?$/.test(t)) return parseFloat(t.replace(',', '.'));
  let total = 0;
  for (const part of t.split(/\s+و\s*/)) {
    const w = part.replace(/^ال/, '');
    const v = CARDINAL.get(w) ?? CARDINAL.get(part);
    if (v === undefined) return null;
    total += v;
  }
  return total;
}

/** The month numbers named in a month phrase ("كانون الثاني/يناير" → [1, 1]). */
const MONTH_WORDS = new Map<string, RegExp>();

function monthsIn(s: string, table: Map<string, number>, alternationSrc: string): { months: number[]; words: string[] } {
  // Compiled once per alternation (this runs for every month phrase found).
  let re = MONTH_WORDS.get(alternationSrc);
  if (!re) MONTH_WORDS.set(alternationSrc, (re = new RegExp(alternationSrc, 'gu')));
  const months: number[] = [];
  const words: string[] = [];
  for (const m of s.matchAll(re)) {
    const k = key(m[0]);
    const v = table.get(k);
    if (v !== undefined) {
      months.push(v);
      words.push(k);
    }
  }
  return { months, words };
}

const FUTURE_CUE = new RegExp(
  `(?:^|[^${LN}])(?:${alt('سوف', 'المقرر', 'المزمع', 'يعتزم', 'تعتزم', 'المرتقب', 'المرتقبة', 'المنتظر', 'المتوقع', 'يتوقع', 'يرتقب', 'ستعقد', 'سيعقد', 'غدا')}|[وف]?س[يتن](?:عقد|لتقي|زور|جري|بدا|كون|تم|نطلق|صل|توجه|شارك|ناقش|لقي|جتمع|علن|قام|وقع|صوت|عود|غادر|ستضيف|حضر|ترأس|راس|نظم|ستقبل|لتئم))(?![${LN}])`,
  'u',
);
const SENTENCE_END = /[.!?؟\n]/;

/** Whether the clause before `at` talks about the future (planned meetings, سـ-verbs). */
function futureContext(norm: string, at: number): boolean {
  let from = at;
  const limit = Math.max(0, at - 120);
  while (from > limit && !SENTENCE_END.test(norm[from - 1])) from--;
  return FUTURE_CUE.test(norm.slice(from, at));
}

type Dir = 'past' | 'future' | 'auto';

function qualDir(q: string | undefined): 'current' | 'past' | 'future' | null {
  if (!q) return null;
  const k = key(q).replace(/ه$/, '');
  if (k === 'الجاري' || k === 'الحالي' || k === 'الراهن') return 'current';
  if (k === 'المقبل' || k === 'القادم') return 'future';
  if (k === 'الماضي' || k === 'المنصرم' || k === 'الفائت' || k === 'المنقضي' || k === 'السابق') return 'past';
  return null;
}

/** The year of a month(/day) named without a year: nearest to the anchor, biased by tense. */
function pickYear(anchor: YMD, month: number, day: number | null, dir: 'current' | 'past' | 'future' | null, future: boolean): number | null {
  if (dir === 'current') return anchor.y;
  if (dir === 'past') return month < anchor.m || (month === anchor.m && day !== null && day < anchor.d) ? anchor.y : anchor.y - 1;
  if (dir === 'future') return month > anchor.m || (month === anchor.m && day !== null && day > anchor.d) ? anchor.y : anchor.y + 1;
  let best: number | null = null;
  let bestCost = Infinity;
  for (const y of [anchor.y - 1, anchor.y, anchor.y + 1]) {
    let dist: number;
    if (day !== null) {
      if (!isValidYMD(y, month, day)) continue;
      dist = diffDays({ y, m: month, d: day }, anchor);
    } else {
      dist = (y * 12 + month - (anchor.y * 12 + anchor.m)) * 30;
    }
    // News mostly reports the past: a future reading costs double unless the clause is future.
    const cost = Math.abs(dist) * (dist > 0 ? (future ? 1 : 2) : future ? 2 : 1);
    if (cost < bestCost) {
      bestCost = cost;
      best = y;
    }
  }
  return best;
}

function resolveWeekday(anchor: YMD, wd: number, dir: Dir): YMD {
  const aw = weekday(anchor);
  const back = (aw - wd + 7) % 7 || 7;
  const fwd = (wd - aw + 7) % 7 || 7;
  if (dir === 'past') return addDays(anchor, -back);
  if (dir === 'future') return addDays(anchor, fwd);
  if (wd === aw) return anchor;
  return addDays(anchor, -back);
}

/** A weekday next to today/yesterday/tomorrow: trust the weekday if it is within three days. */
function nearWeekday(base: YMD, wd: number | undefined): YMD {
  if (wd === undefined) return base;
  let delta = (wd - weekday(base) + 7) % 7;
  if (delta > 3) delta -= 7;
  return addDays(base, delta);
}

function partOf(s: string | undefined): Part | null {
  if (!s) return null;
  const k = key(s).replace(/^ال/, '');
  if (/^(?:صباح|فجر|ضحي)/.test(k)) return 'MO';
  if (/^(?:ظهر|ظهير)/.test(k)) return 'MI';
  if (/^(?:عصر)/.test(k) || k === 'بعد الظهر' || k === 'بعد الظهيره') return 'AF';
  if (/^مساء/.test(k)) return 'EV';
  if (/^(?:ليل|ليله)/.test(k)) return 'NI';
  return null;
}

function relDayOffset(s: string): number {
  const k = key(s);
  if (k === 'امس' || k === 'الامس' || k === 'البارحه') return -1;
  if (k === 'اول امس' || k === 'اول من امس' || k === 'امس الاول') return -2;
  if (k === 'غدا' || k === 'الغد') return 1;
  if (k === 'بعد غد') return 2;
  return 0;
}

const withPart = (date: string | null, part: Part | null): string | null => (date && part ? `${date}T${part}` : date);

/** A numeric or named year, checked. */
function checkYear(y: number): Problem | null {
  if (y < 1 || y > 2999) return { problem: `implausible year ${y}`, code: 'W_TIME_INVALID_YEAR' };
  return null;
}

function durationValue(n: number | null, unit: Unit): string {
  const q = n === null ? 'X' : String(Math.round(n * 100) / 100);
  switch (unit) {
    case 'H':
      // Project convention (gold): hours as P4H; minutes and seconds keep the T designator.
      return `P${q}H`;
    case 'MIN':
      return `PT${q}M`;
    case 'S':
      return `PT${q}S`;
    default:
      return `P${q}${unit}`;
  }
}

const absolute = (type: TimexType, v: string | null) => ({ type, relative: false, value: () => v });

// --- rules ------------------------------------------------------------------------------

/** Day/month/year with month names (all regional systems), optional weekday prefix and day range. */
const dayMonthRule: Rule = {
  name: 'day-month',
  left: leftRx(
    `(?:${MONDHU}\\s+)?(?:(?<pre>${WD_PREFIX})?(?:${alt('يوم', 'يومي')}\\s+)?` +
      `(?<day>${DAYNUM})(?:\\s*(?:-|و|${alt('إلى', 'حتى')})\\s*(?<day2>${DAYNUM}))?\\s*(?:${alt('من')}\\s+)?)?` +
      `(?:(?<mod>${MOD})\\s+(?:${alt('شهر')}\\s+)?)?(?<shahr>${alt('شهر', 'شهري')}\\s+)?`,
  ),
  re: rx(
    `(?<x>(?<mon>${MP})` +
      `(?:\\s*[،,]?\\s*(?:${alt('من')}\\s+)?(?:${YEAR_WORD}\\s*)?(?:(?<year>\\d{4})|\\(\\s?(?<yearp>\\d{4})\\s?\\))${YEARSUF}|\\s+(?<q>${QUAL})|\\s+${alt('من')}\\s+(?:${YEAR_WORD})\\s+(?<yq>${QUAL}))?)${E}`,
  ),
  build(g, _x, ctx) {
    const { months, words } = monthsIn(g.mon!, GREGORIAN_MONTH, MONTH);
    if (months.length === 0) return null;
    const month = months[0];
    if (months.length > 1 && months[1] !== month) return { problem: `paired month names disagree (${g.mon})`, code: 'W_TIME_MONTH_PAIR' };
    const day = g.day ? parseDayNum(g.day) : null;
    const day2 = g.day2 ? parseDayNum(g.day2) : null;
    const year = g.year ?? g.yearp ? parseInt((g.year ?? g.yearp)!, 10) : null;
    const dir = qualDir(g.q ?? g.yq);
    const yearRel = g.yq ? dir : null;
    // A bare month word that is also an ordinary word needs date context.
    if (day === null && year === null && !g.q && !g.yq && !g.shahr && months.length < 2 && AMBIGUOUS_MONTH.has(words[0]) && !g.mod) return null;
    if (g.pre && day === null) return null;
    if (year !== null) {
      const bad = checkYear(year);
      if (bad) return bad;
    }
    if (day !== null && (day < 1 || day > 31)) return { problem: `invalid day ${day}`, code: 'W_TIME_INVALID_DATE' };
    if (year !== null && day !== null && !isValidYMD(year, month, day)) return { problem: `invalid date ${day}/${month}/${year}`, code: 'W_TIME_INVALID_DATE' };
    if (year !== null && day2 !== null && !isValidYMD(year, month, day2)) return { problem: `invalid date ${day2}/${month}/${year}`, code: 'W_TIME_INVALID_DATE' };
    const future = futureContext(ctx.norm, ctx.at);
    const cue: TimeCue | undefined =
      g.q && dir === 'current' ? { currentMonth: month } : g.q && dir === 'future' ? { nextMonth: month } : undefined;
    const fmt = (y: number): string | null => {
      if (day === null) return formatYM(y, month);
      if (!isValidYMD(y, month, day)) return null;
      const first = formatYMD({ y, m: month, d: day });
      if (day2 === null) return first;
      if (!isValidYMD(y, month, day2)) return null;
      return `${first}/${formatYMD({ y, m: month, d: day2 })}`;
    };
    const part = day !== null && day2 === null ? partOf(g.ppart) : null;
    const type = part ? 'TIME' : 'DATE';
    if (year !== null) return { ...absolute(type, withPart(fmt(year), part)), cue };
    return {
      type,
      relative: true,
      cue,
      value(anchor) {
        if (!anchor) return null;
        if (yearRel) {
          const y = yearRel === 'current' ? anchor.y : yearRel === 'past' ? anchor.y - 1 : anchor.y + 1;
          return withPart(fmt(y), part);
        }
        const y = pickYear(anchor, month, day, dir, future);
        return y === null ? null : withPart(fmt(y), part);
      },
    };
  },
};

/** Numeric dates: 12/01/2022, 2022-01-12, 12.1.2022, 11/01/2022م, 15/10/1436هـ. */
/** Words one of which every part-of-year expression holds (seasons, الربع/النصف). */
const SEASON_OR_PART = ['صيف', 'شتاء', 'ربيع', 'خريف', 'الربع', 'النصف'].map(normalize);

const numericRule: Rule = {
  name: 'numeric',
  guard: (n) => /\d ?[/.\-] ?\d/.test(n),
  left: leftRx(`(?:${MONDHU}\\s+)?(?<pre>${WD_PREFIX})?(?:${alt('يوم')}\\s+)?`),
  re: rx(
    // Separators may carry one space each side ("12 / 01 / 2022"), the same separator twice.
    `(?<x>(?<a>\\d{1,4})(?<sp1> ?)(?<s1>[/.\\-])\\k<sp1>(?<b>\\d{1,2})\\k<sp1>\\k<s1>\\k<sp1>(?<c>\\d{1,4})(?<suf>${YEARSUF}))${E}`,
  ),
  build(g) {
    const a = g.a!, c = g.c!;
    let y: number, m: number, d: number;
    if (a.length === 4 && c.length <= 2) {
      y = +a; m = +g.b!; d = +c;
    } else if (c.length === 4 || (c.length === 2 && g.s1 === '/' && a.length <= 2)) {
      y = c.length === 2 ? 2000 + +c : +c;
      d = +a; m = +g.b!;
      // Day-first is the Arabic default; month-first only when the day-first reading is impossible.
      if (m > 12 && d <= 12) [d, m] = [m, d];
    } else if (/^0+$/.test(c) || /^0+$/.test(a)) {
      return { problem: `year 0 in numeric date`, code: 'W_TIME_INVALID_YEAR' };
    } else return null;
    if (y === 0) return { problem: 'year 0 in numeric date', code: 'W_TIME_INVALID_YEAR' };
    const suf = key(g.suf ?? '').trim();
    const hijri = /^(?:ه|هجري|هجريه|للهجره)$/.test(suf) || (suf === '' && y >= 1300 && y < 1600);
    if (hijri) {
      const greg = hijriToGregorian(y, m, d);
      if (!greg) return { problem: `invalid Hijri date ${d}/${m}/${y}`, code: 'W_TIME_INVALID_DATE' };
      return absolute('DATE', formatYMD(greg));
    }
    if (y < 1000) return { problem: `implausible year ${y}`, code: 'W_TIME_INVALID_YEAR' };
    if (!isValidYMD(y, m, d)) return { problem: `invalid date ${g.a}${g.s1}${g.b}${g.s1}${g.c}`, code: 'W_TIME_INVALID_DATE' };
    const part = partOf(g.ppart);
    return absolute(part ? 'TIME' : 'DATE', withPart(formatYMD({ y, m, d }), part));
  },
};

const BARE_YEAR_BEFORE = new RegExp(
  `(?:^|[^${LN}])[وف]?${alt('في', 'حتى', 'بحلول', 'قبل', 'بعد', 'خلال', 'مطلع', 'نهاية', 'بداية', 'أواخر', 'منتصف', 'أوائل', 'إلى', 'صيف', 'شتاء', 'ربيع', 'خريف')}\\s+$`,
  'u',
);

/** Years: عام 2019، العام 2014، منذ عام 2008، في 2019، عامي 2014 و2019، عام 1436 هـ. */
const yearRule: Rule = {
  name: 'year',
  re: rx(
    `(?:(?<x>(?:${MONDHU}\\s+)?(?:${alt('عام', 'العام', 'سنة', 'السنة', 'عامي', 'العامين')})\\s+(?:(?<year>\\d{1,4})|\\(\\s?(?<yearp>\\d{4})\\s?\\))(?<suf>${YEARSUF})(?:\\s*(?:-|و|${alt('إلى', 'حتى')})\\s*(?<year2>\\d{4})${YEARSUF})?)` +
      // A bare span of years "1936-1939" (a count is never written this way); before the bare year.
      `|(?<x4>(?<ya>\\d{4})\\s?[-–]\\s?(?<yb>\\d{4}))` +
      `|(?<x2>(?<year3>\\d{4})(?<suf3>${YEARSUF}))` +
      `|(?<x3>${MONDHU}\\s+(?<year4>\\d{4})(?<suf4>${YEARSUF})))${E}`,
  ),
  build(g, _x, ctx) {
    if (g.x4) {
      const a = +g.ya!, b = +g.yb!;
      return a >= 1800 && b <= 2100 && b > a && b - a < 100 ? absolute('DATE', `${g.ya}/${g.yb}`) : null;
    }
    // A bare year needs a preposition or period word before it ("في 2019"), else it is a count.
    if (g.x2 && !precededBy(ctx, BARE_YEAR_BEFORE)) return null;
    const ys = g.year ?? g.yearp ?? g.year3 ?? g.year4!;
    const y = parseInt(ys, 10);
    const suf = key(g.suf ?? g.suf3 ?? g.suf4 ?? '').trim();
    if (/^(?:ه|هجري|هجريه|للهجره)$/.test(suf)) {
      const first = hijriToGregorian(y, 1, 1);
      const next = hijriToGregorian(y + 1, 1, 1);
      if (!first || !next) return { problem: `Hijri year ${y} out of range`, code: 'W_TIME_INVALID_YEAR' };
      return absolute('DATE', `${formatYMD(first)}/${formatYMD(addDays(next, -1))}`);
    }
    if (y === 0) return g.year ?? g.yearp ? { problem: 'year 0', code: 'W_TIME_INVALID_YEAR' } : null;
    // "عام 622" is a year; "عام 5" is a count.
    if (y < 1000 && (g.year3 || g.year4 || ys.length < 3)) return null;
    if (g.year3 && (y < 1900 || y > 2100)) return null;
    if (g.year2) return absolute('DATE', `${padYear(y)}/${padYear(+g.year2)}`);
    return absolute('DATE', padYear(y));
  },
};

/** اليوم، أمس، أول أمس، غدا، الليلة، مساء أمس الخميس، صباح اليوم، اليوم الأربعاء. */
const relDayRule: Rule = {
  name: 'relative-day',
  left: leftRx(`(?:${MONDHU}\\s+)?(?:(?<part>${PART_N})\\s+)?(?<yawm>${alt('يوم')}\\s+)?`),
  re: rx(
    `(?<x>(?<rel>${RELDAY})(?:\\s+(?<wd>${WD}))?(?:\\s+(?<part2>${PART_ADV}|${alt('الماضية', 'قبل الماضية')}))?)${E}` +
      `(?!\\s+(?:${alt('العالمي', 'الوطني', 'الدولي', 'العربي', 'الأول', 'الثاني', 'الثالث', 'الأخير', 'التالي', 'السابق', 'الذي', 'المفتوح', 'الدراسي', 'الموعود', 'عشر')})(?![${LN}]))`,
  ),
  build(g) {
    const rel = key(g.rel!);
    const wd = g.wd ? WEEKDAY.get(key(g.wd)) : undefined;
    let offset = relDayOffset(rel);
    let part = partOf(g.part) ?? partOf(g.part2);
    if (rel === 'الليله') {
      part = 'NI';
      if (g.part2 && key(g.part2) === 'الماضيه') offset = -1;
      else if (g.part2 && key(g.part2) === 'قبل الماضيه') offset = -2;
    } else if (g.part2 && /الماضيه$/.test(key(g.part2))) return null;
    // "الغد" and "الأمس" are also figurative nouns (صحيفة الغد، حلفاء الأمس): need a part of day or weekday.
    if ((rel === 'الغد' || rel === 'الامس') && !g.part && !g.yawm && wd === undefined) return null;
    return {
      type: part ? 'TIME' : 'DATE',
      relative: true,
      cue: { offset, weekday: wd },
      value(anchor) {
        if (!anchor) return null;
        const day = nearWeekday(addDays(anchor, offset), wd);
        return withPart(formatYMD(day), part);
      },
    };
  },
};

/** الأربعاء، يوم الاثنين، مساء الاثنين، الخميس المقبل، الجمعة الماضي. */
const weekdayRule: Rule = {
  name: 'weekday',
  left: leftRx(`(?:${MONDHU}\\s+)?(?:(?<part>${PART_N})\\s+)?(?:${alt('يوم')}\\s+)?`),
  re: rx(
    `(?<x>(?<wd>${WD})(?!\\s+${alt('عشر')})(?:\\s+(?<q>${QUAL}))?(?:\\s+(?<part2>${PART_ADV}))?)${E}`,
  ),
  build(g, _x, ctx) {
    const wd = WEEKDAY.get(key(g.wd!));
    if (wd === undefined) return null;
    const q = qualDir(g.q);
    const dir: Dir = q === 'past' ? 'past' : q === 'future' ? 'future' : futureContext(ctx.norm, ctx.at) ? 'future' : 'auto';
    const part = partOf(g.part) ?? partOf(g.part2);
    return {
      type: part ? 'TIME' : 'DATE',
      relative: true,
      cue: g.q ? undefined : { weekday: wd },
      value(anchor) {
        if (!anchor) return null;
        let day = resolveWeekday(anchor, wd, dir === 'auto' ? 'auto' : dir);
        if (dir === 'future' && wd === weekday(anchor) && !g.q) day = anchor;
        return withPart(formatYMD(day), part);
      },
    };
  },
};

/** الأسبوع الماضي، هذا الأسبوع، الشهر الجاري، العام المقبل، العقد الماضي، نهاية الأسبوع. */
const relUnitRule: Rule = {
  name: 'relative-unit',
  left: leftRx(`(?:${MONDHU}\\s+)?(?:(?<mod>${MOD})\\s+)?(?:(?<this>${alt('هذا', 'هذه')})\\s+)?`),
  re: rx(
    `(?<x>(?<unit>${alt('الأسبوع', 'الشهر', 'العام', 'السنة', 'العقد', 'القرن')})` +
      `(?:\\s+(?<q>${QUAL}|${alt('الماضية', 'المنصرمة', 'الفائتة', 'الجارية', 'الحالية', 'المقبلة', 'القادمة', 'السابق', 'السابقة')}))?)${E}`,
  ),
  build(g) {
    const unit = key(g.unit!);
    const dir = g.this ? 'current' : qualDir(g.q);
    const weekend = !!g.mod && key(g.mod) === 'نهايه' && unit === 'الاسبوع';
    if (!dir && !weekend) return null;
    const delta = dir === 'past' ? -1 : dir === 'future' ? 1 : 0;
    return {
      type: 'DATE',
      relative: true,
      value(anchor) {
        if (!anchor) return null;
        switch (unit) {
          case 'الاسبوع': {
            const w = formatIsoWeek(addDays(anchor, 7 * delta));
            return weekend ? `${w}-WE` : w;
          }
          case 'الشهر': {
            const ym = addMonths(anchor.y, anchor.m, delta);
            return formatYM(ym.y, ym.m);
          }
          case 'العام':
          case 'السنه':
            return padYear(anchor.y + delta);
          case 'العقد':
            return String(Math.floor(anchor.y / 10) + delta);
          default:
            return String(Math.floor(anchor.y / 100) + delta);
        }
      },
    };
  },
};

/** PAST_REF / PRESENT_REF / FUTURE_REF: الآن، حتى الآن، مؤخرا، الآونة الأخيرة، المستقبل القريب، الأيام الماضية. */
const REF_WORDS: [string, string[]][] = [
  ['PRESENT_REF', ['حتى الآن', 'الآن', 'حاليا', 'حالياً', 'الوقت الحالي', 'الوقت الراهن', 'الوقت الحاضر', 'يومنا هذا', 'هذه الأيام', 'حتى اللحظة', 'الفترة الحالية', 'المرحلة الحالية', 'المرحلة الراهنة']],
  ['PAST_REF', ['مؤخرا', 'مؤخراً', 'الآونة الأخيرة', 'وقت سابق', 'سابقا', 'سابقاً', 'الفترة الأخيرة', 'الفترة الماضية', 'الفترة السابقة']],
  ['FUTURE_REF', ['المستقبل القريب', 'المستقبل المنظور', 'المستقبل البعيد', 'قريبا', 'قريباً', 'لاحقا', 'لاحقاً', 'وقت لاحق', 'الفترة المقبلة', 'المرحلة المقبلة', 'الفترة القادمة', 'المرحلة القادمة']],
];
const REF_OF = new Map<string, string>();
for (const [v, ws] of REF_WORDS) for (const w of ws) REF_OF.set(key(normalize(w)), v);
const PLURAL_UNITS_DEF = alt('الأيام', 'الأسابيع', 'الأشهر', 'الشهور', 'السنوات', 'السنين', 'الأعوام', 'الساعات', 'العقود', 'الأسابيع');
const FI_BEFORE = new RegExp(`(?:^|[^${LN}])[وف]?${alt('في')}\\s+$`, 'u');
const refRule: Rule = {
  name: 'ref',
  re: rx(
    `(?:(?<x>${alternation(REF_OF.keys())})` +
      `|(?<x2>${PLURAL_UNITS_DEF}(?:\\s+${alt('القليلة')})?\\s+(?<pq>${alt('الماضية', 'الأخيرة', 'المنصرمة', 'الفائتة', 'السابقة', 'المقبلة', 'القادمة', 'الحالية')}))` +
      `|(?<x3>${alt('الماضي', 'المستقبل')}))${E}`,
  ),
  build(g, _x, ctx) {
    let v: string | undefined;
    if (g.x3 && !precededBy(ctx, FI_BEFORE)) return null;
    if (g.x) v = REF_OF.get(key(g.x));
    else if (g.x2) {
      const d = qualDir(key(g.pq!).replace(/ه$/, '')) ?? (/الاخير/.test(g.pq!) ? 'past' : null);
      v = d === 'past' ? 'PAST_REF' : d === 'future' ? 'FUTURE_REF' : 'PRESENT_REF';
    } else v = key(g.x3!) === 'الماضي' ? 'PAST_REF' : 'FUTURE_REF';
    if (!v) return null;
    const value = v;
    return { type: 'DATE', relative: true, value: () => value };
  },
};

const MONTH_AFTER = new RegExp(`^\\s+(?:${MONTH}|${HMONTH})`, 'u');
const FEW_WORDS = /^(?:بضع|بضعه|عده|عشرات|مئات|بعض)$/;
const SINGULAR_BEFORE = new RegExp(`${alt('لمدة', 'طيلة', 'طوال', 'على مدى', 'على مدار', 'خلال', 'مدة')}\\s+$`, 'u');

/** Durations: 4 ساعات، عامين، منذ أكثر من عامين، منذ ما يقارب الثلاثة أعوام، لمدة ساعة، سنوات، بعد يومين. */
const durationRule: Rule = {
  name: 'duration',
  left: leftRx(`(?:(?<pre>${alt('منذ', 'قبل', 'بعد')})\\s+)?(?:(?<approx>${APPROX})\\s+)?(?:(?<num>${NUM}|${FEW})\\s+)?`),
  re: rx(
    `(?<x>(?:(?<dual>${UNIT_DUAL})|(?<unit>${UNIT_PL}|${UNIT_SG}))` +
      `(?:\\s*(?<half>${alt('ونصف', 'و نصف', 'وربع')}))?)${E}`,
  ),
  build(g, _x, ctx) {
    let n: number | null;
    let unitWord: string;
    if (g.dual) {
      n = 2;
      unitWord = g.dual;
    } else {
      unitWord = g.unit!;
      const u0 = UNIT_OF.get(key(unitWord));
      if (!u0) return null;
      if (g.num) {
        const few = key(g.num);
        if (FEW_WORDS.test(few)) n = null;
        else {
          n = parseNumber(g.num);
          if (n === null || n > 10000) return null;
        }
      } else if (u0.form === 'plural') {
        // "لسنوات", "منذ أيام": an unspecified number. عقود/قرون alone are as often "contracts"/"horns".
        if ((u0.unit === 'DE' || u0.unit === 'CE') && !g.pre && !g.approx) return null;
        n = null;
      } else if ((u0.unit === 'DE' || u0.unit === 'CE') && !g.approx) {
        return null; // "بعد عقد اتفاقية": عقد is also "the signing of"; a lone decade needs نحو/قرابة …
      } else {
        // "شهر رمضان", "شهر يناير": a named month, not a duration.
        if (MONTH_AFTER.test(ctx.norm.slice(ctx.end, ctx.end + 24))) return null;
        // A lone singular unit is a duration only after منذ/قبل/بعد or لمدة-like words: "منذ عام".
        if (!g.pre && !precededBy(ctx, SINGULAR_BEFORE)) return null;
        n = 1;
      }
    }
    const u = UNIT_OF.get(key(unitWord));
    if (!u) return null;
    if (g.half && n !== null) n += key(g.half).endsWith('ربع') ? 0.25 : 0.5;
    return absolute('DURATION', durationValue(n, u.unit));
  },
};

/** Sets: كل عام، كل يوم جمعة، أسبوعيا، سنويا، كل ساعتين. */
const SET_ADV = new Map<string, string>([
  ['سنويا', 'P1Y'], ['شهريا', 'P1M'], ['اسبوعيا', 'P1W'], ['يوميا', 'P1D'], ['سنويه', 'P1Y'],
]);
const setRule: Rule = {
  name: 'set',
  re: rx(
    `(?<x>${alt('كل')}\\s+(?:(?<num>${NUM})\\s+)?(?:(?<unit>${UNIT_SG}|${UNIT_PL}|${UNIT_DUAL})(?:\\s+(?<wd>${WD_BARE}))?|(?<wd2>${WD}))` +
      `|(?<adv>${alt('سنويا', 'سنوياً', 'شهريا', 'شهرياً', 'أسبوعيا', 'أسبوعياً', 'يوميا', 'يومياً')}))${E}`,
  ),
  build(g) {
    if (g.adv) return absolute('SET', SET_ADV.get(key(g.adv).replace(/ا$/, 'ا')) ?? null);
    const wdWord = g.wd ? `ال${key(g.wd)}` : g.wd2 ? key(g.wd2) : null;
    if (wdWord) {
      const wd = WEEKDAY.get(wdWord);
      if (wd === undefined) return null;
      return absolute('SET', `XXXX-WXX-${wd === 0 ? 7 : wd}`);
    }
    const u = UNIT_OF.get(key(g.unit!));
    if (!u) return null;
    const n = g.num ? parseNumber(g.num) : u.form === 'dual' ? 2 : 1;
    if (n === null) return null;
    return absolute('SET', durationValue(n, u.unit));
  },
};

/** Clock times: 9:21:37 ص، الساعة 15:00 بتوقيت غرينتش، الساعة العاشرة صباحا، 10 مساء. */
const timeRule: Rule = {
  name: 'time',
  left: leftRx(`(?<sa>${alt('الساعة')})\\s+`),
  re: rx(
    `(?<x>(?:(?<hms>\\d{1,2}(?<sep>[:.])\\d{2}(?:\\k<sep>\\d{2})?)|(?<hw>${HOURW})(?:\\s+(?<frac>${alt('والنصف', 'و النصف', 'والربع', 'و الربع', 'إلا ربعا', 'إلا الربع', 'والثلث', 'إلا ثلثا')}))?|(?<hn>\\d{1,2}))` +
      `(?:\\s*(?<ampm>[صم])(?![${LN}])|\\s+(?<period>${PERIOD}))?` +
      `(?:\\s*\\(?\\s*(?:ب|${alt('حسب')}\\s+|${alt('وفق')}\\s+)?(?:ال)?${alt('توقيت')}\\s+(?<zone>${ZONEW})\\s*\\)?|\\s*(?<zone2>gmt|utc|ت\\s?\\.?\\s?غ)|\\s*\\((?<zone3>gmt|utc|ت\\s?\\.?\\s?غ)\\))?)${E}`,
  ),
  build(g, _x, ctx) {
    let h: number, mi = 0, s: number | null = null;
    if (g.hms) {
      const parts = g.hms.split(/[:.]/).map(Number);
      [h, mi] = parts;
      if (parts.length > 2) s = parts[2];
      if (g.sep === '.' && !g.sa && !g.ampm && !g.period) return null;
    } else if (g.hw) {
      if (!g.sa && !g.period) return null;
      h = HOUR_ORDINAL.get(key(g.hw))!;
      const f = g.frac ? key(g.frac) : '';
      if (f.endsWith('النصف')) mi = 30;
      else if (f.endsWith('الربع') && f.startsWith('و')) mi = 15;
      else if (f.endsWith('الثلث')) mi = 20;
      else if (f.startsWith('الا')) {
        mi = f.endsWith('ثلثا') ? 40 : 45;
        h -= 1;
      }
    } else {
      if (!g.sa || (!g.period && !g.zone && !g.zone2 && !g.ampm)) {
        if (!g.period) return null;
      }
      h = parseInt(g.hn!, 10);
      if (g.ampm) return null; // "10 م" is as likely metres as 10 pm
      // "12/1/22 صباحا": the tail of a numeric date, not an hour.
      if (h > 12 || /[/.\-:]$/.test(ctx.norm.slice(Math.max(0, ctx.at - 1), ctx.at))) return null;
    }
    if (h > 24 || mi > 59 || (s !== null && s > 59)) return { problem: `invalid clock time ${g.hms ?? h}`, code: 'W_TIME_INVALID_TIME' };
    const pm = g.ampm === 'م' || (g.period && /^(?:مساء|عصرا|بعد الظهر|بعد الظهيره)/.test(key(g.period)));
    const night = g.period && key(g.period) === 'ليلا';
    const noon = g.period && key(g.period) === 'ظهرا';
    if ((pm || (night && h >= 6)) && h < 12) h += 12;
    else if (noon && h < 6) h += 12;
    else if ((g.ampm === 'ص' || (g.period && /^صباح/.test(key(g.period)))) && h === 12) h = 0;
    else if (night && h === 12) h = 0;
    let zone = '';
    const z = g.zone ? key(g.zone) : g.zone2 || g.zone3 ? 'gmt' : null;
    if (z) zone = z === 'gmt' || /^ت/.test(z) ? 'Z' : ZONE.get(z) ?? '';
    const clock = `T${pad(h)}:${pad(mi)}${s !== null ? ':' + pad(s) : ''}${zone}`;
    return {
      type: 'TIME',
      relative: true,
      value: () => null,
      onDay: (day) => (day ? `${day}${clock}` : null),
    };
  },
};

const PART_BEFORE = new RegExp(`(?:^|[^${LN}])[وف]?${alt('في', 'حتى', 'خلال', 'منذ', 'مع', 'قبل', 'طوال')}\\s+$`, 'u');

/** A part of the day on its own: حتى المساء، في الصباح، هذا المساء. */
const partRule: Rule = {
  name: 'part-of-day',
  re: rx(
    `(?<x>(?:${alt('هذا', 'هذه')}\\s+)?(?<p>${alt('الصباح', 'المساء', 'الظهر', 'الظهيرة', 'الفجر', 'الليل', 'الضحى')}))${E}`,
  ),
  build(g, x, ctx) {
    const part = partOf(g.p);
    if (!part) return null;
    if (x === g.p && !precededBy(ctx, PART_BEFORE)) return null;
    return { type: 'TIME', relative: true, value: () => null, onDay: (day) => withPart(day, part) };
  },
};

/** Decades and centuries: الثمانينيات، تسعينيات القرن الماضي، القرن العشرين، القرن الحادي والعشرين. */
const decadeRule: Rule = {
  name: 'decade',
  // Every decade word ends in ينات/ينيات; centuries need القرن.
  guard: (n) => n.includes('ينات') || n.includes('ينيات') || n.includes('القرن'),
  re: rx(
    `(?<x>(?<dec>${alternation(DECADE.keys())})(?:\\s+(?:${alt('من')}\\s+)?${alt('القرن')}\\s+(?<c>${alt('الماضي', 'المنصرم', 'الحالي', 'الجاري')}|${alternation(CENTURY_ORDINAL.keys())}))?` +
      `|${alt('القرن')}\\s+(?<c2>${alternation(CENTURY_ORDINAL.keys())}))${E}`,
  ),
  build(g) {
    if (g.c2) {
      const c = CENTURY_ORDINAL.get(key(g.c2))!;
      return absolute('DATE', String(c));
    }
    const tens = DECADE.get(key(g.dec!))!;
    if (g.c) {
      const k = key(g.c);
      const ord = CENTURY_ORDINAL.get(k);
      if (ord !== undefined) return absolute('DATE', `${ord}${tens}`);
      const dir = qualDir(k);
      return {
        type: 'DATE',
        relative: true,
        value: (anchor) => (anchor ? `${Math.floor(anchor.y / 100) + (dir === 'past' ? -1 : 0)}${tens}` : null),
      };
    }
    // A decade named alone is in the last century unless that is still in the future.
    return { type: 'DATE', relative: true, value: (anchor) => (anchor ? `${Math.floor(anchor.y / 100) - (anchor.y % 100 >= tens * 10 ? 0 : 1)}${tens}` : null) };
  },
};

/** Hijri dates: 15 شوال 1436هـ، رمضان 1436، الأول من محرم. */
const hijriRule: Rule = {
  name: 'hijri',
  left: leftRx(
    `(?:${MONDHU}\\s+)?(?:(?<pre>${WD_PREFIX})?(?:${alt('يوم', 'يومي')}\\s+)?(?<day>${DAYNUM})(?:\\s*(?:-|و|${alt('إلى', 'حتى')})\\s*(?<day2>${DAYNUM}))?\\s*(?:${alt('من')}\\s+)?)?(?<shahr>${alt('شهر')}\\s+)?`,
  ),
  re: rx(
    `(?<x>(?<hm>${HMONTH})` +
      `(?:\\s*[،,]?\\s*(?:${alt('من')}\\s+)?(?:${YEAR_WORD}\\s*)?(?<year>\\d{3,4})(?:\\s?(?<hs>${alt('ه', 'هجري', 'هجرية', 'للهجرة')})(?![${LN}]))?|\\s+(?<q>${QUAL}))?)${E}`,
  ),
  build(g) {
    const hm = HIJRI_MONTH.get(key(g.hm!));
    if (hm === undefined) return null;
    const day = g.day ? parseDayNum(g.day) : null;
    const year = g.year ? parseInt(g.year, 10) : null;
    if (year === null && !(day !== null && hm !== 2) && !g.q) return null;
    if (hm === 2 && year === null) return null; // صفر is also "zero"
    if (year !== null && (year < 1 || year > 1700)) return { problem: `implausible Hijri year ${year}`, code: 'W_TIME_INVALID_YEAR' };
    const day2 = g.day2 ? parseDayNum(g.day2) : null;
    const fmt = (hy: number): string | null => {
      if (day !== null) {
        const gd = hijriToGregorian(hy, hm, day);
        if (!gd) return null;
        if (day2 === null) return formatYMD(gd);
        const gd2 = hijriToGregorian(hy, hm, day2);
        return gd2 ? `${formatYMD(gd)}/${formatYMD(gd2)}` : null;
      }
      const r = hijriMonthRange(hy, hm);
      return r ? `${formatYMD(r[0])}/${formatYMD(r[1])}` : null;
    };
    if (year !== null) {
      const v = fmt(year);
      if (!v) return { problem: `invalid Hijri date ${day ?? ''} ${g.hm} ${year}`, code: 'W_TIME_INVALID_DATE' };
      return absolute('DATE', v);
    }
    const dir = qualDir(g.q);
    return {
      type: 'DATE',
      relative: true,
      value(anchor) {
        if (!anchor) return null;
        const h = gregorianToHijri(anchor);
        let hy = h.y;
        if (dir === 'past') hy = hm < h.m || (hm === h.m && day !== null && day < h.d) ? h.y : h.y - 1;
        else if (dir === 'future') hy = hm > h.m || (hm === h.m && day !== null && day > h.d) ? h.y : h.y + 1;
        else if (dir === null) {
          // Nearest occurrence to the anchor, past preferred.
          const diff = hm - h.m;
          if (diff > 6) hy -= 1;
          else if (diff < -6) hy += 1;
        }
        return fmt(hy);
      },
    };
  },
};

const ENGLISH_WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** Embedded English: December 31, 2021; Jan 12; 31 December 2021; January 2022; today. */
const englishRule: Rule = {
  name: 'english',
  guard: (n) => /[a-z]/i.test(n),
  re: rx(
    `(?<x>(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?(?:(?<em>${EMONTH})\\.?\\s+(?<ed>\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(?<ey>\\d{4}))?` +
      `|(?<ed2>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<em2>${EMONTH})\\.?(?:,?\\s+(?<ey2>\\d{4}))?|(?<em3>${EMONTH})\\.?,?\\s+(?<ey3>\\d{4}))|(?<rel>today|yesterday|tomorrow|tonight)|(?<ewd>(?:mon|tues|wednes|thurs|fri|satur|sun)day))(?![\\p{L}\\p{N}])`,
  ),
  build(g, _x, ctx) {
    if (g.ewd) {
      // "on Wednesday": the same nearest-day rule as the Arabic weekdays; "next/last Monday" by its qualifier.
      const wd = ENGLISH_WEEKDAYS.indexOf(g.ewd);
      const before = ctx.norm.slice(Math.max(0, ctx.at - 6), ctx.at);
      const dir: Dir = /next\s+$/.test(before) ? 'future' : /last\s+$/.test(before) ? 'past' : futureContext(ctx.norm, ctx.at) || /\bwill\b/.test(ctx.norm.slice(Math.max(0, ctx.at - 40), ctx.at)) ? 'future' : 'auto';
      return {
        type: 'DATE',
        relative: true,
        cue: dir === 'auto' ? { weekday: wd } : undefined,
        value(anchor) {
          if (!anchor) return null;
          const day = dir === 'future' && wd === weekday(anchor) ? anchor : resolveWeekday(anchor, wd, dir);
          return formatYMD(day);
        },
      };
    }
    if (g.rel) {
      const off = g.rel === 'yesterday' ? -1 : g.rel === 'tomorrow' ? 1 : 0;
      const night = g.rel === 'tonight';
      return { type: night ? 'TIME' : 'DATE', relative: true, value: (a) => (a ? withPart(formatYMD(addDays(a, off)), night ? 'NI' : null) : null) };
    }
    const month = ENGLISH_MONTH.get(g.em ?? g.em2 ?? g.em3!)!;
    const dayS = g.ed ?? g.ed2;
    const day = dayS ? parseInt(dayS, 10) : null;
    const yS = g.ey ?? g.ey2 ?? g.ey3;
    const year = yS ? parseInt(yS, 10) : null;
    if (g.em === 'may' && year === null && day === null) return null;
    if (year !== null) {
      if (day !== null && !isValidYMD(year, month, day)) return { problem: `invalid date ${g.x}`, code: 'W_TIME_INVALID_DATE' };
      return absolute('DATE', day === null ? formatYM(year, month) : formatYMD({ y: year, m: month, d: day }));
    }
    if (day === null || day < 1 || day > 31) return null;
    const future = futureContext(ctx.norm, ctx.at) || /\b(?:on|next|until|by)\s+$/.test(ctx.norm.slice(Math.max(0, ctx.at - 8), ctx.at));
    return {
      type: 'DATE',
      relative: true,
      value(anchor) {
        if (!anchor) return null;
        const y = pickYear(anchor, month, day, null, future);
        return y === null ? null : formatYMD({ y, m: month, d: day });
      },
    };
  },
};

/** Seasons, quarters and halves of a year: صيف 2019، الربع الأول من العام الجاري، النصف الثاني من عام 2015. */
const SEASON = new Map([['صيف', 'SU'], ['شتاء', 'WI'], ['ربيع', 'SP'], ['خريف', 'FA']]);
const QUARTER = new Map([['الاول', 1], ['الثاني', 2], ['الثالث', 3], ['الرابع', 4], ['الاخير', 4]]);
const partOfYearRule: Rule = {
  name: 'part-of-year',
  guard: (n) => SEASON_OR_PART.some((w) => n.includes(w)),
  re: rx(
    `(?<x>(?:${MONDHU}\\s+)?(?:(?<season>${alt('صيف', 'شتاء', 'ربيع', 'خريف')})|(?<span>${alt('الربع', 'النصف')})\\s+(?<ord>${alt('الأول', 'الثاني', 'الثالث', 'الرابع', 'الأخير')})\\s+${alt('من')})` +
      `\\s+(?:(?:${YEAR_WORD})\\s*)?(?:(?<year>\\d{4})${YEARSUF}|(?<q>${QUAL}))|(?<this>${alt('هذا', 'هذه')})\\s+(?<season2>${alt('الصيف', 'الشتاء', 'الربيع', 'الخريف')}))${E}`,
  ),
  build(g) {
    let code: string;
    if (g.season || g.season2) code = SEASON.get(key(g.season ?? g.season2!).replace(/^ال/, ''))!;
    else {
      const n = QUARTER.get(key(g.ord!))!;
      const half = key(g.span!) === 'النصف';
      if (half && n > 2 && key(g.ord!) !== 'الاخير') return null;
      code = half ? `H${n === 4 ? 2 : n}` : `Q${n}`;
    }
    if (g.year) return absolute('DATE', `${g.year}-${code}`);
    const dir = g.this ? 'current' : qualDir(g.q);
    if (!dir) return null;
    return {
      type: 'DATE',
      relative: true,
      value: (anchor) => (anchor ? `${padYear(anchor.y + (dir === 'past' ? -1 : dir === 'future' ? 1 : 0))}-${code}` : null),
    };
  },
};

const RULES: Rule[] = [dayMonthRule, numericRule, yearRule, relDayRule, weekdayRule, relUnitRule, refRule, durationRule, setRule, timeRule, partRule, decadeRule, hijriRule, englishRule, partOfYearRule];

/** Rules whose absolute values are days (candidates for the day of writing). */
const DAY_RULES = new Set(['day-month', 'numeric', 'english', 'hijri']);

/** Rules that win a tie in extent length (more specific readings first). */
const PRIORITY = new Map(RULES.map((r, i) => [r.name, i]));

// --- parse -----------------------------------------------------------------------------

interface Candidate extends ParsedTimex {
  nStart: number;
  nEnd: number;
}

/** Find the temporal expressions of a text (anchor-independent). */
export function parseTimexes(text: string): ParseResult {
  const folded = fold(text);
  const n = folded.text;
  const candidates: Candidate[] = [];
  const problems: TimexProblem[] = [];
  for (const rule of RULES) {
    if (rule.guard && !rule.guard(n)) continue;
    const re = rule.re;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(n)) !== null) {
      const g = m.groups ?? {};
      const x = g.x ?? g.x2 ?? g.x3 ?? g.x4;
      const nEnd = m.index + m[0].length;
      let nStart = nEnd - (x?.length ?? 0);
      let groups: Record<string, string | undefined> = g;
      if (x && rule.left && startsWord(n, nStart)) {
        const ext = extendLeft(n, nStart, rule.left);
        if (ext) {
          nStart = ext.start;
          groups = { ...g, ...ext.groups };
        }
      }
      // Word boundary (with optional proclitics و ف ب ل ك) checked here, not by a lookbehind
      // in the regex: a leading lookbehind made every rule several times slower.
      if (!x || !startsWord(n, nStart)) {
        re.lastIndex = m.index + 1;
        continue;
      }
      const built = rule.build(groups, n.slice(nStart, nEnd), { norm: n, at: nStart, end: nEnd });
      if (!built) {
        re.lastIndex = m.index + 1;
        continue;
      }
      const span = foldedToOriginal(folded, nStart, nEnd, text);
      if (isProblem(built)) {
        problems.push({ start: span.start, end: span.end, code: built.code, message: `${built.problem}: "${text.slice(span.start, span.end)}"` });
        continue;
      }
      const future = !built.relative && built.type === 'DATE' && DAY_RULES.has(rule.name) && futureContext(n, nStart);
      candidates.push({ ...built, start: span.start, end: span.end, nStart, nEnd, rule: rule.name, ...(future ? { future } : {}) });
    }
  }
  const items = mergeRanges(selectLongest(candidates, n.length), n);
  // Drop problems shadowed by an accepted reading of the same text (e.g. a time read as a date).
  const covered = new Uint8Array(text.length + 1);
  for (const t of items) covered.fill(1, t.start, t.end);
  const kept = problems.filter((p) => !(covered[p.start] && covered[Math.max(p.start, p.end - 1)]));
  return { items: items.map(({ nStart: _s, nEnd: _e, ...rest }) => rest), problems: kept };
}

/** The longest left context ending at `at` that starts a word, with its groups. */
function extendLeft(n: string, at: number, left: RegExp): { start: number; groups: Record<string, string | undefined> } | null {
  const from = Math.max(0, at - LEFT_WINDOW);
  const slice = n.slice(from, at);
  left.lastIndex = 0;
  let lm: RegExpExecArray | null;
  while ((lm = left.exec(slice)) !== null) {
    if (lm[0].length === 0) return null;
    const start = from + lm.index;
    // "كانون الثاني 12 …": an ordinal that belongs to a month name is not a day.
    if (startsWord(n, start) && !MONTH_HEAD_BEFORE.test(n.slice(Math.max(0, start - 8), start))) {
      const groups: Record<string, string | undefined> = {};
      for (const [k, v] of Object.entries(lm.groups ?? {})) if (v !== undefined) groups[k] = v;
      return { start, groups };
    }
    left.lastIndex = lm.index + 1;
  }
  return null;
}

const MONTH_HEAD_BEFORE = /(?:كانون|تشرين|ربيع|جمادي)\s+$/;

const CODE_WAW = 0x648, CODE_FA = 0x641, CODE_BA = 0x628, CODE_LAM = 0x644, CODE_KAF = 0x643;

/** A word starts at `at`: the previous char is not a letter/digit, or is a proclitic (و ف ب ل ك, at most two) that is. */
function startsWord(n: string, at: number): boolean {
  if (at === 0 || !isWordChar(n.charCodeAt(at - 1))) return true;
  const c1 = n.charCodeAt(at - 1);
  const inner = c1 === CODE_BA || c1 === CODE_LAM || c1 === CODE_KAF;
  const outer = c1 === CODE_WAW || c1 === CODE_FA;
  if (!inner && !outer) return false;
  if (at === 1 || !isWordChar(n.charCodeAt(at - 2))) return true;
  if (!inner) return false;
  const c2 = n.charCodeAt(at - 2);
  return (c2 === CODE_WAW || c2 === CODE_FA) && (at === 2 || !isWordChar(n.charCodeAt(at - 3)));
}

/** Longest match wins; ties go to the earlier rule. Linear in the text: taken positions are marked. */
function selectLongest(cands: Candidate[], length: number): Candidate[] {
  cands.sort((a, b) => b.nEnd - b.nStart - (a.nEnd - a.nStart) || PRIORITY.get(a.rule)! - PRIORITY.get(b.rule)! || a.nStart - b.nStart);
  const taken = new Uint8Array(length + 1);
  const out: Candidate[] = [];
  for (const c of cands) {
    let free = true;
    for (let i = c.nStart; i < c.nEnd; i++) {
      if (taken[i]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(1, c.nStart, c.nEnd);
    out.push(c);
  }
  return out.sort((a, b) => a.nStart - b.nStart);
}

const RANGE_JOIN = new RegExp(`^\\s*(?:-|–|${alt('إلى', 'حتى', 'و')})\\s*$`, 'u');
const RANGE_OPEN = new RegExp(`(?:^|[^${LN}])[وف]?(?:${alt('من', 'بين')})\\s+$`, 'u');

/** "من 9 كانون الثاني إلى 12 شباط 2022", "بين 2014 و2019": two dates of one kind become an interval. */
function mergeRanges(items: Candidate[], n: string): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < items.length; i++) {
    const a = items[i];
    const b = items[i + 1];
    if (
      b && a.type === 'DATE' && b.type === 'DATE' && !a.onDay && !b.onDay &&
      RANGE_JOIN.test(n.slice(a.nEnd, b.nStart)) && RANGE_OPEN.test(n.slice(Math.max(0, a.nStart - 8), a.nStart))
    ) {
      const va = a, vb = b;
      out.push({
        ...a,
        end: b.end,
        nEnd: b.nEnd,
        relative: a.relative || b.relative,
        rule: 'range',
        value(anchor) {
          const x = va.value(anchor), y = vb.value(anchor);
          if (!x || !y || x.length !== y.length) return x && y ? `${x}/${y}` : null;
          return `${x}/${y}`;
        },
      });
      i++;
      continue;
    }
    out.push(a);
  }
  return out;
}

// --- resolve -----------------------------------------------------------------------------

export interface ResolvedTimex {
  start: number;
  end: number;
  text: string;
  type: TimexType;
  value: string | null;
  relative: boolean;
}

const DAY_VALUE = /^(\d{4}-\d{2}-\d{2})(?:$|T)/;

/**
 * Values against an anchor (the publication date, or null when unknown). Clock times and
 * parts of the day take the day of the nearest preceding dated expression in the same
 * sentence, else the anchor.
 */
export function resolveTimexes(text: string, items: readonly ParsedTimex[], anchor: YMD | null): ResolvedTimex[] {
  const out: ResolvedTimex[] = [];
  let lastDay: { day: string; relative: boolean; end: number } | null = null;
  for (const t of items) {
    let value: string | null;
    let relative = t.relative;
    if (t.onDay) {
      let day: string | null = null;
      if (lastDay && !SENTENCE_END.test(text.slice(lastDay.end, t.start).replace(/\d\.\d/g, ''))) {
        day = lastDay.day;
        relative = lastDay.relative;
      } else if (anchor) {
        day = formatYMD(anchor);
        relative = true;
      }
      value = t.onDay(day);
    } else {
      value = t.value(anchor);
    }
    const m = value ? DAY_VALUE.exec(value) : null;
    if (m) lastDay = { day: m[1], relative, end: t.end };
    out.push({ start: t.start, end: t.end, text: text.slice(t.start, t.end), type: t.type, value, relative });
  }
  return out;
}

/** Parse and resolve in one call (tests, tools). */
export function findTimexes(text: string, anchor: YMD | null): ResolvedTimex[] {
  return resolveTimexes(text, parseTimexes(text).items, anchor);
}

