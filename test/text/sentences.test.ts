import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { splitParagraphs, splitSentences } from '../../src/text/sentences.js';

function sentences(text: string): string[] {
  return splitSentences(text, splitParagraphs(text)).map((s) => text.slice(s.start, s.end));
}

// [text, expected sentences, what it exercises]
const CASES: [string, string[], string][] = [
  ['وصل الوزير إلى الرياض. وعقد اجتماعا مع نظيره.', ['وصل الوزير إلى الرياض.', 'وعقد اجتماعا مع نظيره.'], 'full stop'],
  ['هل انتهت الأزمة؟ لا أحد يعرف.', ['هل انتهت الأزمة؟', 'لا أحد يعرف.'], 'Arabic question mark'],
  ['يا له من يوم! ثم عاد الهدوء.', ['يا له من يوم!', 'ثم عاد الهدوء.'], 'exclamation mark'],
  ['قال الوزير، في مؤتمر صحفي، إن المحادثات مستمرة؛ وأضاف أنها صعبة.', ['قال الوزير، في مؤتمر صحفي، إن المحادثات مستمرة؛ وأضاف أنها صعبة.'], 'comma and semicolon do not end a sentence'],
  ['وقال: «لن نتراجع أبدا.» ثم غادر القاعة.', ['وقال: «لن نتراجع أبدا.»', 'ثم غادر القاعة.'], 'closing guillemet stays with its sentence'],
  ['وقال: "انتهى الاجتماع." وغادر.', ['وقال: "انتهى الاجتماع."', 'وغادر.'], 'closing straight quote stays with its sentence'],
  ['ارتفع المؤشر 3.5 في المئة اليوم. وتراجع النفط.', ['ارتفع المؤشر 3.5 في المئة اليوم.', 'وتراجع النفط.'], 'decimal number'],
  ['وقع الانفجار في الساعة 9:21:37 صباحا. ولم تقع إصابات.', ['وقع الانفجار في الساعة 9:21:37 صباحا.', 'ولم تقع إصابات.'], 'clock time'],
  ['عقد الاجتماع في 12/01/2022 في بروكسل. وانتهى مساء.', ['عقد الاجتماع في 12/01/2022 في بروكسل.', 'وانتهى مساء.'], 'date with slashes'],
  ['عقد الاجتماع في 12.1.2022 في بروكسل. وانتهى مساء.', ['عقد الاجتماع في 12.1.2022 في بروكسل.', 'وانتهى مساء.'], 'date with dots'],
  ['صرح د. خالد العمري بأن الوضع مستقر. وأكد ذلك الوزير.', ['صرح د. خالد العمري بأن الوضع مستقر.', 'وأكد ذلك الوزير.'], 'Arabic abbreviation د.'],
  ['The U.S. delegation arrived. Talks began.', ['The U.S. delegation arrived.', 'Talks began.'], 'Latin initials U.S.'],
  ['Dr. Smith spoke first. Then the minister.', ['Dr. Smith spoke first.', 'Then the minister.'], 'Latin abbreviation Dr.'],
  ['انتظروا... ثم جاء الخبر.', ['انتظروا...', 'ثم جاء الخبر.'], 'ellipsis run'],
  ['ماذا؟! لا يمكن.', ['ماذا؟!', 'لا يمكن.'], 'mixed terminator run'],
  ['المحور الأول\nالمحور الثاني', ['المحور الأول', 'المحور الثاني'], 'each line is a paragraph'],
  ['أهم النقاط:\n- خفض التصعيد\n- تبادل الأسرى\n• استئناف الحوار', ['أهم النقاط:', '- خفض التصعيد', '- تبادل الأسرى', '• استئناف الحوار'], 'bullet and list lines'],
  ['1. الانسحاب\n2. وقف إطلاق النار', ['1. الانسحاب', '2. وقف إطلاق النار'], 'numbered list lines'],
  ['موقع example.com يعمل. نعم.', ['موقع example.com يعمل.', 'نعم.'], 'dot inside a domain name'],
  ['بلا علامة في النهاية', ['بلا علامة في النهاية'], 'no terminator'],
  ['ارتفع العدد إلى 25. وقال الوزير إن الوضع مستقر.', ['ارتفع العدد إلى 25.', 'وقال الوزير إن الوضع مستقر.'], 'a number ends a sentence mid-line'],
  ['انتهى الاجتماع.وبدأ المؤتمر الصحفي.', ['انتهى الاجتماع.', 'وبدأ المؤتمر الصحفي.'], 'full stop glued to the next word'],
  ['ألغت شبكة إن.بي.سي تغطيتها. وقال متحدث إن القرار نهائي.', ['ألغت شبكة إن.بي.سي تغطيتها.', 'وقال متحدث إن القرار نهائي.'], 'transliterated acronym إن.بي.سي'],
  ['أطلقت إل.جي هاتفا جديدا.', ['أطلقت إل.جي هاتفا جديدا.'], 'transliterated acronym إل.جي'],
  ['قال أ. د. محمد علي إن البحث اكتمل.', ['قال أ. د. محمد علي إن البحث اكتمل.'], 'title abbreviations أ. د.'],
  ['وذكرت الوكالة (د ب أ). ثم أضافت.', ['وذكرت الوكالة (د ب أ).', 'ثم أضافت.'], 'full stop after a closing bracket'],
  ['بات چیت جاری رہے گی۔ وزیر نے کہا۔', ['بات چیت جاری رہے گی۔', 'وزیر نے کہا۔'], 'Urdu full stop'],
  ['  \n\n  ', [], 'blank text'],
];

describe('splitSentences', () => {
  for (const [text, expected, what] of CASES) {
    test(`${what}`, () => assert.deepEqual(sentences(text), expected));
  }

  test('sentences know their paragraph', () => {
    const text = 'أولى. ثانية.\n\nثالثة.';
    const paragraphs = splitParagraphs(text);
    assert.equal(paragraphs.length, 2);
    assert.deepEqual(splitSentences(text, paragraphs).map((s) => s.paragraph), [0, 0, 1]);
  });
});

describe('splitParagraphs', () => {
  test('trims whitespace and skips blank lines', () => {
    const text = '  أول سطر  \r\n\n\t\nثاني سطر\n';
    const got = splitParagraphs(text).map((p) => text.slice(p.start, p.end));
    assert.deepEqual(got, ['أول سطر', 'ثاني سطر']);
  });
});
