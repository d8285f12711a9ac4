import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../../src/doc/doc.js';
import { Pipeline } from '../../src/pipeline/pipeline.js';
import { defaultPipeline } from '../../src/pipeline/default.js';
import { publishedAnnotator } from '../../src/annotate/time/published.js';
import { timexAnnotator } from '../../src/annotate/time/timex.js';
import type { DocMeta } from '../../src/doc/types.js';
import { adoptPublishedFromRelated } from '../../src/time/reanchor.js';

const timePipeline = new Pipeline([publishedAnnotator, timexAnnotator]);

function run(text: string, meta: Partial<DocMeta> = {}): Doc {
  return timePipeline.run(new Doc(text, { source: 'test', ...meta }));
}

function dateOf(doc: Doc, text: string): string | null | undefined {
  return doc.get('dates').find((d) => d.text === text)?.value;
}

/** Short articles written for these tests: [name, text, expected published, certainty, evidence]. */
const STATED: [string, string, string, string][] = [
  [
    'metadata row with a clock time',
    'الوزير يلتقي نظيره في العاصمة\n\nprofile\n  • clock 7 ديسمبر 2021, 9:21:37 ص\n  • eye 120\n\nالرياض: التقى الوزير نظيره يوم الاثنين في العاصمة.',
    '2021-12-07',
    '7 ديسمبر 2021, 9:21:37 ص',
  ],
  [
    'agency source parenthesis with a stray hamza',
    'الوزارة تعلن خطة جديدة للنقل العام\n\n(صحيفة المساء / وكالة الأنباء - 5 آذار 2023ء) أعلنت وزارة النقل اليوم الأحد عن خطة جديدة لتطوير شبكة الحافلات في المدن الكبرى خلال الأعوام المقبلة.',
    '2023-03-05',
    '5 آذار 2023ء',
  ],
  [
    'date opening the title line',
    'اليوم الخميس الموافق : 02/03/2023 اجتماع طارئ لمجلس الأمن لبحث الأزمة الإنسانية في المنطقة :\nعقد المجلس جلسة مطولة استمرت ثلاث ساعات.',
    '2023-03-02',
    'اليوم الخميس الموافق : 02/03/2023',
  ],
  [
    'dateline with a Hijri date line',
    'افتتاح معرض الكتاب\n15 شوال 1436 هـ\nافتتح أمير المنطقة مساء أمس معرض الكتاب الدولي.',
    '2015-07-31',
    '15 شوال 1436 هـ',
  ],
  [
    'numeric date and city dateline',
    'ارتفاع أسعار النفط\n12/01/2022 - لندن:\nارتفعت أسعار النفط اليوم بنسبة اثنين في المائة.',
    '2022-01-12',
    '12/01/2022',
  ],
];

describe('publication date stated in the text', () => {
  for (const [name, text, published, evidence] of STATED) {
    it(name, () => {
      const doc = run(text);
      assert.equal(doc.meta.published, published);
      assert.equal(doc.meta.publishedCertainty, 'stated');
      assert.equal(doc.meta.publishedEvidence, evidence);
      assert.ok(text.includes(doc.meta.publishedEvidence!));
    });
  }

  it('keeps the stated clock time', () => {
    const doc = run(STATED[0][1]);
    assert.equal(doc.meta.publishedTime, '2021-12-07T09:21:37');
    assert.equal(dateOf(doc, 'يوم الاثنين'), '2021-12-06');
  });

  it('resolves relative expressions against the stated date (weekday named on the day itself)', () => {
    const doc = run(STATED[1][1]);
    assert.equal(dateOf(doc, 'اليوم الأحد'), '2023-03-05');
  });

  it('reads removed page-chrome lines first', () => {
    const doc = run('الحكومة تقر الميزانية\n\nأقرت الحكومة أمس الميزانية العامة للدولة.', {
      removed: ['مشاركة', 'آخر تحديث: 15 مايو 2022', 'اقرأ أيضا'],
    });
    assert.equal(doc.meta.published, '2022-05-15');
    assert.equal(doc.meta.publishedCertainty, 'stated');
    assert.equal(doc.meta.publishedEvidence, '15 مايو 2022');
    assert.equal(dateOf(doc, 'أمس'), '2022-05-14');
  });
});

describe('publication date inferred from the text', () => {
  it('"اليوم الجمعة" and an embedded tweet dated that Friday', () => {
    const text =
      'الحلف مستعد للحوار\nوقال المتحدث اليوم الجمعة إن الحلف مستعد للحوار مع جميع الأطراف.\n' +
      'We are ready for talks.\n— Spokesperson (@spokesperson) March 3, 2023\nوأضاف أن الاجتماع سيعقد الأسبوع المقبل.';
    const doc = run(text);
    assert.equal(doc.meta.published, '2023-03-03');
    assert.equal(doc.meta.publishedCertainty, 'inferred');
    assert.match(doc.meta.publishedEvidence!, /اليوم الجمعة/);
    assert.equal(dateOf(doc, 'الأسبوع المقبل'), '2023-W10');
  });

  it('"أمس الثلاثاء" next to a date that is a Tuesday: written the next day', () => {
    const text = 'وزير الخارجية في جولة\nأجرى الوزير أمس الثلاثاء اتصالا هاتفيا بنظيره، بعد زيارته العاصمة في 7 مارس 2023 حيث التقى بالمسؤولين.';
    const doc = run(text);
    assert.equal(doc.meta.published, '2023-03-08');
    assert.equal(doc.meta.publishedCertainty, 'inferred');
    assert.equal(dateOf(doc, 'أمس الثلاثاء'), '2023-03-07');
  });

  it('a bare weekday that matches the latest date, with a month named as current', () => {
    const text = 'المجلس يجتمع\nعقد المجلس اجتماعه يوم الأربعاء في مقره، وهو الاجتماع الذي كان مقررا في 15 مارس 2023 منذ الشهر الماضي، ضمن اجتماعات مارس الجاري.';
    const doc = run(text);
    assert.equal(doc.meta.published, '2023-03-15');
    assert.equal(doc.meta.publishedCertainty, 'inferred');
  });
});

describe('no publication date: never guess', () => {
  it('only relative expressions: published stays null and values stay null', () => {
    const doc = run('الرئيس يزور المدينة\nزار الرئيس اليوم المدينة، وقال يوم الأربعاء إن الأسبوع المقبل سيشهد افتتاح المشروع.');
    assert.equal(doc.meta.published, null);
    assert.equal(doc.meta.publishedCertainty, null);
    assert.ok(doc.diagnostics.some((d) => d.code === 'I_TIME_PUBLISHED_UNKNOWN'));
    for (const d of doc.get('dates')) assert.equal(d.value, null, d.text);
  });

  it('a date inside a long body sentence is not a stated publication date', () => {
    const text =
      'تقرير اقتصادي\nأشار التقرير الذي أعدته الهيئة العامة للإحصاء بعد دراسة مطولة إلى أن معدلات النمو التي سجلت في 3 مارس 2020 كانت الأدنى منذ عقد كامل من الزمن بحسب الخبراء.';
    const doc = run(text);
    assert.equal(doc.meta.published, null);
    assert.equal(dateOf(doc, '3 مارس 2020'), '2020-03-03');
  });

  it('a historical date in a short line is not a publication date', () => {
    const doc = run('ذكرى الثورة\n23 يوليو 1952\nيحتفل المصريون بذكرى الثورة.');
    assert.equal(doc.meta.published, null);
  });
});

describe('metadata publication date', () => {
  it('is kept, and relative dates resolve against it', () => {
    const doc = run('اليوم الأربعاء الموافق : 12/01/2022 اجتماع\nوقال الوزير أمس إن', { published: '2022-03-01', publishedCertainty: 'metadata' });
    assert.equal(doc.meta.published, '2022-03-01');
    assert.equal(doc.meta.publishedCertainty, 'metadata');
    assert.equal(dateOf(doc, 'أمس'), '2022-02-28');
  });

  it('an invalid metadata date is reported and replaced by the text', () => {
    const doc = run('خبر\n12/01/2022\nنص الخبر.', { published: '2022-13-45' });
    assert.ok(doc.diagnostics.some((d) => d.code === 'W_TIME_PUBLISHED_INVALID'));
    assert.equal(doc.meta.published, '2022-01-12');
  });
});

describe('timex annotator', () => {
  it('reports invalid dates as diagnostics and keeps offsets exact', () => {
    const text = 'في 31/02/2022 وقع الحادث، وفي 12 يناير 2022 عاد الهدوء.';
    const doc = run(text);
    assert.ok(doc.diagnostics.some((d) => d.code === 'W_TIME_INVALID_DATE' && d.origin === 'timex'));
    for (const d of doc.get('dates')) assert.equal(text.slice(d.start, d.end), d.text);
    assert.deepEqual(doc.get('dates').map((d) => d.value), ['2022-01-12']);
  });

  it('runs in the default pipeline after segmentation', () => {
    const names = defaultPipeline().annotators.map((a) => a.name);
    assert.ok(names.indexOf('published') > names.indexOf('segment'));
    assert.ok(names.indexOf('timex') > names.indexOf('published'));
  });
});

describe('publication date from related articles (corpus stage)', () => {
  const related = ['2021-12-07', '2021-12-31', '2022-01-12'];
  it('adopts the related date its weekday references agree with, and re-resolves', () => {
    const doc = run('فشل الطرفان في حل الخلافات\nقال الأمين العام بعد مناقشات يوم الأربعاء إن الخلافات كبيرة، وأعربت الإدارة عن دعمها الأربعاء مشروع القانون.');
    assert.equal(doc.meta.published, null);
    assert.equal(dateOf(doc, 'يوم الأربعاء'), null);
    assert.equal(adoptPublishedFromRelated(doc, related, 'the same story'), true);
    assert.equal(doc.meta.published, '2022-01-12');
    assert.equal(doc.meta.publishedCertainty, 'inferred');
    assert.match(doc.meta.publishedEvidence!, /يوم الأربعاء/);
    assert.equal(dateOf(doc, 'يوم الأربعاء'), '2022-01-12');
  });
  it('adopts nothing without agreeing references, and never overrides a date', () => {
    const undated = run('خبر\nقال الوزير إن المحادثات مستمرة.');
    assert.equal(adoptPublishedFromRelated(undated, related), false);
    assert.equal(undated.meta.published, null);
    const dated = run('خبر\n12/01/2022\nقال الوزير يوم الجمعة إن المحادثات مستمرة.');
    assert.equal(adoptPublishedFromRelated(dated, related), false);
    assert.equal(dated.meta.published, '2022-01-12');
  });
});
