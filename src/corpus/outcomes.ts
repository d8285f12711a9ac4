import type { Doc } from '../doc/doc.js';
import type { PloverType, Token } from '../doc/types.js';
import { normalize } from '../text/normalize.js';
import { segmentations } from '../text/clitics.js';
import { lookupForms, restFollows } from '../text/lookup-forms.js';
import { triggerTypes, type FactSentence } from './fact-mentions.js';
import { sentenceRanges } from '../text/sentence-ranges.js';

/**
 * The outcome an outlet gives a meeting or talks: reached something (اتفق، توصل، نجاح، بناءة،
 * مثمرة) or not (فشل، أخفق، تعثر، طريق مسدود، دون نتيجة، لم يتوصل). A general lexicon of
 * outcome polarity, matched on normalised words with clitics off (lookupForms). Inflected forms
 * are listed rather than light-stemmed: light stems fold بناءة into بناء (building).
 */

export type Polarity = 'positive' | 'negative';

export interface OutcomeCue {
  polarity: Polarity;
  /** The words as written, with any negation that turned them ("لم يتوصل"). */
  text: string;
  /** Token index of the cue's first word. */
  token: number;
}

const POSITIVE = [
  'اتفق', 'اتفقت', 'اتفقا', 'اتفقتا', 'اتفقوا', 'يتفق', 'تتفق', 'يتفقان', 'تتفقان', 'يتفقون',
  'توصل', 'توصلت', 'توصلا', 'توصلتا', 'توصلوا', 'يتوصل', 'تتوصل', 'يتوصلان', 'تتوصلان', 'يتوصلون',
  'نجح', 'نجحت', 'نجحا', 'نجحتا', 'نجحوا', 'ينجح', 'تنجح', 'نجاح', 'ناجح', 'ناجحة', 'ناجحا',
  'أثمر', 'أثمرت', 'مثمر', 'مثمرة', 'مثمرا', 'بناءة',
  'إيجابي', 'إيجابية', 'إيجابيا', 'إيجابا', 'انفراج', 'انفراجة',
  'تقدم ملموس', 'تقدما ملموسا', 'إحراز تقدم', 'أحرز تقدما', 'أحرزت تقدما', 'أحرزا تقدما',
];
const NEGATIVE = [
  'فشل', 'فشلت', 'فشلا', 'فشلتا', 'فشلوا', 'يفشل', 'تفشل',
  'أخفق', 'أخفقت', 'أخفقا', 'أخفقوا', 'إخفاق', 'تعثر', 'تعثرت', 'تعثرا', 'تتعثر', 'متعثر', 'متعثرة',
  'انهار', 'انهارت', 'عقيم', 'عقيمة',
  'طريق مسدود', 'دون جدوى', 'بلا جدوى', 'دون نتيجة', 'دون نتائج', 'بلا نتيجة', 'بلا نتائج', 'دون اتفاق', 'بدون اتفاق',
  'لم تسفر', 'لم يسفر',
];
/** Words that turn a positive outcome into its absence (لم يتوصل، دون التوصل، غير مثمرة). */
const NEGATORS = new Set(['لم', 'لن', 'لا', 'دون', 'بدون', 'عدم', 'غير', 'ليس', 'ليست', 'بلا'].map(normalize));
/**
 * Words that make an outcome expected, hoped for, asked for or conditional rather than reported
 * (يتوقع مناقشة بناءة، تسعى للتوصل، دعا إلى التوصل، إذا نجحت).
 */
const PROSPECTIVE = new Set(
  [
    'يتوقع', 'تتوقع', 'نتوقع', 'يتوقعون', 'متوقع', 'المتوقع', 'يأمل', 'تأمل', 'نأمل', 'يأملون', 'أمل', 'أملا', 'آمال',
    'يتطلع', 'تتطلع', 'نتطلع', 'يسعى', 'تسعى', 'نسعى', 'سعيا', 'بهدف', 'أجل', 'يرجح', 'ترجح',
    'دعا', 'دعت', 'يدعو', 'تدعو', 'طالب', 'طالبت', 'يطالب', 'تطالب', 'حث', 'حثت', 'يحث', 'تحث',
    'المقرر', 'مقرر', 'المرتقب', 'المزمع', 'المقبل', 'المقبلة', 'القادم', 'القادمة',
    'إذا', 'لو', 'ربما', 'حال', 'احتمال', 'إمكانية', 'هل',
  ].map(normalize),
);
/** Words joining alternatives ("أو", "ولا"). */
const ALTERNATIVE = new Set(['أو', 'ولا', 'أم'].map(normalize));
/** Words before a cue that a negator reaches (لم تتمكن الأطراف من التوصل). */
const NEGATION_WINDOW = 4;
/** Words before a cue that an expectation or condition reaches (يتوقع الجانب الروسي مناقشة بناءة). */
const PROSPECT_WINDOW = 10;

type LexiconEntry = { words: string[]; polarity: Polarity };
const LEXICON = new Map<string, LexiconEntry[]>();
for (const [list, polarity] of [[POSITIVE, 'positive'], [NEGATIVE, 'negative']] as const) {
  for (const w of list) {
    const words = normalize(w).split(' ');
    LEXICON.set(words[0], [...(LEXICON.get(words[0]) ?? []), { words, polarity }]);
  }
}

/** The lexicon entry starting at token i, longest first; later words match by their clitic-free forms too. */
function entryAt(toks: Token[], i: number, end: number): { entry: LexiconEntry; last: number } | null {
  let best: { entry: LexiconEntry; last: number } | null = null;
  for (const form of lookupForms(toks[i].norm)) {
    for (const entry of LEXICON.get(form) ?? []) {
      const last = i + entry.words.length - 1;
      if (last >= end || (best && best.entry.words.length >= entry.words.length)) continue;
      if (restFollows(toks, i, entry.words)) best = { entry, last };
    }
  }
  return best;
}

/** A purpose prefix (للتوصل، لإنجاح) marks an aim, not a result. */
function purpose(norm: string): boolean {
  const best = segmentations(norm)[0];
  return !!best && best.proclitics.includes('ل');
}

/** Punctuation that ends a clause: negation and a failure word reach no further. */
const CLAUSE_BREAKS = new Set([',', '،', ';', '؛', ':', '.', '!', '?', '؟']);
/** Negator words that are something else before these (غير أن = however, لا سيما = especially). */
const NOT_NEGATION_BEFORE = new Map([[normalize('غير'), normalize('أن')], [normalize('لا'), normalize('سيما')]]);

/** Outcome cues of one sentence (token range), after negation and prospective wording. */
export function outcomeCues(doc: Doc, first: number, end: number): OutcomeCue[] {
  const toks = doc.layer('tokens');
  const cues: OutcomeCue[] = [];
  let clauseStart = first;
  let failureInClause = false;
  for (let i = first; i < end; i++) {
    if (CLAUSE_BREAKS.has(toks[i].norm)) {
      clauseStart = i + 1;
      failureInClause = false;
      continue;
    }
    if (toks[i].kind !== 'word') continue;
    const found = entryAt(toks, i, end);
    if (!found) continue;
    const before = (n: number) => {
      const from = Math.max(clauseStart, i - n);
      return toks.slice(from, i).map((t, k) => ({ forms: lookupForms(t.norm), at: from + k }));
    };
    const at = i;
    i = found.last;
    if (before(PROSPECT_WINDOW).some((w) => w.forms.some((f) => PROSPECTIVE.has(f))) || purpose(toks[at].norm)) continue;
    // "نجاح أو فشل"، "لم يرد إيجابا ولا سلبا": alternatives state no outcome.
    if (ALTERNATIVE.has(toks[at - 1]?.norm ?? '') || ALTERNATIVE.has(toks[found.last + 1]?.norm ?? '')) continue;
    const negator = before(NEGATION_WINDOW).find((w) => w.forms.some((f) => NEGATORS.has(f) && NOT_NEGATION_BEFORE.get(f) !== toks[w.at + 1]?.norm));
    if (found.entry.polarity === 'negative') {
      // "لم يفشل" is no report of success either: dropped.
      if (negator) continue;
      failureInClause = true;
      cues.push({ polarity: 'negative', text: doc.text.slice(toks[at].start, toks[found.last].end), token: at });
      continue;
    }
    // "فشل في تحقيق أي انفراجة": the breakthrough is what failed, already counted.
    if (failureInClause) continue;
    const from = negator ? negator.at : at;
    cues.push({ polarity: negator ? 'negative' : 'positive', text: doc.text.slice(toks[from].start, toks[found.last].end), token: at });
  }
  return cues;
}

/**
 * Each outlet's outcome words for one fact: the cues of its sentences about the fact whose
 * nearest word naming an event of the fact's type is one of the fact's own (a sentence about
 * two meetings gives each its own words).
 */
export function outcomesByOutlet(facts: FactSentence[], type: PloverType, outletOf: (doc: Doc) => string): Map<string, OutcomeCue[]> {
  const byOutlet = new Map<string, OutcomeCue[]>();
  for (const f of facts) {
    const toks = f.doc.layer('tokens');
    const range = sentenceRanges(toks).get(f.sentence);
    if (!range) continue;
    const triggers: number[] = [];
    for (let i = range.first; i < range.end; i++) if (triggerTypes(toks, i).has(type)) triggers.push(i);
    for (const t of f.triggers) if (!triggers.includes(t)) triggers.push(t);
    for (const cue of outcomeCues(f.doc, range.first, range.end)) {
      const distance = (t: number) => Math.abs(t - cue.token);
      const nearest = Math.min(...triggers.map(distance));
      const closest = triggers.filter((t) => distance(t) === nearest);
      if (!closest.every((t) => f.triggers.includes(t))) continue;
      const list = byOutlet.get(outletOf(f.doc)) ?? [];
      if (!list.some((c) => c.text === cue.text && c.polarity === cue.polarity)) list.push(cue);
      byOutlet.set(outletOf(f.doc), list);
    }
  }
  return byOutlet;
}
