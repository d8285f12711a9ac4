import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { identifyLanguage } from '../../src/text/langid.js';
import type { Language } from '../../src/doc/types.js';

// [paragraph, language, what it exercises]
const CASES: [string, Language, string][] = [
  ['أعلنت وزارة الخارجية اليوم عن زيارة مرتقبة للوزير إلى العاصمة.', 'ar', 'Arabic paragraph'],
  ['قال الرئيس في تغريدة على تويتر: "We stand with our allies"، مؤكدا دعمه.', 'ar', 'Arabic with a short English quote'],
  ['وسم #NATO و @SecState على تويتر أمس', 'ar', 'Arabic with a hashtag and a handle'],
  ['We will not accept any threat to our security. Talks continue tomorrow. #NATO', 'en', 'English tweet'],
  ['NATO and Russia held talks in Brussels on Wednesday.', 'en', 'English sentence'],
  ['وزیر امور خارجه ایران گفت که مذاکرات ادامه خواهد یافت.', 'fa', 'Persian line'],
  ['پاکستان کے وزیر خارجہ نے کہا کہ بات چیت جاری رہے گی۔', 'fa', 'Urdu line'],
  ['Министр иностранных дел заявил о переговорах.', 'other', 'Russian (Cyrillic)'],
  ['外交部长今天表示', 'other', 'Chinese'],
  ['12/03/2024 — 09:30', 'other', 'digits and punctuation only'],
  ['', 'other', 'empty'],
];

describe('identifyLanguage', () => {
  for (const [text, lang, what] of CASES) {
    test(`${what} → ${lang}`, () => assert.equal(identifyLanguage(text), lang));
  }
  test('one Persian letter in an Arabic paragraph (a transliterated name) stays Arabic', () => {
    assert.equal(identifyLanguage('التقى الوزير بنظيره الباكستاني في إسلام آباد وبحثا ملفات گوادر والتعاون الاقتصادي بين البلدين.'), 'ar');
  });
});

describe('language per paragraph in the segment layer', () => {
  test('an embedded English tweet and a Persian source line are marked', async () => {
    const { Doc } = await import('../../src/doc/doc.js');
    const { segmentAnnotator } = await import('../../src/annotate/text/segment.js');
    const text = [
      'نشر وزير الخارجية تغريدة على حسابه قال فيها:',
      'We will keep talking until the very last minute. Diplomacy works. #Peace',
      'وزیر امور خارجه گفت که گفتگوها ادامه خواهد یافت.',
      'وأكد الوزير لاحقا أن الحوار سيستمر.',
    ].join('\n');
    const doc = new Doc(text, { source: 'langid.txt' });
    segmentAnnotator.run(doc);
    assert.deepEqual(doc.get('paragraphs').map((p) => p.lang), ['ar', 'en', 'fa', 'ar']);
  });
});
