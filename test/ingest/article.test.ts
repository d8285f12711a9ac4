import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeArticle, AGENCIES } from '../../src/ingest/article.js';
import { toDoc, isoDay } from '../../src/ingest/to-doc.js';
import { splitParagraphs, splitSentences } from '../../src/text/sentences.js';
import { assertFixture, fixtureCases, seedTexts, saudiNewsNetSample } from '../helpers.js';

/**
 * Plain-text article cleaning on hand-written articles (test/fixtures/articles/<case>/):
 *  - spec.json (by hand): title, outlet, credits, dateline, body lines that must be kept and
 *    chrome that must be gone;
 *  - expected.json: snapshot of analyzeArticle's result (first run writes it, UPDATE=1 regenerates).
 */

interface Spec {
  title: string | null;
  outlet: string | null;
  credits: string[];
  dateline: string | null;
  keep: string[];
  gone: string[];
}

const cases = fixtureCases('articles');

describe('analyzeArticle fixtures', () => {
  test('there are fixture articles', () => assert.ok(cases.length >= 4));
  for (const { name, dir } of cases) {
    const input = readFileSync(join(dir, 'input.txt'), 'utf8');
    const spec = JSON.parse(readFileSync(join(dir, 'spec.json'), 'utf8')) as Spec;
    describe(name, () => {
      const parts = analyzeArticle(input);
      test('title, outlet, credits, dateline', () => {
        assert.equal(parts.title, spec.title, 'title');
        assert.equal(parts.outlet, spec.outlet, 'outlet');
        assert.deepEqual([...parts.credits].sort(), [...spec.credits].sort(), 'credits');
        assert.equal(parts.dateline, spec.dateline, 'dateline');
      });
      test('the title opens the cleaned text', () => {
        if (spec.title) assert.equal(parts.text.split('\n')[0], spec.title);
      });
      test('every body line and sentence is kept', () => {
        const lines = new Set(parts.text.split('\n'));
        for (const line of spec.keep) assert.ok(lines.has(line), `missing line: ${line}`);
        // And sentence by sentence: every sentence of the input body survives verbatim.
        for (const line of spec.keep) {
          for (const s of splitSentences(line, splitParagraphs(line))) assert.ok(parts.text.includes(line.slice(s.start, s.end)));
        }
      });
      test('chrome is gone and recorded as removed', () => {
        for (const s of spec.gone) assert.ok(!parts.text.includes(s), `chrome left: ${s}`);
        for (const s of spec.gone) {
          const needle = s.trim();
          assert.ok(parts.removed.some((r) => r.includes(needle)), `not recorded as removed: ${needle}`);
        }
      });
      test('snapshot', () => assertFixture(dir, parts));
    });
  }
});

describe('analyzeArticle rules', () => {
  // [chrome line, what it is]; each must be removed from an otherwise normal article.
  const CHROME: [string, string][] = [
    ['مشاركة', 'share label'],
    ['شارك:', 'share label with colon'],
    ['نسخ الرابط', 'copy link'],
    ['تم نسخ الرابط', 'copied notice'],
    ['رابط مختصر', 'short link'],
    ['طباعة', 'print'],
    ['فيسبوك | تويتر | واتساب', 'share bar with separators'],
    ['Facebook Twitter WhatsApp Telegram', 'Latin share bar'],
    ['2,345 مشاهدة', 'view counter'],
    ['عدد المشاهدات: ١٢٣', 'view counter with Arabic digits'],
    ['التعليقات مغلقة.', 'comments closed'],
    ['Comments are closed.', 'comments closed (English)'],
    ['التعليقات (0)', 'comment count'],
    ['أضف تعليق', 'add a comment'],
    ['Slide 3', 'slide label'],
    ['اقرأ أيضا', 'read also'],
    ['جميع الحقوق محفوظة © 2024', 'copyright'],
  ];
  const TITLE = 'وزير الخارجية يبحث مع نظيره ملفات التعاون';
  const BODY = 'بحث وزير الخارجية اليوم مع نظيره سبل تعزيز التعاون الثنائي.\nوأكد الجانبان أهمية الحوار.';
  for (const [line, what] of CHROME) {
    test(`removes ${what}: ${line}`, () => {
      const parts = analyzeArticle(`${TITLE}\n${BODY}\n${line}\n`);
      assert.equal(parts.text, `${TITLE}\n${BODY}`);
      assert.ok(parts.removed.includes(line));
    });
  }

  // Lines that look a little like chrome but are article text.
  const CONTENT = [
    'وشارك في الاجتماع ممثلون عن عشر دول.',
    'وقال إن مشاركة بلاده في القمة تأكيد على التزامها.',
    'وبلغ عدد المشاهدات في المتحف 5000 زائر يوميا خلال العطلة.',
    'ونشر الوزير تغريدة على تويتر أكد فيها دعمه للاتفاق.',
    '• وأعلنت الوزارة أن الإجراءات ستطبق على الجميع.',
  ];
  for (const line of CONTENT) {
    test(`keeps article text: ${line}`, () => {
      const parts = analyzeArticle(`${TITLE}\n${BODY}\n${line}\n`);
      assert.ok(parts.text.includes(line));
    });
  }

  // [source line, outlet, credits]
  const SOURCE_LINES: [string, string | null, string[]][] = [
    ['(الخليج نت / د ب أ - 12 آذار 2024)', 'الخليج نت', ['dpa']],
    ['(صوت الساحل - 3/4/2023)', 'صوت الساحل', []],
    ['(رويترز - 5 أيار 2022)', null, ['Reuters']],
    ['(النهار العربي / أ ف ب - الثلاثاء 12 آذار 2024)', 'النهار العربي', ['AFP']],
  ];
  for (const [line, outlet, credits] of SOURCE_LINES) {
    test(`source line ${line}`, () => {
      const parts = analyzeArticle(`${TITLE}\n${line}\n${BODY}`);
      assert.equal(parts.outlet, outlet);
      assert.deepEqual(parts.credits, credits);
      assert.ok(parts.text.includes(line), 'the source line stays in the text');
    });
  }

  test('a bracketed aside without a date is not a source line', () => {
    const parts = analyzeArticle(`${TITLE}\n(تفاصيل أخرى - لاحقا)\n${BODY}`);
    assert.equal(parts.outlet, null);
  });

  // [first body line, dateline]
  const DATELINES: [string, string | null][] = [
    ['موسكو: أعلن الكرملين اليوم موقفه.', 'موسكو'],
    ['الدار البيضاء - افتتح اليوم المعرض الدولي.', 'الدار البيضاء'],
    ['عمّان: انطلق اليوم الاجتماع الوزاري.', 'عمّان'],
    ['بَيروت - أعلنت الحكومة خطتها.', 'بَيروت'],
    ['وقال الوزير: إن المفاوضات مستمرة.', null],
    ['أعلنت الوزارة اليوم نتائج الامتحانات.', null],
  ];
  for (const [line, dateline] of DATELINES) {
    test(`dateline of "${line}"`, () => assert.equal(analyzeArticle(`${TITLE}\n${line}`).dateline, dateline));
  }

  // [credit as written, agency]
  const CREDITS: [string, string][] = [
    ['(د ب أ)', 'dpa'],
    ['(أ ف ب)', 'AFP'],
    ['(رويترز)', 'Reuters'],
    ['(واس)', 'SPA'],
    ['(كونا)', 'KUNA'],
  ];
  for (const [credit, agency] of CREDITS) {
    test(`credit ${credit} → ${agency}`, () => assert.deepEqual(analyzeArticle(`${TITLE}\n${BODY} ${credit}`).credits, [agency]));
  }
  test('agency mentions in the body: وكالة سبوتنيك, وكالة إنترفاكس', () => {
    const parts = analyzeArticle(`${TITLE}\nنقلت وكالة سبوتنيك عن مصدر أن الاجتماع انتهى، فيما ذكرت وكالة إنترفاكس أنه سيستأنف.`);
    assert.deepEqual(parts.credits.sort(), ['Interfax', 'Sputnik']);
  });
  test('every agency has at least one Arabic form', () => {
    for (const [name, forms] of Object.entries(AGENCIES)) assert.ok(forms.length > 0 && forms.every((f) => /[\u0621-\u064a]/.test(f)), name);
  });

  test('a title given by the metadata is used and opens the text', () => {
    const parts = analyzeArticle(BODY, { title: 'عنوان من البيانات الوصفية' });
    assert.equal(parts.title, 'عنوان من البيانات الوصفية');
    assert.equal(parts.text, `عنوان من البيانات الوصفية\n${BODY}`);
  });
  test('a single paragraph has no title', () => {
    assert.equal(analyzeArticle('بحث وزير الخارجية اليوم مع نظيره سبل التعاون').title, null);
  });
  test('Windows line endings are handled', () => {
    assert.equal(analyzeArticle(`${TITLE}\r\n${BODY.replace('\n', '\r\n')}\r\n`).text, `${TITLE}\n${BODY}`);
  });
});

describe('toDoc', () => {
  test('metadata from the raw article, cleaning from analyzeArticle', () => {
    const doc = toDoc({ source: 'x.json#0', text: 'عنوان الخبر هنا\nنص الخبر.\nنسخ الرابط', outlet: 'صوت الساحل', published: '2024-03-12T09:00:00Z' });
    assert.equal(doc.text, 'عنوان الخبر هنا\nنص الخبر.');
    assert.equal(doc.meta.outlet, 'صوت الساحل');
    assert.equal(doc.meta.published, '2024-03-12');
    assert.equal(doc.meta.publishedCertainty, 'metadata');
    assert.equal(doc.meta.publishedTime, '2024-03-12T09:00:00Z');
    assert.deepEqual(doc.meta.removed, ['نسخ الرابط']);
    assert.match(doc.meta.contentHash, /^[0-9a-f]{64}$/);
  });
  test('an unreadable published date is a diagnostic, not an error', () => {
    const doc = toDoc({ source: 'a.txt', text: 'عنوان\nنص.', published: 'قبل ساعتين' });
    assert.equal(doc.meta.published, null);
    assert.ok(doc.diagnostics.some((d) => d.code === 'W_BAD_PUBLISHED'));
  });
  test('replacement characters from a bad encoding are a diagnostic', () => {
    const doc = toDoc({ source: 'a.txt', text: 'عنوان الخبر\nنص \ufffd الخبر.' });
    assert.ok(doc.diagnostics.some((d) => d.code === 'W_INVALID_ENCODING'));
  });
  test('an article that is only chrome is a diagnostic', () => {
    const doc = toDoc({ source: 'a.txt', text: 'نسخ الرابط\nطباعة\n' });
    assert.equal(doc.text, '');
    assert.ok(doc.diagnostics.some((d) => d.code === 'E_INPUT_EMPTY' && d.severity === 'error'));
  });
  // [input, YYYY-MM-DD]
  const DAYS: [string, string | null][] = [
    ['2015-07-21 02:51:32', '2015-07-21'],
    ['2024-03-12T23:30:00+03:00', '2024-03-12'],
    ['Tue, 12 Mar 2024 10:00:00 GMT', '2024-03-12'],
    ['not a date', null],
    ['', null],
  ];
  for (const [input, day] of DAYS) test(`isoDay(${JSON.stringify(input)}) = ${day}`, () => assert.equal(isoDay(input), day));
});

describe('analyzeArticle over real articles', () => {
  /** Each input line is kept verbatim or recorded as removed (the audit trail), and chrome is always short. */
  function checkAccounted(raw: string, title: string | null, name: string): void {
    const parts = analyzeArticle(raw, { title });
    const kept = new Set(parts.text.split('\n'));
    for (const line of raw.split(/\r?\n/).map((l) => l.trim()).filter(Boolean)) {
      const accounted = kept.has(line) || parts.removed.includes(line) || parts.removed.some((r) => {
          // An icon-label row: the label is removed, its value kept (a date) or removed.
          const value = line.slice(r.length).trim();
          return line.startsWith(r) && (kept.has(value) || parts.removed.includes(value));
        });
      assert.ok(accounted, `${name}: line neither kept nor recorded as removed: ${line.slice(0, 80)}`);
    }
    for (const r of parts.removed) assert.ok(r.length <= 80, `${name}: a long line was removed as chrome: ${r.slice(0, 80)}`);
  }
  const seeds = seedTexts();
  test('the seed articles', { skip: seeds.length === 0 && '../shared/seeds not found' }, () => {
    for (const { name, text } of seeds) checkAccounted(text, null, name);
  });
  const sample = saudiNewsNetSample(300);
  test(`${sample.length} SaudiNewsNet articles`, { skip: sample.length === 0 && '../shared/data/news/saudinewsnet not found' }, () => {
    for (const [i, r] of sample.entries()) checkAccounted(r.content, r.title ?? null, r.url ?? `#${i}`);
  });
  test('a bulleted sub-headline above the article is kept; a short bullet label is not', () => {
    const parts = analyzeArticle('• محليات\n• انقطاع المياه عن أحياء شرق المدينة غدا\nأعلنت شركة المياه انقطاع الخدمة عن عدة أحياء لأعمال صيانة.');
    assert.ok(parts.text.includes('• انقطاع المياه عن أحياء شرق المدينة غدا'));
    assert.ok(!parts.text.includes('محليات'));
  });
});

describe('embedded foreign text survives cleaning and is marked', () => {
  test('an English tweet and an Urdu line in an Arabic article', async () => {
    const { segmentAnnotator } = await import('../../src/annotate/text/segment.js');
    const dir = fixtureCases('articles').find((c) => c.name === 'embedded-tweet-urdu')!.dir;
    const doc = toDoc({ source: 'embedded.txt', text: readFileSync(join(dir, 'input.txt'), 'utf8') });
    segmentAnnotator.run(doc);
    const langs = doc.get('paragraphs').map((p) => [doc.text.slice(p.start, p.start + 12), p.lang]);
    assert.deepEqual(langs.map(([, lang]) => lang), ['ar', 'ar', 'ar', 'ar', 'en', 'ar', 'fa', 'ar']);
  });
});
