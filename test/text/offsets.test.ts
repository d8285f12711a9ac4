import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../../src/doc/doc.js';
import { segmentAnnotator } from '../../src/annotate/text/segment.js';
import { toDoc } from '../../src/ingest/to-doc.js';
import { normalize, normalizeWithMap, toOriginal } from '../../src/text/normalize.js';
import type { Span } from '../../src/doc/types.js';
import { seedTexts, saudiNewsNetSample } from '../helpers.js';

/**
 * Property-style checks of the text layer over real articles: the seeds and a sample of
 * SaudiNewsNet (both read from ../shared, skipped when absent). Each article is checked
 * twice: as raw text and after the article cleaning that builds the Doc.
 */

const WHITESPACE = /[\s\u200b-\u200f\u202a-\u202e\u2066-\u2069\u061c\u2060]/;
/** Whitespace and invisible format marks: no span needs to cover them. */
const BLANK = /[\s\u200b-\u200f\u202a-\u202e\u2066-\u2069\u061c\u2060]/g;

function assertWellFormed(text: string, spans: Span[], what: string, name: string): void {
  let last = 0;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    const at = `${name} ${what}[${i}] [${s.start},${s.end})`;
    assert.ok(s.start >= 0 && s.end <= text.length, `${at} inside the text`);
    assert.ok(s.end > s.start, `${at} non-empty`);
    assert.ok(s.start >= last, `${at} in order and not overlapping the previous one`);
    const surface = text.slice(s.start, s.end);
    assert.ok(!WHITESPACE.test(surface[0]) && !WHITESPACE.test(surface[surface.length - 1]), `${at} has no surrounding whitespace: ${JSON.stringify(surface)}`);
    last = s.end;
  }
}

function checkText(text: string, name: string): void {
  const doc = new Doc(text, { source: name });
  segmentAnnotator.run(doc);
  const paragraphs = doc.get('paragraphs');
  const sentences = doc.get('sentences');
  const tokens = doc.get('tokens');
  assertWellFormed(text, paragraphs, 'paragraph', name);
  assertWellFormed(text, sentences, 'sentence', name);
  assertWellFormed(text, tokens, 'token', name);

  for (const s of sentences) {
    const p = paragraphs[s.paragraph];
    assert.ok(p && p.start <= s.start && s.end <= p.end, `${name}: sentence inside its paragraph`);
  }
  // Every visible character of a paragraph is in a sentence, and of a sentence in a token.
  const covered = new Uint8Array(text.length);
  for (const t of tokens) {
    const s = sentences[t.sentence];
    assert.ok(s && s.start <= t.start && t.end <= s.end, `${name}: token ${JSON.stringify(text.slice(t.start, t.end))} inside its sentence`);
    covered.fill(1, t.start, t.end);
  }
  for (const s of sentences) {
    for (let i = s.start; i < s.end; i++) {
      if (!covered[i] && !WHITESPACE.test(text[i])) {
        assert.fail(`${name}: char ${JSON.stringify(text[i])} (U+${text.charCodeAt(i).toString(16)}) at ${i} is in no token`);
      }
    }
  }
  let inSentences = 0;
  for (const p of paragraphs) inSentences += text.slice(p.start, p.end).replace(BLANK, '').length;
  let sentenceChars = 0;
  for (const s of sentences) sentenceChars += text.slice(s.start, s.end).replace(BLANK, '').length;
  assert.equal(sentenceChars, inSentences, `${name}: sentences cover their paragraphs`);

  // Normalisation round trip: each token's normalised span maps back inside the token.
  const norm = normalizeWithMap(text);
  const normStart = new Int32Array(text.length + 1).fill(-1);
  for (let i = norm.text.length - 1; i >= 0; i--) normStart[norm.map[i]] = i;
  let cursor = 0;
  for (const t of tokens) {
    // First and one-past-last normalised chars whose origin lies in the token.
    while (cursor < norm.text.length && norm.map[cursor] < t.start) cursor++;
    let end = cursor;
    while (end < norm.text.length && norm.map[end] < t.end) end++;
    const surface = text.slice(t.start, t.end);
    assert.equal(norm.text.slice(cursor, end), normalize(surface), `${name}: normalised text of ${JSON.stringify(surface)}`);
    if (end > cursor) {
      const back = toOriginal(norm, cursor, end);
      assert.ok(back.start >= t.start && back.end <= t.end, `${name}: ${JSON.stringify(surface)} maps back inside the token`);
      assert.equal(normalize(text.slice(back.start, back.end)), normalize(surface));
    }
    if (t.kind === 'word') assert.equal(t.norm, normalize(surface));
  }
}

const seeds = seedTexts();
describe('text layer offsets over the seed articles', { skip: seeds.length === 0 && '../shared/seeds not found' }, () => {
  for (const { name, text } of seeds) {
    test(`${name} (raw)`, () => checkText(text, name));
    test(`${name} (cleaned Doc)`, () => checkText(toDoc({ source: name, text }).text, name));
  }
});

const sample = saudiNewsNetSample(300);
describe('text layer offsets over SaudiNewsNet articles', { skip: sample.length === 0 && '../shared/data/news/saudinewsnet not found' }, () => {
  test(`${sample.length} sampled articles (raw and cleaned)`, () => {
    for (const [i, r] of sample.entries()) {
      const name = r.url ?? `saudinewsnet#${i}`;
      checkText(r.content, name);
      checkText(toDoc({ source: name, text: r.content, title: r.title }).text, name);
    }
  });
});

describe('text layer offsets over generated text', () => {
  // Pieces that stress the segmenter: letters with diacritics and tatweel, digits of three
  // scripts, terminators, quotes, bidi marks, emoji (surrogate pairs, ZWJ), URLs, handles, newlines.
  const PIECES = [
    'قال', 'الوزيرُ', 'مـــصر', 'إنّ', 'د.', 'U.S.', 'NATO', 'ﻻ', '٣٫٥', '12/01/2022', '9:21:37', '3.5', '۱۴۰۳',
    '.', '..', '...', '؟', '!', '،', '؛', ':', '«', '»', '"', '“', '”', '(', ')', '-', '—', '•', '#وسم', '@user_1',
    'https://example.com/a?b=1.', 'info@example.org', '😀', '👨‍👩‍👧', '🇸🇦', '\u200f', '\u200e', '\u202b', '\u2067', '\ufeff', '\u200c', '\u200d', 'می\u200cخواهم',
    ' ', ' ', ' ', '  ', '\n', '\n\n', '\t', '\u00a0', '\r\n', 'ـ', 'ً', '٪', '%', '&', '\ud83d', '\udc4d',
  ];
  // A small deterministic PRNG (mulberry32) so failures are reproducible.
  function random(seed: number): () => number {
    return () => {
      seed |= 0;
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  test('500 random texts', () => {
    const rnd = random(20240312);
    for (let n = 0; n < 500; n++) {
      const length = 1 + Math.floor(rnd() * 60);
      let text = '';
      for (let i = 0; i < length; i++) text += PIECES[Math.floor(rnd() * PIECES.length)];
      checkText(text, `generated #${n} ${JSON.stringify(text)}`);
    }
  });
});
