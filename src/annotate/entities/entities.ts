import type { Annotator } from '../../pipeline/pipeline.js';
import type { Doc } from '../../doc/doc.js';
import type { EntityMention, EntityType, Token } from '../../doc/types.js';
import { nameLexicon, chooseReading, type NameLexicon, type NameEntry } from '../../ner/gazetteer.js';
import { defaultModel, type NerModel } from '../../ner/tagger.js';
import { chunks } from '../../ner/conll.js';
import { tokenReadings, surfaceOffset, procliticDrop, type FirstTokenReading } from '../../ner/spans.js';
import { lexemeField, type Lexeme } from '../../text/lexeme.js';
import { startsWithConjunction, stripProclitics } from '../../text/clitics.js';
import { DEMONYMS, MINISTRY_PORTFOLIOS, ORG_TRIGGERS, LOC_TRIGGERS, PERSON_TRIGGERS, slugify } from '../../ner/kb.js';
import { localId } from '../../ner/identity.js';
import { normalize } from '../../text/normalize.js';
import { notAName } from '../../ner/common-nouns.js';
import { sentenceRanges } from '../../text/sentence-ranges.js';

/**
 * Named-entity mentions (PER/ORG/LOC/MISC) without attached proclitics.
 *
 * Workflow per document:
 *  1. Knowledge base / gazetteer longest match on every sentence (clitic and article readings
 *     of the first token; quotes and dashes inside names skipped), plus @handles and #hashtags.
 *  2. Ministries as patterns: وزارة/وزارتي + portfolio(s) [+ nisba], and "الدفاع الروسية".
 *  3. The averaged-perceptron tagger; its spans are kept where they do not overlap 1–2, with
 *     proclitics removed, nisbas and role words dropped.
 *  4. Document consistency: every further occurrence of a name found above (and the surname of
 *     a multi-word person name) is tagged the same way.
 *  5. In-document identities: a surname or first+surname takes the id of the full name.
 */

/** Tokens a tagger span may not consist of alone (function words the tagger sometimes marks). */
const TAGGER_STOP = new Set(['في', 'من', 'الى', 'على', 'عن', 'ان', 'الذي', 'التي', 'هذا', 'هذه', 'قال', 'وقال', 'الله', 'الرئيس', 'رئيس', 'وزير', 'الوزير', 'مجلس']);
/** Currencies: ANERcorp sometimes tags them, the project's convention does not. Checked on the clitic-free stem. */
const CURRENCIES = new Set(['دولار', 'دولارا', 'دولارات', 'الدولار', 'يورو', 'اليورو', 'ريال', 'ريالا', 'الريال', 'ريالات', 'درهم', 'الدرهم', 'دراهم', 'دينار', 'الدينار', 'دنانير', 'جنيه', 'الجنيه', 'جنيها', 'ليره', 'الليره', 'روبل', 'الروبل', 'ين', 'الين', 'يوان', 'اليوان', 'فرنك', 'الفرنك', 'استرليني', 'الاسترليني'].map(normalize));
/** Generic heads (بنك، شركة، مدينة…) are not names on their own. */
const TRIGGER_WORDS = new Set([...ORG_TRIGGERS, ...LOC_TRIGGERS, ...PERSON_TRIGGERS].map(normalize));
const PORTFOLIOS = new Map(Object.entries(MINISTRY_PORTFOLIOS).map(([k, v]) => [normalize(k), v]));
const BARE_PORTFOLIOS = new Set(['الدفاع', 'الخارجيه', 'الداخليه']);
const MINISTRY_HEADS = new Set(['وزاره', 'وزارتي', 'وزارتا']);
/**
 * Words that may stand between a country and a ministry without a nisba when the ministry is the
 * country's own: a delegation or representatives "from" it (مثّل روسيا وفد من وزارتي الخارجية
 * والدفاع، أرسلت مصر ممثلين عن وزارة الصحة). Anything else between them (a verb, إن, another
 * noun phrase) leaves the ministry without a country.
 */
const DELEGATION_NOUNS = new Set(
  ['وفد', 'وفدا', 'وفود', 'وفودا', 'ممثلو', 'ممثلون', 'ممثلين', 'ممثلي', 'ممثل', 'ممثلا', 'مسؤولو', 'مسؤولون', 'مسؤولين', 'مسؤولي', 'خبراء', 'مندوب', 'مندوبين', 'مندوبو'].map(normalize),
);
/** Prepositions, verbs of composition and the delegation's usual adjectives (وفد مشترك / رفيع المستوى). */
const DELEGATION_LINKS = new Set(
  ['من', 'عن', 'يضم', 'ضم', 'تضم', 'ضمن', 'رفيع', 'رفيعا', 'المستوى', 'مشترك', 'مشتركا', 'رسمي', 'رسميا', 'حكومي', 'حكوميا', 'عسكري', 'عسكريا', 'دبلوماسي', 'دبلوماسيا', 'امني', 'امنيا', 'كبير', 'كبيرا', 'موسع', 'موسعا', 'فني', 'فنيا'].map(normalize),
);

interface Candidate {
  start: number;
  end: number;
  /** Token indexes covered. */
  first: number;
  last: number;
  type: EntityType;
  entry: NameEntry | null;
  source: string;
}

function isQuote(norm: string): boolean {
  return norm === '"' || norm === "'" || norm === '«' || norm === '»';
}

const countriesCache = new WeakMap<Doc, Set<string>>();

/** Countries the document names or points to with a nisba (for homograph readings). */
function countriesMentioned(doc: Doc, norms: readonly string[], lex: NameLexicon): Set<string> {
  let set = countriesCache.get(doc);
  if (set) return set;
  set = new Set<string>();
  for (const n of doc.layer('nisbas')) set.add(n.id);
  for (let i = 0; i < norms.length; i++) {
    for (const w of [norms[i], norms[i].slice(1)]) {
      const m = lex.matchAt(norms, i, w);
      if (m && m.form.entry.type === 'LOC' && !m.form.entry.country && !lex.homographs.has(m.form.tokens.join(' '))) set.add(m.form.entry.id);
    }
  }
  countriesCache.set(doc, set);
  return set;
}

/** Step 1: KB/gazetteer matches (plus handles and hashtags). */
function lexiconMatches(doc: Doc, tokens: readonly Token[], norms: readonly string[], lex: NameLexicon, from: number, to: number): Candidate[] {
  const out: Candidate[] = [];
  const sentNorms = norms.slice(from, to);
  const lexemes = doc.has('lexemes') ? doc.get('lexemes') : undefined;
  const readingsAt = tokenReadings(tokens, norms, lexemes);
  for (let k = 0; k < sentNorms.length; k++) {
    const i = from + k;
    const t = tokens[i];
    if (t.kind === 'handle') {
      const e = lex.handles.get(t.norm.slice(1));
      if (e) out.push({ start: t.start, end: t.end, first: i, last: i, type: e.type, entry: e, source: 'kb' });
      continue;
    }
    if (t.kind === 'hashtag') {
      const m = lex.matchAt([t.norm.slice(1)], 0);
      if (m) out.push({ start: t.start, end: t.end, first: i, last: i, type: m.form.entry.type, entry: m.form.entry, source: 'kb' });
      continue;
    }
    if (t.kind !== 'word' && t.kind !== 'latin') continue;
    let best: { last: number; entry: NameEntry; drop: number; cost: number; key: string } | null = null;
    for (const r of lexemes ? readingsWithForms(lexemes[i], readingsAt[i], lex) : readingsAt[i]) {
      const m = lex.matchAt(sentNorms, k, r.norm);
      if (!m) continue;
      const last = from + m.last;
      if (!best || last > best.last || (last === best.last && r.cost < best.cost)) best = { last, entry: m.form.entry, drop: r.drop, cost: r.cost, key: m.form.tokens.join(' ') };
    }
    if (!best) continue;
    const surface = doc.text.slice(t.start, t.end);
    if (best.last === i && !lex.hamzasAgree(best.key, surface.slice(surfaceOffset(surface, best.drop)))) continue;
    const readings = lex.homographs.get(best.key);
    if (readings) best.entry = chooseReading(readings, doc.text.slice(t.start, tokens[best.last].end), countriesMentioned(doc, norms, lex));
    const start = t.start + surfaceOffset(surface, best.drop);
    let end = tokens[best.last].end;
    // An opening quote skipped inside the name closes right after it: حلف "الناتو"
    let quotes = 0;
    for (let j = i + 1; j <= best.last; j++) if (isQuote(norms[j])) quotes++;
    let last = best.last;
    if (quotes % 2 === 1 && last + 1 < to && isQuote(norms[last + 1])) {
      last++;
      end = tokens[last].end;
    }
    out.push({ start, end, first: i, last, type: best.entry.type, entry: best.entry, source: best.entry.curated ? 'kb' : 'gazetteer' });
    k = last - from;
  }
  return out;
}

/** A word type's readings that some form of the name lexicon starts with (most words: none), kept on its lexeme. */
const formReadings = lexemeField<{ lex: NameLexicon; readings: readonly FirstTokenReading[] }>();
function readingsWithForms(lexeme: Lexeme, readings: readonly FirstTokenReading[], lex: NameLexicon): readonly FirstTokenReading[] {
  let held = formReadings.get(lexeme);
  if (held === undefined || held.lex !== lex) formReadings.set(lexeme, (held = { lex, readings: readings.filter((r) => lex.byFirst.has(r.norm)) }));
  return held.readings;
}

/** Step 2: ministries. Returns one candidate per portfolio (a coordinated dual yields two with the same span). */
function ministryMatches(doc: Doc, tokens: readonly Token[], norms: readonly string[], lex: NameLexicon, from: number, to: number, known: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = from; i < to; i++) {
    const n = norms[i];
    const conj = MINISTRY_HEADS.has(n) ? 0 : startsWithConjunction(n) && MINISTRY_HEADS.has(n.slice(1)) ? 1 : 0;
    const isMinistry = MINISTRY_HEADS.has(n.slice(conj));
    let j = i + (isMinistry ? 1 : 0);
    if (j >= to || !PORTFOLIOS.has(norms[j])) continue;
    const portfolios = [norms[j]];
    // A bare portfolio counts only for the sovereign ministries, when a nisba follows (الدفاع
    // الروسية) and no وزير/وزارة precedes; "الطاقة الأمريكية" is too often another body.
    if (!isMinistry && (!BARE_PORTFOLIOS.has(n) || (i > from && /^(?:و?وزير|نائب)/.test(norms[i - 1])))) continue;
    if (j + 1 < to && norms[j + 1].startsWith('و') && PORTFOLIOS.has(norms[j + 1].slice(1))) {
      portfolios.push(norms[j + 1].slice(1));
      j++;
    }
    let country: NameEntry | null = null;
    let last = j;
    if (j + 1 < to) {
      const nis = lex.nisbas.get(norms[j + 1]);
      if (nis) {
        country = nis;
        last = j + 1;
      }
    }
    if (!isMinistry && !country) continue;
    if (!country && isMinistry && j + 2 < to && norms[j + 1] === 'في') {
      // "وزارة الخارجية في البيرو": the country after في.
      const after = known.find((c) => c.first === j + 2 && c.entry && isCountry(c.entry));
      if (after) country = after.entry;
    }
    if (!country) {
      // "ومثل روسيا وفد من وزارتي الخارجية والدفاع": the country a delegation phrase comes from.
      for (const c of known) {
        if (c.last >= i || !c.entry || !isCountry(c.entry)) continue;
        let noun = false;
        let bridged = true;
        for (let k = c.last + 1; k < i && bridged; k++) {
          noun ||= DELEGATION_NOUNS.has(norms[k]);
          bridged = DELEGATION_NOUNS.has(norms[k]) || DELEGATION_LINKS.has(norms[k]);
        }
        if (bridged && noun) country = c.entry;
      }
    }
    const start = tokens[i].start + (isMinistry ? conj : 0) + (isMinistry ? 0 : surfaceOffset(doc.text.slice(tokens[i].start, tokens[i].end), conj));
    for (const p of portfolios) {
      const names = PORTFOLIOS.get(p)!;
      const name = !country ? names.en : country.id === 'united-states' ? `US ${names.us}` : `${DEMONYMS[country.id] ?? country.name} ${names.en}`;
      const entry: NameEntry = { id: slugify(name), name, type: 'ORG', roles: [], curated: true };
      out.push({ start, end: tokens[last].end, first: i, last, type: 'ORG', entry, source: 'pattern' });
    }
    i = last;
  }
  return out;
}

/** A country (not a city or region): a KB country with a demonym, or a generated country row. */
function isCountry(e: NameEntry): boolean {
  return e.type === 'LOC' && (DEMONYMS[e.id] !== undefined || (!e.curated && !e.country));
}

function overlaps(a: { first: number; last: number }, list: readonly { first: number; last: number }[]): boolean {
  return list.some((b) => a.first <= b.last && b.first <= a.last);
}

/** Word classes of the gazetteers that are names (cities, KB names, given names and surnames), not triggers or nisbas. */
const NAME_CLASSES = new Set(['CITY', 'KBPER', 'KBLOC', 'KBORG', 'KBMISC', 'GIVEN', 'SURNAME']);

/**
 * A one-word tagger span that is an adverb, a common noun for people or a verb (رسمياً، مسؤولين،
 * يلتقيان), unless the gazetteers know the word, with or without its proclitics, as a name or
 * the first word of one (روسيا، ماريا، حسين، كوريا of كوريا الجنوبية).
 */
function commonWordNotName(lex: NameLexicon, norm: string, surface: string): boolean {
  if (!notAName(surface)) return false;
  const readings = [norm, stripProclitics(norm).stem, stripProclitics(norm, { article: true }).stem];
  return !readings.some((w) => NAME_CLASSES.has(lex.wordClass.get(w) ?? '') || lex.byFirst.has(w));
}

/** Step 3: tagger spans. */
function taggerMatches(doc: Doc, tokens: readonly Token[], norms: readonly string[], model: NerModel, lex: NameLexicon, from: number, to: number, nameTokens: ReadonlySet<string>): Candidate[] {
  const surfaces: string[] = [];
  for (let i = from; i < to; i++) surfaces.push(doc.text.slice(tokens[i].start, tokens[i].end));
  const lexemes = doc.has('lexemes') ? doc.get('lexemes').slice(from, to) : undefined;
  const tags = model.tag(surfaces, norms.slice(from, to), lexemes);
  const out: Candidate[] = [];
  for (const c of chunks(tags)) {
    let first = from + c.start;
    let last = from + c.end - 1;
    while (first <= last && tokens[first].kind === 'punct') first++;
    while (last >= first && tokens[last].kind === 'punct') last--;
    if (first > last) continue;
    const n0 = norms[first];
    const stem0 = stripProclitics(n0).stem;
    if (CURRENCIES.has(n0) || CURRENCIES.has(stem0) || CURRENCIES.has(stripProclitics(n0, { article: true }).stem)) continue;
    if (first === last && (TAGGER_STOP.has(n0) || TRIGGER_WORDS.has(n0) || TRIGGER_WORDS.has(stem0) || n0.length < 2 || lex.nisbas.has(n0) || lex.nisbas.has(n0.slice(1)) || lex.roles.has(n0) || tokens[first].kind === 'number')) continue;
    const t = tokens[first];
    const surface = doc.text.slice(t.start, t.end);
    if (first === last && t.kind === 'word' && commonWordNotName(lex, n0, surface)) continue;
    // A token that is itself part of a person's name in this document keeps its first letters (برايس, not ب + رايس).
    const drop = t.kind === 'word' && !nameTokens.has(n0) ? procliticDrop(n0, stripProclitics(n0).prefixLength) : 0;
    const start = t.start + surfaceOffset(surface, drop);
    if (start >= tokens[last].end) continue;
    const prev = out[out.length - 1];
    // Names are flat: two person spans side by side (B-PER B-PER) are one name.
    if (prev && prev.type === 'PER' && c.type === 'PER' && prev.last + 1 === first) {
      prev.last = last;
      prev.end = tokens[last].end;
      continue;
    }
    out.push({ start, end: tokens[last].end, first, last, type: c.type as EntityType, entry: null, source: 'tagger' });
  }
  return out;
}

export const entitiesAnnotator: Annotator = {
  name: 'entities',
  requires: ['tokens', 'sentences'],
  assigns: ['entities'],
  run(doc) {
    const lex = nameLexicon();
    const model = defaultModel();
    if (!model) doc.message('warning', 'W_NER_MODEL_MISSING', 'NER model file not found: only the knowledge base and gazetteers are used; run npm run train:ner', undefined, 'entities');
    const tokens = doc.get('tokens');
    const norms = tokens.map((t) => t.norm);
    const all: Candidate[] = [];
    const ranges = [...sentenceRanges(tokens).values()];
    const fixedBySentence = ranges.map(({ first: from, end: to }) => {
      const kb = lexiconMatches(doc, tokens, norms, lex, from, to);
      const ministries = ministryMatches(doc, tokens, norms, lex, from, to, kb);
      return [...ministries, ...kb.filter((c) => !overlaps(c, ministries))];
    });
    const nameTokens = new Set<string>();
    for (const list of fixedBySentence) for (const c of list) if (c.type === 'PER') for (let j = c.first + 1; j <= c.last; j++) nameTokens.add(norms[j]);
    const taggedBySentence = ranges.map(({ first: from, end: to }, k) => (model ? taggerMatches(doc, tokens, norms, model, lex, from, to, nameTokens).filter((c) => !overlaps(c, fixedBySentence[k])) : []));
    // Tokens inside multi-word person names the tagger found keep their first letters elsewhere too.
    for (const list of taggedBySentence) for (const c of list) if (c.type === 'PER') for (let j = c.first + 1; j <= c.last; j++) nameTokens.add(norms[j]);
    ranges.forEach((_, k) => {
      for (const c of taggedBySentence[k]) if (c.start !== tokens[c.first].start && nameTokens.has(norms[c.first])) c.start = tokens[c.first].start;
      all.push(...fixedBySentence[k], ...taggedBySentence[k]);
    });
    consistency(doc, tokens, norms, all);
    mergeAdjacentPersons(doc, all);
    familyNames(doc, tokens, norms, all);
    // Spans are final from here: each candidate's key is computed once.
    const keys = new Map(all.map((c) => [c, keyOf(doc, c)]));
    majorityTypes(all, keys);
    all.sort((a, b) => a.start - b.start || a.end - b.end);
    // Same-span mentions (coordinated duals) in a stable order.
    doc.set('entities', identities(doc, all, keys).sort((a, b) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)));
  },
};

/** Step 4: tag further occurrences of the names the tagger found (and surnames of people). */
function consistency(doc: Doc, tokens: readonly Token[], norms: readonly string[], all: Candidate[]): void {
  const known = new Map<string, EntityType>();
  for (const c of all) {
    if (c.source !== 'tagger') continue;
    const key = keyOf(doc, c);
    if (key.length < 3 || TRIGGER_WORDS.has(key)) continue;
    if (!known.has(key)) known.set(key, c.type);
    if (c.type === 'PER' && c.last > c.first) {
      const surname = norms[c.last];
      if (surname.length >= 4 && !known.has(surname)) known.set(surname, 'PER');
    }
  }
  if (known.size === 0) return;
  // Most tokens start no known name: check their first word before building longer keys.
  const firstWords = new Set<string>();
  for (const key of known.keys()) firstWords.add(key.split(' ', 1)[0]);
  const covered = new Uint8Array(tokens.length);
  for (const c of all) for (let j = c.first; j <= c.last; j++) covered[j] = 1;
  const readingsAt = tokenReadings(tokens, norms, doc.has('lexemes') ? doc.get('lexemes') : undefined);
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i] || tokens[i].kind !== 'word') continue;
    for (const r of readingsAt[i]) {
      if (!firstWords.has(r.norm)) continue;
      // Longest known name starting here (names are short: try up to 4 tokens).
      let matched = -1;
      let type: EntityType | undefined;
      let key = r.norm;
      for (let j = i; j < Math.min(tokens.length, i + 4); j++) {
        if (j > i) {
          if (covered[j] || tokens[j].sentence !== tokens[i].sentence) break;
          key += ' ' + norms[j];
        }
        const t = known.get(key);
        if (t) {
          matched = j;
          type = t;
        }
      }
      if (matched < 0 || !type) continue;
      const surface = doc.text.slice(tokens[i].start, tokens[i].end);
      all.push({ start: tokens[i].start + surfaceOffset(surface, r.drop), end: tokens[matched].end, first: i, last: matched, type, entry: null, source: 'consistency' });
      for (let j = i; j <= matched; j++) covered[j] = 1;
      i = matched;
      break;
    }
  }
}

/** Normalised, space-joined surface of a span (the key names are compared by). */
function keyOf(doc: Doc, c: { start: number; end: number }): string {
  return normalize(doc.text.slice(c.start, c.end)).split(/\s+/).filter(Boolean).join(' ');
}

/** Names are flat: person pieces found by different steps side by side (ألكسندر + فومين) are one name. */
function mergeAdjacentPersons(doc: Doc, all: Candidate[]): void {
  all.sort((a, b) => a.start - b.start || a.end - b.end);
  for (let k = all.length - 1; k > 0; k--) {
    const a = all[k - 1];
    const b = all[k];
    if (a.type !== 'PER' || b.type !== 'PER' || a.entry || b.entry || a.last + 1 !== b.first) continue;
    if (!/^\s+$/.test(doc.text.slice(a.end, b.start))) continue;
    a.end = b.end;
    a.last = b.last;
    all.splice(k, 1);
  }
}

/**
 * The family name after a person's name belongs to it: "آل" + a name (تميم بن حمد آل ثاني، محمد
 * بن راشد آل مكتوم) extends the person's span, instead of leaving the family's name to be read as
 * a person of its own and linked to whichever member shares the word.
 */
function familyNames(doc: Doc, tokens: readonly Token[], norms: readonly string[], all: Candidate[]): void {
  // Written with the madda: إل and ال standing alone transliterate a Latin L (إل بي جي).
  const isAal = (i: number) => i >= 0 && i < tokens.length && norms[i] === 'ال' && doc.text.startsWith('آل', tokens[i].start);
  all.sort((a, b) => a.start - b.start || a.end - b.end);
  const drop = new Set<Candidate>();
  for (const c of all) {
    if (c.type !== 'PER' || drop.has(c)) continue;
    const aal = c.last + 1;
    if (isAal(aal) && aal + 1 < tokens.length && tokens[aal + 1].kind === 'word' && tokens[aal + 1].sentence === tokens[c.last].sentence) {
      c.last = aal + 1;
      c.end = tokens[c.last].end;
      for (const o of all) if (o !== c && o.first <= c.last && o.last >= aal) drop.add(o);
    }
  }
  if (drop.size > 0) {
    const kept = all.filter((c) => !drop.has(c));
    all.length = 0;
    all.push(...kept);
  }
}

/** A name outside the KB gets one type in the document: the most frequent one among its mentions. */
function majorityTypes(all: Candidate[], keys: ReadonlyMap<Candidate, string>): void {
  const votes = new Map<string, Map<EntityType, number>>();
  for (const c of all) {
    if (c.entry) continue;
    const key = keys.get(c)!;
    const v = votes.get(key) ?? new Map<EntityType, number>();
    v.set(c.type, (v.get(c.type) ?? 0) + 1);
    votes.set(key, v);
  }
  for (const c of all) {
    if (c.entry) continue;
    const v = votes.get(keys.get(c)!)!;
    if (v.size < 2) continue;
    let best = c.type;
    for (const [t, n] of v) if (n > (v.get(best) ?? 0)) best = t;
    c.type = best;
  }
}

/** Step 5: ids. KB entries keep their id; other names get a document-local id shared by full name, surname and first+surname. */
function identities(doc: Doc, all: readonly Candidate[], keyOfCandidate: ReadonlyMap<Candidate, string>): EntityMention[] {
  const out: EntityMention[] = [];
  const keys = all.map((c) => keyOfCandidate.get(c)!);
  // Every multi-word person name of the document, with its id (KB or local).
  const persons: { tokens: string[]; id: string; name: string; start: number }[] = [];
  all.forEach((c, k) => {
    const words = keys[k].split(' ');
    if (c.type !== 'PER' || (words.length < 2 && !c.entry)) return;
    if (c.entry) persons.push({ tokens: words, id: c.entry.id, name: c.entry.name, start: c.start });
    else if (!persons.some((p) => p.tokens.join(' ') === words.join(' '))) persons.push({ tokens: words, id: localId('PER', keys[k]), name: doc.text.slice(c.start, c.end), start: c.start });
  });
  all.forEach((c, k) => {
    const text = doc.text.slice(c.start, c.end);
    if (c.entry) {
      out.push({ start: c.start, end: c.end, text, type: c.type, id: c.entry.id, name: c.entry.name, source: c.source });
      return;
    }
    const words = keys[k].split(' ');
    let id = localId(c.type, keys[k]);
    let name = text;
    if (c.type === 'PER') {
      // A surname, or first name + surname, of a longer name in the document: the nearest one
      // before it, else the first one after it.
      // A family name (… آل سعود) is shared by the whole family: its bare word names no one member.
      const longer = persons.filter((p) => p.tokens.length > words.length && p.tokens[p.tokens.length - 1] === words[words.length - 1] && (words.length > 1 || p.tokens[p.tokens.length - 2] !== 'ال') && (words.length === 1 || p.tokens[0] === words[0]));
      const before = longer.filter((p) => p.start < c.start);
      const match = before.length ? before[before.length - 1] : longer[0];
      if (match) {
        id = match.id;
        name = match.name;
      }
    }
    out.push({ start: c.start, end: c.end, text, type: c.type, id, name, source: c.source });
  });
  return out;
}
