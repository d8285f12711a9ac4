import type { Token } from '../doc/types.js';
import { segmentations, startsWithConjunction } from './clitics.js';
import { lexiconVersion } from './lexicon.js';
import { memoizeWord } from './memo.js';

/**
 * The forms a word is looked up under in cue lists: as written (normalised), its likeliest
 * clitic split, without a leading conjunction. Remembered per word: every word of a story is
 * looked up, and segmentation dominates the cost.
 */
export const lookupForms: (norm: string) => readonly string[] = memoizeWord(computeForms, 100_000, lexiconVersion);

function computeForms(norm: string): string[] {
  const forms = [norm];
  const best = segmentations(norm)[0];
  if (best && best.stem !== norm) forms.push(best.stem);
  // و/ف before a word the frequency lexicon has never seen (توصلا) is still the conjunction.
  if (norm.length >= 3 && startsWithConjunction(norm)) forms.push(norm.slice(1));
  return forms;
}

/** The words after the first of a phrase follow token i, each as one of its lookup forms (the caller checks the first and the bounds). */
export function restFollows(toks: readonly Token[], i: number, words: readonly string[]): boolean {
  for (let k = 1; k < words.length; k++) if (!lookupForms(toks[i + k].norm).includes(words[k])) return false;
  return true;
}

/** The word carries the definite article (الاجتماع، والاجتماع، للاجتماع). */
export function definite(norm: string): boolean {
  return segmentations(norm)[0]?.proclitics.includes('ال') ?? false;
}
