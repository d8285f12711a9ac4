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
