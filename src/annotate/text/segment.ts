import type { Annotator } from '../../pipeline/pipeline.js';
import type { Token } from '../../doc/types.js';
import { splitParagraphs, splitSentences } from '../../text/sentences.js';
import { identifyLanguage } from '../../text/langid.js';
import { tokenize, tokenNorm } from '../../text/tokenize.js';
import { lexemeOf, type Lexeme } from '../../text/lexeme.js';

/** Paragraphs (with language), sentences and tokens: the text layer every other annotator reads. */
export const segmentAnnotator: Annotator = {
  name: 'segment',
  requires: [],
  assigns: ['paragraphs', 'sentences', 'tokens', 'lexemes'],
  run(doc) {
    const text = doc.text;
    const paragraphs = splitParagraphs(text);
    for (const p of paragraphs) p.lang = identifyLanguage(text.slice(p.start, p.end));
    const sentences = splitSentences(text, paragraphs);
    const tokens: Token[] = [];
    const lexemes: Lexeme[] = [];
    for (let si = 0; si < sentences.length; si++) {
      const s = sentences[si];
      for (const t of tokenize(text, s.start, s.end)) {
        const norm = tokenNorm(text.slice(t.start, t.end), t.kind);
        tokens.push({ start: t.start, end: t.end, kind: t.kind, norm, sentence: si });
        lexemes.push(lexemeOf(norm));
      }
    }
    doc.set('paragraphs', paragraphs);
    doc.set('sentences', sentences);
    doc.set('tokens', tokens);
    doc.set('lexemes', lexemes);
  },
};
