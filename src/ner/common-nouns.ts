import { normalize } from '../text/normalize.js';
import { wordFrequency } from '../text/lexicon.js';

/**
 * Single words the NER tagger may take for names but that name no one: accusative adverbs made
 * from nisba adjectives (رسمياً، تدريجياً، دراماتيكيا), indefinite duals or plurals of nouns for
 * people (كرئيسين، مسؤولين، مهندسون) and verbs with a dual or plural ending (يلتقيان). The entity
 * layer drops such tagger spans and the events layer such participants. Callers test only words
 * the knowledge base does not know: روسيا and سوريا end like an adverb.
 */

/** Fathatan (ـًا / ـاً): the accusative indefinite ending, which no name carries. */
const TANWEEN_FATH = '\u064b';

/**
 * Whether one written word is an adverbial accusative of a nisba adjective: it ends in يا, and
 * either carries the tanween or its adjective is attested as an indefinite feminine nisba in
 * the lexicon (دراماتيكيا → دراماتيكية). Place names ending in يا rarely have one (بافاريا،
 * كتالونيا: their adjective comes with the article, البافاري، الكتالونية). An adverb is
 * indefinite: a word starting with the article's letters counts only with the tanween (المنيا
 * is a province, though المنية is a word; الكترونياً is an adverb).
 */
export function isNisbaAdverb(written: string): boolean {
  const norm = normalize(written);
  if (/\s/.test(norm) || norm.length < 4 || !norm.endsWith('يا')) return false;
  if (written.includes(TANWEEN_FATH)) return true;
  if (/^[وف]?(?:[بك]?ال|لل)/.test(norm)) return false;
  const adjective = norm.slice(0, -1);
  return wordFrequency(adjective + 'ه') > 0;
}

/** Nouns for people by office, trade or condition (singular): general Arabic news vocabulary. */
const PERSON_NOUNS: ReadonlySet<string> = new Set(
  [
    'رئيس', 'وزير', 'سفير', 'قنصل', 'مدير', 'مندوب', 'قائد', 'زعيم', 'ملك', 'أمير', 'مستشار', 'نائب', 'مسؤول', 'ممثل', 'مبعوث', 'وسيط', 'دبلوماسي',
    'متحدث', 'ناطق', 'خبير', 'محلل', 'باحث', 'كاتب', 'صحفي', 'صحافي', 'مراسل', 'مراقب', 'مفتش', 'موظف', 'مواطن', 'جندي', 'ضابط', 'مقاتل', 'مسلح',
    'متظاهر', 'محتج', 'ناشط', 'معارض', 'منظم', 'معتقل', 'سجين', 'أسير', 'لاجئ', 'نازح', 'مهاجر', 'طالب', 'معلم', 'طبيب', 'محام', 'قاض', 'مشارك', 'عضو',
  ].map(normalize),
);

const PLURAL_ENDINGS = ['ين', 'ان', 'ون'];
/** Sound masculine plural endings: names end in ان far more often than in these (سلمان، عدنان). */
const SOUND_PLURAL_ENDINGS = ['ين', 'ون'];
/**
 * How often a singular must occur in the news lexicon for its plural to count as a common word:
 * rarer stems are as likely to be the first part of a foreign name (ميزون، مارون).
 */
const FREQUENT_SINGULAR = 20;

/** The word with and without a conjunction, then a preposition, written on it (ومسؤولون → مسؤولون). */
function procliticForms(norm: string): string[] {
  const forms = [norm];
  if (/^[وف]/.test(norm)) forms.push(norm.slice(1));
  for (const f of [...forms]) if (/^[بكل]/.test(f)) forms.push(f.slice(1));
  return forms;
}

/**
 * Whether one written word is an indefinite dual or plural of a noun for people, with or
 * without a preposition or conjunction written on it (كرئيسين، ومسؤولون), but not with the
 * article: الرئيسين refers back to two people the text has named. Nouns for people are the
 * listed offices and trades, and participles (مُفعِل، مُتفعِّل: منظم، مهندس، متظاهر) whose singular
 * is a frequent word.
 */
export function isIndefinitePersonPlural(written: string): boolean {
  const norm = normalize(written);
  if (/\s/.test(norm)) return false;
  // وزيرين starts with و itself: the word is tried with and without each proclitic.
  return procliticForms(norm).some(
    (f) =>
      PLURAL_ENDINGS.some((end) => f.length > end.length + 2 && f.endsWith(end) && PERSON_NOUNS.has(f.slice(0, -end.length))) ||
      SOUND_PLURAL_ENDINGS.some((end) => f.endsWith(end) && isFrequentParticiple(f.slice(0, -end.length))),
  );
}

/** A participle with the prefix م (مهندس، منظم، متظاهر), not the article's ال, attested often. */
function isFrequentParticiple(singular: string): boolean {
  return singular.length >= 4 && singular.startsWith('م') && wordFrequency(singular) >= FREQUENT_SINGULAR;
}

/**
 * Whether one written word is an imperfect verb with the dual or plural ending (يلتقيان، تؤمنان،
 * يلتزمون): its singular (يلتقي، يلتزم) is a frequent word starting with the person prefix. The
 * tagger sometimes marks the subject-less verb after a name as part of it.
 */
export function isPluralVerb(written: string): boolean {
  const norm = normalize(written);
  if (/\s/.test(norm)) return false;
  return procliticForms(norm).some((f) =>
    ['ان', 'ون'].some((end) => {
      const singular = f.slice(0, -end.length);
      return f.endsWith(end) && singular.length >= 4 && /^[يت]/.test(singular) && wordFrequency(singular) >= FREQUENT_SINGULAR;
    }),
  );
}

/** A single word the tagger marked as a name that is really an adverb, a common noun or a verb (callers check the KB first). */
export function notAName(written: string): boolean {
  return isNisbaAdverb(written) || isIndefinitePersonPlural(written) || isPluralVerb(written);
}
