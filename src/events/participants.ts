import { normalize } from '../text/normalize.js';
import { wordFrequency } from '../text/lexicon.js';

/**
 * Words the entity layer may tag as names but that never take part in an event: accusative
 * adverbs made from nisba adjectives (رسمياً، تدريجياً، دراماتيكيا) and indefinite duals or
 * plurals of nouns for people (كرئيسين، مسؤولين، دبلوماسيون), which name no one in particular.
 * Only names the knowledge base does not know are tested: روسيا and سوريا end like an adverb.
 */

/** Fathatan (ـًا / ـاً): the accusative indefinite ending, which no name carries. */
const TANWEEN_FATH = '\u064b';

/**
 * Whether one written word is an adverbial accusative of a nisba adjective: it ends in يا, and
 * either carries the tanween or its adjective is attested as an indefinite feminine nisba in
 * the lexicon (دراماتيكيا → دراماتيكية). Place names ending in يا rarely have one (بافاريا،
 * كتالونيا: their adjective comes with the article, البافاري، الكتالونية).
 */
export function isNisbaAdverb(written: string): boolean {
  const norm = normalize(written);
  if (/\s/.test(norm) || norm.length < 4 || !norm.endsWith('يا')) return false;
  if (written.includes(TANWEEN_FATH)) return true;
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

/**
 * Whether one written word is an indefinite dual or plural of a noun for people, with or
 * without a preposition or conjunction written on it (كرئيسين، ومسؤولون), but not with the
 * article: الرئيسين refers back to two people the text has named.
 */
export function isIndefinitePersonPlural(written: string): boolean {
  const norm = normalize(written);
  if (/\s/.test(norm)) return false;
  // وزيرين starts with و itself: the word is tried with and without each proclitic.
  const forms = [norm];
  if (/^[وف]/.test(norm)) forms.push(norm.slice(1));
  for (const f of [...forms]) if (/^[بكل]/.test(f)) forms.push(f.slice(1));
  return forms.some((f) => PLURAL_ENDINGS.some((end) => f.length > end.length + 2 && f.endsWith(end) && PERSON_NOUNS.has(f.slice(0, -end.length))));
}

/** A name the knowledge base does not know (the entity layer's own id) that is really an adverb or a common noun. */
export function notAParticipant(written: string): boolean {
  return isNisbaAdverb(written) || isIndefinitePersonPlural(written);
}
