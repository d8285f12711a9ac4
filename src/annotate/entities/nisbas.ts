import type { Annotator } from '../../pipeline/pipeline.js';
import type { NisbaMention } from '../../doc/types.js';
import { nameLexicon, type NameEntry } from '../../ner/gazetteer.js';
import { lexemeSlot } from '../../text/lexeme.js';
import { startsWithConjunction } from '../../text/clitics.js';

/**
 * Nisba adjectives (الروسي، الأميركية، وأوكرانية) mapped to their country, for actor attribution.
 * They are not entity mentions. A leading conjunction و/ف is left out of the span.
 */
export const nisbasAnnotator: Annotator = {
  name: 'nisbas',
  requires: ['tokens'],
  assigns: ['nisbas'],
  run(doc) {
    const out: NisbaMention[] = [];
    const tokens = doc.get('tokens');
    const lexemes = doc.has('lexemes') ? doc.get('lexemes') : null;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (t.kind !== 'word') continue;
      const nisba = lexemes ? nisbaOfLexeme(lexemes[i]) : nisbaOf(t.norm);
      if (!nisba) continue;
      const start = t.start + nisba.conjunction;
      out.push({ start, end: t.end, text: doc.text.slice(start, t.end), id: nisba.entry.id, name: nisba.entry.name });
    }
    doc.set('nisbas', out);
  },
};

/** The country a word is the nisba of, and whether a conjunction is attached (false: none). */
function nisbaOf(norm: string): { entry: NameEntry; conjunction: 0 | 1 } | false {
  const lex = nameLexicon();
  const entry = lex.nisbas.get(norm);
  if (entry) return { entry, conjunction: 0 };
  if (startsWithConjunction(norm) && norm.length > 4) {
    const rest = lex.nisbas.get(norm.slice(1));
    if (rest) return { entry: rest, conjunction: 1 };
  }
  return false;
}

/** `nisbaOf` kept on the word type (the shared name lexicon is fixed for the process). */
const nisbaOfLexeme = lexemeSlot(nisbaOf);
