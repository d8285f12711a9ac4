import type { Language } from '../doc/types.js';

/**
 * Script-based language identification for a paragraph: enough to mark embedded
 * English text (a tweet) or a Persian/Urdu source line inside an Arabic article.
 * Arabic script with letters that Arabic does not use (پ چ ژ گ ک ی ے ہ ں ٹ ڈ ڑ ۀ)
 * is Persian/Urdu ('fa'); mostly Latin letters is English ('en': the only Latin-script
 * language Arabic news embeds often enough to matter); anything else is 'other'.
 */
const PERSIAN_URDU = /[\u067e\u0686\u0698\u06af\u06a9\u06cc\u06d2\u06c1\u06ba\u0679\u0688\u0691\u06c0\u06be]/g;
const ARABIC = /[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufefc]/g;
const LATIN = /[A-Za-z]/g;

export function identifyLanguage(text: string): Language {
  const arabic = count(text, ARABIC);
  const latin = count(text, LATIN);
  const persian = count(text, PERSIAN_URDU);
  if (arabic === 0 && latin === 0) return 'other';
  if (latin > arabic) return 'en';
  // Persian/Urdu-only letters: a handful in a paragraph is decisive (Arabic never uses them).
  if (persian >= 2 && persian / arabic > 0.03) return 'fa';
  return 'ar';
}

function count(s: string, re: RegExp): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(s)) n++;
  return n;
}
