import { droppedByNormalize } from '../text/normalize.js';
import { dropConjunction, startsWithConjunction } from '../text/clitics.js';
import { lexemeSlot, type Lexeme } from '../text/lexeme.js';

/**
 * Proclitic handling for entity spans, following the annotation convention: the proclitics
 * و ف ب ل ك are not part of a mention, but a ل + ال contraction (للناتو) cannot be split into a
 * substring that keeps the article, so that token stays whole.
 */

export interface FirstTokenReading {
  /** Normalised form to look up. */
  norm: string;
  /** Number of *normalised* characters dropped from the start of the token for the span. */
  drop: number;
  /** Cost: fewer stripped clitics win ties. */
  cost: number;
}

const PREP = 'بلك';

/**
 * The readings of a token that may start a name: as is; without و/ف; without a preposition;
 * لل+X read as ال+X (span keeps the whole token after any conjunction); and, for foreign
 * names written with an article (الوول ستريت جورنال), without the article.
 */
export function firstTokenReadings(norm: string): FirstTokenReading[] {
  const out: FirstTokenReading[] = [{ norm, drop: 0, cost: 0 }];
  if (norm.length < 3) return out;
  let rest = norm;
  let drop = 0;
  let cost = 0;
  if (startsWithConjunction(rest) && rest.length > 2) {
    rest = rest.slice(1);
    drop = 1;
    cost = 1;
    out.push({ norm: rest, drop, cost });
  }
  if (rest.startsWith('لل') && rest.length > 3) {
    out.push({ norm: 'ال' + rest.slice(2), drop, cost: cost + 1 });
  } else if (PREP.includes(rest[0]) && rest.length > 2) {
    out.push({ norm: rest.slice(1), drop: drop + 1, cost: cost + 1 });
    rest = rest.slice(1);
    drop += 1;
    cost += 1;
  }
  for (const r of out.slice()) {
    if (r.norm.startsWith('ال') && r.norm.length >= 5) {
      out.push({ norm: r.norm.slice(2), drop: r.drop + 2, cost: r.cost + 2 });
    }
  }
  return out;
}

const readingsByDoc = new WeakMap<object, FirstTokenReading[][]>();

/**
 * The readings of every token of a document, computed once: the entity, consistency and role
 * steps all look names up from each token's readings. `doc` is any object standing for the
 * document (its token list), `norms` its tokens' normalised forms.
 */
export function tokenReadings(doc: object, norms: readonly string[], lexemes?: readonly Lexeme[]): readonly (readonly FirstTokenReading[])[] {
  let all = readingsByDoc.get(doc);
  if (!all) readingsByDoc.set(doc, (all = lexemes ? lexemes.map(readingsOfLexeme) : norms.map(firstTokenReadings)));
  return all;
}

/** A word type's readings, kept on its lexeme (shared: callers must not mutate them). */
const readingsOfLexeme = lexemeSlot(firstTokenReadings);

/** Offset in `surface` after its first `n` normalised characters (diacritics and tatweel skipped). */
export function surfaceOffset(surface: string, n: number): number {
  if (n === 0) return 0;
  let count = 0;
  for (let i = 0; i < surface.length; i++) {
    if (!droppedByNormalize(surface.charCodeAt(i))) count++;
    if (count === n) {
      // Skip diacritics that belong to the dropped letters.
      let j = i + 1;
      while (j < surface.length && droppedByNormalize(surface.charCodeAt(j))) j++;
      return j;
    }
  }
  return surface.length;
}

/** Number of normalised characters of proclitics to drop from a tagger span's first token. */
export function procliticDrop(norm: string, stemPrefixLength: number): number {
  // Keep a ل+ال contraction whole: only a leading conjunction may go.
  const afterConj = dropConjunction(norm);
  if (afterConj.startsWith('لل')) return norm.length - afterConj.length;
  // Never drop the article from a tagger span: only the clitics before it.
  const stripped = norm.slice(stemPrefixLength);
  if (stemPrefixLength > 0 && !stripped.startsWith('ال') && norm.slice(0, stemPrefixLength).endsWith('ال')) {
    return Math.max(0, stemPrefixLength - 2);
  }
  return stemPrefixLength;
}
