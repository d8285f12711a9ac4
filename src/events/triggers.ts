import type { PloverType } from '../doc/types.js';
import { normalize } from '../text/normalize.js';

/**
 * Arabic event triggers by PLOVER type: verbs (generated inflected forms), verbal nouns and
 * multi-word phrases. General Arabic political-news vocabulary, written by hand with the
 * Arabic CAMEO verb dictionary (shared/data/events) as a guide; every key is in normalised
 * form (text/normalize.ts), without proclitics (و ف ب ل ال س are stripped at look-up).
 *
 * `needs`: the trigger only counts when one of these stems occurs within a few tokens after
 * it (جمع/نشر count as MOBILIZE only with troops or weapons nearby).
 * `preposition`: the verb's own preposition must follow within a few tokens, as a word or a
 * proclitic (تراجع عن قراره backs down, تراجع المؤشر only falls; طالب بـ demands, طالب is also 'student').
 * `notBefore`: the sense fails when one of these words comes right after (بحث عن is searching).
 * `unlessNear`: the sense fails when one of these stems occurs within a few tokens after it
 * (دعا إلى حفل is an invitation, حذر من الأمطار a weather warning).
 * `governs`: a verb of asking, offering, refusing: triggers in its complement are its content,
 * not separate events (دعا روسيا إلى سحب قواتها is one REQUEST).
 */

export type TriggerKind = 'verb' | 'noun';

export interface TriggerSense {
  type: PloverType;
  mode?: string;
  kind: TriggerKind;
  needs?: readonly string[];
  preposition?: string;
  notBefore?: readonly string[];
  unlessNear?: readonly string[];
  /** What is acted on belongs to the agent (سحب سفيره): in the passive, its owner still acts. */
  ownPatient?: boolean;
  governs?: boolean;
}

export interface TriggerPhrase extends TriggerSense {
  /** Normalised words, the first without proclitics. */
  words: string[];
}

const TROOPS = ['قوات', 'القوات', 'قواتها', 'قواته', 'جنود', 'الجنود', 'جندي', 'صواريخ', 'الصواريخ', 'اسلحه', 'الاسلحه', 'عسكري', 'العسكري', 'عسكريه', 'العسكريه', 'حشود', 'وحدات', 'دبابات', 'قواعد'];
/** Things signed: وقع means 'took place' unless one of these is near. */
const ACCORDS = ['اتفاق', 'اتفاقا', 'اتفاقيه', 'اتفاقيات', 'مذكره', 'مذكرات', 'معاهده', 'بروتوكول', 'ميثاق', 'وثيقه', 'عقد', 'عقدا', 'عقود', 'صفقه', 'صفقات', 'هدنه'];
/** Offered to someone (عرض على) or something offered: عرض is more often 'showed' (عرض الصور). */
const OFFERS = ['علي', 'ان', 'مساعده', 'مساعدات', 'وساطه', 'التوسط', 'مبادره', 'هدنه', 'تسويه', 'صفقه', 'استضافه', 'اقتراح', 'مقترح', 'حل', 'تعويض', 'تعويضات'];
/** Who is expelled: people (طرد السفير), not substances (يطرد السوائل). */
const EXPELLED = ['سفير', 'سفيرها', 'سفيره', 'دبلوماسيين', 'دبلوماسيا', 'البعثه', 'بعثه', 'اعضاء', 'عضوا', 'موظفين', 'الموظفين', 'موظفي', 'رعايا', 'مواطني', 'صحفيين', 'الصحفيين', 'مراسل', 'مراسلي', 'مراقبين', 'المراقبين', 'مفتشين', 'المفتشين', 'خبراء', 'الخبراء', 'لاجيين', 'اللاجيين', 'مهاجرين', 'المهاجرين', 'عمال', 'العمال', 'السكان', 'سكان'];
const MISSION = ['البعثه', 'بعثه', 'بعثتها', 'بعثته', 'السفير', 'سفير', 'سفيرها', 'سفيره', 'الدبلوماسيين', 'دبلوماسيين', 'دبلوماسيا', 'موظفي'];

/**
 * Inflected forms of a sound verb from its perfect and imperfect stems (3rd person; 1st plural;
 * participles given separately): رفض/رفض → رفض رفضت رفضوا رفضا يرفض ترفض يرفضون يرفضان نرفض …
 */
function verbForms(perfect: string, imperfect: string): string[] {
  const p = normalize(perfect);
  return [p, p + 'ت', p + 'وا', p + 'ا', p + 'تا', p + 'نا', ...imperfectForms(imperfect)];
}

function imperfectForms(imperfect: string): string[] {
  const i = normalize(imperfect);
  return ['ي' + i, 'ت' + i, 'ي' + i + 'ون', 'ت' + i + 'ون', 'ي' + i + 'وا', 'ي' + i + 'ان', 'ت' + i + 'ان', 'ن' + i, 'ا' + i];
}

interface Entry {
  type: PloverType;
  mode?: string;
  verbs?: [string, string][];
  /** Other verb forms (weak verbs, participles). */
  forms?: string[];
  nouns?: string[];
  phrases?: string[];
  needs?: readonly string[];
  governs?: boolean;
}

const ENTRIES: Entry[] = [
  // ── verbal cooperation ──
  {
    type: 'CONSULT',
    verbs: [['اجتمع', 'جتمع'], ['ناقش', 'ناقش'], ['تباحث', 'تباحث'], ['تشاور', 'تشاور'], ['تفاوض', 'تفاوض'], ['انعقد', 'نعقد']],
    forms: ['التقي', 'التقت', 'التقوا', 'يلتقي', 'تلتقي', 'يلتقون', 'بحث', 'بحثت', 'بحثا', 'بحثوا', 'يبحث', 'تبحث', 'يبحثان'],
    nouns: ['اجتماع', 'اجتماعات', 'لقاء', 'لقاءات', 'محادثات', 'مباحثات', 'مفاوضات', 'مشاورات', 'قمه', 'مناقشه', 'مناقشات', 'حوار', 'مؤتمر', 'اجتماعه', 'اجتماعها'],
  },
  {
    type: 'CONSULT',
    mode: 'phone',
    verbs: [['تحدث', 'تحدث']],
    forms: ['اتصل', 'اتصلت', 'هاتف', 'هاتفت'],
    phrases: ['اتصال هاتفي', 'اتصالا هاتفيا', 'مكالمه هاتفيه', 'اتصالات هاتفيه', 'محادثه هاتفيه', 'مكالمه فيديو', 'اتصال فيديو', 'عبر الفيديو'],
  },
  {
    type: 'CONSULT',
    mode: 'visit',
    verbs: [['زار', 'زور']],
    forms: ['زارت', 'زاروا', 'يزور', 'تزور'],
    nouns: ['زياره'],
  },
  {
    type: 'AGREE',
    verbs: [['وافق', 'وافق'], ['اتفق', 'تفق'], ['تعهد', 'تعهد'], ['اقترح', 'قترح']],
    forms: ['عرض', 'عرضت', 'يعرض', 'وقع', 'وقعت', 'وقعا', 'يوقع', 'توقع'],
    // Not bare استعداد: استعدادا لـ is 'in preparation for'; readiness is someone's (أبدى استعداده).
    nouns: ['موافقه', 'تعهد', 'استعداده', 'استعدادها', 'استعدادهم', 'مستعد', 'مستعده', 'مستعدون', 'مستعدين'],
    phrases: ['الي اتفاق', 'على استعداد', 'علي استعداد'],
    governs: true,
  },
  {
    type: 'SUPPORT',
    verbs: [['ايد', 'ؤيد'], ['ساند', 'ساند'], ['رحب', 'رحب']],
    forms: ['دعم', 'دعمت', 'يدعم', 'تدعم', 'يدعمون', 'يؤيد', 'تؤيد'],
    nouns: ['تاييد', 'ترحيب', 'تضامن'],
    phrases: ['يقف الي جانب', 'عن دعمها', 'عن دعمه'],
  },
  {
    type: 'CONCEDE',
    verbs: [['تنازل', 'تنازل'], ['ساوم', 'ساوم'], ['تراجع', 'تراجع']],
    nouns: ['تنازلات', 'تنازل'],
  },
  // ── material cooperation ──
  {
    type: 'COOPERATE',
    verbs: [['تعاون', 'تعاون']],
    nouns: ['تعاون'],
  },
  {
    type: 'AID',
    nouns: ['مساعدات', 'اغاثه', 'معونات'],
    phrases: ['مساعدات عسكريه', 'مساعدات انسانيه', 'مساعده امنيه', 'مساعدات امنيه'],
  },
  {
    type: 'RETREAT',
    verbs: [['انسحب', 'نسحب']],
    nouns: ['انسحاب'],
  },
  // ── verbal conflict ──
  {
    type: 'REQUEST',
    verbs: [['طالب', 'طالب'], ['طلب', 'طلب'], ['ناشد', 'ناشد'], ['حث', 'حث']],
    forms: ['دعا', 'دعت', 'دعوا', 'يدعو', 'تدعو', 'يدعون', 'ندعو', 'دعي'],
    nouns: ['مطالب', 'مطالبه', 'مطالبات', 'مطالبه', 'مطالبها'],
    governs: true,
  },
  {
    type: 'ACCUSE',
    verbs: [['اتهم', 'تهم'], ['انتقد', 'نتقد'], ['ادان', 'دين'], ['استنكر', 'ستنكر'], ['شجب', 'شجب'], ['ندد', 'ندد']],
    forms: ['اتهمت', 'يتهم', 'تتهم', 'اتهموا', 'يتهمون'],
    nouns: ['اتهام', 'اتهامات', 'انتقاد', 'انتقادات', 'ادانه', 'انتهاك', 'انتهاكا'],
    governs: true,
  },
  {
    type: 'REJECT',
    verbs: [['رفض', 'رفض'], ['استبعد', 'ستبعد']],
    forms: ['نفي', 'نفت', 'نفوا', 'ينفي', 'تنفي', 'ينفون', 'نافيا', 'نافيه'],
    nouns: ['رفض', 'نفي'],
    phrases: ['عدم صحه'],
    governs: true,
  },
  {
    type: 'THREATEN',
    verbs: [['هدد', 'هدد'], ['حذر', 'حذر'], ['توعد', 'توعد']],
    forms: ['محذرا', 'محذره', 'مهددا'],
    nouns: ['تهديد', 'تهديدات', 'تحذير', 'تحذيرات', 'انذار', 'عواقب'],
  },
  // ── material conflict ──
  {
    type: 'PROTEST',
    verbs: [['تظاهر', 'تظاهر'], ['احتج', 'حتج']],
    // Not bare مسيرة: mostly a career, a parade or (مسيرات) drones.
    nouns: ['مظاهره', 'مظاهرات', 'احتجاج', 'احتجاجات', 'اعتصام', 'اضراب'],
    phrases: ['مسيره احتجاجيه', 'مسيرات احتجاجيه', 'مسيره سلميه', 'مسيرات سلميه', 'مسيره حاشده', 'مسيرات حاشده'],
  },
  {
    type: 'SANCTION',
    verbs: [['طرد', 'طرد'], ['جمد', 'جمد'], ['علق', 'علق']],
    forms: ['سحبت', 'سحب', 'يسحب', 'تسحب', 'توقف', 'توقفت', 'اوقف', 'اوقفت', 'قطع', 'قطعت'],
    nouns: ['عقوبات', 'عقوبه', 'حظر', 'تجميد', 'تعليق', 'طرد', 'مقاطعه'],
  },
  {
    type: 'MOBILIZE',
    mode: 'troops',
    verbs: [['حشد', 'حشد']],
    forms: ['جمعت', 'جمع', 'يجمع', 'نشرت', 'نشر', 'ينشر', 'تنشر', 'عززت', 'يعزز', 'تعزز'],
    nouns: ['حشد', 'حشود', 'تعزيزات', 'استعدادات', 'نشر', 'وجود'],
    needs: TROOPS,
  },
  {
    type: 'COERCE',
    verbs: [['اعتقل', 'عتقل'], ['احتجز', 'حتجز'], ['حاصر', 'حاصر']],
    nouns: ['اعتقال', 'اعتقالات', 'احتجاز', 'حصار', 'ترحيل'],
  },
  {
    type: 'ASSAULT',
    verbs: [['هاجم', 'هاجم'], ['قصف', 'قصف'], ['اجتاح', 'جتاح']],
    forms: ['غزا', 'غزت', 'يغزو', 'تغزو'],
    nouns: ['غزو', 'هجوم', 'هجمات', 'قصف', 'غاره', 'غارات', 'اعتداء', 'عدوان', 'اشتباكات', 'اجتياح', 'تفجير'],
  },
];

/** Private invitations and prayers: دعا إلى حفل، دعا الله. */
const INVITATIONS = ['حفل', 'حفله', 'حفلات', 'وليمه', 'ولايم', 'مادبه', 'عشاء', 'غداء', 'افطار', 'سحور', 'زفاف', 'عرس', 'حضور', 'مناسبه', 'احتفال', 'احتفاليه', 'الله', 'ربه'].map(normalize);
/** Hazards of weather, health and daily life: warning of them is advice, not a threat. */
const HAZARDS = [
  'امطار', 'سيول', 'غبار', 'اتربه', 'عواصف', 'عاصفه', 'رياح', 'حراره', 'شمس', 'برد', 'صقيع', 'ضباب', 'فيضانات', 'امواج',
  'امراض', 'مرض', 'فيروس', 'فيروسات', 'وباء', 'اوبيه', 'عدوي', 'تدخين', 'مخدرات', 'سمنه', 'تسمم', 'ادويه', 'حرايق', 'حريق', 'غرق', 'حوادث', 'سرعه',
  'صحيه', 'طبيه', 'مروريه', 'صحي', 'طبي',
].map(normalize);

interface WordContext {
  needs?: readonly string[];
  preposition?: string;
  notBefore?: readonly string[];
  unlessNear?: readonly string[];
  ownPatient?: boolean;
}

const withContext = (words: string[], context: WordContext): [string, WordContext][] => words.map((w) => [normalize(w), context]);

/**
 * Words whose sense depends on a neighbour (سحب + بعثة is SANCTION, سحب + قوات is RETREAT;
 * وقع + اتفاقية is signing, otherwise 'took place'), whatever entry lists them.
 */
const WORD_CONTEXT = new Map<string, WordContext>([
  ...withContext(['سحب', 'سحبت', 'يسحب', 'تسحب'], { needs: MISSION, ownPatient: true }),
  ...withContext(['توقف', 'توقفت', 'اوقف', 'اوقفت'], { needs: ['التعاون', 'تعاون'] }),
  ...withContext(['قطع', 'قطعت'], { needs: ['العلاقات', 'علاقات'] }),
  ...withContext(['وقع', 'وقعت', 'وقعا', 'يوقع', 'توقع'], { needs: ACCORDS }),
  ...withContext(['عرض', 'عرضت', 'يعرض'], { needs: OFFERS }),
  ...withContext([...verbForms('طرد', 'طرد'), 'طرد'], { needs: EXPELLED }),
  ...withContext(verbForms('تراجع', 'تراجع'), { preposition: 'عن' }),
  ...withContext(verbForms('طالب', 'طالب'), { preposition: 'ب' }),
  // تحدث alone is 'spoke' or 'spoke about' (تحدث عن، يتحدث اللهجة): a conversation has a partner (مع، إلى) or a phone.
  ...withContext(verbForms('تحدث', 'تحدث'), { needs: ['مع', 'معه', 'معها', 'معهم', 'معهما', 'الي', 'اليه', 'اليها', 'اليهم', 'هاتفيا', 'هاتفي', 'هاتفيه'].map(normalize) }),
  // A mobile phone (هاتف محمول) is a thing, not a call.
  ...withContext(['هاتف'], { notBefore: ['محمول', 'المحمول', 'نقال', 'النقال', 'ذكي', 'الذكي', 'جوال'] }),
  // بحث عن is searching, بحث في examining a question: a consultation takes a direct object (بحثا سبل التعاون).
  ...withContext(['بحث', 'بحثت', 'بحثا', 'بحثوا', 'يبحث', 'تبحث', 'يبحثان'], { notBefore: ['عن', 'في'] }),
  ...withContext(['دعا', 'دعت', 'دعوا', 'يدعو', 'تدعو', 'يدعون', 'ندعو', 'دعي'], { unlessNear: INVITATIONS }),
  ...withContext([...verbForms('حذر', 'حذر'), 'تحذير', 'تحذيرات', 'محذرا', 'محذره'], { unlessNear: HAZARDS }),
]);

export interface TriggerLexicon {
  words: Map<string, TriggerSense[]>;
  /** Phrases by their first word. */
  phrases: Map<string, TriggerPhrase[]>;
  /** Imperfect verb forms: only these take the future prefix س (ستحدث is 'will cause', not تحدث 'spoke'). */
  imperfects: Set<string>;
}

function build(): TriggerLexicon {
  const words = new Map<string, TriggerSense[]>();
  const phrases = new Map<string, TriggerPhrase[]>();
  const imperfects = new Set<string>();
  const addWord = (w: string, sense: TriggerSense) => {
    const key = normalize(w);
    const list = words.get(key) ?? [];
    if (!list.some((s) => s.type === sense.type && s.kind === sense.kind)) list.push(sense);
    words.set(key, list);
  };
  for (const e of ENTRIES) {
    const base = { type: e.type, ...(e.mode ? { mode: e.mode } : {}), ...(e.governs ? { governs: true } : {}) };
    const sense = (w: string, kind: TriggerKind): TriggerSense => {
      const context = WORD_CONTEXT.get(normalize(w)) ?? (e.needs ? { needs: e.needs } : {});
      return { ...base, kind, ...context };
    };
    for (const [p, i] of e.verbs ?? []) {
      for (const f of verbForms(p, i)) addWord(f, sense(f, 'verb'));
      for (const f of imperfectForms(i)) imperfects.add(f);
    }
    for (const f of e.forms ?? []) {
      addWord(f, sense(f, 'verb'));
      // Listed perfects of form V/VI verbs start with ت too: those are kept among `verbs`.
      if (IMPERFECT_PREFIX.test(normalize(f))) imperfects.add(normalize(f));
    }
    for (const n of e.nouns ?? []) addWord(n, sense(n, 'noun'));
    for (const ph of e.phrases ?? []) {
      const ws = normalize(ph).split(' ');
      const list = phrases.get(ws[0]) ?? [];
      list.push({ ...base, kind: 'noun', words: ws });
      phrases.set(ws[0], list);
    }
  }
  return { words, phrases, imperfects };
}

const IMPERFECT_PREFIX = /^[يتن]/;

export const TRIGGERS: TriggerLexicon = build();
