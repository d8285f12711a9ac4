import type { Language } from '../doc/types.js';

/**
 * Script-based language identification for a paragraph: enough to mark embedded
 * English text (a tweet) or a Persian/Urdu source line inside an Arabic article.
 * Arabic script with letters that Arabic does not use (پ چ ژ گ ک ی ے ہ ں ٹ ڈ ڑ ۀ)
 * is Persian/Urdu ('fa'); mostly Latin letters is English ('en': the only Latin-script
 * language Arabic news embeds often enough to matter); anything else is 'other'.
 */

const PERSIAN_URDU_SET = new Set([0x067e, 0x0686, 0x0698, 0x06af, 0x06a9, 0x06cc, 0x06d2, 0x06c1, 0x06ba, 0x0679, 0x0688, 0x0691, 0x06c0, 0x06be]);

/** Characters examined: a paragraph's language is settled well within this many. */
const SAMPLE = 600;

export function identifyLanguage(text: string): Language {
  let arabic = 0;
  let latin = 0;
  let persian = 0;
  const n = Math.min(text.length, SAMPLE);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x0600 && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc)) {
      arabic++;
      if (PERSIAN_URDU_SET.has(c)) persian++;
    } else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
  }
  if (arabic === 0 && latin === 0) return 'other';
  if (latin > arabic) return 'en';
  // Persian/Urdu-only letters: a handful in a paragraph is decisive (Arabic never uses them).
  if (persian >= 2 && persian / arabic > 0.03) return 'fa';
  return 'ar';
}
