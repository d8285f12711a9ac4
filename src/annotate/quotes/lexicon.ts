import { normalize } from '../../text/normalize.js';

/**
 * General Arabic knowledge for quotation attribution: reporting verbs in their inflected
 * forms, reporting nouns and prepositional attributions, complementizers, titles, unnamed
 * sources. All keys are in `normalize()` form (أ/إ/آ→ا, ى→ي, ة→ه, no diacritics), without
 * the conjunction و/ف, which the annotator strips before looking a word up.
 */

/** How a cue word introduces speech. */
export type CueForm =
  | 'perfect' // قال، قالت، قالوا
  | 'imperfect' // يقول، تقول
  | 'participle' // قائلا، مضيفة: always the subject of the main verb
  | 'passive' // يشار إلى أن، قيل إن: no speaker of its own
  | 'masdar' // بالقول، بالإشارة إلى: the subject of the main verb
  | 'masdar-pronoun' // قوله، قولها (ونقل البيان عن X قوله إن): the speaker precedes it after عن
  | 'according'; // بحسب، وفقا ل، نقلا عن: the speaker follows, the quote precedes

/** Grammatical agreement of the verb form, used to check pronoun antecedents (لكنها قالت). */
export type Agreement = 'm' | 'f' | 'pl' | null;

export interface CueInfo {
  lemma: string;
  form: CueForm;
  agreement: Agreement;
  /** Carries the previous speaker when it has no subject of its own (وأضاف، وتابع). */
  continuation: boolean;
  /**
   * Takes a noun-phrase object as its content when no complementizer follows: 'np' (نفت موسكو أي
   * نوايا…، أبدى استعداده), 'an' through عن (أعرب/عبر عن قلقه), which is then required (عبر alone is "via").
   */
  objectContent: 'np' | 'an' | null;
  /** A social-media verb (غرد): the quote is a post. */
  social: boolean;
}

interface VerbSpec {
  /** 3rd person masculine singular perfect, imperfect, active participle stem. */
  perfect: string;
  imperfect?: string;
  participle?: string;
  continuation?: boolean;
  objectContent?: 'np' | 'an';
  social?: boolean;
  /** Only the participle is a cue (the other forms are ambiguous). */
  participleOnly?: boolean;
  /** Extra surface forms (irregular inflections). */
  extra?: [string, Agreement, CueForm][];
}

/** Reporting verbs (general lexicon). */
const VERBS: VerbSpec[] = [
  { perfect: 'قال', imperfect: 'يقول', participle: 'قائل', extra: [['قالا', 'pl', 'perfect']] },
  { perfect: 'أضاف', imperfect: 'يضيف', participle: 'مضيف', continuation: true },
  // متابعة/متابعين are also nouns (follow-up, followers): only متابعا is the participle.
  { perfect: 'تابع', imperfect: 'يتابع', continuation: true, extra: [['متابعا', 'm', 'participle']] },
  { perfect: 'أردف', imperfect: 'يردف', participle: 'مردف', continuation: true },
  { perfect: 'استطرد', imperfect: 'يستطرد', participle: 'مستطرد', continuation: true },
  { perfect: 'استدرك', imperfect: 'يستدرك', participle: 'مستدرك', continuation: true },
  { perfect: 'أوضح', imperfect: 'يوضح', participle: 'موضح' },
  { perfect: 'أشار', imperfect: 'يشير', participle: 'مشير' },
  { perfect: 'أكد', imperfect: 'يؤكد', participle: 'مؤكد', objectContent: 'np' },
  { perfect: 'صرح', imperfect: 'يصرح', participle: 'مصرح' },
  { perfect: 'أعلن', imperfect: 'يعلن', participle: 'معلن' },
  { perfect: 'ذكر', imperfect: 'يذكر', participle: 'ذاكر' },
  { perfect: 'أفاد', imperfect: 'يفيد', participle: 'مفيد' },
  { perfect: 'لفت', imperfect: 'يلفت', participle: 'لافت' },
  { perfect: 'شدد', imperfect: 'يشدد', participle: 'مشدد' },
  { perfect: 'حذر', imperfect: 'يحذر', participle: 'محذر' },
  { perfect: 'نفى', imperfect: 'ينفي', objectContent: 'np', extra: [['نفت', 'f', 'perfect'], ['نفوا', 'pl', 'perfect'], ['نافيا', 'm', 'participle'], ['نافية', 'f', 'participle'], ['تنفي', 'f', 'imperfect']] },
  { perfect: 'اعتبر', imperfect: 'يعتبر', participle: 'معتبر' },
  { perfect: 'رأى', imperfect: 'يرى', participle: 'رائي', extra: [['رأت', 'f', 'perfect'], ['رأوا', 'pl', 'perfect'], ['ترى', 'f', 'imperfect'], ['يرون', 'pl', 'imperfect']] },
  // كاتب is "writer": no participle.
  { perfect: 'كتب', imperfect: 'يكتب' },
  { perfect: 'غرد', imperfect: 'يغرد', participle: 'مغرد', social: true },
  // بيّن is written like بين (between) and تبين (it appeared): only the participle is unambiguous.
  { perfect: 'بين', participle: 'مبين', participleOnly: true },
  // مبلغ is "amount": no participle.
  { perfect: 'أبلغ', imperfect: 'يبلغ' },
  // No participle: مقرا/مقرة is also the noun "headquarters".
  { perfect: 'أقر', imperfect: 'يقر' },
  { perfect: 'اعترف', imperfect: 'يعترف', participle: 'معترف' },
  { perfect: 'أعرب', imperfect: 'يعرب', participle: 'معرب', objectContent: 'an' },
  { perfect: 'عبر', imperfect: 'يعبر', participle: 'معبر', objectContent: 'an' },
  { perfect: 'أبدى', imperfect: 'يبدي', participle: 'مبدي', objectContent: 'np', extra: [['أبدت', 'f', 'perfect'], ['أبدوا', 'pl', 'perfect'], ['مبديا', 'm', 'participle'], ['مبدية', 'f', 'participle'], ['تبدي', 'f', 'imperfect']] },
  { perfect: 'كشف', imperfect: 'يكشف', participle: 'كاشف' },
  { perfect: 'نوه', imperfect: 'ينوه', participle: 'منوه' },
  { perfect: 'ألمح', imperfect: 'يلمح', participle: 'ملمح' },
  { perfect: 'زعم', imperfect: 'يزعم', participle: 'زاعم' },
  { perfect: 'ادعى', imperfect: 'يدعي', participle: 'مدعي', extra: [['ادعت', 'f', 'perfect'], ['ادعوا', 'pl', 'perfect'], ['مدعيا', 'm', 'participle'], ['مدعية', 'f', 'participle'], ['تدعي', 'f', 'imperfect']] },
  { perfect: 'أجاب', imperfect: 'يجيب', participle: 'مجيب' },
  { perfect: 'تساءل', imperfect: 'يتساءل', participle: 'متسائل' },
  { perfect: 'أفصح', imperfect: 'يفصح', participle: 'مفصح' },
  { perfect: 'نقل', imperfect: 'ينقل' },
  { perfect: 'رجح', imperfect: 'يرجح', participle: 'مرجح' },
  { perfect: 'توقع', imperfect: 'يتوقع', participle: 'متوقع' },
];

/** Passive reporting forms: no speaker of their own (the previous one carries over). */
const PASSIVES = ['يشار', 'أشير', 'قيل', 'يقال', 'أفيد', 'يذكر'];

/** Reporting nouns introducing speech after a main verb: واختتم بيانه بالقول، اكتفى بالإشارة إلى. */
const MASDARS = ['بالقول', 'بالإشارة', 'بالتأكيد', 'بالتشديد', 'بالتحذير', 'بالتنويه'];

/** ونقل البيان عن X قوله إن: the speaker is the source after عن. */
const MASDAR_PRONOUN: [string, Agreement][] = [
  ['قوله', 'm'],
  ['قولها', 'f'],
  ['قولهم', 'pl'],
  ['قولهما', 'pl'],
  ['تأكيده', 'm'],
  ['تأكيدها', 'f'],
];

/** Attributions after the quote: "…، بحسب ما أعلنته الرئاسة", "وفقا لوكالة…", "نقلا عن مصادر". */
const ACCORDING = ['بحسب', 'حسب', 'حسبما', 'وفق', 'وفقا', 'طبقا', 'نقلا'];

export const CUES: ReadonlyMap<string, CueInfo> = buildCues();

function buildCues(): Map<string, CueInfo> {
  const map = new Map<string, CueInfo>();
  const add = (surface: string, info: CueInfo) => {
    const key = normalize(surface);
    if (!map.has(key)) map.set(key, info);
  };
  for (const v of VERBS) {
    const base = { lemma: normalize(v.perfect), continuation: !!v.continuation, objectContent: v.objectContent ?? null, social: !!v.social };
    const p = v.perfect;
    if (!v.participleOnly) add(p, { ...base, form: 'perfect', agreement: 'm' });
    if (!v.participleOnly && !p.endsWith('ى')) {
      add(p + 'ت', { ...base, form: 'perfect', agreement: 'f' });
      add(p + 'وا', { ...base, form: 'perfect', agreement: 'pl' });
    }
    if (v.participleOnly) {
      // no finite forms
    } else if (v.imperfect && !v.imperfect.endsWith('ى') && !v.imperfect.endsWith('ي')) {
      const i = v.imperfect;
      add(i, { ...base, form: 'imperfect', agreement: 'm' });
      add('ت' + i.slice(1), { ...base, form: 'imperfect', agreement: 'f' });
      add(i + 'ون', { ...base, form: 'imperfect', agreement: 'pl' });
    } else if (v.imperfect) {
      add(v.imperfect, { ...base, form: 'imperfect', agreement: 'm' });
    }
    if (v.participle && !v.participle.endsWith('ي')) {
      const pt = v.participle;
      add(pt + 'ا', { ...base, form: 'participle', agreement: 'm' });
      add(pt + 'ة', { ...base, form: 'participle', agreement: 'f' });
      add(pt + 'ين', { ...base, form: 'participle', agreement: 'pl' });
    }
    for (const [form, agreement, kind] of v.extra ?? []) add(form, { ...base, form: kind, agreement });
  }
  for (const p of PASSIVES) add(p, { lemma: normalize(p), form: 'passive', agreement: null, continuation: true, objectContent: null, social: false });
  for (const m of MASDARS) add(m, { lemma: normalize(m), form: 'masdar', agreement: null, continuation: true, objectContent: null, social: false });
  for (const [m, agreement] of MASDAR_PRONOUN) add(m, { lemma: 'قول', form: 'masdar-pronoun', agreement, continuation: false, objectContent: null, social: false });
  for (const a of ACCORDING) add(a, { lemma: normalize(a), form: 'according', agreement: null, continuation: false, objectContent: null, social: false });
  return map;
}

/** Look a word up as a cue, with or without a leading conjunction و/ف. Returns the info and the conjunction length. */
export function lookupCue(norm: string): { info: CueInfo; prefix: number } | null {
  const direct = CUES.get(norm);
  if (direct) return { info: direct, prefix: 0 };
  const c = norm.charCodeAt(0);
  if ((c === 0x0648 || c === 0x0641) && norm.length > 3) {
    const rest = CUES.get(norm.slice(1));
    if (rest) return { info: rest, prefix: 1 };
  }
  return null;
}

/**
 * Complementizers introducing reported content: إن/أن/أنّ (both normalise to ان) and بأن.
 * With an attached pronoun (إنه، أنهم) the word belongs to the quote.
 */
const COMPLEMENTIZER_BARE = new Set(['ان', 'بان']);
const PRONOUNS = ['ه', 'ها', 'هم', 'هما', 'هن', 'ني', 'نا', 'كم', 'ك'];
const COMPLEMENTIZER_PRONOUN = new Set<string>();
for (const c of ['ان', 'بان']) for (const p of PRONOUNS) COMPLEMENTIZER_PRONOUN.add(c + p);
// "إنني/أننا" double the nun in careful spelling.
for (const c of ['انن', 'بانن']) for (const p of ['ي', 'ا']) COMPLEMENTIZER_PRONOUN.add(c + p);

export function complementizerKind(norm: string): 'bare' | 'pronoun' | null {
  if (COMPLEMENTIZER_BARE.has(norm)) return 'bare';
  if (COMPLEMENTIZER_PRONOUN.has(norm)) return 'pronoun';
  return null;
}

/** Agreement of a pronoun-bearing particle (لكنه، لكنها، إنه) or complementizer. */
export function pronounAgreement(norm: string): Agreement {
  if (/(هم|هما|هن|نا)$/.test(norm)) return 'pl';
  if (norm.endsWith('ها')) return 'f';
  if (norm.endsWith('ه')) return 'm';
  return null;
}

/** Particles carrying the subject pronoun of the reporting verb that follows: لكنه قال، إلا أنها أكدت. */
const PRONOUN_PARTICLES = new Set(['لكنه', 'لكنها', 'لكنهم', 'ولكنه', 'ولكنها', 'ولكنهم', 'انه', 'انها', 'انهم', 'بل']);
export function isPronounParticle(norm: string): boolean {
  return PRONOUN_PARTICLES.has(norm);
}

/** Prepositions and adverbials that end the subject window after a verb (قال X في بيان…). */
export const SUBJECT_STOPS: ReadonlySet<string> = new Set(
  ['في', 'عن', 'على', 'إلى', 'من', 'خلال', 'بعد', 'عقب', 'قبل', 'أمام', 'حول', 'مع', 'عبر', 'لدى', 'منذ', 'أثناء', 'بشأن', 'تجاه', 'ضد', 'حتى', 'للصحفيين', 'للصحافيين', 'لوكالة', 'لقناة', 'لصحيفة', 'بأنه', 'كما', 'اليوم', 'أمس', 'الأحد', 'الاثنين', 'الإثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'مساء', 'صباح', 'مساء', 'بدوره', 'بدورها', 'أيضا', 'أيضاً', 'الماضي', 'ل', 'لـ', 'الماضية', 'الجاري', 'الحالي', 'مؤخرا', 'مؤخراً', 'لاحقا', 'لاحقاً', 'سابقا', 'سابقاً'].map(normalize),
);

/** Time nouns: a definite one after a verb is an adverb ("أعلن الأسبوع الماضي"), not the subject. */
export const TIME_NOUNS: ReadonlySet<string> = new Set(['الأسبوع', 'الشهر', 'العام', 'السنة', 'الليلة', 'اليوم', 'الأمس', 'الصباح', 'المساء', 'الفجر', 'الظهر'].map(normalize));

/** Words that head a title phrase (a role standing for a person): الأمين العام، المتحدث باسم، وزير… */
const TITLE_WORDS = [
  'الأمين', 'أمين', 'المتحدث', 'متحدث', 'المتحدثة', 'الناطق', 'ناطق', 'الناطقة', 'وزير', 'الوزير', 'وزيرة', 'الوزيرة', 'نائب', 'نائبة',
  'رئيس', 'الرئيس', 'رئيسة', 'الرئيسة', 'مدير', 'المدير', 'مديرة', 'سفير', 'السفير', 'سفيرة', 'مندوب', 'المندوب', 'ممثل', 'الممثل',
  'قائد', 'القائد', 'زعيم', 'الزعيم', 'مستشار', 'المستشار', 'سكرتير', 'السكرتير', 'المفوض', 'مفوض', 'المبعوث', 'مبعوث', 'محافظ',
  'المحافظ', 'حاكم', 'الحاكم', 'الملك', 'ملك', 'الأمير', 'أمير', 'العاهل', 'عضو', 'رئيسة', 'المنسق', 'منسق', 'مساعد', 'مساعدة',
];
export const TITLES: ReadonlySet<string> = new Set(TITLE_WORDS.map(normalize));

/** Nouns naming a kind of outlet before its name (وكالة رويترز، صحيفة الغارديان). */
export const OUTLET_NOUNS: ReadonlySet<string> = new Set(
  ['وكالة', 'صحيفة', 'موقع', 'قناة', 'شبكة', 'مجلة', 'إذاعة', 'تلفزيون', 'أنباء', 'جريدة', 'منظمة', 'حركة', 'حزب', 'مجلس', 'وزارة', 'هيئة'].map(normalize),
);

/** Unnamed sources: the quote has no speaker (speaker null), and they stop any carry-over. */
const UNNAMED = [
  'مسؤول', 'مسؤولون', 'مسؤولين', 'مسؤولة', 'مصدر', 'مصادر', 'دبلوماسي', 'دبلوماسيون', 'دبلوماسيين', 'خبراء', 'خبير', 'محللون',
  'محللين', 'محلل', 'مراقبون', 'مراقبين', 'شهود', 'شاهد', 'ناشطون', 'ناشطين', 'سكان', 'مواطنون', 'متظاهرون', 'مسعفون', 'أطباء',
  'مسؤولو', 'مسؤولي', 'معارضون', 'معارضين', 'نشطاء', 'مسلحون', 'أهالي', 'مغردون', 'مغردين', 'صحفيون', 'مراسلون', 'مقربون', 'مصادرنا',
];
const UNNAMED_PLURAL = new Set(
  ['مسؤولو', 'مسؤولي', 'معارضون', 'معارضين', 'نشطاء', 'مسلحون', 'أهالي', 'مغردون', 'مغردين', 'صحفيون', 'مراسلون', 'مقربون', 'مسؤولون', 'مسؤولين', 'مصادر', 'دبلوماسيون', 'دبلوماسيين', 'خبراء', 'محللون', 'محللين', 'مراقبون', 'مراقبين', 'شهود', 'ناشطون', 'ناشطين', 'سكان', 'مواطنون', 'متظاهرون', 'مسعفون', 'أطباء'].map(normalize),
);
export const UNNAMED_SOURCES: ReadonlySet<string> = new Set(UNNAMED.map(normalize));
export function unnamedAgreement(norm: string): Agreement {
  return UNNAMED_PLURAL.has(norm) ? 'pl' : 'm';
}

/** Documents that speak for their author (البيان، التقرير): resolved to the previous speaker or the owner named after them. */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set(
  ['البيان', 'بيان', 'التقرير', 'تقرير', 'الرسالة', 'رسالة', 'الوثيقة', 'المذكرة', 'التصريح', 'الإعلان', 'البلاغ'].map(normalize),
);

/** Words after بحسب that make it a speech attribution: بحسب ما ذكره/نقلته/أفاد… (ما itself is skipped). */
export const ACCORDING_VERBS: ReadonlySet<string> = new Set(
  ['ذكر', 'ذكره', 'ذكرت', 'ذكرته', 'نقل', 'نقله', 'نقلت', 'نقلته', 'أفاد', 'أفادت', 'أفاده', 'أعلن', 'أعلنه', 'أعلنت', 'أعلنته', 'قال', 'قاله', 'قالت', 'قالته', 'أورد', 'أوردت', 'أورده', 'أوردته', 'صرح', 'صرحت', 'أكد', 'أكده', 'أكدت', 'أكدته', 'جاء'].map(normalize),
);

/** Function words that may precede an imperfect reporting verb without making it a relative clause. */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set(
  ['بينما', 'فيما', 'حيث', 'كما', 'اذ', 'لكن', 'ولكن', 'لكنه', 'لكنها', 'بل', 'ثم', 'قد', 'وقد', 'فقد', 'لا', 'ولا', 'لم', 'ما', 'وهو', 'وهي', 'هو', 'هي', 'انه', 'انها', 'اذا', 'عندما', 'حين', 'فيما', 'كان', 'وكان', 'كانت', 'وكانت', 'بدوره', 'بدورها', 'جانبه', 'جانبها', 'بدورهم'].map(normalize),
);

/** A capital city used for its government ("نفت موسكو"): capital → country, by canonical English name and Arabic form. */
export const CAPITAL_COUNTRY: ReadonlyMap<string, { en: string; ar: string }> = new Map(
  (
    [
      ['Moscow', 'موسكو', 'Russia', 'روسيا'],
      ['Washington', 'واشنطن', 'United States', 'الولايات المتحدة'],
      ['Kyiv', 'كييف', 'Ukraine', 'أوكرانيا'],
      ['Kiev', 'كييف', 'Ukraine', 'أوكرانيا'],
      ['Beijing', 'بكين', 'China', 'الصين'],
      ['London', 'لندن', 'United Kingdom', 'بريطانيا'],
      ['Paris', 'باريس', 'France', 'فرنسا'],
      ['Berlin', 'برلين', 'Germany', 'ألمانيا'],
      ['Tehran', 'طهران', 'Iran', 'إيران'],
      ['Ankara', 'أنقرة', 'Turkey', 'تركيا'],
      ['Damascus', 'دمشق', 'Syria', 'سوريا'],
      ['Cairo', 'القاهرة', 'Egypt', 'مصر'],
      ['Riyadh', 'الرياض', 'Saudi Arabia', 'السعودية'],
      ['Baghdad', 'بغداد', 'Iraq', 'العراق'],
      ['Tokyo', 'طوكيو', 'Japan', 'اليابان'],
      ['Minsk', 'مينسك', 'Belarus', 'بيلاروس'],
      ['Warsaw', 'وارسو', 'Poland', 'بولندا'],
      ['Tel Aviv', 'تل أبيب', 'Israel', 'إسرائيل'],
      ['Doha', 'الدوحة', 'Qatar', 'قطر'],
      ['Abu Dhabi', 'أبوظبي', 'United Arab Emirates', 'الإمارات'],
      ['Amman', 'عمان', 'Jordan', 'الأردن'],
      ['Beirut', 'بيروت', 'Lebanon', 'لبنان'],
    ] as const
  ).flatMap(([en, ar, cen, car]) => [
    [en.toLowerCase(), { en: cen, ar: car }],
    [normalize(ar), { en: cen, ar: car }],
  ]),
);
