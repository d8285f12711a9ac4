import { readFileSync, existsSync } from 'node:fs';
import type { EntityType } from '../doc/types.js';
import { PACKAGE_ROOT } from '../text/lexicon.js';
import { normalize } from '../text/normalize.js';
import { tokenize, tokenNorm } from '../text/tokenize.js';
import { RasdError } from '../errors.js';
import { KB, GIVEN_NAMES, PERSON_TRIGGERS, ORG_TRIGGERS, LOC_TRIGGERS, slugify, type KbEntry } from './kb.js';

/**
 * The name lexicon the tagger and the entities annotator share: the curated KB merged with the
 * generated country and city gazetteers (data/gazetteer/, scripts/build-gazetteer.ts), indexed
 * as normalised token sequences for longest-match look-up, plus single-word class sets used as
 * tagger features and the nisba → country map.
 */
export interface NameEntry {
  id: string;
  name: string;
  type: EntityType;
  roles: string[];
  /** True for curated KB entries (vs generated gazetteer rows). */
  curated: boolean;
  /** For a city: the id of its country (disambiguates homographs such as عمّان/عُمان). */
  country?: string;
}

/** A homograph: an entry whose form normalises like another entry's, with the form as written (diacritics kept). */
export interface Homograph {
  entry: NameEntry;
  written: string;
}

export interface NameForm {
  /** Normalised tokens of the form, punctuation (quotes, dashes) removed. */
  tokens: string[];
  entry: NameEntry;
}

export const GAZETTEER_DIR = PACKAGE_ROOT + 'data/gazetteer/';
/** Country/city names that are far more often a common word (مالي "financial"): left to the tagger. */
const COMMON_WORD_NAMES = new Set(['مالي']);
/** Cities below this population are matched only through the tagger (gazetteer feature), not directly. */
const DIRECT_CITY_POPULATION = 1_000_000;

/** Punctuation skipped inside a multi-word name: quotes and dashes (مجلس "الناتو – روسيا"). */
export const SKIPPABLE_PUNCT = new Set(['"', "'", '-', '«', '»', '(', ')']);

const HAMZA = /[\u0622\u0623\u0624\u0625\u0626]/;

/** A word with its hamza letters kept and everything else folded like `normalize`. */
function hamzaSkeleton(word: string): string {
  let out = '';
  for (const ch of word.trim()) out += HAMZA.test(ch) ? ch : normalize(ch);
  return out;
}

export function formTokens(form: string): string[] {
  const out: string[] = [];
  for (const t of tokenize(form)) {
    const n = tokenNorm(form.slice(t.start, t.end), t.kind);
    if (t.kind === 'punct' && SKIPPABLE_PUNCT.has(n)) continue;
    out.push(t.kind === 'hashtag' ? n.slice(1) : n);
  }
  return out;
}

export class NameLexicon {
  readonly entries = new Map<string, NameEntry>();
  /** First token → forms starting with it, longest first. */
  readonly byFirst = new Map<string, NameForm[]>();
  /** Normalised nisba form → country entry. */
  readonly nisbas = new Map<string, NameEntry>();
  /** Normalised role phrase → entries it may stand for. */
  readonly roles = new Map<string, NameEntry[]>();
  readonly handles = new Map<string, NameEntry>();
  /** Single normalised words by class, for tagger features. */
  readonly wordClass = new Map<string, string>();

  /**
   * Forms shared by different entries once diacritics are folded (عَمَّان the city, عُمان the
   * country): every reading with its written form, first registered first.
   */
  readonly homographs = new Map<string, Homograph[]>();
  private readonly written = new Map<string, Homograph>();

  /**
   * Person names of one word, as the KB writes them with their hamzas (diacritics off), by
   * normalised form: ترأس "chaired" folds to the same letters as تراس (Truss), but a writer
   * who puts a hamza in a word means that word, not a name spelled without one.
   */
  readonly hamzaSpellings = new Map<string, Set<string>>();

  /** False when a one-word person name is written with hamzas its KB spellings do not have. */
  hamzasAgree(key: string, written: string): boolean {
    const spellings = this.hamzaSpellings.get(key);
    if (!spellings) return true;
    const w = hamzaSkeleton(written);
    return !HAMZA.test(w) || spellings.has(w);
  }

  addForm(form: string, entry: NameEntry): void {
    const tokens = formTokens(form);
    if (tokens.length === 0) return;
    if (tokens.length === 1 && entry.type === 'PER' && entry.curated) {
      const set = this.hamzaSpellings.get(tokens[0]) ?? new Set<string>();
      set.add(hamzaSkeleton(form));
      this.hamzaSpellings.set(tokens[0], set);
    }
    const list = this.byFirst.get(tokens[0]) ?? [];
    const key = tokens.join(' ');
    const existing = list.find((f) => f.tokens.join(' ') === key);
    if (existing) {
      if (existing.entry.id !== entry.id) {
        const readings = this.homographs.get(key) ?? [this.written.get(key) ?? { entry: existing.entry, written: form }];
        if (!readings.some((h) => h.entry.id === entry.id)) readings.push({ entry, written: form });
        this.homographs.set(key, readings);
      } else if (/[\u064b-\u0652]/.test(form)) this.written.set(key, { entry, written: form });
      return;
    }
    this.written.set(key, { entry, written: form });
    list.push({ tokens, entry });
    list.sort((a, b) => b.tokens.length - a.tokens.length);
    this.byFirst.set(tokens[0], list);
  }

  /** Longest form starting at token `i` of `norms` (punctuation in SKIPPABLE_PUNCT skipped inside); returns the last token index used. */
  matchAt(norms: readonly string[], i: number, first = norms[i]): { form: NameForm; last: number } | null {
    const cands = this.byFirst.get(first);
    if (!cands) return null;
    for (const f of cands) {
      let j = i;
      let k = 1;
      let last = i;
      while (k < f.tokens.length) {
        j++;
        if (j >= norms.length) break;
        if (SKIPPABLE_PUNCT.has(norms[j])) continue;
        if (norms[j] !== f.tokens[k]) {
          // The conjunction written apart (البوسنة و الهرسك) matches the form's attached و.
          const t = f.tokens[k];
          if (norms[j] === 'و' && t.length > 2 && t[0] === 'و' && j + 1 < norms.length && norms[j + 1] === t.slice(1)) j++;
          else break;
        }
        last = j;
        k++;
      }
      if (k === f.tokens.length) return { form: f, last };
    }
    return null;
  }
}

function entryOf(kb: KbEntry): NameEntry {
  return { id: kb.id, name: kb.name, type: kb.type, roles: kb.roles ?? [], curated: true };
}

function readTsv(file: string, header: string): string[][] {
  const path = GAZETTEER_DIR + file;
  if (!existsSync(path)) return [];
  const lines = readFileSync(path, 'utf8').split('\n');
  if (lines[0] !== header) throw new RasdError('E_MODEL_CORRUPT', `${path} must start with "${header}"; rebuild it with npm run build:gazetteer`);
  return lines.slice(1).filter(Boolean).map((l) => l.split('\t'));
}

let shared: NameLexicon | null = null;

/** The shipped lexicon (KB + gazetteers), built once. */
export function nameLexicon(): NameLexicon {
  if (shared) return shared;
  const lex = new NameLexicon();
  const byIso = new Map<string, NameEntry>();
  for (const kb of KB) {
    const e = entryOf(kb);
    lex.entries.set(e.id, e);
    if (kb.iso) byIso.set(kb.iso, e);
    for (const n of kb.names) lex.addForm(n, e);
    for (const n of kb.nisbas ?? []) lex.nisbas.set(normalize(n), e);
    for (const r of kb.roles ?? []) {
      const key = formTokens(r).join(' ');
      lex.roles.set(key, [...(lex.roles.get(key) ?? []), e]);
    }
    for (const h of kb.handles ?? []) lex.handles.set(h.toLowerCase(), e);
  }
  for (const [id, english, forms, iso] of readTsv('countries.tsv', '#rasd-gazetteer countries v1')) {
    let e = byIso.get(iso);
    if (!e) {
      e = { id, name: english, type: 'LOC', roles: [], curated: false };
      lex.entries.set(id, e);
    }
    for (const f of forms.split('|')) if (!COMMON_WORD_NAMES.has(f)) lex.addForm(f, e);
    lex.addForm(english, e);
  }
  for (const [id, english, arabic, cityCountry, pop] of readTsv('cities.tsv', '#rasd-gazetteer cities v1')) {
    const w = formTokens(arabic);
    if (w.length === 1) lex.wordClass.set(w[0], lex.wordClass.get(w[0]) ?? 'CITY');
    if (Number(pop) < DIRECT_CITY_POPULATION || lex.entries.has(id)) continue;
    const e: NameEntry = { id, name: english, type: 'LOC', roles: [], curated: false, country: cityCountry };
    lex.entries.set(id, e);
    lex.addForm(arabic, e);
  }
  // Word classes for tagger features: KB single words by type, given names, triggers.
  for (const forms of lex.byFirst.values()) {
    for (const f of forms) {
      if (f.tokens.length === 1 && !lex.wordClass.has(f.tokens[0])) lex.wordClass.set(f.tokens[0], 'KB' + f.entry.type);
      else if (f.tokens.length > 1 && f.entry.type === 'PER') {
        const last = f.tokens[f.tokens.length - 1];
        if (!lex.wordClass.has(last)) lex.wordClass.set(last, 'SURNAME');
      }
    }
  }
  for (const n of GIVEN_NAMES) lex.wordClass.set(normalize(n), 'GIVEN');
  for (const n of lex.nisbas.keys()) if (!lex.wordClass.has(n)) lex.wordClass.set(n, 'NISBA');
  for (const [list, cls] of [[PERSON_TRIGGERS, 'TPER'], [ORG_TRIGGERS, 'TORG'], [LOC_TRIGGERS, 'TLOC']] as const) {
    for (const t of list) if (!lex.wordClass.has(normalize(t))) lex.wordClass.set(normalize(t), cls);
  }
  shared = lex;
  return lex;
}

/**
 * Picks the reading of a homograph: first by the diacritics the text itself writes (a shadda or
 * damma that only one reading has), then by context (a city whose country the document names),
 * else the first registered reading (countries before cities).
 */
export function chooseReading(readings: readonly Homograph[], surface: string, countriesInDoc: ReadonlySet<string>): NameEntry {
  const marks = diacriticsByLetter(surface);
  if (marks.some((m) => m.length > 0)) {
    let best: Homograph | null = null;
    let bestScore = 0;
    let tie = false;
    for (const h of readings) {
      const ref = diacriticsByLetter(h.written);
      let score = 0;
      for (let i = 0; i < marks.length && i < ref.length; i++) {
        for (const m of marks[i]) score += ref[i].includes(m) ? 1 : ref[i].length > 0 ? -1 : 0;
      }
      if (score > bestScore) {
        best = h;
        bestScore = score;
        tie = false;
      } else if (score === bestScore && score > 0) tie = true;
    }
    if (best && !tie) return best.entry;
  }
  const city = readings.find((h) => h.entry.country && countriesInDoc.has(h.entry.country));
  if (city) return city.entry;
  return readings[0].entry;
}

/** Diacritics written on each base letter of an Arabic string (in order of the base letters). */
function diacriticsByLetter(s: string): string[] {
  const out: string[] = [];
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (c >= 0x064b && c <= 0x0652) {
      if (out.length) out[out.length - 1] += ch;
    } else if (c !== 0x0640 && /[\u0621-\u064a]/.test(ch)) out.push('');
  }
  return out;
}

export { slugify };
