import { test, describe, after } from 'node:test';
import assert from 'node:assert/strict';
import { lexemeOf, lexemeSlot } from '../../src/text/lexeme.js';
import { setLexicon } from '../../src/text/lexicon.js';
import { Doc } from '../../src/doc/doc.js';
import { segmentAnnotator } from '../../src/annotate/text/segment.js';

describe('lexemes', () => {
  after(() => setLexicon(null));

  test('one lexeme per normalised form; every token of a document gets its own', () => {
    assert.equal(lexemeOf('موسكو'), lexemeOf('موسكو'));
    assert.notEqual(lexemeOf('موسكو'), lexemeOf('لندن'));
    const doc = new Doc('قال الوزير في موسكو إن الوزير سيزور لندن.', { source: 't' });
    segmentAnnotator.run(doc);
    const tokens = doc.get('tokens');
    const lexemes = doc.get('lexemes');
    assert.equal(lexemes.length, tokens.length);
    tokens.forEach((t, i) => assert.equal(lexemes[i].norm, t.norm));
    // الوزير twice: one shared object.
    const at = tokens.map((t) => t.norm).flatMap((n, i) => (n === 'الوزير' ? [i] : []));
    assert.equal(at.length, 2);
    assert.equal(lexemes[at[0]], lexemes[at[1]]);
  });

  test('a slot computes once per word type and keeps the result on the lexeme', () => {
    let calls = 0;
    const length = lexemeSlot((norm) => {
      calls++;
      return norm.length;
    });
    const lex = lexemeOf('بروكسل');
    assert.equal(length(lex), 6);
    assert.equal(length(lexemeOf('بروكسل')), 6);
    assert.equal(calls, 1);
  });

  test('another lexicon makes remembered values stale: old lexemes recompute, the table starts afresh', () => {
    let stamp = 0;
    const stamped = lexemeSlot(() => ++stamp);
    const before = lexemeOf('الناتو');
    assert.equal(stamped(before), 1);
    assert.equal(stamped(before), 1);
    setLexicon(new Map([['الناتو', 10]]));
    assert.equal(stamped(before), 2, 'a lexeme from before the change is not trusted');
    const after = lexemeOf('الناتو');
    assert.notEqual(after, before);
    assert.equal(stamped(after), 3);
    assert.equal(stamped(after), 3);
  });
});
