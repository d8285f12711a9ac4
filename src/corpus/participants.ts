import { firstEndingAfter } from '../text/span-search.js';
import type { Doc } from '../doc/doc.js';
import type { PloverType, Token } from '../doc/types.js';
import { normalize } from '../text/normalize.js';
import { lookupForms, restFollows } from '../text/lookup-forms.js';
import { triggerTypes, type FactSentence } from './fact-mentions.js';
import { sentenceRanges } from '../text/sentence-ranges.js';
import { isDelegation } from './meeting-roles.js';

/**
 * Who took part in a fact by each outlet's account: the event's actors and targets, plus people
 * the outlet's sentences about the fact name with a role: the head of a country's delegation
 * (وفد روسي برئاسة …، ترأس الوفد الأردني …), the chair (ترأس … الاجتماع), or a participant
 * (بمشاركة …، بحضور …). Delegation heads and chairs may also stand in the sentence or two after
 * the fact's own ("وترأس الوفد …").
 */

/** 'host' comes only from the timeline's role mentions (استضافت مصر الاجتماع). */
export type RoleKind = 'delegation-head' | 'chair' | 'host' | 'participant';

export interface NamedParticipant {
  id: string;
  role: RoleKind | null;
  /** For a delegation head: the country or organisation the delegation is from. */
  of: string | null;
}

const HEAD_CUES = [
  'برئاسة', 'بقيادة', 'ترأس', 'ترأست', 'يترأس', 'تترأس', 'ترأسه', 'ترأسها', 'يترأسه', 'يترأسها', 'يرأس', 'ترأسا', 'يرأسه', 'يرأسها',
  'قاد', 'قادت', 'يقود', 'تقود', 'يقوده', 'يقودها', 'رئيس الوفد', 'رئيسة الوفد', 'رئيس وفد', 'رئيسة وفد',
];
const PARTICIPATION_CUES = ['بمشاركة', 'بحضور', 'شارك', 'شاركت', 'شاركا', 'شاركوا', 'يشارك', 'تشارك', 'حضر', 'حضرت', 'حضره', 'حضرها', 'حضرا', 'حضروا'];
/** Leading a delegation is only read from these verbs when a delegation word is near (قاد الهجوم is no meeting role). */
const DELEGATION_ONLY = new Set(['قاد', 'قادت', 'يقود', 'تقود', 'يقوده', 'يقودها'].map(normalize));

const phrases = (list: string[]) => list.map((w) => normalize(w).split(' '));
const HEAD = phrases(HEAD_CUES);
const PARTICIPATION = phrases(PARTICIPATION_CUES);

/** Words before the cue and after it where the delegation word may stand (وشارك عن مصر وفد من وزارتي الري والزراعة برئاسة …). */
const DELEGATION_BEFORE = 6;
const DELEGATION_AFTER = 3;
/** Words between a delegation word and the country it belongs to (الوفد الروسي، وفد من روسيا، مثل روسيا وفد). */
const COUNTRY_REACH = 2;
/** Words after a cue where the person's name may start (برئاسة وكيل وزارة الري المصرية محمد …). */
const NAME_REACH = 8;
const PARTICIPANT_REACH = 10;
/** A chair is read only when the cue stands this close to a word naming the fact (ترأس … الاجتماع). */
const CHAIR_REACH = 8;
/** Sentences after a fact's sentence that still describe its delegations. */
const FOLLOW_ON = 2;

function cueAt(toks: Token[], i: number, end: number, cues: string[][]): number | null {
  const forms = lookupForms(toks[i].norm);
  for (const words of cues) {
    const last = i + words.length - 1;
    if (last >= end || !forms.includes(words[0])) continue;
    if (restFollows(toks, i, words)) return last;
  }
  return null;
}

interface Mention {
  id: string;
  first: number;
  person: boolean;
}

const mentionsByDoc = new WeakMap<Doc, Mention[]>();

/** Entity, nisba and resolved role mentions of a document as token positions. */
function mentionsOf(doc: Doc): Mention[] {
  let mentions = mentionsByDoc.get(doc);
  if (!mentions) mentionsByDoc.set(doc, (mentions = readMentions(doc)));
  return mentions;
}

function readMentions(doc: Doc): Mention[] {
  const toks = doc.layer('tokens');
  const persons = new Set(doc.layer('entities').filter((e) => e.type === 'PER').map((e) => e.id));
  const first = (start: number) => firstEndingAfter(toks, start);
  return [
    ...doc.layer('entities').map((e) => ({ id: e.id, first: first(e.start), person: e.type === 'PER' })),
    ...doc.layer('nisbas').map((n) => ({ id: n.id, first: first(n.start), person: false })),
    // A title standing for a known person (الأمين العام للحلف) names that person.
    ...doc.layer('roles').flatMap((r) => (r.id && persons.has(r.id) ? [{ id: r.id, first: first(r.start), person: true }] : [])),
  ].sort((a, b) => a.first - b.first);
}

/** The people each sentence names in a role, for one fact in one document. */
export function namedParticipants(doc: Doc, facts: FactSentence[], type: PloverType): NamedParticipant[] {
  const toks = doc.layer('tokens');
  const ranges = sentenceRanges(toks);
  const mentions = mentionsOf(doc);
  const out: NamedParticipant[] = [];
  const seen = new Set<number>();
  const personAfter = (last: number, reach: number, end: number) => mentions.find((m) => m.person && m.first > last && m.first <= last + reach && m.first < end);

  const read = (sentence: number, triggers: number[], followOn: boolean) => {
    const range = ranges.get(sentence);
    if (!range || seen.has(sentence)) return;
    seen.add(sentence);
    for (let i = range.first; i < range.end; i++) {
      if (toks[i].kind !== 'word') continue;
      const headLast = cueAt(toks, i, range.end, HEAD);
      if (headLast !== null) {
        const person = personAfter(headLast, NAME_REACH, range.end);
        const delegation = toks.slice(Math.max(range.first, i - DELEGATION_BEFORE), Math.min(range.end, headLast + 1 + DELEGATION_AFTER)).findIndex(isDelegation);
        const near = triggers.some((t) => Math.abs(t - i) <= CHAIR_REACH);
        if (person && delegation >= 0) {
          const d = Math.max(range.first, i - DELEGATION_BEFORE) + delegation;
          const country = mentions
            .filter((m) => !m.person && m.first !== person.first && Math.abs(m.first - d) <= COUNTRY_REACH && m.first >= range.first && m.first < range.end)
            .sort((a, b) => Math.abs(a.first - d) - Math.abs(b.first - d) || b.first - a.first)[0];
          out.push({ id: person.id, role: 'delegation-head', of: country?.id ?? null });
        } else if (person && near && !followOn && !lookupForms(toks[i].norm).some((f) => DELEGATION_ONLY.has(f))) {
          out.push({ id: person.id, role: 'chair', of: null });
        }
        i = headLast;
        continue;
      }
      const partLast = cueAt(toks, i, range.end, PARTICIPATION);
      if (partLast !== null) {
        const person = personAfter(partLast, PARTICIPANT_REACH, range.end);
        if (person) out.push({ id: person.id, role: 'participant', of: null });
        i = partLast;
      }
    }
  };

  const factSentences = new Set(facts.map((f) => f.sentence));
  for (const f of facts) {
    read(f.sentence, f.triggers, false);
    for (let s = f.sentence + 1; s <= f.sentence + FOLLOW_ON; s++) {
      const range = ranges.get(s);
      if (!range || factSentences.has(s)) continue;
      // A sentence naming another event of the same kind is about that one.
      let other = false;
      for (let i = range.first; i < range.end && !other; i++) other = triggerTypes(toks, i).has(type);
      if (other) break;
      read(s, [], true);
    }
  }
  return out;
}
