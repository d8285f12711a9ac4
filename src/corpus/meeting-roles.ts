import { firstEndingAfter } from '../text/span-search.js';
import type { Doc } from '../doc/doc.js';
import type { EventMention, Token } from '../doc/types.js';
import { normalize } from '../text/normalize.js';
import { definite, lookupForms } from '../text/lookup-forms.js';

/**
 * A role someone takes in a meeting the article has already named: the sitting is taken up
 * again with the article (الاجتماع، الجلسة، القمة، اللقاء) as the object of a chairing, hosting or
 * attending verb: "ترأس الأمين العام … الاجتماع", "استضافت مصر الاجتماع", "حضر الاجتماع …",
 * "شارك في الاجتماع …", "الاجتماع الذي ترأسه …", or followed by a role noun: "عقد الاجتماع
 * بحضور …", "برئاسة …". Such a mention tells who took which part in
 * that meeting; it is no meeting of its own (the timeline merges it into the meeting's entry).
 */

export type MeetingRole = 'chair' | 'host' | 'participant';

const ROLE_VERBS: [MeetingRole, string[]][] = [
  ['chair', ['ترأس', 'ترأست', 'يترأس', 'تترأس', 'ترأسا', 'ترأسوا', 'يرأس', 'ترأسته']],
  ['host', ['استضاف', 'استضافت', 'يستضيف', 'تستضيف', 'استضافته', 'احتضن', 'احتضنت', 'يحتضن', 'تحتضن']],
  ['participant', ['حضر', 'حضرت', 'يحضر', 'تحضر', 'حضرا', 'حضروا', 'شارك', 'شاركت', 'يشارك', 'تشارك', 'شاركا', 'شاركوا']],
];
/**
 * Nouns for one sitting (not a process: المحادثات النووية، الحوار الأممي، المناقشات are often
 * talks over years, and المؤتمر is often a party's name).
 */
const SITTING_NOUNS = new Set(['اجتماع', 'اجتماعات', 'جلسة', 'جلسات', 'قمة', 'لقاء'].map(normalize));
const ROLE_OF = new Map<string, MeetingRole>(ROLE_VERBS.flatMap(([role, words]) => words.map((w) => [normalize(w), role] as const)));
/** A meeting noun after one of these is not the verb's object (… بعد الاجتماع، خلال الاجتماع). */
const PREPOSITIONS = new Set(['بعد', 'قبل', 'عقب', 'خلال', 'أثناء', 'إلى', 'من', 'على', 'عن', 'حول', 'بشأن', 'منذ'].map(normalize));
const RELATIVES = new Set(['الذي', 'التي'].map(normalize));
/** Role nouns after the meeting noun (عقد الاجتماع برئاسة …، بحضور …). */
const ROLE_NOUNS = new Map<string, MeetingRole>([
  ['برئاسة', 'chair'],
  ['باستضافة', 'host'],
  ['بحضور', 'participant'],
  ['بمشاركة', 'participant'],
].map(([w, role]) => [normalize(w), role as MeetingRole]));
/** Leading a delegation to the meeting is taking part in it, not chairing it (ترأس الوفد إلى الاجتماع). */
/** Delegation nouns, by their lookup forms. */
const DELEGATION_WORDS: ReadonlySet<string> = new Set(['وفد', 'الوفد', 'وفدا', 'وفده', 'وفدها', 'وفود'].map(normalize));
/** Words between the verb and the meeting noun: the subject, often a title and a name (ترأس وزير الخارجية الأردني أيمن الصفدي الاجتماع). */
const VERB_REACH = 8;
/** Words after the meeting noun where its relative clause may start (الاجتماع الطارئ الذي ترأسه). */
const RELATIVE_REACH = 3;
/** Words after the meeting noun where a role noun may stand (عقد الاجتماع في مقر الجامعة برئاسة …). */
const ROLE_NOUN_REACH = 6;

function roleOf(tok: Token | undefined): MeetingRole | null {
  if (!tok || tok.kind !== 'word') return null;
  for (const form of lookupForms(tok.norm)) {
    const role = ROLE_OF.get(form);
    if (role) return role;
  }
  return null;
}

/** A delegation noun (وفد، الوفد، وفده …). */
export const isDelegation = (tok: Token): boolean => lookupForms(tok.norm).some((f) => DELEGATION_WORDS.has(f));

/** The role the mention's actors take in an earlier-named meeting, or null for a meeting of its own. */
export function meetingRoleOf(doc: Doc, e: EventMention): MeetingRole | null {
  if (e.type !== 'CONSULT') return null;
  const toks = doc.layer('tokens');
  const t = firstEndingAfter(toks, e.trigger.start);
  const noun = toks[t];
  if (!noun || noun.kind !== 'word' || !definite(noun.norm) || !lookupForms(noun.norm).some((f) => SITTING_NOUNS.has(f))) return null;
  const sentence = noun.sentence;
  // Verb … meeting noun: the verb governs the noun when only its subject (or في) stands between.
  for (let j = t - 1; j >= 0 && j >= t - 1 - VERB_REACH && toks[j].sentence === sentence; j--) {
    const role = roleOf(toks[j]);
    if (!role) continue;
    if (toks.slice(j + 1, t).some(isDelegation)) return 'participant';
    // حضر المؤتمر الصحفي بعد الاجتماع: the verb's object is another thing.
    return PREPOSITIONS.has(toks[t - 1].norm) ? null : role;
  }
  // Meeting noun … الذي/التي + verb with its pronoun (الاجتماع الذي ترأسه …، الاجتماع الذي شارك فيه …).
  for (let j = t + 1; j <= t + RELATIVE_REACH && j < toks.length && toks[j].sentence === sentence; j++) {
    if (!RELATIVES.has(toks[j].norm)) continue;
    return roleOf(toks[j + 1]?.sentence === sentence ? toks[j + 1] : undefined);
  }
  // Meeting noun … برئاسة/بحضور … (عقد الاجتماع بحضور الأمين العام).
  for (let j = t + 1; j <= t + ROLE_NOUN_REACH && j < toks.length && toks[j].sentence === sentence; j++) {
    const role = lookupForms(toks[j].norm).map((f) => ROLE_NOUNS.get(f)).find((r) => r !== undefined);
    if (!role) continue;
    return toks.slice(t + 1, j).some(isDelegation) ? 'participant' : role;
  }
  return null;
}
