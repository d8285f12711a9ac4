import { PROCLITIC_STRINGS } from '../text/clitics.js';

/**
 * Sports reports use the vocabulary of political events for other things (التعاون and الاتحاد
 * are clubs, a team «يواجه» another, a player is «طرد»): their events are not political.
 * A report is sports when it uses several distinct words that only sports writing uses; one
 * such word (a minister opening a stadium) is not enough. Normalised, without proclitics or ال.
 */
export const SPORTS_WORDS: ReadonlySet<string> = new Set([
  'مباراه', 'مباريات', 'دوري', 'منتخب', 'لاعب', 'لاعبين', 'لاعبي', 'لاعبون', 'مدرب', 'نادي', 'انديه', 'ملعب', 'شوط', 'مرمي',
  'ركله', 'ركلات', 'فيفا', 'تعادل', 'وديه', 'هداف', 'هدافي',
]);
export const MIN_SPORTS_WORDS = 3;

/**
 * Every written form of a sports word with its proclitics (PROCLITIC_STRINGS) and, without the
 * article, the accusative alef, mapped to the word: one look-up per token.
 */
const SPORTS_FORMS: ReadonlyMap<string, string> = (() => {
  const forms = new Map<string, string>();
  for (const word of SPORTS_WORDS) {
    for (const prefix of ['', ...PROCLITIC_STRINGS]) {
      forms.set(prefix + word, word);
      if (!prefix.endsWith('ال') && !prefix.endsWith('لل')) forms.set(prefix + word + 'ا', word);
    }
  }
  return forms;
})();

/** The sports word a normalised token is a form of, if any. */
export function sportsWordOf(norm: string): string | undefined {
  return SPORTS_FORMS.get(norm);
}
