import type { Annotator } from '../../pipeline/pipeline.js';
import type { Doc } from '../../doc/doc.js';
import type { EntityMention, RoleMention, Token } from '../../doc/types.js';
import { nameLexicon, formTokens, type NameEntry } from '../../ner/gazetteer.js';
import { MINISTRY_PORTFOLIOS } from '../../ner/kb.js';
import { firstTokenReadings, tokenReadings, surfaceOffset } from '../../ner/spans.js';
import { lexemeSlot } from '../../text/lexeme.js';
import { normalize } from '../../text/normalize.js';

/**
 * Roles: titles and descriptions used instead of a name.
 *
 *  1. Knowledge-base role words (الحلف، التحالف for NATO), when that entity is named in the document.
 *  2. Title phrases: head (الأمين العام، المتحدث باسم، وزير، نائب وزير، الرئيس…) + optional portfolio
 *     (الخارجية) + the organisation or country it belongs to (an entity mention right after, or a
 *     nisba). A title directly followed by a person's name is an apposition: it is recorded with
 *     `apposition: true` and teaches the title → person link; elsewhere the title is a role,
 *     resolved through the appositions of the document (and, later, of the store: `key`).
 */

const HEADS = [
  'الأمين العام', 'الأمينة العامة', 'المتحدث باسم', 'المتحدثة باسم', 'المتحدث الرسمي باسم', 'الناطق باسم', 'الناطقة باسم', 'نائب وزير', 'نائبة وزير',
  'وزير', 'وزيرة', 'الوزير', 'نائب الرئيس', 'الرئيس', 'رئيس', 'رئيسة', 'رئيس وزراء', 'رئيس الوزراء', 'رئيسة وزراء', 'المستشار', 'المستشارة',
  'مستشار الأمن القومي', 'سفير', 'سفيرة', 'السفير', 'مدير', 'مديرة', 'المندوب الدائم', 'مندوب', 'مندوبة', 'قائد', 'زعيم', 'ملك', 'الملك', 'ولي العهد',
].map((h) => formTokens(h)).sort((a, b) => b.length - a.length);
/** Head phrases by their first word. */
/** Words that qualify a title without changing whose it is (assistant, former, acting). */
const ROLE_MODIFIERS = new Set(['المساعد', 'المساعدة', 'السابق', 'السابقة', 'الأسبق', 'الأسبقة', 'بالوكالة', 'بالإنابة', 'المكلف', 'المكلفة'].map(normalize));
const HEADS_BY_FIRST = new Map<string, string[][]>();
for (const h of HEADS) HEADS_BY_FIRST.set(h[0], [...(HEADS_BY_FIRST.get(h[0]) ?? []), h]);
/** KB role phrases by their first word (built once from the shared lexicon). */
let rolesByFirst: Map<string, { words: string[]; entries: NameEntry[] }[]> | null = null;
function kbRoles(): Map<string, { words: string[]; entries: NameEntry[] }[]> {
  if (rolesByFirst) return rolesByFirst;
  const map = new Map<string, { words: string[]; entries: NameEntry[] }[]>();
  for (const [phrase, entries] of nameLexicon().roles) {
    const words = phrase.split(' ');
    map.set(words[0], [...(map.get(words[0]) ?? []), { words, entries }]);
  }
  return (rolesByFirst = map);
}
const PORTFOLIOS = new Set(Object.keys(MINISTRY_PORTFOLIOS).map(normalize));
const COMMA = new Set(['،', ',']);

function roleSpan(doc: Doc, t: Token, drop: number): number {
  return t.start + surfaceOffset(doc.text.slice(t.start, t.end), drop);
}

/**
 * A word type's readings that can start a title phrase or a KB role phrase (most words: none),
 * kept on its lexeme. The KB is the shared name lexicon's, fixed for the process.
 */
const roleStarts = lexemeSlot((norm) => firstTokenReadings(norm).filter((r) => HEADS_BY_FIRST.has(r.norm) || kbRoles().has(r.norm)));

export const rolesAnnotator: Annotator = {
  name: 'roles',
  requires: ['tokens', 'entities', 'nisbas'],
  assigns: ['roles'],
  run(doc) {
    const tokens = doc.get('tokens');
    const norms = tokens.map((t) => t.norm);
    const entities = doc.get('entities');
    const nisbas = doc.get('nisbas');
    const present = new Set(entities.map((e) => e.id));
    // Token index → entity mentions starting / covering it.
    const startsAt = new Map<number, EntityMention>();
    const covered = new Uint8Array(tokens.length);
    let ei = 0;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      while (ei < entities.length && entities[ei].end <= t.start) ei++;
      for (let k = ei; k < entities.length && entities[k].start < t.end; k++) {
        covered[i] = 1;
        if (entities[k].start >= t.start && !startsAt.has(i)) startsAt.set(i, entities[k]);
      }
    }
    const nisbaAt = new Map<number, string>();
    let ni = 0;
    for (let i = 0; i < tokens.length && ni < nisbas.length; i++) {
      while (ni < nisbas.length && nisbas[ni].end <= tokens[i].start) ni++;
      if (ni < nisbas.length && nisbas[ni].start < tokens[i].end) nisbaAt.set(i, nisbas[ni].id);
    }

    const lexemes = doc.has('lexemes') ? doc.get('lexemes') : undefined;
    const readings = tokenReadings(tokens, norms, lexemes);
    const roles: RoleMention[] = [];
    const titleLinks = new Map<string, string>();
    const pending: RoleMention[] = [];
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i].kind !== 'word') continue;
      // 2. Title phrases.
      let done = false;
      const starts = lexemes ? roleStarts(lexemes[i]) : readings[i];
      if (starts.length === 0) continue;
      for (const r of starts) {
        const head = HEADS_BY_FIRST.get(r.norm)?.find((h) => h.every((w, k) => k === 0 || norms[i + k] === w));
        if (!head) continue;
        let j = i + head.length;
        let portfolio = '';
        if (j < tokens.length && PORTFOLIOS.has(norms[j])) portfolio = norms[j++];
        // الأمينة العامة المساعدة لجامعة الدول العربية، وزير الخارجية السابق: the title's modifier.
        // Kept in the key: an assistant secretary-general is not the secretary-general.
        let modifiers = '';
        while (j < tokens.length && ROLE_MODIFIERS.has(norms[j])) modifiers += ' ' + norms[j++];
        let qualifier: string | null = null;
        let last = j - 1;
        const ent = startsAt.get(j);
        if (ent && (ent.type === 'ORG' || ent.type === 'LOC')) {
          qualifier = ent.id;
          while (last + 1 < tokens.length && tokens[last + 1].start < ent.end) last++;
        } else if (nisbaAt.has(j)) {
          qualifier = nisbaAt.get(j)!;
          last = j;
        }
        if (!qualifier) break;
        const start = roleSpan(doc, tokens[i], r.drop);
        const key = `${head.join(' ')}${modifiers}|${portfolio}|${qualifier}`;
        let k = last + 1;
        if (k < tokens.length && COMMA.has(norms[k])) k++;
        const person = startsAt.get(k);
        const role: RoleMention = { start, end: tokens[last].end, text: doc.text.slice(start, tokens[last].end), id: null, name: null, key };
        if (person && person.type === 'PER') {
          role.apposition = true;
          role.id = person.id;
          role.name = person.name;
          titleLinks.set(key, person.id);
        } else pending.push(role);
        roles.push(role);
        i = last;
        done = true;
        break;
      }
      if (done || covered[i]) continue;
      // 1. Knowledge-base role words of entities named in the document.
      for (const r of starts) {
        const phrases = kbRoles().get(r.norm);
        if (!phrases) continue;
        let best: { last: number; id: string; name: string } | null = null;
        for (const { words, entries } of phrases) {
          if (!words.every((w, k) => k === 0 || norms[i + k] === w)) continue;
          const e = entries.find((x) => present.has(x.id));
          if (e && (!best || i + words.length - 1 > best.last)) best = { last: i + words.length - 1, id: e.id, name: e.name };
        }
        if (!best) continue;
        // firstTokenReadings keeps a ل+ال contraction whole (للحلف); other proclitics go.
        const start = roleSpan(doc, tokens[i], r.drop);
        roles.push({ start, end: tokens[best.last].end, text: doc.text.slice(start, tokens[best.last].end), id: best.id, name: best.name });
        i = best.last;
        break;
      }
    }
    for (const r of pending) {
      const id = r.key ? titleLinks.get(r.key) : undefined;
      if (id) {
        r.id = id;
        r.name = entities.find((e) => e.id === id)?.name ?? null;
      }
    }
    doc.set('roles', roles);
  },
};
