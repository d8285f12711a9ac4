import type { Annotator } from '../../pipeline/pipeline.js';
import type { NisbaMention } from '../../doc/types.js';
import { nameLexicon } from '../../ner/gazetteer.js';
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
    const lex = nameLexicon();
    const out: NisbaMention[] = [];
    for (const t of doc.get('tokens')) {
      if (t.kind !== 'word') continue;
      let entry = lex.nisbas.get(t.norm);
      let start = t.start;
      if (!entry && startsWithConjunction(t.norm) && t.norm.length > 4) {
        entry = lex.nisbas.get(t.norm.slice(1));
        start = t.start + 1;
      }
      if (entry) out.push({ start, end: t.end, text: doc.text.slice(start, t.end), id: entry.id, name: entry.name });
    }
    doc.set('nisbas', out);
  },
};
