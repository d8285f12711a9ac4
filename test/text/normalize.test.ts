import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { normalize, normalizeWithMap, toOriginal, stripDiacritics, isArabicLetter } from '../../src/text/normalize.js';

// [input, normalised, what it exercises]
const CASES: [string, string, string][] = [
  ['مُحَمَّدٌ', 'محمد', 'harakat, shadda and tanwin dropped'],
  ['كِتَابًا', 'كتابا', 'fathatan dropped'],
  ['الرَّحْمٰنِ', 'الرحمن', 'superscript alef and sukun dropped'],
  ['مـــصـــر', 'مصر', 'tatweel dropped'],
  ['أحمد', 'احمد', 'alef with hamza above'],
  ['إسرائيل', 'اسراييل', 'alef with hamza below, yaa with hamza'],
  ['آسيا', 'اسيا', 'alef madda'],
  ['ٱلله', 'الله', 'alef wasla'],
  ['مصطفى', 'مصطفي', 'alef maqsura → yaa'],
  ['مدينة', 'مدينه', 'taa marbuta → haa'],
  ['مؤتمر', 'موتمر', 'waw with hamza'],
  ['رئيس', 'رييس', 'yaa with hamza'],
  ['ایران', 'ايران', 'Persian yeh'],
  ['کابل', 'كابل', 'Persian keheh'],
  ['٢٠٢٤', '2024', 'Arabic-Indic digits'],
  ['۱۴۰۳', '1403', 'Persian digits'],
  ['12/٠٣/2024', '12/03/2024', 'mixed digits'],
  ['«السلام»', '"السلام"', 'guillemets'],
  ['“نعم” و‘لا’', '"نعم" و\'لا\'', 'curly quotes'],
  ['ناتو–روسيا—أوروبا', 'ناتو-روسيا-أوروبا'.replace('أ', 'ا'), 'en and em dashes'],
  ['\u200fموسكو\u200e', 'موسكو', 'RLM / LRM marks dropped'],
  ['\u202bنص\u202c', 'نص', 'bidi embedding marks dropped'],
  ['\u2067نص\u2069', 'نص', 'bidi isolates dropped'],
  ['كلـ\u200cمة', 'كلمه', 'ZWNJ and tatweel dropped'],
  ['\ufeffبداية', 'بدايه', 'BOM dropped'],
  ['\ufefb', 'لا', 'lam-alef ligature (presentation form)'],
  ['\ufe8d\ufedf\ufee4\ufed8\ufe8e\ufedf\ufe94', 'المقاله', 'presentation forms B fold to letters'],
  ['NATO Summit', 'nato summit', 'Latin lower-cased'],
  ['قال، ثم؛ لماذا؟', 'قال، ثم؛ لماذا؟', 'Arabic punctuation kept'],
  ['a\u00a0b', 'a b', 'no-break space → space'],
];

describe('normalize', () => {
  for (const [input, expected, what] of CASES) {
    test(`${what}: ${JSON.stringify(input)}`, () => {
      assert.equal(normalize(input), expected);
      assert.equal(normalizeWithMap(input).text, expected, 'normalizeWithMap agrees with normalize');
    });
  }

  test('is idempotent', () => {
    for (const [input] of CASES) assert.equal(normalize(normalize(input)), normalize(input));
  });

  test('returns the same string when nothing changes', () => {
    const s = 'كتاب جديد';
    assert.equal(normalize(s), s);
  });

  test('stripDiacritics keeps hamza carriers and taa marbuta', () => {
    assert.equal(stripDiacritics('أَحْمَدُ فِي المَدِينَةِ'), 'أحمد في المدينة');
  });

  test('isArabicLetter', () => {
    assert.equal(isArabicLetter('ب'), true);
    assert.equal(isArabicLetter('b'), false);
    assert.equal(isArabicLetter('٣'), false);
  });
});

describe('normalizeWithMap / toOriginal', () => {
  test('map has one entry per output char plus the end', () => {
    for (const [input] of CASES) {
      const n = normalizeWithMap(input);
      assert.equal(n.map.length, n.text.length + 1);
      assert.equal(n.map[n.text.length], input.length);
      for (let i = 1; i < n.map.length; i++) assert.ok(n.map[i] >= n.map[i - 1], 'map is monotone');
    }
  });

  // [original text, word searched in the normalised text, expected original surface]
  const ROUND_TRIPS: [string, string, string][] = [
    ['وصل الرَّئِيسُ إلى القاهرة', 'الرييس', 'الرَّئِيسُ'],
    ['في مـــؤتـــمر صحفي', 'موتمر', 'مـــؤتـــمر'],
    ['قال \u200fأحمد\u200f أمس', 'احمد', 'أحمد'],
    ['عام ٢٠٢٤ م', '2024', '٢٠٢٤'],
    ['رسالة «عاجلة» اليوم', '"عاجله"', '«عاجلة»'],
    ['\ufeb3\ufefc\ufee1 عليكم', 'سلام', '\ufeb3\ufefc\ufee1'],
    ['Hello NATO!', 'nato', 'NATO'],
  ];
  for (const [original, needle, surface] of ROUND_TRIPS) {
    test(`projects "${needle}" back onto ${JSON.stringify(surface)}`, () => {
      const n = normalizeWithMap(original);
      const at = n.text.indexOf(needle);
      assert.ok(at >= 0, `"${needle}" found in "${n.text}"`);
      const span = toOriginal(n, at, at + needle.length);
      assert.equal(original.slice(span.start, span.end), surface);
    });
  }

  test('every normalised char maps back to an original char that normalises to it', () => {
    const original = 'إِنَّ الـمُؤْتَمَرَ انعقد في ٣ آذار ﻻ غير «نعم» — \u200fتمامًا';
    const n = normalizeWithMap(original);
    for (let i = 0; i < n.text.length; i++) {
      const { start, end } = toOriginal(n, i, i + 1);
      assert.ok(end > start);
      assert.ok(normalize(original.slice(start, end)).includes(n.text[i]), `char ${i} "${n.text[i]}"`);
    }
  });

  test('an empty span projects to an empty span', () => {
    const n = normalizeWithMap('نص');
    const span = toOriginal(n, 1, 1);
    assert.equal(span.start, span.end);
  });

  test('keeps case when asked', () => {
    assert.equal(normalizeWithMap('NATO', { lowercase: false }).text, 'NATO');
  });
});
