import { test, describe, after } from 'node:test';
import assert from 'node:assert/strict';
import { segmentations, stripProclitics, lightStem, startsWithConjunction, hasConjunction, dropConjunction } from '../../src/text/clitics.js';
import { setLexicon } from '../../src/text/lexicon.js';
import { normalize } from '../../src/text/normalize.js';

// Proclitics are stripped only when the shipped frequency lexicon supports the split.
// [word, stem after stripProclitics (article kept), proclitic length]
const SPLITS: [string, string, number][] = [
  ['وموسكو', 'موسكو', 1],
  ['ولندن', 'لندن', 1],
  ['وواشنطن', 'واشنطن', 1],
  ['وبغداد', 'بغداد', 1],
  ['ومصر', 'مصر', 1],
  ['لمصر', 'مصر', 1],
  ['بالناتو', 'الناتو', 1],
  ['والناتو', 'الناتو', 1],
  ['وبالحكومة', 'الحكومه', 2],
  ['فالرئيس', 'الرييس', 1],
  ['كالعادة', 'العاده', 1],
  ['والمفاوضات', 'المفاوضات', 1],
  ['وسيعلن', 'سيعلن', 1],
  // An unseen name behind the conjunction: و is far likelier than a name starting with و.
  ['وستولتنبرغ', 'ستولتنبرغ', 1],
];

// [word, stem with the article stripped too]. The article goes only when the lexicon prefers
// the bare stem; a contracted لل cannot keep it. (lightStem always drops a leading ال.)
const ARTICLE_SPLITS: [string, string][] = [
  ['للحكومة', 'حكومه'],
  ['وللحكومة', 'حكومه'],
  ['للناتو', 'ناتو'],
  ['فالرئيس', 'رييس'],
];

/** Words whose first letters only look like clitics: they must stay whole. */
const WHOLE = ['بروكسل', 'بولندا', 'لبنان', 'فرنسا', 'كندا', 'وارسو', 'بريطانيا', 'ليبيا', 'فلسطين', 'بكين', 'لندن', 'كييف', 'فيينا', 'بغداد', 'فنلندا', 'كوريا', 'بيروت', 'كابول', 'فيتنام', 'بلجيكا'];

describe('stripProclitics', () => {
  for (const [word, stem, prefixLength] of SPLITS) {
    test(`${word} → ${word.slice(0, prefixLength)} + ${stem}`, () => {
      assert.deepEqual(stripProclitics(word), { stem, prefixLength });
    });
  }
  for (const [word, stem] of ARTICLE_SPLITS) {
    test(`with the article: ${word} → ${stem}`, () => {
      assert.equal(stripProclitics(word, { article: true }).stem, stem);
    });
  }
  test('للحكومة keeps its contracted article unless asked', () => {
    assert.deepEqual(stripProclitics('للحكومة'), { stem: 'للحكومه', prefixLength: 0 });
  });
  for (const word of WHOLE) {
    test(`${word} stays whole`, () => {
      assert.deepEqual(stripProclitics(word), { stem: normalize(word), prefixLength: 0 });
      assert.equal(stripProclitics(word, { article: true }).prefixLength, 0);
    });
  }
  test('the prefix length counts characters of the normalised word', () => {
    const word = 'وبالحكومة';
    const { stem, prefixLength } = stripProclitics(word);
    assert.equal(normalize(word).slice(prefixLength), stem);
  });
});

describe('segmentations', () => {
  // [word, proclitics, stem, enclitic] of the best analysis
  const BEST: [string, string[], string, string | null][] = [
    ['وموسكو', ['و'], 'موسكو', null],
    ['بالناتو', ['ب', 'ال'], 'ناتو', null],
    ['للحكومة', ['ل', 'ال'], 'حكومه', null],
    ['وبالحكومة', ['و', 'ب', 'ال'], 'حكومه', null],
    ['والمفاوضات', ['و', 'ال'], 'مفاوضات', null],
    ['وسيعلن', ['و', 'س'], 'يعلن', null],
    ['كتابه', [], 'كتاب', 'ه'],
    ['وكتابهم', ['و'], 'كتاب', 'هم'],
    ['اجتماعاتهم', [], 'اجتماعات', 'هم'],
  ];
  for (const [word, proclitics, stem, enclitic] of BEST) {
    test(`${word} → ${[...proclitics, stem, enclitic].filter(Boolean).join(' + ')}`, () => {
      const best = segmentations(word)[0];
      assert.deepEqual([best.proclitics, best.stem, best.enclitic], [proclitics, stem, enclitic]);
    });
  }
  for (const word of WHOLE) {
    test(`${word}: the whole word is the best analysis`, () => {
      const best = segmentations(word)[0];
      assert.deepEqual([best.proclitics, best.stem, best.enclitic], [[], normalize(word), null]);
    });
  }
  test('the future marker س needs an imperfect verb prefix', () => {
    for (const s of segmentations('وسلام')) assert.ok(!s.proclitics.includes('س'), JSON.stringify(s));
  });
  test('every analysis covers the word, the unsplit word is always there, and the list is sorted', () => {
    for (const word of [...WHOLE, ...SPLITS.map(([w]) => w), 'وبالمفاوضات', 'فسيكتبونها']) {
      const all = segmentations(word);
      const w = normalize(word);
      assert.ok(all.some((s) => s.proclitics.length === 0 && s.enclitic === null && s.stem === w), 'whole word present');
      for (const s of all) {
        assert.equal(s.prefixLength + s.stem.length + s.suffixLength, w.length, JSON.stringify(s));
        assert.ok(s.stem.length >= 2);
      }
      for (let i = 1; i < all.length; i++) assert.ok(all[i - 1].score >= all[i].score);
    }
  });
});

describe('lightStem', () => {
  // Variants of one word must meet on one stem (search and clustering rely on it).
  const SAME: [string, string][] = [
    ['وموسكو', 'موسكو'],
    ['الأطلسي', 'الاطلسي'],
    ['بالناتو', 'الناتو'],
    ['للحكومة', 'الحكومة'],
    ['والمفاوضات', 'مفاوضات'],
    ['المُؤتَمَر', 'المؤتمر'],
  ];
  for (const [a, b] of SAME) test(`${a} ~ ${b}`, () => assert.equal(lightStem(a), lightStem(b)));
  test('short words are only normalised', () => assert.equal(lightStem('إلى'), 'الي'));
  test('a whole name is not stripped of its first letters', () => {
    for (const w of ['بروكسل', 'بولندا', 'فرنسا', 'وارسو']) assert.equal(lightStem(w), normalize(w));
  });
});

describe('clitic analysis follows its lexicon (tiny test lexicon)', () => {
  after(() => setLexicon(null));
  test('without a lexicon entry for the stem, a known word is not split', () => {
    setLexicon(new Map([['بروكسل', 50]]));
    assert.deepEqual(stripProclitics('بروكسل'), { stem: 'بروكسل', prefixLength: 0 });
  });
  test('a frequent stem licenses the split', () => {
    setLexicon(new Map([['كسل', 5000], ['بروكسل', 50]]));
    // With a lexicon that (wrongly) prefers كسل, the split follows the data: the decision is lexical, not blind.
    assert.equal(stripProclitics('وكسل').stem, 'كسل');
    setLexicon(new Map([['موسكو', 100]]));
    assert.deepEqual(stripProclitics('وموسكو'), { stem: 'موسكو', prefixLength: 1 });
    assert.deepEqual(stripProclitics('بموسكو'), { stem: 'موسكو', prefixLength: 1 });
  });
});

// [normalised word, starts with و/ف, long enough to carry the conjunction, without it]
const CONJUNCTIONS: [string, boolean, boolean, string][] = [
  ['وقال', true, true, 'قال'],
  ['فاكد', true, true, 'اكد'],
  ['والرييس', true, true, 'الرييس'],
  // Three letters or fewer: too short to be conjunction + stem, so the word stays whole.
  ['وفي', true, false, 'وفي'],
  ['فقط', true, false, 'فقط'],
  ['و', true, false, 'و'],
  ['قال', false, false, 'قال'],
  ['الوزير', false, false, 'الوزير'],
  ['', false, false, ''],
];

describe('the conjunction proclitic و/ف', () => {
  for (const [word, starts, carries, without] of CONJUNCTIONS) {
    test(`${word || '(empty)'}`, () => {
      assert.equal(startsWithConjunction(word), starts);
      assert.equal(hasConjunction(word), carries);
      assert.equal(dropConjunction(word), without);
    });
  }
});
