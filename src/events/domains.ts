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
 * Every written form of a sports word with its proclitics (و ف, then ب ك ل, then ال, with
 * ل + ال written لل) and the accusative alef, mapped to the word: one set look-up per token.
 */
const SPORTS_FORMS: ReadonlyMap<string, string> = (() => {
  const forms = new Map<string, string>();
  for (const word of SPORTS_WORDS) {
    for (const conj of ['', 'و', 'ف']) {
      for (const prep of ['', 'ب', 'ك', 'ل']) {
        for (const article of ['', 'ال']) {
          const head = prep === 'ل' && article ? 'لل' : prep + article;
          forms.set(conj + head + word, word);
          if (!article) forms.set(conj + head + word + 'ا', word);
        }
      }
    }
  }
  return forms;
})();

/** The sports word a normalised token is a form of, if any. */
export function sportsWordOf(norm: string): string | undefined {
  return SPORTS_FORMS.get(norm);
}
