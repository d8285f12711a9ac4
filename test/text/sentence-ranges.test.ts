import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../../src/doc/doc.js';
import { segmentAnnotator } from '../../src/annotate/text/segment.js';
import { sentenceRanges } from '../../src/text/sentence-ranges.js';

function tokensOf(text: string) {
  const doc = new Doc(text, { source: 'sentence-ranges.test' });
  segmentAnnotator.run(doc);
  return doc.get('tokens');
}

describe('sentenceRanges', () => {
  test('gives each sentence its token range [first, end), in text order', () => {
    const tokens = tokensOf('وصل الوزير. وعقد اجتماعا مع نظيره.\nثم غادر.');
    const ranges = sentenceRanges(tokens);
    assert.deepEqual([...ranges.entries()], [
      [0, { first: 0, end: 3 }],
      [1, { first: 3, end: 8 }],
      [2, { first: 8, end: 11 }],
    ]);
    for (const [sentence, { first, end }] of ranges) for (let i = first; i < end; i++) assert.equal(tokens[i].sentence, sentence);
  });

  test('is remembered per token list', () => {
    const tokens = tokensOf('جملة أولى. جملة ثانية.');
    assert.equal(sentenceRanges(tokens), sentenceRanges(tokens));
  });

  test('no tokens, no ranges', () => assert.equal(sentenceRanges([]).size, 0));
});
