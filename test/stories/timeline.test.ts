import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../../src/doc/doc.js';
import { segmentAnnotator } from '../../src/annotate/text/segment.js';
import { eventsAnnotator } from '../../src/annotate/events/events.js';
import { buildTimeline } from '../../src/corpus/timeline.js';
import { buildStory, storyRecord } from '../../src/corpus/story.js';

// My own three short reports of one diplomatic story from two outlets.
const A = 'عقد مجلس الأمن الدولي اجتماعا طارئا بين روسيا والولايات المتحدة لبحث الأزمة. وكانت روسيا قد هاجمت القرم في العام 2014. وفشل الاجتماع بين روسيا والولايات المتحدة في التوصل إلى اتفاق.';
const B = 'انعقد الاجتماع بين الولايات المتحدة وروسيا في نيويورك، ووصفت روسيا النقاش بأنه مناقشة بناءة. واتهمت واشنطن موسكو بحشد القوات على الحدود.';
const C = 'انعقد الاجتماع بين روسيا والولايات المتحدة يوم 13 كانون الثاني/يناير 2022 في نيويورك.';

function doc(text: string, source: string, outlet: string, published = '2022-01-12'): Doc {
  const d = new Doc(text, { source, outlet, published });
  segmentAnnotator.run(d);
  eventsAnnotator.run(d);
  return d;
}

describe('timeline', () => {
  const docs = [doc(A, 'a', 'outlet-1'), doc(B, 'b', 'outlet-2'), doc(C, 'c', 'outlet-2')];
  const timeline = buildTimeline(docs);

  it('merges the same meeting reported by several outlets into one entry', () => {
    const meeting = timeline.filter((t) => t.kind === 'event' && t.date === '2022-01-12' && t.events[0].type === 'CONSULT');
    assert.equal(meeting.length, 1);
    assert.deepEqual(meeting[0].documents.sort(), ['a', 'b']);
    assert.deepEqual(meeting[0].outlets.sort(), ['outlet-1', 'outlet-2']);
    assert.ok(meeting[0].evidence.length >= 2);
  });

  it('keeps past background, marked as such', () => {
    const crimea = timeline.find((t) => t.date === '2014');
    assert.ok(crimea);
    assert.equal(crimea.background, true);
    assert.equal(timeline.find((t) => t.date === '2022-01-12')!.background, false);
  });

  it('is in date order', () => {
    const dates = timeline.map((t) => t.date);
    assert.deepEqual(dates, dates.slice().sort());
  });

  it('story record follows the JSON Lines contract', () => {
    const rec = storyRecord(buildStory('s-test', docs));
    assert.equal(rec.kind, 'story');
    assert.equal(rec.id, 's-test');
    assert.deepEqual(rec.documents, ['a', 'b', 'c']);
    for (const t of rec.timeline as { date: string; summary: string; events: string[]; documents: string[] }[]) {
      assert.equal(typeof t.date, 'string');
      assert.equal(typeof t.summary, 'string');
      assert.ok(Array.isArray(t.events) && Array.isArray(t.documents));
    }
  });

  it('comparison shows conflicts in date and outcome, and framing cues per outlet', () => {
    const story = buildStory('s-test', docs);
    const c = story.comparison;
    assert.deepEqual(c.outlets.sort(), ['outlet-1', 'outlet-2']);
    assert.ok(c.conflicts.some((x) => x.kind === 'date'), JSON.stringify(c.conflicts));
    assert.ok(c.conflicts.some((x) => x.kind === 'outcome'), JSON.stringify(c.conflicts));
    assert.ok(c.framing['outlet-1'].some((x) => x.gloss === 'failure'));
    assert.ok(c.framing['outlet-2'].some((x) => x.gloss === 'constructive discussion'));
    assert.ok(c.singleOutlet.length > 0);
  });
});

describe('dated facts', () => {
  const published = '2024-09-01';
  const fact = (source: string, text: string) => {
    const d = new Doc(text, { source, outlet: source, published });
    segmentAnnotator.run(d);
    eventsAnnotator.run(d);
    return d;
  };

  it('joins two outlets on one date only when they tell the same fact, and quotes a late date', () => {
    const docs = [
      fact('a', 'يصادف يوم 20 أيلول 2024 الذكرى المئوية لتأسيس المكتبة الوطنية في المدينة القديمة.'),
      fact('b', 'وتنتهي مهلة تقديم طلبات المنح الدراسية للطلاب الجامعيين يوم 20 أيلول 2024.'),
      fact('c', 'الذكرى المئوية لتأسيس المكتبة الوطنية تحل في 20 أيلول 2024 وسط استعدادات واسعة.'),
      fact('d', 'وقالت إدارة المكتبة في بيان طويل نشرته على موقعها إن أعمال الترميم التي بدأت قبل عامين في المبنى التاريخي ستكتمل مع حلول 20 أيلول 2024 بعد تأخير طويل.'),
    ];
    assert.deepEqual(
      buildTimeline(docs).map((t) => [t.kind, t.date, t.documents, t.summary]),
      [
        ['fact', '2024-09-20', ['a', 'c'], 'يصادف يوم 20 أيلول 2024 الذكرى المئوية لتأسيس المكتبة الوطنية في المدينة القديمة.'],
        ['fact', '2024-09-20', ['b'], 'وتنتهي مهلة تقديم طلبات المنح الدراسية للطلاب الجامعيين يوم 20 أيلول 2024.'],
        ['fact', '2024-09-20', ['d'], '… بدأت قبل عامين في المبنى التاريخي ستكتمل مع حلول 20 أيلول 2024 بعد تأخير طويل.'],
      ],
    );
  });
});
