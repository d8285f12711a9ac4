import { normalize } from '../text/normalize.js';

/**
 * General Arabic temporal vocabulary. Entries are written as they are usually spelled and
 * folded with text/normalize.ts when loaded, so every lookup happens on normalised text
 * (أ/إ/آ → ا, ة → ه, ى → ي, Arabic-Indic digits → ASCII, tatweel and diacritics dropped).
 */

/** Gregorian month names of every regional system, with common spelling variants. */
const GREGORIAN_MONTHS: [number, string[]][] = [
  [1, ['يناير', 'كانون الثاني', 'كانون ثاني', 'جانفي', 'جانفييه', 'يَنَايِر', 'ينايِر', 'ينير']],
  [2, ['فبراير', 'شباط', 'فيفري', 'فبرير', 'فبرائر']],
  [3, ['مارس', 'آذار', 'اذار']],
  [4, ['أبريل', 'إبريل', 'ابريل', 'نيسان', 'أفريل', 'افريل', 'ابريل']],
  [5, ['مايو', 'أيار', 'ماي', 'مايوه']],
  [6, ['يونيو', 'يونيه', 'حزيران', 'جوان']],
  [7, ['يوليو', 'يوليه', 'تموز', 'جويلية', 'جويليه', 'يوليوز']],
  [8, ['أغسطس', 'اغسطس', 'أغسطوس', 'آب', 'أوت', 'غشت']],
  [9, ['سبتمبر', 'أيلول', 'شتنبر', 'سيبتمبر', 'سپتمبر']],
  [10, ['أكتوبر', 'اكتوبر', 'أوكتوبر', 'تشرين الأول', 'تشرين أول']],
  [11, ['نوفمبر', 'تشرين الثاني', 'تشرين ثاني', 'نونبر', 'نوفمير']],
  [12, ['ديسمبر', 'كانون الأول', 'كانون أول', 'دجنبر', 'ديسيمبر']],
];

/**
 * Month names that are also ordinary words (مارس "practised", آب/أب "father", ماي, أوت):
 * they count as months only inside a date (with a day, a year, شهر, or a paired name).
 */
const AMBIGUOUS_MONTHS = ['مارس', 'آب', 'ماي', 'أوت', 'غشت', 'آذار', 'اذار', 'نيسان', 'تموز'];

const HIJRI_MONTHS: [number, string[]][] = [
  [1, ['محرم', 'المحرم']],
  [2, ['صفر']],
  [3, ['ربيع الأول', 'ربيع أول', 'ربيع الاول']],
  [4, ['ربيع الثاني', 'ربيع الآخر', 'ربيع ثاني', 'ربيع الاخر']],
  [5, ['جمادى الأولى', 'جمادى الأول', 'جمادى الاولى', 'جمادي الأولى']],
  [6, ['جمادى الآخرة', 'جمادى الثانية', 'جمادى الآخر', 'جمادى الاخرة', 'جمادي الآخرة']],
  [7, ['رجب']],
  [8, ['شعبان']],
  [9, ['رمضان']],
  [10, ['شوال']],
  [11, ['ذو القعدة', 'ذي القعدة', 'ذو القعده']],
  [12, ['ذو الحجة', 'ذي الحجة']],
];

const ENGLISH_MONTHS: [number, string[]][] = [
  [1, ['january', 'jan']],
  [2, ['february', 'feb']],
  [3, ['march', 'mar']],
  [4, ['april', 'apr']],
  [5, ['may']],
  [6, ['june', 'jun']],
  [7, ['july', 'jul']],
  [8, ['august', 'aug']],
  [9, ['september', 'sept', 'sep']],
  [10, ['october', 'oct']],
  [11, ['november', 'nov']],
  [12, ['december', 'dec']],
];

/** Weekday names, 0 = Sunday (JavaScript order). */
const WEEKDAYS: [number, string[]][] = [
  [0, ['الأحد']],
  [1, ['الاثنين', 'الإثنين', 'الأثنين']],
  [2, ['الثلاثاء', 'الثلثاء']],
  [3, ['الأربعاء', 'الاربعاء']],
  [4, ['الخميس']],
  [5, ['الجمعة']],
  [6, ['السبت']],
];

/** Cardinal number words (masculine and feminine), as used before counted time units. */
const CARDINALS: [number, string[]][] = [
  [1, ['واحد', 'واحدة']],
  [2, ['اثنين', 'اثنان', 'اثنتين', 'اثنتان', 'إثنين']],
  [3, ['ثلاث', 'ثلاثة']],
  [4, ['أربع', 'أربعة']],
  [5, ['خمس', 'خمسة']],
  [6, ['ست', 'ستة']],
  [7, ['سبع', 'سبعة']],
  [8, ['ثماني', 'ثمانية', 'ثمان']],
  [9, ['تسع', 'تسعة']],
  [10, ['عشر', 'عشرة']],
  [11, ['أحد عشر', 'إحدى عشرة', 'احدى عشرة']],
  [12, ['اثني عشر', 'اثنا عشر', 'اثنتي عشرة', 'اثنتا عشرة']],
  [20, ['عشرين', 'عشرون']],
  [30, ['ثلاثين', 'ثلاثون']],
  [40, ['أربعين', 'أربعون']],
  [50, ['خمسين', 'خمسون']],
  [60, ['ستين', 'ستون']],
  [70, ['سبعين', 'سبعون']],
  [80, ['ثمانين', 'ثمانون']],
  [90, ['تسعين', 'تسعون']],
  [100, ['مئة', 'مائة']],
  [200, ['مئتين', 'مائتين', 'مئتي', 'مائتي', 'مئتان']],
  [1000, ['ألف']],
];
// 13-19: "ثلاثة عشر" …
for (const [n, forms] of CARDINALS.slice(2, 9)) {
  CARDINALS.push([n + 10, forms.flatMap((f) => [`${f} عشر`, `${f} عشرة`])]);
}

/** Masculine ordinals for days of the month (العاشر، الحادي عشر، الحادي والعشرين …). */
const ORDINAL_UNITS: [number, string][] = [
  [1, 'الأول'],
  [2, 'الثاني'],
  [3, 'الثالث'],
  [4, 'الرابع'],
  [5, 'الخامس'],
  [6, 'السادس'],
  [7, 'السابع'],
  [8, 'الثامن'],
  [9, 'التاسع'],
];
const DAY_ORDINALS: [number, string[]][] = [];
for (const [n, w] of ORDINAL_UNITS) DAY_ORDINALS.push([n, [w]]);
DAY_ORDINALS.push([10, ['العاشر']]);
DAY_ORDINALS.push([11, ['الحادي عشر']]);
for (const [n, w] of ORDINAL_UNITS.slice(1)) DAY_ORDINALS.push([n + 10, [`${w} عشر`]]);
DAY_ORDINALS.push([20, ['العشرين']]);
DAY_ORDINALS.push([21, ['الحادي والعشرين', 'الواحد والعشرين']]);
for (const [n, w] of ORDINAL_UNITS.slice(1)) DAY_ORDINALS.push([n + 20, [`${w} والعشرين`]]);
DAY_ORDINALS.push([30, ['الثلاثين']]);
DAY_ORDINALS.push([31, ['الحادي والثلاثين', 'الواحد والثلاثين']]);

/** Feminine ordinals for clock hours (الساعة العاشرة، الحادية عشرة). */
const HOUR_ORDINALS: [number, string[]][] = [
  [1, ['الواحدة']],
  [2, ['الثانية']],
  [3, ['الثالثة']],
  [4, ['الرابعة']],
  [5, ['الخامسة']],
  [6, ['السادسة']],
  [7, ['السابعة']],
  [8, ['الثامنة']],
  [9, ['التاسعة']],
  [10, ['العاشرة']],
  [11, ['الحادية عشرة', 'الحادية عشر']],
  [12, ['الثانية عشرة', 'الثانية عشر']],
];

/** Century ordinals (القرن العشرين = the 1900s → TIMEX "19"). */
const CENTURY_ORDINALS: [number, string[]][] = [
  [18, ['التاسع عشر']],
  [19, ['العشرين']],
  [20, ['الحادي والعشرين', 'الواحد والعشرين']],
  [17, ['الثامن عشر']],
  [16, ['السابع عشر']],
];

/** Decade words (الثمانينيات → 198x): the tens digit of the decade. */
const DECADES: [number, string[]][] = [
  [2, ['العشرينيات', 'العشرينات', 'عشرينيات', 'عشرينات']],
  [3, ['الثلاثينيات', 'الثلاثينات', 'ثلاثينيات', 'ثلاثينات']],
  [4, ['الأربعينيات', 'الأربعينات', 'أربعينيات', 'أربعينات']],
  [5, ['الخمسينيات', 'الخمسينات', 'خمسينيات', 'خمسينات']],
  [6, ['الستينيات', 'الستينات', 'ستينيات', 'ستينات']],
  [7, ['السبعينيات', 'السبعينات', 'سبعينيات', 'سبعينات']],
  [8, ['الثمانينيات', 'الثمانينات', 'ثمانينيات', 'ثمانينات']],
  [9, ['التسعينيات', 'التسعينات', 'تسعينيات', 'تسعينات']],
];

export type Unit = 'Y' | 'M' | 'W' | 'D' | 'H' | 'MIN' | 'S' | 'DE' | 'CE';

/** Time units: singular, plural and dual forms. */
const UNITS: { unit: Unit; singular: string[]; plural: string[]; dual: string[] }[] = [
  { unit: 'Y', singular: ['عام', 'سنة', 'عاما', 'عاماً'], plural: ['أعوام', 'سنوات', 'سنين'], dual: ['عامين', 'عامان', 'سنتين', 'سنتان'] },
  { unit: 'M', singular: ['شهر', 'شهرا'], plural: ['أشهر', 'شهور'], dual: ['شهرين', 'شهران'] },
  { unit: 'W', singular: ['أسبوع', 'أسبوعا'], plural: ['أسابيع'], dual: ['أسبوعين', 'أسبوعان'] },
  { unit: 'D', singular: ['يوم', 'يوما'], plural: ['أيام'], dual: ['يومين', 'يومان'] },
  { unit: 'H', singular: ['ساعة'], plural: ['ساعات'], dual: ['ساعتين', 'ساعتان'] },
  { unit: 'MIN', singular: ['دقيقة'], plural: ['دقائق'], dual: ['دقيقتين', 'دقيقتان'] },
  { unit: 'S', singular: ['ثانية'], plural: ['ثوان', 'ثواني'], dual: ['ثانيتين', 'ثانيتان'] },
  { unit: 'DE', singular: ['عقد', 'عقدا'], plural: ['عقود'], dual: ['عقدين', 'عقدان'] },
  { unit: 'CE', singular: ['قرن', 'قرنا'], plural: ['قرون'], dual: ['قرنين', 'قرنان'] },
];

/** Time-zone phrases after بتوقيت / بالتوقيت → ISO offset ('Z' for UTC). Standard (winter) offsets. */
const ZONES: [string, string[]][] = [
  ['Z', ['غرينتش', 'غرينيتش', 'جرينتش', 'جرينيتش', 'غرينتش العالمي', 'العالمي', 'عالمي', 'العالمي الموحد', 'gmt', 'utc']],
  ['+03:00', ['مكة المكرمة', 'مكة', 'الرياض', 'السعودية', 'موسكو', 'بغداد', 'الكويت', 'الدوحة', 'قطر', 'المنامة', 'البحرين', 'صنعاء', 'دمشق', 'أنقرة', 'إسطنبول', 'اسطنبول', 'نيروبي', 'أديس أبابا']],
  ['+02:00', ['القاهرة', 'مصر', 'بيروت', 'لبنان', 'القدس', 'طرابلس', 'ليبيا', 'الخرطوم', 'كييف', 'أثينا', 'فلسطين']],
  ['+04:00', ['أبوظبي', 'أبو ظبي', 'دبي', 'الإمارات', 'مسقط', 'سلطنة عمان', 'باكو', 'تبليسي']],
  ['+03:30', ['طهران', 'إيران']],
  ['+01:00', ['الجزائر', 'تونس', 'باريس', 'برلين', 'روما', 'بروكسل', 'مدريد', 'جنيف', 'فيينا', 'لاغوس']],
  ['+00:00', ['لندن', 'الرباط', 'المغرب', 'نواكشوط', 'الدار البيضاء']],
  ['-05:00', ['واشنطن', 'نيويورك', 'شرق الولايات المتحدة']],
];

// --- compiled lookups -----------------------------------------------------------------

function foldTable<T>(rows: [T, string[]][], lower = false): Map<string, T> {
  const map = new Map<string, T>();
  for (const [v, forms] of rows) for (const f of forms) map.set(lower ? f.toLowerCase() : normalize(f), v);
  return map;
}

export const GREGORIAN_MONTH = foldTable(GREGORIAN_MONTHS);
export const HIJRI_MONTH = foldTable(HIJRI_MONTHS);
export const ENGLISH_MONTH = foldTable(ENGLISH_MONTHS, true);
export const WEEKDAY = foldTable(WEEKDAYS);
export const CARDINAL = foldTable(CARDINALS);
export const DAY_ORDINAL = foldTable(DAY_ORDINALS);
export const HOUR_ORDINAL = foldTable(HOUR_ORDINALS);
export const CENTURY_ORDINAL = foldTable(CENTURY_ORDINALS);
export const DECADE = foldTable(DECADES);
export const ZONE = foldTable(ZONES);
export const AMBIGUOUS_MONTH = new Set(AMBIGUOUS_MONTHS.map(normalize));

export const UNIT_OF = new Map<string, { unit: Unit; form: 'singular' | 'plural' | 'dual' }>();
for (const u of UNITS) {
  for (const form of ['singular', 'plural', 'dual'] as const) for (const w of u[form]) UNIT_OF.set(normalize(w), { unit: u.unit, form });
}

/** Regex alternation (a non-capturing group) of normalised phrases, longest first; spaces match any run of spaces. */
export function alternation(words: Iterable<string>): string {
  // Factored as a trie (كانون الثاني|كانون الاول → كانون\s+(?:الثاني|الاول)): the regex engine
  // then tests a shared start once instead of once per word, and most positions fail at the
  // first letter. Longer words are still tried first: at one position, the words that can
  // match are prefixes of each other, and a branch is tried before its end.
  const root: TrieNode = new Map();
  for (const w of new Set(words)) {
    let node = root;
    for (const ch of w) {
      let next = node.get(ch);
      if (!next) node.set(ch, (next = new Map()));
      node = next;
    }
    node.set(END, new Map());
  }
  return '(?:' + trieSource(root) + ')';
}

type TrieNode = Map<string, TrieNode>;
const END = '';

function trieSource(node: TrieNode): string {
  const branches = [...node.keys()].filter((k) => k !== END).map((ch) => (ch === ' ' ? '\\s+' : ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) + trieSource(node.get(ch)!));
  if (branches.length === 0) return '';
  const body = branches.length === 1 ? branches[0] : '(?:' + branches.join('|') + ')';
  return node.has(END) ? '(?:' + body + ')?' : body;
}

/** Normalised lookup key of a matched phrase (collapse inner whitespace). */
export function key(s: string): string {
  return s.replace(/\s+/g, ' ');
}

/** alternation() over words written in ordinary spelling (folded here). */
export function alt(...words: string[]): string {
  return alternation(words.map(normalize));
}

export function unitWords(form: 'singular' | 'plural' | 'dual'): string[] {
  return [...UNIT_OF].filter(([, v]) => v.form === form).map(([k]) => k);
}
