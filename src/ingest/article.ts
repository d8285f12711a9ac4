/**
 * Plain-text article analysis: turns the text of a scraped article into cleaned body text
 * plus metadata (title, outlet, agency credits, dateline).
 *
 * Workflow:
 *  1. split into lines; classify each line as page chrome (share/copy-link rows, view
 *     counters, comment notices, slide labels, icon-label metadata rows, banners) or content;
 *  2. a Latin all-caps banner line at the very top names the outlet, and is removed;
 *  3. the first remaining line is the title when it looks like a headline;
 *  4. a source line "(Outlet / Agency - date)" at the start of a paragraph names the outlet
 *     and credits; "(د ب أ)"-style credits and "وكالة … " mentions give the agencies;
 *  5. a dateline "موسكو:" opening the first body paragraph gives the place.
 * Every sentence of the body is kept: only whole chrome lines (or an icon label inside a
 * metadata row) are removed, and the removed text is recorded for auditing.
 */

export interface ArticleParts {
  /** Cleaned text: title line (if any) + body, one paragraph per line. */
  text: string;
  title: string | null;
  outlet: string | null;
  outletEvidence: string | null;
  credits: string[];
  dateline: string | null;
  removed: string[];
}

/** Share targets and actions; a line made only of these (two or more) is a flattened share bar. */
const SHARE_WORD = '(?:مشاركة|شارك|شاركها|طباعة|اطبع|تغريد|غرد|نسخ الرابط|فيسبوك|فيس بوك|تويتر|إكس|واتساب|واتس اب|تلغرام|تيليجرام|تليجرام|لينكدإن|لينكد إن|ماسنجر|البريد الإلكتروني|facebook|twitter|whatsapp|telegram|linkedin|messenger|email|print|share|x)';
const SHARE_ROW = new RegExp(`^${SHARE_WORD}(?:\\s*[|•·,،:-]?\\s*${SHARE_WORD}){1,9}\\s*$`, 'i');

/** Whole lines that are page chrome, whatever the site. */
const CHROME_LINE: RegExp[] = [
  /^(profile|menu|home|share|print|email|facebook|twitter|whatsapp|telegram|linkedin|pinterest|tweet|like|comments?|related|tags?|advertisement|ads?|slide\s*\d+|image\s*\d+|photo\s*\d+|loading\.*|read more|skip to content)$/i,
  /^(مشاركة|شارك|طباعة|أرسل|ارسل|تغريد|إعلان|اعلان|اقرأ أيضا|اقرأ ايضا|اقرأ أيضاً|إقرأ أيضا|مواضيع ذات صلة|أخبار ذات صلة|الأكثر قراءة|الأكثر مشاهدة|تابعونا|تابعنا على|حجم الخط|نسخ الرابط|رابط مختصر|الرئيسية)\s*[:：]?$/,
  /^(التعليقات|تعليقات|عدد التعليقات|التعليقات مغلقة)\s*[(:]?\s*[\d٠-٩]*\s*\)?\.?$/,
  /^التعليقات مغلقة/,
  /^(لا توجد تعليقات|أضف تعليق|اضف تعليق|اترك تعليقا|اترك تعليقاً|أضف تعليقاً|كن أول من يعلق)/,
  /^تم نسخ (عنوان المقال|الرابط|النص)/,
  /^(جميع الحقوق محفوظة|كل الحقوق محفوظة|©|copyright\b)/i,
  /^(comments are closed|leave a (comment|reply)|all rights reserved)/i,
  /^([\d٠-٩,.]+\s*)?(مشاهدة|مشاهدات|قراءة|زيارة|views?|reads?)\s*[\d٠-٩,.]*$/i,
  /^(عدد المشاهدات|عدد القراءات)\s*[:：]?\s*[\d٠-٩,.]+$/,
  // A row of share buttons flattened into one line ("مشاركة فيسبوك تويتر واتساب").
  SHARE_ROW,
];

/** Icon labels that scraped themes leave before metadata values ("• clock 7 ديسمبر", "• eye 463"). */
const ICON_LABEL = /^(?:[•·▪■◦●\-*]\s*)?(clock|calendar|date|time|eye|views?|user|author|folder|category|tags?|comments?|comment-o|share|print)\b\s*/i;
const BULLET = /^[•·▪■◦●]\s*/;
/** An all-caps Latin banner ("NORTH PULSE NETWORK NPN"), at most a few words. */
const BANNER = /^[A-Z0-9][A-Z0-9 .&'’\-|]{2,60}$/;
/** "(Outlet / Agency - 12 كانون الثاني 2022ء)" or "(Outlet - date)" at the start of a paragraph. */
const SOURCE_LINE = /^\(\s*([^()/\-–—]{2,60}?)\s*(?:\/\s*([^()\-–—]{2,40}?)\s*)?[-–—]\s*([^()]{4,40})\)\s*/;
/** "موسكو:" / "واشنطن - " / "عمّان:" dateline at the start of the body (one or two words, diacritics allowed). */
const DATELINE = /^([\u0621-\u064a][\u0621-\u0652\u0670]+(?:\s[\u0621-\u064a][\u0621-\u0652\u0670]+)?)\s*(?::|\s[-–—]\s)/;

/** News agencies as credited in Arabic bylines: general knowledge. Canonical English name → Arabic forms. */
export const AGENCIES: Record<string, string[]> = {
  dpa: ['د ب أ', 'د.ب.أ', 'وكالة الأنباء الألمانية'],
  AFP: ['أ ف ب', 'ا ف ب', 'أ.ف.ب', 'فرانس برس', 'فرانس بريس', 'وكالة الصحافة الفرنسية'],
  Reuters: ['رويترز'],
  'Associated Press': ['أ ب', 'أسوشيتد برس', 'اسوشيتد برس', 'أسوشييتد برس'],
  Sputnik: ['سبوتنيك'],
  Interfax: ['إنترفاكس', 'انترفاكس'],
  TASS: ['تاس', 'إيتار تاس'],
  'RIA Novosti': ['ريا نوفوستي', 'نوفوستي'],
  Anadolu: ['الأناضول', 'وكالة الأناضول'],
  Xinhua: ['شينخوا', 'شينخوا'],
  SPA: ['واس', 'وكالة الأنباء السعودية'],
  WAM: ['وام'],
  QNA: ['قنا'],
  KUNA: ['كونا'],
  MENA: ['أ ش أ', 'وكالة أنباء الشرق الأوسط'],
  SANA: ['سانا'],
  Petra: ['بترا'],
  UPI: ['يو بي آي'],
  IRNA: ['إرنا', 'ارنا'],
  EFE: ['إفي', 'افي'],
};

const AGENCY_FORMS: { name: string; form: string }[] = Object.entries(AGENCIES)
  .flatMap(([name, forms]) => forms.map((form) => ({ name, form })))
  .sort((a, b) => b.form.length - a.form.length);

export function analyzeArticle(raw: string, hints: { title?: string | null } = {}): ArticleParts {
  const removed: string[] = [];
  let outlet: string | null = null;
  let outletEvidence: string | null = null;
  const lines = raw.replace(/\r\n?/g, '\n').split('\n');
  const kept: string[] = [];
  /** Values kept from icon-label metadata rows (a date, a time): never the headline. */
  const metadataValues = new Set<string>();
  let seenContent = false;
  for (let i = 0; i < lines.length; i++) {
    const original = lines[i];
    let line = original.trim();
    if (!line) continue;
    if (isChrome(line)) {
      removed.push(line);
      continue;
    }
    // Banner: an all-caps Latin line before any content names the outlet.
    if (!seenContent && BANNER.test(line) && /[A-Z]{2}/.test(line) && line.split(/\s+/).length <= 8) {
      outlet ??= line;
      outletEvidence ??= line;
      removed.push(line);
      continue;
    }
    // Icon-label metadata rows: drop the label, keep the value if it is a date or time.
    const icon = ICON_LABEL.exec(line);
    if (icon && (BULLET.test(line) || /^[a-z]/.test(line))) {
      const value = line.slice(icon[0].length).trim();
      removed.push(line.slice(0, icon[0].length).trim());
      if (value && /[\d٠-٩]/.test(value) && /[\u0621-\u064a]|:\d\d/.test(value)) {
        kept.push(value);
        metadataValues.add(value);
      }
      else if (value) removed.push(value);
      continue;
    }
    // A short bullet row above the article (a section label, a date) is metadata; a longer
    // bulleted line is a sub-headline or a column's first line, and is kept.
    if (BULLET.test(line) && line.length < 60 && !/[.،؟!]$/.test(line) && !seenContent && (line.split(/\s+/).length <= 3 || /[\d٠-٩]/.test(line))) {
      removed.push(line);
      continue;
    }
    seenContent = true;
    kept.push(line);
  }

  // Title: the first line when it reads as a headline (short, not ending in a full stop).
  let title: string | null = hints.title?.trim() || null;
  if (!title && kept.length > 1) {
    const first = kept.find((line) => !metadataValues.has(line)) ?? kept[0];
    if (first.length <= 220 && !/[.。]$/.test(first) && first.split(/\s+/).length >= 2) title = first;
  }
  if (title && kept[0] !== title) {
    // The headline opens the cleaned text (moved up past metadata values, or added from the hints).
    const at = kept.indexOf(title);
    if (at > 0 && kept.slice(0, at).every((line) => metadataValues.has(line))) kept.splice(at, 1);
    kept.unshift(title);
  }

  // Source line "(Outlet / Agency - date)" in the first body paragraphs.
  const credits = new Set<string>();
  for (const line of kept.slice(title ? 1 : 0, 4)) {
    const m = SOURCE_LINE.exec(line);
    if (!m) continue;
    if (!/[\d٠-٩]/.test(m[3])) continue; // the last part must be a date
    const first = m[1].trim();
    const second = m[2]?.trim();
    const firstAgency = agencyOf(first);
    if (!firstAgency) {
      outlet ??= first;
      outletEvidence ??= first;
    } else credits.add(firstAgency);
    if (second) credits.add(agencyOf(second) ?? second);
    break;
  }
  const body = kept.join('\n');
  for (const c of findCredits(body)) credits.add(c);

  // Dateline: "موسكو:" opening the first body paragraph.
  let dateline: string | null = null;
  for (const para of kept.slice(title ? 1 : 0, title ? 3 : 2)) {
    const m = DATELINE.exec(para);
    if (m && !/^(قال|وقال|أعلن|أكد|وأضاف|اليوم|المصدر|تنويه|ملاحظة|الموافق)/.test(m[1])) {
      dateline = m[1];
      break;
    }
  }

  return { text: body, title, outlet, outletEvidence, credits: [...credits], dateline, removed };
}

function isChrome(line: string): boolean {
  const l = line.replace(BULLET, '').trim();
  return CHROME_LINE.some((re) => re.test(l));
}

function agencyOf(s: string): string | null {
  const t = s.trim();
  for (const { name, form } of AGENCY_FORMS) if (t === form || t.includes(form)) return name;
  return null;
}

/** Agencies credited in the body: "(د ب أ)" credits and "وكالة … X" mentions. */
function findCredits(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(/\(([^()\n]{2,30})\)/g)) {
    const a = agencyOf(m[1]);
    if (a && m[1].trim().length <= 30) out.add(a);
  }
  for (const m of text.matchAll(/وكالة(?: أنباء| الأنباء)?\s*["“«]?\s*([^\s"”»،.]+(?:\s[^\s"”»،.]+)?)/g)) {
    const a = agencyOf(m[0]) ?? agencyOf(m[1]);
    if (a) out.add(a);
  }
  return [...out];
}
