import type { Annotator } from '../../pipeline/pipeline.js';
import type { Doc } from '../../doc/doc.js';
import type { EntityMention, EventMention, NisbaMention, RoleMention, Span, Timex, Token } from '../../doc/types.js';
import { MEDIA_IDS } from '../../ner/kb.js';
import { memoizeWord } from '../../text/memo.js';
import { TRIGGERS, type TriggerPhrase, type TriggerSense } from '../../events/triggers.js';
import { lexemeOf, lexemeSlot, type Lexeme } from '../../text/lexeme.js';
import { firstEndingAfter } from '../../text/span-search.js';
import { ACTORS, ALLIANCE_ROLE_WORDS, type ActorEntry } from '../../events/actors.js';
import { datedSpans, type DatedSpan } from '../../events/dates.js';
import { normalize } from '../../text/normalize.js';
import { dropConjunction, hasConjunction, startsWithConjunction } from '../../text/clitics.js';
import { MIN_SPORTS_WORDS, sportsWordOf } from '../../events/domains.js';
import { notAName } from '../../ner/common-nouns.js';

/**
 * Political events (PLOVER) from trigger words, with actors and targets read off the
 * sentence around the trigger.
 *
 * Workflow per sentence:
 *  1. find triggers: single words (proclitics stripped) and phrases, disambiguated by `needs`;
 *  2. drop triggers inside the complement of a governing verb (دعا روسيا إلى سحب قواتها → one REQUEST);
 *  3. negation (لم/لن/عدم …): a refused agreement or concession is a REJECT; otherwise `negated`;
 *     modality from cues (من المقرر → planned, فشل → failed, إذا/قد → hypothetical);
 *  4. actors: entity, role and nisba mentions (or the general gazetteer when those layers are
 *     absent), VSO first for verbs (first bare candidate after the verb), else SVO (nearest
 *     candidate before); noun triggers take بين X و Y or following nisbas (اجتماع أميركي روسي);
 *     coordinated candidates (روسيا وحلف الناتو) join; targets are the next candidates after;
 *  5. date from a date expression in the sentence, else the published date unless the sentence
 *     is background (كان قد, سبق); place from في + the nearest place no other event word stands
 *     closer to (not one where a participant is stationed: بعثته في موسكو), else the dateline
 *     for its own sentence; a call has no place.
 */

const WINDOW_RIGHT = 3;
const WINDOW_LEFT = 12;
const TARGET_WINDOW = 10;
/** How far after a meeting noun its بين X و Y may come (dates and places stand between). */
const BETWEEN_WINDOW = 8;
const GOVERN_WINDOW = 10;
/** How far a name may stand after its head or after من قبل (ولي العهد … الأمير محمد). */
const AGENT_WINDOW = 8;
const NEEDS_WINDOW = 5;
/** What makes a sense private (a feast, the weather) may stand further off (حذر من أن الظروف … من حرارة). */
const UNLESS_WINDOW = 8;

const PREPOSITIONS = new Set(['على', 'علي', 'الى', 'الي', 'مع', 'في', 'من', 'عن', 'ضد', 'تجاه', 'حول', 'لدي', 'لدى', 'بشان', 'نحو', 'عبر', 'ازاء', 'لصالح', 'بحق']);
const NEGATIONS = new Set(['لم', 'لن', 'لا', 'ما', 'عدم', 'بعدم', 'لعدم', 'غير', 'ليس', 'ليست', 'دون', 'بدون']);
/** Types a speaker performs by speaking: with no actor of their own, the reporting verb's subject acts. */
const SPEECH_ACTS: ReadonlySet<string> = new Set(['THREATEN', 'ACCUSE', 'REJECT', 'REQUEST', 'AGREE', 'SUPPORT']);
const PLANNED = new Set(['المقرر', 'مقرر', 'يعتزم', 'تعتزم', 'يعتزمان', 'المرتقب', 'المزمع', 'سيعقد', 'ستعقد', 'سيجري', 'ستجري', 'سيلتقي', 'ستبدا', 'سيبدا', 'تبدا', 'يتوقع', 'ينتظر', 'المقبل', 'المقبله', 'القادم', 'القادمه']);
const FAILED = new Set(['فشل', 'فشلت', 'فشلا', 'فشلوا', 'اخفق', 'اخفقت', 'تعثر', 'تعثرت']);
const HYPOTHETICAL = new Set(['اذا', 'لو', 'ربما', 'حاله', 'حال', 'امكانيه', 'احتمال']);
const HYPOTHETICAL_AFTER = new Set(['محتمل', 'محتمله', 'المحتمل', 'المحتمله', 'مزعوم', 'المزعوم']);
/** Deterring or preventing an act is not the act (لردع العدوان). */
const PREVENTION = new Set(['ردع', 'لردع', 'منع', 'لمنع', 'تجنب', 'لتجنب', 'تفادي', 'لتفادي']);
/** A halt word after a cooperation noun (التعاون … توقف) makes the event a SANCTION. */
const HALT = new Set(['توقف', 'توقفت', 'علق', 'علقت', 'تعليق', 'تجميد', 'جمد', 'جمدت', 'وقف']);
const RECIPROCAL: ReadonlySet<string> = new Set(['CONSULT', 'COOPERATE']);
const BACKGROUND = new Set(['كان', 'كانت', 'كانوا', 'سبق', 'سابق', 'سابقا', 'منذ']);
const CLAUSE_BREAKS = new Set(['،', ',', ';', '؛', ':', 'لكن', 'ولكن', 'بينما', 'فيما']);
const POSSESSIVE_L: ReadonlySet<string> = new Set(['MOBILIZE', 'ASSAULT', 'COERCE']);
const FORCES = new Set(['قوات', 'القوات', 'جيش', 'الجيش', 'جنود', 'الجنود', 'وحدات', 'قطع', 'سفن', 'طايرات', 'الطايرات']);
const PRESS = new Set(['صحفي', 'صحافي', 'الصحفي', 'الصحافي', 'صحفيا', 'صحافيا']);
const FIGHTERS = new Set(['المقاتلين', 'مقاتلين', 'المسلحين', 'مسلحين', 'الانفصاليين', 'انفصاليين', 'الميليشيات', 'ميليشيات', 'المتمردين', 'متمردين']);
/** Agreeing verbs whose negation is a refusal (لم توافق), unlike a missing pledge (لم يتعهد). */
const ACCEPT_STEMS = ['وافق', 'يوافق', 'توافق', 'قبل', 'يقبل', 'تقبل'];
/** Reporting verbs: their subject is the speaker, not the actor of an event noun that follows. */
const REPORTING = new Set(['قال', 'قالت', 'اعلن', 'اعلنت', 'اكد', 'اكدت', 'اضاف', 'اضافت', 'اوضح', 'اوضحت', 'صرح', 'صرحت', 'ذكر', 'ذكرت', 'اشار', 'اشارت', 'افاد', 'افادت', 'يقول', 'تقول', 'قائلا', 'مؤكدا', 'مشيرا', 'اقر', 'اقرت', 'علمت', 'نقلت', 'نقل', 'ابلغ', 'ابلغت', 'محذرا', 'حذر', 'حذرت']);
/** Words after which a name is where (شمال العراق، مدينة الرمادي), written alone or with ب/ل (لمدينة). */
const LOCATIVES = new Set(['شمال', 'جنوب', 'شرق', 'غرب', 'وسط', 'شمالي', 'جنوبي', 'شرقي', 'غربي', 'قرب', 'بالقرب', 'داخل', 'خارج', 'ضواحي', 'اطراف', 'مدينه', 'محافظه', 'منطقه', 'قريه', 'بلده']);
/** Prepositions a verb cannot follow (unlike من/ما, which may be pronouns: من يطالب). */
const NOUN_AFTER = new Set(['دون', 'بدون', 'في', 'على', 'علي', 'الى', 'الي', 'عن', 'مع', 'حول', 'ضد', 'عبر', 'نحو', 'لدى', 'لدي', 'بشان', 'خلال', 'بعد', 'قبل', 'اثناء']);
const QUOTES = new Set(['"', '«', '»', '“', '”']);
const BREAKS = new Set(['،', ',', ';', '؛', ':', '.', '"', '(', ')']);
/** Reacting to an act (condemning, repelling, regretting it): the reacting subject is not the act's agent. */
const REACTIONS = new Set(
  ['أدان', 'أدانت', 'يدين', 'تدين', 'إدانة', 'استنكر', 'استنكرت', 'يستنكر', 'تستنكر', 'استنكار', 'شجب', 'شجبت', 'ندد', 'نددت', 'صد', 'صدت', 'تصدى', 'تصدت', 'يتصدى', 'تتصدى', 'أحبط', 'أحبطت', 'يحبط', 'تحبط', 'أفشل', 'أفشلت', 'نفى', 'نفت', 'استياء', 'استيائه', 'استيائها', 'قلقه', 'قلقها', 'تعازي', 'تعازيه', 'عزى', 'عزت', 'رد', 'ردت', 'ردا', 'تعليقا'].map(normalize),
);
/** After, because of (بعد الهجوم، إثر الاعتقال): the main clause's subject acts later, it did not do the act. */
const AFTERMATH = new Set(['بعد', 'عقب', 'إثر', 'اثر', 'غداة', 'منذ', 'جراء', 'بسبب', 'نتيجة', 'إبان'].map(normalize));
/** Acts done to someone: the subject of a later or reacting clause is rarely their agent. */
const MATERIAL_CONFLICT: ReadonlySet<string> = new Set(['ASSAULT', 'COERCE']);
/** Passive auxiliaries before a verbal noun (تم توقيع، جرى اعتقال): the act has no stated agent. */
const PASSIVE_AUX = new Set(['تم', 'تمت', 'يتم', 'تتم', 'سيتم', 'ستتم', 'جرى', 'جرت'].map(normalize));
/** Heads whose genitive names the agent (زيارة وزير الدفاع الأميركي، هجوم قوات النظام السوري). */
const AGENT_HEADS = new Set(
  ['وزير', 'وزراء', 'رئيس', 'رؤساء', 'زعيم', 'زعماء', 'قائد', 'قادة', 'ملك', 'أمير', 'ولي', 'نائب', 'سفير', 'مبعوث', 'وفد', 'حكومة', 'وزارة', 'سلطات', 'مسؤول', 'مسؤولي', 'مسؤولين', 'قوات', 'جيش', 'شرطة', 'طائرات', 'طائرة', 'مقاتلات', 'حزب', 'حركة', 'تنظيم', 'جماعة', 'ميليشيات', 'مليشيات', 'مسلحي', 'مقاتلي', 'عناصر', 'نظام', 'إدارة', 'ممثل', 'ممثلي', 'مجلس', 'برلمان', 'نواب'].map(normalize),
);
/** A perfect verb with a damma on its first letter (قُتل، أُدين) or on a form VIII infix (اعتُقل): the passive. */
/** Ids the entity layer gives names the knowledge base does not know (ner/identity.ts). */
const LOCAL_ID = 'local:';
const PASSIVE_PERFECT = /^(?:[وف][\u064b-\u0652]?)?(?:[^\u064b-\u0652يتن]\u064f|ا[^\u064b-\u0652]ت\u064f)/;

/** Proclitic-stripped forms of a normalised word, most literal first, with what was stripped. */
interface Strip {
  form: string;
  /** A preposition (ب ل ك) was attached: the word is a prepositional object. */
  prep: boolean;
  /** A conjunction (و ف) was attached. */
  conj: boolean;
  /** The article was taken off: a noun, not a verb (الحشد). */
  article?: boolean;
  /** The segmentation can be a verb: no article, no ب/ك, and ل only before an imperfect (ليدعم, not لدعم). */
  verbal: boolean;
  /** The future prefix س was taken off: the rest must be an imperfect. */
  future?: boolean;
}

/** Word types repeat across a corpus: their strips are computed once per type (bounded cache). */
const strips: (w: string) => readonly Strip[] = memoizeWord(computeStrips, 50_000);

const IMPERFECT_PREFIX = /^[يتنا]/;

function computeStrips(w: string): Strip[] {
  const out: Strip[] = [{ form: w, prep: false, conj: false, verbal: true }];
  let rest = w;
  let conj = false;
  if (hasConjunction(rest)) {
    rest = rest.slice(1);
    conj = true;
    out.push({ form: rest, prep: false, conj, verbal: true });
  }
  if (rest.length > 3) {
    const c = rest[0];
    if (c === 'ب' || c === 'ك') out.push({ form: rest.slice(1), prep: true, conj, verbal: false });
    else if (c === 'ل') {
      if (rest[1] === 'ل') out.push({ form: 'ا' + rest.slice(1), prep: true, conj, verbal: false }); // لل = ل + ال
      out.push({ form: rest.slice(1), prep: true, conj, verbal: IMPERFECT_PREFIX.test(rest.slice(1)) });
    } else if (c === 'س' && (rest[1] === 'ي' || rest[1] === 'ت' || rest[1] === 'ن')) out.push({ form: rest.slice(1), prep: false, conj, verbal: true, future: true });
  }
  // Accusative indefinite nouns carry an alef (اجتماعا → اجتماع).
  if (w.length > 4 && w.endsWith('ا') && !w.endsWith('وا')) out.push({ form: w.slice(0, -1), prep: false, conj: false, verbal: false });
  // Without the article, for verbal nouns (الاجتماع → اجتماع).
  const n = out.length;
  for (let i = 0; i < n; i++) {
    const f = out[i].form;
    if (f.startsWith('ال') && f.length > 4) out.push({ ...out[i], form: f.slice(2), article: true, verbal: false });
  }
  return out;
}

interface Candidate {
  first: number;
  last: number;
  id: string;
  person: boolean;
  /** A country, city or other place name: as a genitive it is often where or whom, not who (زيارة تونس). */
  placeName: boolean;
  /** A city standing for its country (القاهرة): after a meeting noun it is the venue (اجتماع القاهرة). */
  city: boolean;
  nisba: boolean;
  /** A place after في/ب: a location, not an actor. */
  place: boolean;
  prep: boolean;
  conj: boolean;
}

type NameKind = 'person' | 'place' | 'city' | 'other';

interface Trigger {
  first: number;
  last: number;
  sense: TriggerSense;
  /** How a single-word trigger was segmented (phrases have none). */
  strip?: Strip;
}

export interface EventOptions {
  /** Keep events reported as not happening (لم تهاجم) — off: the layer lists what happened or is planned. */
  keepNegated?: boolean;
  /** Keep conditional or speculative events (في حالة الغزو، هجوم محتمل). */
  keepHypothetical?: boolean;
  /** Keep events whose actor could not be identified. */
  keepActorless?: boolean;
}

export const eventsAnnotator: Annotator = {
  name: 'events',
  requires: ['sentences', 'tokens'],
  assigns: ['events'],
  run(doc) {
    doc.set('events', extractEvents(doc));
  },
};

export function extractEvents(doc: Doc, options: EventOptions = {}): EventMention[] {
  const tokens = doc.get('tokens');
  const lexemes = doc.has('lexemes') ? doc.get('lexemes') : null;
  const sentences = doc.get('sentences');
  const text = doc.text;
  const out: EventMention[] = [];
  if (isSportsReport(tokens)) return out;
  const entityIds = docEntityIds(doc);
  const dated = datedSpans(doc);
  const namesNato = entityIds.has('NATO') || tokens.some((t) => t.norm.includes('ناتو') || t.norm.includes('اطلسي'));
  const mentions = mentionsBySentence(doc, sentences);
  const datelinePlace = doc.meta.dateline ? ACTORS.names.get(stripFirst(lettersOnly(doc.meta.dateline))) : undefined;
  // The dateline tells where the lead was filed, not where the headline's event took place.
  const datelineSentence = datelinePlace ? datelineSentenceOf(text, sentences, doc.meta.dateline!) : -1;

  // Tokens by sentence.
  let ti = 0;
  for (let si = 0; si < sentences.length; si++) {
    const sStart = ti;
    while (ti < tokens.length && tokens[ti].sentence === si) ti++;
    const sEnd = ti;
    if (sEnd - sStart < 2) continue;
    const toks = tokens.slice(sStart, sEnd);
    const lexs = lexemes ? lexemes.slice(sStart, sEnd) : toks.map((t) => lexemeOf(t.norm));
    const triggers = findTriggers(toks, lexs, text);
    // Most sentences hold no trigger: their actor candidates are never needed.
    if (triggers.length === 0) continue;
    const found = withoutDateline(doc, toks, candidates(doc, toks, lexs, mentions[si], entityIds, namesNato));
    // مركز الملك سلمان للإغاثة: neither the relief nor the king is an event or a participant; the centre is.
    const institutions = institutionNames(triggers, toks, found);
    const within = (first: number, last: number) => institutions.some(([a, b]) => a <= first && last <= b);
    const cands = institutions.length > 0 ? found.filter((c) => !within(c.first, c.last)) : found;
    // A trigger word inside a name (منظمة الأمن والتعاون في أوروبا، نادي التعاون) is no event.
    const live = triggers.filter((t) => !within(t.first, t.last) && !insideName(t, toks, found, mentions[si].entities));
    for (let k = 0; k < triggers.length; k++) {
      const trig = triggers[k];
      if (!live.includes(trig)) continue;
      // وافق + a date is 'fell on' (اليوم الذي وافق 26 يوليو).
      if (trig.sense.type === 'AGREE' && trig.sense.kind === 'verb' && mentions[si].dates.some((d) => d.start >= toks[trig.last].end && trig.last + 1 < toks.length && d.start <= toks[trig.last + 1].start)) continue;
      // بالتعاون مع is how something was done, not an event of its own.
      if (trig.sense.type === 'COOPERATE' && strips(toks[trig.first].norm).some((x) => x.prep && TRIGGERS.words.has(x.form))) continue;
      if (governed(triggers, k, toks)) continue;
      let type = trig.sense.type;
      let negated = false;
      const before = (n: number) => windowNorms(toks, trig.first - n, trig.first);
      const after = windowNorms(toks, trig.last + 1, trig.last + 5);
      if (before(3).some((w) => PREVENTION.has(w))) continue;
      // A press conference is where something is said, not a consultation.
      if (type === 'CONSULT' && after.length > 0 && PRESS.has(after[0])) continue;
      // Proposing that the other side act (اقترح أن يتخذ) is a request, not an offer.
      if (type === 'AGREE' && trig.sense.kind === 'verb' && after.slice(0, 3).some((w) => w === 'ان' || w === 'بان')) type = 'REQUEST';
      if (type === 'COOPERATE' && after.some((w) => HALT.has(w))) type = 'SANCTION';
      // Supporting fighters is material aid.
      if (type === 'SUPPORT' && after.slice(0, 4).some((w) => FIGHTERS.has(w))) type = 'AID';
      const negation = before(2).some((w) => NEGATIONS.has(w));
      if (negation) {
        // Refusing to agree or to give ground is itself a rejection ("لم توافق", "لن يساوموا");
        // not pledging or not meeting is only a negated event.
        if (type === 'CONCEDE' || (type === 'AGREE' && ACCEPT_STEMS.some((x) => toks[trig.first].norm.includes(x)))) type = 'REJECT';
        else negated = true;
      }
      let modality: EventMention['modality'] = 'asserted';
      const near = before(8);
      if (near.some((w) => FAILED.has(w))) modality = 'failed';
      else if (near.some((w) => PLANNED.has(w)) || after.some((w) => PLANNED.has(w)) || futureVerb(toks[trig.first])) modality = 'planned';
      else if (before(4).some((w) => HYPOTHETICAL.has(w)) || after.slice(0, 3).some((w) => HYPOTHETICAL_AFTER.has(w))) modality = 'hypothetical';
      const passive = passiveVoice(trig, toks, text);
      let { actors, targets } = attribute(trig, toks, cands, passive);
      // One person attacking another (هاجم ترامب ماكين) does it in words: an accusation.
      if (type === 'ASSAULT' && trig.sense.kind === 'verb' && isPerson(cands, actors[0]) && isPerson(cands, targets[0])) type = 'ACCUSE';
      // Reciprocal nouns (اجتماع مجلس روسيا والناتو): the first party acts, the others are targets.
      if (RECIPROCAL.has(type) && targets.length === 0 && actors.length > 1) {
        targets = actors.slice(1);
        actors = actors.slice(0, 1);
      }
      // وصرح جروشكو بأنه … العواقب: a warning, accusation or refusal in reported speech is the speaker's.
      // A passive's agent is unstated: neither the reporter nor an earlier actor stands in for it.
      if (actors.length === 0 && SPEECH_ACTS.has(type) && !passive) {
        const speaker = speakerBefore(toks, cands, trig.first);
        if (speaker) {
          actors = [speaker];
          targets = targets.filter((t) => t !== speaker);
        }
      }
      // Arabic drops pronoun subjects and refers back with definite nouns (الاجتماع): with no
      // actor in the sentence, take the previous event's participants.
      let inherited: EventMention | null = null;
      if (actors.length === 0 && out.length > 0 && !passive) {
        const prev = definiteNoun(toks[trig.first], trig.sense) ? lastOfType(out, type) : trig.sense.kind === 'verb' ? out[out.length - 1] : null;
        if (prev && prev.actors.length > 0 && prevSentenceWithin(prev, sentences, si, 2)) {
          inherited = prev;
          actors = prev.actors;
          if (targets.length === 0 || prev.type === type) targets = prev.targets.filter((x) => !actors.includes(x));
        }
      }
      const t0 = toks[trig.first];
      const t1 = toks[trig.last];
      const sentence = sentences[si];
      const clause = clauseSpan(toks, trig);
      let date = eventDate(dated, sentence, clause, t0.start, doc.meta.published, toks, trig.first);
      // A call joins two places: it has none unless the text says so, which it rarely does.
      const mode = trig.sense.mode ?? (type === 'CONSULT' && byCall(trig, live, toks) ? 'phone' : null);
      const call = mode === 'phone';
      const place = call ? undefined : eventPlace(trig, toks, cands, live, clause);
      let location = place ? place.id : si === datelineSentence && !call ? datelinePlace!.id : null;
      if (inherited && inherited.type === type) {
        date = inherited.date ?? date;
        location = location ?? inherited.location;
      }
      out.push({
        type,
        mode,
        actors,
        targets,
        date,
        location,
        sentence: { start: sentence.start, end: sentence.end },
        trigger: { start: t0.start, end: t1.end, text: text.slice(t0.start, t1.end) },
        negated,
        modality,
      });
    }
  }
  // One event per type, participants and date in a document (reports repeat the lead event).
  const seen = new Map<string, EventMention>();
  return out.filter((e) => {
    // A failed agreement or attack did not happen; a failed meeting still took place.
    if ((e.negated || (e.modality === 'failed' && e.type !== 'CONSULT')) && !options.keepNegated) return false;
    if (e.modality === 'hypothetical' && !options.keepHypothetical) return false;
    if (e.actors.length === 0 && !options.keepActorless) return false;
    const key = `${e.type}|${e.actors.join(',')}|${e.targets.join(',')}|${e.date ?? ''}|${e.modality}`;
    const first = seen.get(key);
    if (first) {
      // The same event told twice in one sentence (التقيا … في قمة عقدت بجنيف): one mention may give the place.
      if (first.sentence.start === e.sentence.start) first.location ??= e.location;
      return false;
    }
    seen.set(key, e);
    return true;
  });
}

function isSportsReport(tokens: readonly Token[]): boolean {
  const seen = new Set<string>();
  for (const t of tokens) {
    if (t.kind !== 'word') continue;
    const word = sportsWordOf(t.norm);
    if (word && seen.add(word).size >= MIN_SPORTS_WORDS) return true;
  }
  return false;
}

/** Character span of the clause (between commas, colons, semicolons) holding the trigger. */
function clauseSpan(toks: Token[], trig: Trigger): { start: number; end: number } {
  let a = trig.first;
  while (a > 0 && !CLAUSE_BREAKS.has(toks[a - 1].norm)) a--;
  let b = trig.last;
  while (b < toks.length - 1 && !CLAUSE_BREAKS.has(toks[b + 1].norm)) b++;
  return { start: toks[a].start, end: toks[b].end };
}

/** Whether a trigger is a word of a name (منظمة الأمن والتعاون في أوروبا): then it is no event. */
function insideName(trig: Trigger, toks: Token[], cands: Candidate[], entities: EntityMention[]): boolean {
  if (cands.some((c) => !c.nisba && c.last > c.first && c.first <= trig.first && trig.last <= c.last)) return true;
  return entities.some((e) => e.start <= toks[trig.first].start && toks[trig.last].end <= e.end);
}

/** Heads of institutions named for what they are for (مركز الملك سلمان للإغاثة، صندوق أوبك للتنمية، اللجنة العليا للإغاثة). */
const INSTITUTIONS = new Set(
  ['مركز', 'مؤسسة', 'صندوق', 'برنامج', 'لجنة', 'هيئة', 'جمعية', 'منظمة', 'مجلس', 'معهد', 'جائزة', 'اتحاد', 'مكتب', 'وكالة', 'جامعة', 'أكاديمية', 'كرسي', 'مدينة'].map(normalize),
);
/** How far back an institution's head may stand before its purpose noun (مركز الملك عبدالله بن عبدالعزيز العالمي للحوار). */
const INSTITUTION_WINDOW = 7;

/**
 * Institutions named for their purpose that the entity layer did not take whole, as token
 * spans from the head to the purpose noun: a trigger noun with ل and the article, with only the
 * institution's own name (names, definite adjectives) between it and the head. أرسلت الهيئة
 * فريقا للإغاثة is aid: فريقا breaks it.
 */
function institutionNames(triggers: Trigger[], toks: Token[], cands: Candidate[]): [number, number][] {
  const out: [number, number][] = [];
  for (const trig of triggers) {
    const s = trig.strip;
    if (!s || !s.prep || !s.article || !/^[وف]?لل/.test(toks[trig.first].norm)) continue;
    for (let i = trig.first - 1; i >= 0 && i >= trig.first - INSTITUTION_WINDOW; i--) {
      const w = toks[i];
      if (w.kind !== 'word') break;
      if (strips(w.norm).some((x) => INSTITUTIONS.has(x.form))) {
        out.push([i, trig.last]);
        break;
      }
      if (!cands.some((c) => c.first <= i && i <= c.last) && !w.norm.startsWith('ال')) break;
    }
  }
  return out;
}

/**
 * Where an event took place: the nearest place (في جنيف، بموسكو), in the trigger's clause first,
 * that no other event word stands closer to, and that does not say where a participant is
 * stationed (بعثته في موسكو).
 */
function eventPlace(trig: Trigger, toks: Token[], cands: Candidate[], live: Trigger[], clause: { start: number; end: number }): Candidate | undefined {
  let best: Candidate | undefined;
  let bestDistance = Infinity;
  for (const c of cands) {
    if (!c.place || stationedAt(toks, c)) continue;
    // محادثات في 2019، لكن … بعد غزو روسيا للقرم: the invasion's place, not the talks'.
    const before = c.first < trig.first;
    const [from, to] = before ? [c.last, trig.first] : [trig.last, c.first];
    if (live.some((t) => t.first > from && t.last < to && !sharesPlace(t, trig, before, toks))) continue;
    // As for dates, a place in the trigger's own clause wins over a nearer one across a comma.
    const inClause = toks[c.first].start >= clause.start && toks[c.last].end <= clause.end;
    const distance = Math.abs(c.first - trig.first) + (inClause ? 0 : toks.length);
    if (distance < bestDistance) {
      best = c;
      bestDistance = distance;
    }
  }
  return best;
}

/** How far after a meeting word a call phrase may say how it was held (يلتقي مع … ، الثلاثاء، عبر الفيديو). */
const CALL_WINDOW = 10;

/** Whether a meeting word is held by phone or video: a call phrase follows it in the sentence (التقى … عبر الفيديو). */
function byCall(trig: Trigger, live: Trigger[], toks: Token[]): boolean {
  // Only a call phrase (عبر الفيديو، اتصال هاتفي): the verb تحدث also means 'spoke about'.
  return live.some((t) => t.sense.mode === 'phone' && !t.strip && t.first > trig.last && t.first - trig.last <= CALL_WINDOW && !crossesBreak(toks, trig.last, t.first, true));
}

/** Words that make an event the frame of another (بحث … خلال زيارته لبغداد، على هامش القمة): both happen in one place. */
const FRAMES = new Set(['خلال', 'اثناء', 'هامش', 'ابان', 'طوال']);

/**
 * Whether an event word between a trigger and a place leaves the place to the trigger: a verb
 * and its own noun (انعقد الاجتماع), a frame (خلال قمة عقدت بجنيف), or, for a place stated
 * before both, a word of the same type that tells the same event (في الخرطوم … اجتماع اللجنة … بحثوا).
 */
function sharesPlace(between: Trigger, trig: Trigger, placeBefore: boolean, toks: Token[]): boolean {
  const sameType = between.sense.type === trig.sense.type;
  if (sameType && (placeBefore || (between.first > trig.last ? between.first - trig.last : trig.first - between.last) <= 2)) return true;
  for (let i = Math.max(0, between.first - 2); i < between.first; i++) if (FRAMES.has(dropConjunction(toks[i].norm))) return true;
  // مناقشة المقترحات في اجتماع المجلس الذي سيعقد في بروكسل: what is done in a meeting is done where it sits.
  return between.first > 0 && toks[between.first - 1].norm === 'في';
}

/** Nouns for a presence somewhere (an embassy, a mission, an envoy, a resident): a place after them says where it is. */
const STATIONED = new Set(['بعثه', 'سفاره', 'قنصليه', 'ممثليه', 'مكتب', 'مقر', 'فرع', 'قاعده', 'سفير', 'قنصل', 'مندوب', 'مبعوث', 'ممثل', 'مراسل', 'جاليه', 'مقيم', 'مقيمين', 'مقيمون']);
const POSSESSIVE_SUFFIX = /(?:ه|ها|هم|هما|هن|نا|كم)$/;

/**
 * Whether a place modifies a noun for someone's presence (بعثتها في موسكو، سفارتها في القاهرة،
 * مكتبه في جنيف، سفير روسيا في واشنطن) instead of telling where the event happened.
 */
function stationedAt(toks: Token[], c: Candidate): boolean {
  // The noun phrase ends before في, or right before the place when ب is written on it (مكتبه بجنيف).
  const end = c.first > 0 && toks[c.first - 1].norm === 'في' ? c.first - 2 : c.first - 1;
  for (let i = end; i >= 0 && i >= end - 2; i--) {
    if (toks[i].kind !== 'word' || PREPOSITIONS.has(toks[i].norm)) return false;
    for (const s of strips(toks[i].norm)) {
      const bare = s.form.replace(POSSESSIVE_SUFFIX, '');
      const noun = bare.endsWith('ت') ? bare.slice(0, -1) + 'ه' : bare;
      if (!STATIONED.has(s.form) && !STATIONED.has(bare) && !STATIONED.has(noun)) continue;
      // في مقره في جنيف، بمقر فرع الوزارة بجدة: the noun phrase is itself where the event is.
      return !s.prep && !(i > 0 && locativeWord(toks[i - 1].norm));
    }
  }
  return false;
}

/** في, or a word with ب written on it (بمقر): what follows says where. */
function locativeWord(norm: string): boolean {
  // وفي is too short for dropConjunction's length test.
  return norm === 'في' || norm === 'وفي' || (/^(?:[وف])?ب/.test(norm) && strips(norm).some((x) => x.prep));
}

const DATELINE_DASHES = new Set(['-', '–', '—']);
/** Quotes and brackets around an outlet in a dateline (أثينا - «الشرق الأوسط»:). */
const DATELINE_WRAPPERS = new Set(['«', '»', '"', "'", '(', ')']);

/**
 * A paragraph that opens with a dateline (موسكو - رويترز:، سبق- الرياض:، * أثينا - «الشرق
 * الأوسط»:، عيسى الحربي- سبق- الرياض:) says where and by whom the report was filed: the place,
 * the outlet and the reporter there are no participants. The dateline is a place right after the
 * paragraph's start or a dash and right before a colon or dash, in the first few words, so a
 * speaker (وقال كيري:) is none; nor is the title's "بريطانيا: …", which names who speaks.
 */
function withoutDateline(doc: Doc, toks: readonly Token[], cands: Candidate[]): Candidate[] {
  const text = doc.text;
  const lineStart = text.lastIndexOf('\n', toks[0].start - 1) + 1;
  if (!/^[\s*•·▪-]*$/.test(text.slice(lineStart, toks[0].start))) return cands;
  const lineEnd = text.indexOf('\n', lineStart);
  if (doc.meta.title && text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).trim() === doc.meta.title.trim()) return cands;
  let first = 0;
  while (first < toks.length && toks[first].kind === 'punct' && !DATELINE_WRAPPERS.has(toks[first].norm)) first++;
  // The prefix ends at the first colon within four words, or else at a dash after one or two words (موسكو - أدانت).
  let end = -1;
  let firstDash = -1;
  let words = 0;
  for (let i = first; i < toks.length && words <= 4; i++) {
    const n = toks[i].norm;
    if (n === ':') {
      end = i;
      break;
    }
    if (DATELINE_DASHES.has(n)) {
      if (firstDash < 0 && words <= 2) firstDash = i;
    } else if (toks[i].kind !== 'punct') words++;
  }
  if (end < 0) end = firstDash;
  if (end < 0) return cands;
  const isMark = (i: number) => i === end || DATELINE_DASHES.has(toks[i].norm);
  const skipWrappers = (i: number, step: number) => {
    while (i >= first && i < end && DATELINE_WRAPPERS.has(toks[i].norm)) i += step;
    return i;
  };
  const isDateline = cands.some((c) => {
    if (!c.placeName || c.nisba || c.last >= end) return false;
    const before = skipWrappers(c.first - 1, -1);
    const after = skipWrappers(c.last + 1, 1);
    return (before < first || isMark(before)) && after <= end && isMark(after);
  });
  return isDateline ? cands.filter((c) => c.first > end) : cands;
}

/** The sentence that opens with the dateline ("موسكو: …"), or -1. */
function datelineSentenceOf(text: string, sentences: readonly Span[], dateline: string): number {
  for (let si = 0; si < Math.min(sentences.length, 4); si++) {
    if (text.slice(sentences[si].start, sentences[si].end).trimStart().startsWith(dateline)) return si;
  }
  return -1;
}

/** Datelines are short ("موسكو:"): normalised Arabic letters only. */
function lettersOnly(s: string): string {
  return normalize(s).replace(/[^\u0621-\u064a ]/g, '').trim();
}

function stripFirst(w: string): string {
  for (const s of strips(w)) if (ACTORS.names.has(s.form)) return s.form;
  return w;
}

function windowNorms(toks: Token[], from: number, to: number): string[] {
  const out: string[] = [];
  for (let i = Math.max(0, from); i < Math.min(toks.length, to); i++) {
    out.push(dropConjunction(toks[i].norm));
  }
  return out;
}

function definiteNoun(t: Token, sense: TriggerSense): boolean {
  return sense.kind === 'noun' && /^(و|ف)?(ال|بال|لل|كال)/.test(t.norm);
}

function lastOfType(events: EventMention[], type: string): EventMention | null {
  for (let i = events.length - 1; i >= 0; i--) if (events[i].type === type) return events[i];
  return null;
}

function prevSentenceWithin(prev: EventMention, sentences: { start: number }[], si: number, n: number): boolean {
  const from = sentences[Math.max(0, si - n)].start;
  return prev.sentence.start >= from;
}

function futureVerb(t: Token): boolean {
  const w = dropConjunction(t.norm);
  return w.length > 4 && w[0] === 'س' && (w[1] === 'ي' || w[1] === 'ت');
}

/** Gazetteer id → the id the entity layer gave the same name in this document. */
function docEntityIds(doc: Doc): Map<string, string> {
  const map = new Map<string, string>();
  for (const e of doc.layer('entities')) {
    const g = lookupName(e.text.split(/\s+/).map(normalize));
    if (g && !map.has(g.entry.id)) map.set(g.entry.id, e.id);
    if (!map.has(e.name)) map.set(e.name, e.id);
  }
  return map;
}

function lookupName(words: string[]): { entry: ActorEntry; strip: Strip } | null {
  if (words.length === 0) return null;
  for (const s of strips(words[0])) {
    const key = [s.form, ...words.slice(1)].join(' ');
    const e = ACTORS.names.get(key);
    if (e) return { entry: e, strip: s };
  }
  return null;
}

interface SentenceMentions {
  entities: EntityMention[];
  roles: RoleMention[];
  nisbas: NisbaMention[];
  dates: Timex[];
}

/** Each sentence's entity, role and nisba mentions, gathered once per document. */
function mentionsBySentence(doc: Doc, sentences: readonly Span[]): SentenceMentions[] {
  const out: SentenceMentions[] = sentences.map(() => ({ entities: [], roles: [], nisbas: [], dates: [] }));
  const place = <T extends Span>(m: T, pick: (x: SentenceMentions) => T[]) => {
    // From the first sentence ending after the mention's start: a mention across a boundary goes to both.
    for (let si = firstEndingAfter(sentences, m.start); si < sentences.length && sentences[si].start < m.end; si++) pick(out[si]).push(m);
  };
  for (const e of doc.layer('entities')) place(e, (x) => x.entities);
  for (const r of doc.layer('roles')) place(r, (x) => x.roles);
  for (const n of doc.layer('nisbas')) place(n, (x) => x.nisbas);
  for (const d of doc.layer('dates')) place(d, (x) => x.dates);
  return out;
}

/** Actor candidates of a sentence: entity/role/nisba layers, then the gazetteer for uncovered words. */
function candidates(doc: Doc, toks: Token[], lexs: readonly Lexeme[], mentions: SentenceMentions, entityIds: Map<string, string>, namesNato: boolean): Candidate[] {
  const out: Candidate[] = [];
  const covered = new Uint8Array(toks.length);
  const s0 = toks[0].start;
  const s1 = toks[toks.length - 1].end;
  const tokenAt = (start: number, end: number): [number, number] | null => {
    let a = -1;
    let b = -1;
    for (let i = 0; i < toks.length; i++) {
      if (toks[i].end > start && toks[i].start < end) {
        if (a < 0) a = i;
        b = i;
      }
    }
    return a < 0 ? null : [a, b];
  };
  const prepBefore = (i: number) => i > 0 && PREPOSITIONS.has(toks[i - 1].norm);
  /**
   * A nisba describes the noun before it: in للشعب اليمني، بالجيش اللبناني it is inside that noun's
   * prepositional phrase. Not after في + noun: عضو في البرلمان الأردني describes the subject.
   */
  const nounInPhrase = (i: number) => i > 0 && /^[وف]?(?:لل|بال|كال)/.test(toks[i - 1].norm);
  /** `attached`: a preposition is written on the word (لروسيا، بموسكو). */
  const push = (first: number, last: number, id: string, named: NameKind, nisba: boolean, place: boolean, attached: boolean) => {
    const conj = hasConjunction(toks[first].norm);
    // شمال الكاميرون، قرب الحدود السورية: a name after a locative noun is where, not who.
    const located = first > 0 && strips(toks[first - 1].norm).some((x) => LOCATIVES.has(x.form));
    out.push({ first, last, id, person: named === 'person', placeName: named === 'place' || named === 'city', city: named === 'city', nisba, place: place || (located && !nisba), prep: prepBefore(first) || attached || (nisba && nounInPhrase(first)), conj });
    for (let i = first; i <= last; i++) covered[i] = 1;
  };
  const isPlaceContext = (i: number, attached: boolean) => attached || (i > 0 && (toks[i - 1].norm === 'في' || toks[i - 1].norm === 'وفي'));
  /** Whether the letters of the token before the mention's start hold a preposition (بـ لـ كـ). */
  const attachedBefore = (i: number, start: number) => /[بلك]/.test(normalize(doc.text.slice(toks[i].start, start)));

  // A month name tagged as a name (أبريل (نيسان)) is a date, not an actor.
  const inDate = (m: Span) => mentions.dates.some((d) => d.start < m.end && m.start < d.end);
  for (const e of mentions.entities) {
    // An outlet or platform is where something is said (قال على تويتر), not a participant.
    if (e.end <= s0 || e.start >= s1 || inDate(e) || MEDIA_IDS.has(e.id)) continue;
    // A name only the tagger knows may be an adverb (دراماتيكيا) or a common noun (كرئيسين).
    if (e.id.startsWith(LOCAL_ID) && notAName(e.text)) continue;
    const r = tokenAt(e.start, e.end);
    if (!r) continue;
    const g = lookupName(e.text.split(/\s+/).map(normalize));
    const att = attachedBefore(r[0], e.start);
    // A body named after two parties (مجلس روسيا - الناتو) stands for both: leave its words to the gazetteer.
    if (e.type === 'ORG' && !g && partiesInside(toks, r[0], r[1]) >= 2) continue;
    if (g && (g.entry.kind === 'venue' || (g.entry.kind === 'city' && isPlaceContext(r[0], att)))) {
      push(r[0], r[1], g.entry.id, 'place', false, true, att);
      continue;
    }
    if (g && g.entry.kind === 'city' && g.entry.country) {
      push(r[0], r[1], entityIds.get(g.entry.country) ?? g.entry.country, 'city', false, false, att);
      continue;
    }
    if (e.type === 'LOC' && !g && isPlaceContext(r[0], att)) {
      push(r[0], r[1], e.id, 'place', false, true, att);
      continue;
    }
    push(r[0], r[1], e.id, e.type === 'PER' ? 'person' : e.type === 'LOC' ? 'place' : 'other', false, false, att);
  }
  for (const ro of mentions.roles) {
    if (!ro.id || ro.end <= s0 || ro.start >= s1) continue;
    const r = tokenAt(ro.start, ro.end);
    if (r && !covered[r[0]]) push(r[0], r[1], ro.id, 'other', false, false, attachedBefore(r[0], ro.start));
  }
  for (const n of mentions.nisbas) {
    if (n.end <= s0 || n.start >= s1) continue;
    const r = tokenAt(n.start, n.end);
    if (r && !covered[r[0]]) push(r[0], r[1], n.id, 'other', true, false, attachedBefore(r[0], n.start));
  }
  const haveNisbas = doc.has('nisbas');
  // Gazetteer for words no layer covered (longest name first).
  for (let i = 0; i < toks.length; i++) {
    if (covered[i] || toks[i].kind !== 'word' && toks[i].kind !== 'latin') continue;
    let matched = false;
    // Fast reject: only words that can start a gazetteer name are looked up.
    const canStart = canStartName(lexs[i]);
    for (let n = canStart ? Math.min(ACTORS.maxWords, toks.length - i) : 0; n >= 1 && !matched; n--) {
      let free = true;
      for (let k = i; k < i + n; k++) if (covered[k]) free = false;
      if (!free) continue;
      const g = lookupName(toks.slice(i, i + n).map((t) => t.norm));
      if (!g) continue;
      matched = true;
      const e = g.entry;
      const att = g.strip.prep;
      if (e.kind === 'venue' || (e.kind === 'city' && isPlaceContext(i, att))) push(i, i + n - 1, e.id, 'place', false, true, att);
      else if (e.kind === 'city' && e.country) push(i, i + n - 1, entityIds.get(e.country) ?? e.country, 'city', false, false, att);
      else push(i, i + n - 1, entityIds.get(e.id) ?? e.id, e.kind === 'country' ? 'place' : 'other', false, false, att);
    }
    if (matched) continue;
    const w = dropConjunction(toks[i].norm);
    if (!haveNisbas) {
      const country = ACTORS.nisbas.get(w);
      if (country) {
        push(i, i, entityIds.get(country) ?? country, 'other', true, false, false);
        continue;
      }
    }
    if (namesNato && ALLIANCE_ROLE_WORDS.has(w) && !doc.has('roles')) push(i, i, entityIds.get('NATO') ?? 'NATO', 'other', false, false, /^(و|ف)?(ب|ل)/.test(toks[i].norm) && !ALLIANCE_ROLE_WORDS.has(dropConjunction(toks[i].norm)));
  }
  out.sort((a, b) => a.first - b.first);
  // A nisba right before a person is a title (الرئيس الروسي فلاديمير بوتين), not a separate actor.
  const kept = out.filter((c, k) => {
    const person = out.slice(k + 1, k + 3).find((d) => d.person && d.first - c.last <= 2);
    if (!c.nisba || !person) return true;
    // The title carries the conjunction for its person (… بوتين والأميركي جو بايدن).
    if (c.conj) person.conj = true;
    return false;
  });
  // A name right after its own title stands in the title's prepositional phrase (مع الرئيس الأمريكي جو بايدن).
  for (let k = 1; k < kept.length; k++) {
    if (kept[k - 1].prep && kept[k].id === kept[k - 1].id && kept[k].first - kept[k - 1].last === 1) kept[k].prep = true;
  }
  return kept;
}

/** The subject of the nearest reporting verb before `at` (قال/صرح X … ), if any. */
function speakerBefore(toks: Token[], cands: Candidate[], at: number): string | null {
  for (let k = at - 1; k >= 0; k--) {
    const w = dropConjunction(toks[k].norm);
    if (!REPORTING.has(w)) continue;
    const c = cands.find((x) => !x.place && !x.prep && x.first > k && x.first <= k + 4 && x.first < at);
    return c ? c.id : null;
  }
  return null;
}

const COMPLEMENTIZERS = new Set(['ان', 'انه', 'انها', 'انهم', 'بان', 'بانه', 'بانها', 'ان']);

/** True when the word at `i` is the subject of a reporting verb (قال X … إن): a speaker. */
function isSpeaker(toks: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 8; k--) {
    const w = dropConjunction(toks[k].norm);
    if (COMPLEMENTIZERS.has(w) || BREAKS.has(w)) return false;
    if (REPORTING.has(w)) return true;
  }
  return false;
}

function partiesInside(toks: Token[], a: number, b: number): number {
  const ids = new Set<string>();
  for (let i = a; i <= b; i++) {
    const g = lookupName([toks[i].norm]);
    if (g && g.entry.kind !== 'city' && g.entry.kind !== 'venue') ids.add(g.entry.id);
  }
  return ids.size;
}

/** Nunation (ً ٌ ٍ) marks an indefinite noun or adjective: a verb never carries it (حذراً، بحثاً). */
const TANWEEN = /[\u064b-\u064d]/;

/**
 * The last three letters of every trigger word and phrase head (shorter ones whole). Stripping
 * proclitics never changes a word's end (only the accusative alef goes), so a token whose end
 * is none of these is no trigger: most tokens are rejected without their proclitic analysis.
 */
const TRIGGER_TAILS: ReadonlySet<string> = new Set([...TRIGGERS.words.keys(), ...TRIGGERS.phrases.keys()].map((k) => k.slice(-3)));

function mayTrigger(norm: string): boolean {
  if (TRIGGER_TAILS.has(norm.slice(-3)) || TRIGGER_TAILS.has(norm.slice(-2))) return true;
  return norm.length > 4 && norm.endsWith('ا') && (TRIGGER_TAILS.has(norm.slice(-4, -1)) || TRIGGER_TAILS.has(norm.slice(-3, -1)));
}

/** A trigger's sense lists under one proclitic strip of a word (phrases headed by it, words). */
interface TriggerForm {
  strip: Strip;
  phrases: readonly TriggerPhrase[] | undefined;
  senses: readonly TriggerSense[] | undefined;
}
const NO_TRIGGER_FORMS: readonly TriggerForm[] = [];

/** The strips of a word type that head a trigger phrase or are a trigger word, most literal first. */
const triggerForms = lexemeSlot((norm): readonly TriggerForm[] => {
  if (!mayTrigger(norm)) return NO_TRIGGER_FORMS;
  const forms: TriggerForm[] = [];
  for (const strip of strips(norm)) {
    const phrases = TRIGGERS.phrases.get(strip.form);
    const senses = TRIGGERS.words.get(strip.form);
    if (phrases || senses) forms.push({ strip, phrases, senses });
  }
  return forms.length > 0 ? forms : NO_TRIGGER_FORMS;
});

/** The word type can start an actor name of the gazetteer (under some proclitic strip). */
const canStartName = lexemeSlot((norm) => strips(norm).some((x) => ACTORS.firstWords.has(x.form)));

function findTriggers(toks: Token[], lexs: readonly Lexeme[], text: string): Trigger[] {
  const out: Trigger[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (toks[i].kind !== 'word') continue;
    const forms = triggerForms(lexs[i]);
    if (forms.length === 0) continue;
    let found: Trigger | null = null;
    // Phrases first (longest match).
    for (const { phrases: list } of forms) {
      if (!list) continue;
      for (const ph of list) {
        let ok = i + ph.words.length <= toks.length;
        for (let k = 1; ok && k < ph.words.length; k++) ok = toks[i + k].norm === ph.words[k];
        if (ok && (!found || ph.words.length > found.last - found.first + 1)) found = { first: i, last: i + ph.words.length - 1, sense: ph };
      }
    }
    if (!found) {
      const nominal = (i > 0 && NOUN_AFTER.has(toks[i - 1].norm)) || TANWEEN.test(text.slice(toks[i].start, toks[i].end));
      for (const { strip: s, senses } of forms) {
        if (!senses) continue;
        // With the article or ب/ك, or after a preposition, it is a noun (الحشد، بدعم، في البحث),
        // whatever verb shares its letters.
        const verbal = s.verbal && !nominal;
        if (s.future && !TRIGGERS.imperfects.has(s.form)) continue;
        const sense = senses.find(
          (x) =>
            (x.kind === 'noun' || verbal) &&
            (!x.needs || needsMet(toks, i, x.needs)) &&
            (!x.unlessNear || !needsMet(toks, i, x.unlessNear, UNLESS_WINDOW)) &&
            (!x.preposition || prepositionFollows(toks, i, x.preposition)) &&
            (!x.notBefore || !x.notBefore.includes(toks[i + 1]?.norm ?? '')),
        );
        if (sense) {
          found = { first: i, last: i, sense, strip: s };
          break;
        }
      }
    }
    if (found) {
      out.push(found);
      i = found.last;
    }
  }
  return out;
}

/** The preposition after the word at `i`, as its own word (عن) or a proclitic (بالانسحاب). */
function prepositionFollows(toks: Token[], i: number, preposition: string): boolean {
  for (let k = i + 1; k <= Math.min(toks.length - 1, i + NEEDS_WINDOW); k++) {
    const w = dropConjunction(toks[k].norm);
    if (w === preposition || (preposition.length === 1 && w.length > 3 && w[0] === preposition)) return true;
  }
  return false;
}

/** Whether one of `stems` occurs (proclitics stripped) within a few tokens after the word at `i`. */
function needsMet(toks: Token[], i: number, needs: readonly string[], window = NEEDS_WINDOW): boolean {
  for (let k = i + 1; k <= Math.min(toks.length - 1, i + window); k++) {
    for (const s of strips(toks[k].norm)) if (needs.includes(s.form)) return true;
  }
  return false;
}

/** True when an earlier governing trigger (ask, offer, refuse, accuse) takes this one as its content. */
function governed(triggers: Trigger[], k: number, toks: Token[]): boolean {
  const t = triggers[k];
  for (let j = k - 1; j >= 0; j--) {
    const g = triggers[j];
    if (t.first - g.last > GOVERN_WINDOW) break;
    if (!g.sense.governs) continue;
    let broken = false;
    for (let i = g.last + 1; i < t.first; i++) if (BREAKS.has(toks[i].norm)) broken = true;
    if (!broken) return true;
  }
  return false;
}

interface Attribution {
  actors: string[];
  targets: string[];
  /** بين X و Y named both parties: no agent phrase or voice changes that. */
  reciprocal?: boolean;
}

/**
 * Actors and targets of one trigger. A stated agent (من قبل X، على يد X) acts; in the passive
 * the grammatical subject is the patient (أُدين الأب، تم اعتقال X), so it becomes a target.
 */
function attribute(trig: Trigger, toks: Token[], cands: Candidate[], passive: boolean): Attribution {
  const found = attributeActive(trig, toks, cands);
  if (found.reciprocal) return found;
  const agent = statedAgent(trig, toks, cands);
  // Only one's own mission or troops are withdrawn (سُحبت البعثة الروسية): their owner acts.
  if ((!passive || trig.sense.ownPatient) && !agent) return found;
  const actors = agent ?? [];
  const patients = passive ? [...found.actors, ...found.targets] : found.targets;
  return { actors, targets: [...new Set(patients)].filter((x) => !actors.includes(x)) };
}

/** The agent after من قبل / على يد / على أيدي / بأيدي, within the trigger's clause. */
function statedAgent(trig: Trigger, toks: Token[], all: Candidate[]): string[] | null {
  for (let i = trig.last + 1; i < Math.min(toks.length - 1, trig.last + TARGET_WINDOW); i++) {
    const w = dropConjunction(toks[i].norm);
    if (w === '.' || w === '؛') break;
    const next = toks[i + 1].norm;
    const agentPhrase = (w === 'من' && next === 'قبل') || ((w === 'على' || w === 'علي') && (next === 'يد' || next === 'ايدي')) || w === 'بايدي';
    if (!agentPhrase) continue;
    const from = w === 'بايدي' ? i : i + 1;
    const c = all.find((x) => !x.place && x.first > from && x.first <= from + AGENT_WINDOW && !crossesBreak(toks, from, x.first, true));
    return c ? [c.id] : null;
  }
  return null;
}

/**
 * A verbal noun in construct (هجوم داعش، زيارة ساركوزي، زيارة وزير الدفاع الأميركي): its genitive
 * is its agent. Returns null when the noun is not in construct or its genitive is a thing (an
 * object: تفجير الملعب), so the clause decides.
 */
function genitiveAgent(trig: Trigger, toks: Token[], cands: Candidate[]): Attribution | null {
  const s = trig.strip;
  if (trig.sense.kind !== 'noun' || !s || s.article || trig.last + 1 >= toks.length) return null;
  const word = toks[trig.first];
  const bare = dropConjunction(word.norm);
  // Indefinite (هجوما، اجتماعٌ) or with a pronoun (اجتماعه): no genitive follows.
  if (bare.endsWith('ا') || (s.form.endsWith('ه') && TRIGGERS.words.has(s.form.slice(0, -1)))) return null;
  const g = toks[trig.last + 1];
  if (g.kind !== 'word' || coordinated(g) || PREPOSITIONS.has(g.norm) || NOUN_AFTER.has(g.norm) || COMPLEMENTIZERS.has(g.norm)) return null;
  const at = trig.last + 1;
  let k = cands.findIndex((c) => c.first === at && !c.prep);
  if (k < 0 && strips(g.norm).some((x) => !x.prep && !x.conj && AGENT_HEADS.has(x.form))) {
    // The agent's name or nisba comes after its head, inside the same noun phrase.
    let end = at + 1;
    while (end < toks.length && end <= at + AGENT_WINDOW && (toks[end].kind === 'word' || QUOTES.has(toks[end].norm)) && !PREPOSITIONS.has(toks[end].norm) && !NOUN_AFTER.has(toks[end].norm) && !coordinated(toks[end])) end++;
    k = cands.findIndex((c) => c.first > at && c.first < end && !c.prep);
    if (k < 0) return { actors: [], targets: [] };
  }
  if (k < 0) return null;
  const c = cands[k];
  const next = cands.findIndex((x, j) => j > k && x.first <= c.last + TARGET_WINDOW && x.id !== c.id);
  const following = next >= 0 ? [cands[next].id] : [];
  if (c.placeName && !c.person) {
    // زيارة تونس is a visit to Tunisia; غزو أوكرانيا an invasion of Ukraine, but غزو روسيا لأوكرانيا
    // is Russia's: with its object marked after it, the place is the agent.
    if (trig.sense.mode === 'visit') return { actors: [], targets: [c.id] };
    if (c.city && trig.sense.type === 'CONSULT') return { actors: [], targets: [] };
    const object = toks[c.last + 1]?.norm ?? '';
    const marked = object === 'على' || object === 'علي' || object === 'ضد' || /^(و|ف)?ل/.test(object) && object.length > 3;
    if (MATERIAL_CONFLICT.has(trig.sense.type) && !marked) return { actors: [], targets: [c.id] };
  }
  return { actors: [c.id], targets: following };
}

function isPerson(cands: Candidate[], id: string | undefined): boolean {
  return id !== undefined && cands.some((c) => c.id === id && c.person);
}

/** A word joined by و/ف to what precedes (والأمن، ولقاءات): not inside the noun phrase before it. */
function coordinated(t: Token): boolean {
  return t.norm === 'و' || (hasConjunction(t.norm) && (t.norm.startsWith('ال', 1) || TRIGGERS.words.has(t.norm.slice(1))));
}

/** Whether the name before a noun trigger reacts to it or acts after it (أدان X الهجوم، تصدت X للهجوم). */
function reactsTo(toks: Token[], c: Candidate, trig: Trigger): boolean {
  for (let i = Math.max(0, c.first - 3); i < trig.first; i++) {
    if (i >= c.first && i <= c.last) continue;
    if (REACTIONS.has(dropConjunction(toks[i].norm))) return true;
  }
  if (!MATERIAL_CONFLICT.has(trig.sense.type)) return false;
  for (let i = Math.max(c.last + 1, trig.first - 3); i < trig.first; i++) if (AFTERMATH.has(dropConjunction(toks[i].norm))) return true;
  return false;
}

/** Whether a trigger is in the passive: تم + verbal noun, a vocalised passive perfect, أدين بـ (convicted of). */
function passiveVoice(trig: Trigger, toks: Token[], text: string): boolean {
  const w = toks[trig.first];
  if (trig.sense.kind === 'noun') {
    // وتم is too short for dropConjunction's length test.
    const aux = trig.first > 0 ? toks[trig.first - 1].norm : '';
    return PASSIVE_AUX.has(aux) || (startsWithConjunction(aux) && PASSIVE_AUX.has(aux.slice(1)));
  }
  if (PASSIVE_PERFECT.test(text.slice(w.start, w.end))) return true;
  const next = toks[trig.last + 1]?.norm ?? '';
  return dropConjunction(w.norm) === 'ادين' && (next === 'في' || (next.length > 3 && next[0] === 'ب'));
}

function attributeActive(trig: Trigger, toks: Token[], all: Candidate[]): Attribution {
  const cands = all.filter((c) => !c.place);
  const withCoordinated = (start: number): Candidate[] => {
    const group = [cands[start]];
    for (let k = start + 1; k < cands.length; k++) {
      const prev = group[group.length - 1];
      if (cands[k].first - prev.last <= 2 && (cands[k].conj || toks[cands[k].first - 1]?.norm === 'و')) group.push(cands[k]);
      else break;
    }
    return group;
  };
  const ids = (cs: Candidate[]) => [...new Set(cs.map((c) => c.id))];
  const firstAfter = (pos: number, limit: number, bare: boolean) => cands.findIndex((c) => c.first > pos && c.first <= pos + limit && (!bare || !c.prep) && !crossesBreak(toks, pos, c.first, bare));

  // بين X و Y: the first participant is the actor, the others targets.
  if (trig.sense.kind === 'noun') {
    for (let i = trig.last + 1; i <= Math.min(toks.length - 1, trig.last + BETWEEN_WINDOW); i++) {
      if (toks[i].norm === '.' || TRIGGERS.words.has(toks[i].norm)) break;
      if (toks[i].norm !== 'بين') continue;
      const k = firstAfter(i, 6, false);
      if (k >= 0) {
        const group = withCoordinated(k);
        const a = ids(group.slice(0, 1));
        let t = ids(group.slice(1));
        if (t.length === 0) {
          const k2 = cands.findIndex((c) => c.first > group[0].last && c.first <= group[0].last + 3);
          if (k2 >= 0) t = ids(withCoordinated(k2));
        }
        return { actors: a, targets: t.filter((x) => !a.includes(x)), reciprocal: true };
      }
    }
    // اجتماع أميركي روسي: nisbas right after the noun. Behind ل they own a meeting or a deployment
    // (اجتماعا للحكومة اليمنية، الحشد للقوات الروسية) but receive aid (مساعدات للجيش اللبناني).
    const ownerL = RECIPROCAL.has(trig.sense.type) || POSSESSIVE_L.has(trig.sense.type);
    const k = cands.findIndex((c) => c.nisba && (ownerL || !c.prep) && c.first > trig.last && c.first <= trig.last + 2);
    if (k >= 0) {
      const a = [cands[k].id];
      const next = cands[k + 1];
      const t = next && next.nisba && next.first - cands[k].last <= 2 && next.id !== a[0] ? [next.id] : [];
      return { actors: a, targets: t };
    }
    const genitive = genitiveAgent(trig, toks, cands);
    if (genitive) return genitive;
    // وجود قوات الناتو، تحركات القوات الروسية: whose forces they are is the actor.
    for (let i = trig.last + 1; i <= Math.min(toks.length - 2, trig.last + 3); i++) {
      if (!FORCES.has(toks[i].norm)) continue;
      const f = cands.findIndex((c) => c.first > i && c.first <= i + 2);
      if (f >= 0) {
        const a = [cands[f].id];
        const tk = cands.findIndex((c, j) => j > f && c.first <= cands[f].last + TARGET_WINDOW && !a.includes(c.id));
        return { actors: a, targets: tk >= 0 ? ids(withCoordinated(tk)).filter((x) => !a.includes(x)) : [] };
      }
    }
    // الحشد العسكري الكبير لروسيا: after a deployment or attack noun, ل marks its owner (the
    // agent); after support or aid nouns (دعم للمملكة) it marks the beneficiary, so not there.
    const p = !POSSESSIVE_L.has(trig.sense.type) ? -1 : cands.findIndex((c) => c.first > trig.last && c.first <= trig.last + 3 && c.prep && /^(و|ف)?ل/.test(toks[c.first].norm) && !PREPOSITIONS.has(toks[c.first - 1]?.norm ?? ''));
    if (p >= 0) {
      const a = [cands[p].id];
      const tk = cands.findIndex((c, i) => i > p && c.first <= cands[p].last + TARGET_WINDOW && !a.includes(c.id));
      return { actors: a, targets: tk >= 0 ? ids(withCoordinated(tk)).filter((x) => !a.includes(x)) : [] };
    }
  }

  let actorGroup: Candidate[] = [];
  // An accusative participle (مطالبا، محذرا) describes the clause's subject, who stands before
  // it: what follows is its object.
  const participle = SPEECH_ACTS.has(trig.sense.type) && ADVERBIAL_PARTICIPLE.test(dropConjunction(toks[trig.first].norm));
  let right = participle ? -1 : firstAfter(trig.last, WINDOW_RIGHT, true);
  // A place right after a visit verb is where the visit goes (زار السعودية), not the visitor.
  if (right >= 0 && trig.sense.mode === 'visit' && cands[right].placeName && !cands[right].person) right = -1;
  let left = -1;
  for (let k = cands.length - 1; k >= 0; k--) {
    const c = cands[k];
    if (c.last >= trig.first || c.first < trig.first - WINDOW_LEFT) continue;
    if (c.prep || crossesBreak(toks, c.last, trig.first, true)) continue;
    // The speaker of a reporting verb (قال ستولتنبرغ بعد مناقشات) is not the actor of an event noun.
    if (trig.sense.kind === 'noun' && isSpeaker(toks, c.first)) continue;
    // A name before a colon (الهند: انتهاء الهجوم) is the source of what follows, not its agent.
    if (trig.sense.kind === 'noun' && (reactsTo(toks, c, trig) || toks.slice(c.last + 1, trig.first).some((t) => t.norm === ':'))) break;
    left = k;
    break;
  }
  if (left >= 0) {
    // Start of the coordinated group ending at `left`.
    let start = left;
    while (start > 0 && cands[start].conj && cands[start].first - cands[start - 1].last <= 2) start--;
    const leftGroup = withCoordinated(start);
    // SVO when the subject stands right before the verb (the verb's own subject).
    if (right < 0 || trig.first - cands[left].last <= 2 || trig.sense.kind === 'noun' && cands[right].first - trig.last > 2) actorGroup = leftGroup;
  }
  if (actorGroup.length === 0 && right >= 0) actorGroup = withCoordinated(right);
  const actors = ids(actorGroup);
  const afterPos = Math.max(trig.last, ...actorGroup.filter((c) => c.first > trig.last).map((c) => c.last));
  const tk = cands.findIndex((c) => c.first > afterPos && c.first <= afterPos + TARGET_WINDOW && !actors.includes(c.id));
  const targets = tk >= 0 ? ids(withCoordinated(tk)).filter((x) => !actors.includes(x)) : [];
  return { actors, targets };
}

const ADVERBIAL_PARTICIPLE = /^م..+ا$/;

function crossesBreak(toks: Token[], from: number, to: number, strict: boolean): boolean {
  if (!strict) return false;
  for (let i = from + 1; i < to; i++) if (toks[i].norm === '.' || toks[i].norm === '؛' || toks[i].norm === ';') return true;
  return false;
}

function eventDate(dated: DatedSpan[], sentence: { start: number; end: number }, clause: { start: number; end: number }, at: number, published: string | null, toks: Token[], trigFirst: number): string | null {
  let best: DatedSpan | null = null;
  // A date in the trigger's own clause wins over a nearer one across a comma.
  // Date phrases usually follow their verb (عُلّقت أعمالها في تموز 2019): a date before counts double.
  const rank = (d: DatedSpan) => (d.start >= clause.start && d.end <= clause.end ? 0 : 1e6) + (d.start >= at ? d.start - at : 2 * (at - d.start));
  for (const d of dated) {
    if (d.start < sentence.start || d.end > sentence.end) continue;
    if (!best || rank(d) < rank(best)) best = d;
  }
  if (best) return best.value;
  const background = windowNorms(toks, trigFirst - 6, trigFirst).some((w) => BACKGROUND.has(w));
  return background ? null : published;
}
