import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize, tokenNorm } from '../../src/text/tokenize.js';
import type { TokenKind } from '../../src/doc/types.js';

/** Tokens of a text as [surface, kind] pairs. */
function tokens(text: string): [string, TokenKind][] {
  return tokenize(text).map((t) => [text.slice(t.start, t.end), t.kind]);
}

// [text, expected tokens, what it exercises]
const CASES: [string, [string, TokenKind][], string][] = [
  ['قال الوزير', [['قال', 'word'], ['الوزير', 'word']], 'Arabic words'],
  ['الرَّئِيسُ', [['الرَّئِيسُ', 'word']], 'diacritics stay inside the word'],
  ['مـــصـــر', [['مـــصـــر', 'word']], 'tatweel stays inside the word'],
  ['وزارة الخارجية.', [['وزارة', 'word'], ['الخارجية', 'word'], ['.', 'punct']], 'final full stop'],
  ['نعم، لا؛ لماذا؟', [['نعم', 'word'], ['،', 'punct'], ['لا', 'word'], ['؛', 'punct'], ['لماذا', 'word'], ['؟', 'punct']], 'Arabic punctuation'],
  ['بلغ 3.5 مليون', [['بلغ', 'word'], ['3.5', 'number'], ['مليون', 'word']], 'decimal number'],
  ['عند 9:21:37 صباحا', [['عند', 'word'], ['9:21:37', 'number'], ['صباحا', 'word']], 'clock time'],
  ['في 12/01/2022 و12.1.2022', [['في', 'word'], ['12/01/2022', 'number'], ['و', 'word'], ['12.1.2022', 'number']], 'dates with slashes and dots'],
  ['نحو 1,000 جندي', [['نحو', 'word'], ['1,000', 'number'], ['جندي', 'word']], 'thousands separator'],
  ['عام ٢٠٢٤', [['عام', 'word'], ['٢٠٢٤', 'number']], 'Arabic-Indic digits'],
  ['سنة ۱۴۰۳', [['سنة', 'word'], ['۱۴۰۳', 'number']], 'Persian digits'],
  ['قمة NATO في Brussels', [['قمة', 'word'], ['NATO', 'latin'], ['في', 'word'], ['Brussels', 'latin']], 'Latin words'],
  ["the minister's visit", [['the', 'latin'], ["minister's", 'latin'], ['visit', 'latin']], 'Latin apostrophe'],
  ['وسم #الناتو و#NATO', [['وسم', 'word'], ['#الناتو', 'hashtag'], ['و', 'word'], ['#NATO', 'hashtag']], 'hashtags'],
  ['كتب @SecState_1 اليوم', [['كتب', 'word'], ['@SecState_1', 'handle'], ['اليوم', 'word']], '@handles'],
  ['الرابط https://example.com/a/b?x=1.', [['الرابط', 'word'], ['https://example.com/a/b?x=1', 'url'], ['.', 'punct']], 'URL without its final full stop'],
  ['موقع www.example.org اليوم', [['موقع', 'word'], ['www.example.org', 'url'], ['اليوم', 'word']], 'www URL'],
  ['راسلونا info@news.example.com', [['راسلونا', 'word'], ['info@news.example.com', 'email']], 'email'],
  ['رائع 👍 جدا', [['رائع', 'word'], ['👍', 'emoji'], ['جدا', 'word']], 'emoji'],
  ['علم 🇸🇦', [['علم', 'word'], ['🇸🇦', 'symbol'], ['🇸🇦', 'symbol']].slice(0, 1) as [string, TokenKind][], 'flag emoji (checked separately)'],
  ['عائلة 👨‍👩‍👧', [['عائلة', 'word'], ['👨‍👩‍👧', 'emoji']], 'ZWJ emoji sequence is one token'],
  ['«السلام عليكم»', [['«', 'punct'], ['السلام', 'word'], ['عليكم', 'word'], ['»', 'punct']], 'guillemets'],
  ['(د ب أ)', [['(', 'punct'], ['د', 'word'], ['ب', 'word'], ['أ', 'word'], [')', 'punct']], 'agency credit in brackets'],
  ['نسبة 50%', [['نسبة', 'word'], ['50', 'number'], ['%', 'symbol']], 'percent sign'],
  ['الرابط https://t.co/xY7\u200f اليوم', [['الرابط', 'word'], ['https://t.co/xY7', 'url'], ['اليوم', 'word']], 'an RLM after a URL is not part of it'],
  ['شاهد https://t.co/xY7👇', [['شاهد', 'word'], ['https://t.co/xY7', 'url'], ['👇', 'emoji']], 'an emoji glued to a URL is not part of it'],
  ['می\u200cخواهم', [['می\u200cخواهم', 'word']], 'ZWNJ inside a word'],
  ['كلمة\u200c \u200dأخرى', [['كلمة', 'word'], ['أخرى', 'word']], 'ZWNJ/ZWJ at word edges are not part of the word'],
];

describe('tokenize', () => {
  for (const [text, expected, what] of CASES) {
    if (what.startsWith('flag')) continue;
    test(`${what}: ${JSON.stringify(text)}`, () => {
      assert.deepEqual(tokens(text), expected);
    });
  }

  test('a flag emoji is not lost and not merged with the word', () => {
    const t = tokens('علم 🇸🇦');
    assert.deepEqual(t[0], ['علم', 'word']);
    assert.ok(t.length >= 2);
    assert.equal(t.slice(1).map(([s]) => s).join(''), '🇸🇦');
  });

  test('skips whitespace of every kind, including bidi marks', () => {
    const text = 'أ\u00a0ب\u200fج\u2009د\tهـ\nو';
    const surfaces = tokens(text).map(([s]) => s);
    assert.deepEqual(surfaces, ['أ', 'ب', 'ج', 'د', 'هـ', 'و']);
  });

  test('tokenises a range of the text only, with offsets into the whole text', () => {
    const text = 'أولا. ثانيا جملة. ثالثا';
    const from = text.indexOf('ثانيا');
    const to = text.indexOf('. ثالثا') + 1;
    const got = tokenize(text, from, to).map((t) => text.slice(t.start, t.end));
    assert.deepEqual(got, ['ثانيا', 'جملة', '.']);
  });

  test('spans are in order, non-overlapping and never cover whitespace', () => {
    const text = 'قال د. أحمد (٦٥ عاما) في 12/01/2022: «نريد السلام» https://t.co/x #سلام @user 😀';
    let last = 0;
    for (const t of tokenize(text)) {
      assert.ok(t.start >= last && t.end > t.start);
      assert.doesNotMatch(text.slice(t.start, t.end), /\s/);
      last = t.end;
    }
  });
});

describe('tokenNorm', () => {
  const NORMS: [string, TokenKind, string][] = [
    ['الأَمِينُ', 'word', 'الامين'],
    ['NATO', 'latin', 'nato'],
    ['@SecBlinken', 'handle', '@secblinken'],
    ['#الأمم_المتحدة', 'hashtag', '#الامم_المتحده'],
    ['٢٠٢٢', 'number', '2022'],
    ['«', 'punct', '"'],
    ['https://Example.com', 'url', 'https://Example.com'],
  ];
  for (const [surface, kind, expected] of NORMS) {
    test(`${kind} ${surface} → ${expected}`, () => assert.equal(tokenNorm(surface, kind), expected));
  }
});
