import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../../src/doc/doc.js';
import { defaultPipeline } from '../../src/pipeline/default.js';
import { isIndefinitePersonPlural, isNisbaAdverb, isPluralVerb } from '../../src/ner/common-nouns.js';

const pipeline = defaultPipeline();
function mentions(text: string): [string, string][] {
  return pipeline.run(new Doc(text, { source: 'test' })).get('entities').map((e) => [e.text, e.type]);
}

/**
 * My own sentences → the entities expected. The tagger marks the adverb, the plural noun or the
 * plural verb in the first four as a name; names the gazetteers know that end the same way stay.
 */
const CASES: [string, [string, string][]][] = [
  ['وقال مهندسون يعملون في المشروع إن الجسر سيفتتح قريبا.', []],
  ['وأكد منظمون للمهرجان أن عدد الزوار تجاوز مليونا.', []],
  ['وقد أصبح المرشح رئاسيا رسميا بعد أسبوعين فقط.', []],
  ['وقال الرئيسان في مؤتمر صحفي إنهما يلتزمان بالاتفاق.', []],
  ['وزار الوفد روسيا أمس.', [['روسيا', 'LOC']]],
  ['وقال حسين سلمان إن الاتفاق تم تدريجيا.', [['حسين سلمان', 'PER']]],
  ['ووصل عدنان إلى كوريا الجنوبية أمس.', [['عدنان', 'PER'], ['كوريا الجنوبية', 'LOC']]],
];

for (const [text, expected] of CASES) {
  test(`tagger names that are common words: «${text}»`, () => {
    assert.deepEqual(mentions(text), expected);
  });
}

/** [word, indefinite plural of a noun for people, plural verb]. */
const WORDS: [string, boolean, boolean][] = [
  ['مهندسون', true, false],
  ['ومتظاهرين', true, false],
  ['يلتقيان', false, true],
  ['وتؤمنان', false, true],
  ['يلتزمون', false, true],
  // Names ending in ون/ان/ين: no frequent participle or verb behind them.
  ['مارون', false, false],
  ['ياسين', false, false],
  ['عدنان', false, false],
  ['سلمان', false, false],
  ['تطوان', false, false],
];

for (const [word, plural, verb] of WORDS) {
  test(`${word}: plural noun for people ${plural}, plural verb ${verb}`, () => {
    assert.equal(isIndefinitePersonPlural(word), plural);
    assert.equal(isPluralVerb(word), verb);
  });
}

/** [word, adverb]: with the article's letters only the tanween makes an adverb. */
const ADVERBS: [string, boolean][] = [
  ['فولكلوريا', true],
  ['الكترونياً', true],
  ['المنيا', false],
  ['والمنيا', false],
];

for (const [word, adverb] of ADVERBS) {
  test(`${word}: nisba adverb ${adverb}`, () => {
    assert.equal(isNisbaAdverb(word), adverb);
  });
}
