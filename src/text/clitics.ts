import { normalize } from './normalize.js';
import { wordFrequency, lexiconVersion } from './lexicon.js';
import { memoizeWord } from './memo.js';

/**
 * Clitic analysis for Arabic words: proposes segmentations into proclitics + stem + enclitic.
 *
 * Proclitics (in their only legal order): conjunction و/ف, then one of the prepositions
 * ب/ل/ك or the future marker س (before an imperfect verb prefix ي ت ن ا), then the article ال
 * (ل + ال is written لل). Enclitics: object/possessive pronouns.
 *
 * Letters that only *look* like clitics (بروكسل, بولندا, لبنان, كندا, فرنسا, وارسو) must stay
 * whole, so a split is accepted only when the stem is a known word at least as frequent as the
 * whole form, in a frequency lexicon built from unlabelled news (scripts/build-lexicon.ts).
 * Unknown words get every structurally possible analysis, whole word first.
 */

export interface Segmentation {
  /** Proclitics in order, normalised (e.g. ['و', 'ب', 'ال']). */
  proclitics: string[];
  stem: string;
  enclitic: string | null;
  /** Characters of the *normalised* word taken by the proclitics and enclitic. */
  prefixLength: number;
  suffixLength: number;
  score: number;
}

const CONJ = ['و', 'ف'];
const PREP = ['ب', 'ل', 'ك'];
const ENCLITICS = ['هما', 'كما', 'هم', 'هن', 'كم', 'كن', 'نا', 'ني', 'ها', 'ه', 'ك', 'ي'];
const MIN_STEM = 2;

interface Prefix {
  surface: string;
  parts: string[];
  article: boolean;
}

/** Every legal proclitic string, longest first. */
const PREFIXES: Prefix[] = (() => {
  const list: Prefix[] = [];
  const add = (surface: string, parts: string[], article: boolean) => list.push({ surface, parts, article });
  for (const c of ['', ...CONJ]) {
    for (const p of ['', ...PREP, 'س']) {
      for (const art of [false, true]) {
        if (p === 'س' && art) continue;
        const parts = [c, p, art ? 'ال' : ''].filter(Boolean);
        if (parts.length === 0) continue;
        // ل + ال is written لل (the article's alef drops).
        let surface = c + p + (art ? 'ال' : '');
        if (p === 'ل' && art) surface = c + 'لل';
        add(surface, parts, art);
      }
    }
  }
  return list.sort((a, b) => b.surface.length - a.surface.length);
})();

/** Every legal proclitic string (و، بال، ولل …), longest first. */
export const PROCLITIC_STRINGS: readonly string[] = PREFIXES.map((p) => p.surface);

/** The word starts with a letter that may be the conjunction و/ف; how long the rest must be is the caller's call. */
export function startsWithConjunction(w: string): boolean {
  return w[0] === 'و' || w[0] === 'ف';
}

/** A word long enough to carry a conjunction proclitic و/ف on a stem (وقال، فرنسا is not one by length alone). */
export function hasConjunction(w: string): boolean {
  return w.length > 3 && startsWithConjunction(w);
}

/** The word without a leading conjunction و/ف (when hasConjunction holds). */
export function dropConjunction(w: string): string {
  return hasConjunction(w) ? w.slice(1) : w;
}

/** All structurally possible segmentations of a word, best first. The unsplit word is always included. */
export function segmentations(word: string): Segmentation[] {
  const w = normalize(word);
  const wholeFreq = wordFrequency(w);
  const out: Segmentation[] = [{ proclitics: [], stem: w, enclitic: null, prefixLength: 0, suffixLength: 0, score: score(wholeFreq, 0) }];
  for (const p of PREFIXES) {
    if (!w.startsWith(p.surface)) continue;
    const rest = w.slice(p.surface.length);
    if (rest.length < MIN_STEM) continue;
    if (p.parts.includes('س') && !/^[يتنا]/.test(rest)) continue;
    // With the article dropped in لل, a stem starting with ل (لل + لجنة → للجنة) is still fine.
    const stemFreq = wordFrequency(rest) + (p.article ? wordFrequency('ال' + rest) : 0);
    out.push({ proclitics: p.parts, stem: rest, enclitic: null, prefixLength: p.surface.length, suffixLength: 0, score: score(stemFreq, p.parts.length) });
  }
  // Enclitics only on top of the proclitic analyses that remain plausible.
  const base = out.slice();
  for (const s of base) {
    for (const e of ENCLITICS) {
      if (!s.stem.endsWith(e) || s.proclitics.includes('ال')) continue;
      const stem = s.stem.slice(0, -e.length);
      if (stem.length < MIN_STEM + 1) continue;
      // A taa marbuta becomes taa before a pronoun (رسالته → رسالة): the lexicon holds the ه form.
      const freq = Math.max(wordFrequency(stem), stem.endsWith('ت') ? wordFrequency(stem.slice(0, -1) + 'ه') : 0);
      out.push({ ...s, stem, enclitic: e, suffixLength: e.length, score: score(freq, s.proclitics.length + 1) });
    }
  }
  return out.sort((a, b) => b.score - a.score);
}

/** Log-frequency score with a small cost per clitic, so the whole word wins ties. */
function score(freq: number, clitics: number): number {
  return Math.log1p(freq) - 0.05 * clitics;
}

/**
 * The proclitic-stripped stem used for matching names and lexicon look-ups: splits only
 * proclitics (و ف ب ل ك and the article when asked), only when the lexicon supports it.
 */
export function stripProclitics(word: string, options: { article?: boolean } = {}): Readonly<{ stem: string; prefixLength: number }> {
  return options.article ? stripWithArticle(word) : stripWithoutArticle(word);
}

const stripWithArticle = memoizeWord((word) => strip(word, true), 100_000, lexiconVersion);
const stripWithoutArticle = memoizeWord((word) => strip(word, false), 100_000, lexiconVersion);

function strip(word: string, article: boolean): { stem: string; prefixLength: number } {
  const w = normalize(word);
  const wholeFreq = wordFrequency(w);
  let best = { stem: w, prefixLength: 0, score: score(wholeFreq, 0) };
  for (const p of PREFIXES) {
    if (p.parts.includes('س')) continue;
    if (p.article && !article) continue;
    if (!w.startsWith(p.surface)) continue;
    const rest = w.slice(p.surface.length);
    if (rest.length < MIN_STEM + 1) continue;
    const f = wordFrequency(rest);
    const sc = score(f, p.parts.length);
    if (f > 0 && sc > best.score) best = { stem: rest, prefixLength: p.surface.length, score: sc };
  }
  // Unknown word behind the conjunction و (a new name: وستولتنبرغ): the conjunction is far more
  // likely than a name starting with و that the lexicon has never seen.
  if (best.prefixLength === 0 && wholeFreq === 0 && w.length >= 5 && startsWithConjunction(w)) {
    return { stem: w.slice(1), prefixLength: 1 };
  }
  return { stem: best.stem, prefixLength: best.prefixLength };
}

/** Light stem for search and clustering: proclitics (with article) and common suffixes off. */
export const lightStem = memoizeWord(computeLightStem, 200_000, lexiconVersion);

function computeLightStem(word: string): string {
  let w = normalize(word);
  if (w.length <= 3) return w;
  const { stem } = stripProclitics(w, { article: true });
  w = stem;
  if (w.startsWith('ال') && w.length > 4) w = w.slice(2);
  for (const suf of ['ات', 'ون', 'ين', 'ان', 'ها', 'هم', 'يه', 'ه', 'ي']) {
    if (w.endsWith(suf) && w.length - suf.length >= 3) {
      w = w.slice(0, -suf.length);
      break;
    }
  }
  return w;
}
