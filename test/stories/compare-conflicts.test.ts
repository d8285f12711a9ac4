import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../../src/doc/doc.js';
import { defaultPipeline } from '../../src/pipeline/default.js';
import { buildTimeline } from '../../src/corpus/timeline.js';
import { compareOutlets } from '../../src/corpus/compare.js';
import { outcomeCues } from '../../src/corpus/outcomes.js';
import { sentenceRanges } from '../../src/text/sentence-ranges.js';

/**
 * Outcome and participant conflicts across outlets, on short reports written for these tests:
 * the same meeting told as a failure and as an agreement, or with a different head of the same
 * delegation, is flagged; agreeing reports, a person only one outlet names, hoped-for outcomes
 * and different roles are not.
 */
const pipeline = defaultPipeline();
const doc = (outlet: string, text: string) => pipeline.run(new Doc(text, { source: outlet + '.txt', outlet, published: '2024-05-14' }));
const compare = (docs: Doc[]) => compareOutlets(docs, buildTimeline(docs));

const MEETING = 'عقد وزيرا خارجية مصر والأردن اجتماعا في القاهرة يوم الثلاثاء 14 أيار 2024 لبحث أزمة المياه.';

describe('outcome conflicts', () => {
  it('flags the same meeting told as a failure by one outlet and as an agreement by another, in their own words', () => {
    const a = doc('أ', `${MEETING} وفشل الاجتماع في التوصل إلى اتفاق، ووصلت المحادثات إلى طريق مسدود.`);
    const b = doc('ب', 'اتفق وزيرا خارجية مصر والأردن خلال اجتماعهما في القاهرة يوم الثلاثاء 14 أيار 2024 على خطة مشتركة لأزمة المياه، ووصف الجانبان المحادثات بأنها بناءة.');
    const outcome = compare([a, b]).conflicts.filter((c) => c.kind === 'outcome');
    assert.equal(outcome.length, 1, JSON.stringify(outcome));
    assert.deepEqual(outcome[0].values, { negative: ['أ'], positive: ['ب'] });
    assert.equal(outcome[0].date, '2024-05-14');
    assert.deepEqual(outcome[0].wording, { أ: ['وفشل', 'طريق مسدود'], ب: ['اتفق', 'بناءة'] });
  });

  it('reads a negated success as no result ("لم يتوصل")', () => {
    const a = doc('أ', `${MEETING} ولم يتوصل الاجتماع إلى أي اتفاق بشأن الأزمة.`);
    const b = doc('ب', `${MEETING} وكان الاجتماع مثمرا بحسب مصادر دبلوماسية.`);
    const outcome = compare([a, b]).conflicts.filter((c) => c.kind === 'outcome');
    assert.equal(outcome.length, 1, JSON.stringify(outcome));
    assert.deepEqual(outcome[0].wording, { أ: ['ولم يتوصل'], ب: ['مثمرا'] });
  });

  it('flags nothing when outlets agree, or one gives no outcome', () => {
    const a = doc('أ', `${MEETING} ونجح الاجتماع في التوصل إلى خطة مشتركة.`);
    const b = doc('ب', `${MEETING} ووصف الجانبان المحادثات بأنها بناءة.`);
    const c = doc('ج', `${MEETING} وتناول الاجتماع ملفات إقليمية عدة.`);
    assert.deepEqual(compare([a, b, c]).conflicts.filter((x) => x.kind === 'outcome'), []);
  });

  it('does not count a hoped-for or either-or outcome against a reported one', () => {
    const a = doc('أ', `${MEETING} وفشل الاجتماع في حل الخلافات.`);
    const b = doc('ب', `${MEETING} ويأمل الجانبان أن تكون المحادثات بناءة، وقال مسؤول إن الاجتماع مؤشر على نجاح أو فشل المسار.`);
    assert.deepEqual(compare([a, b]).conflicts.filter((x) => x.kind === 'outcome'), []);
  });
});

describe('outcome cues', () => {
  const cues = (text: string) => {
    const d = doc('أ', text);
    return [...sentenceRanges(d.layer('tokens')).values()].flatMap((r) => outcomeCues(d, r.first, r.end)).map((c) => `${c.polarity}:${c.text}`);
  };
  it('takes a failure to achieve something as one failure', () => {
    assert.deepEqual(cues('فشل الاجتماع في تحقيق أي انفراجة.'), ['negative:فشل']);
  });
  it('takes a purpose or a hope for no outcome', () => {
    assert.deepEqual(cues('عقد الجانبان اجتماعا للتوصل إلى اتفاق. ويتوقع الوفد مناقشة بناءة.'), []);
  });
  it('does not read غير أن (however) as negation', () => {
    assert.deepEqual(cues('طال الاجتماع، غير أن المحادثات كانت مثمرة.'), ['positive:مثمرة']);
  });
});

describe('participant conflicts', () => {
  it('flags a different head of the same country delegation for the same meeting', () => {
    const a = doc('أ', `${MEETING} وترأس الوفد الأردني وزير الخارجية أيمن الصفدي.`);
    const b = doc('ب', `${MEETING} وكان الوفد الأردني برئاسة وزير الخارجية ناصر جودة.`);
    const c = compare([a, b]);
    const conflicts = c.conflicts.filter((x) => x.kind === 'participants');
    assert.equal(conflicts.length, 1, JSON.stringify(conflicts));
    assert.deepEqual(conflicts[0].role, { kind: 'delegation-head', of: 'Jordan' });
    assert.deepEqual(conflicts[0].values, { 'أيمن الصفدي': ['أ'], 'ناصر جودة': ['ب'] });
    const row = c.participants.find((p) => p.date === '2024-05-14');
    assert.ok(row, JSON.stringify(c.participants));
    assert.deepEqual(Object.keys(row.outlets).sort(), ['أ', 'ب']);
    // Both heads are the conflict; they are not listed again as named by only some outlets.
    assert.deepEqual(row.namedBySome, []);
  });

  it('lists a person only one outlet names as such, without a conflict', () => {
    const a = doc('أ', `${MEETING} وترأس الوفد الأردني وزير الخارجية أيمن الصفدي، بحضور الأمين العام لجامعة الدول العربية أحمد أبو الغيط.`);
    const b = doc('ب', `${MEETING} وكان الوفد الأردني برئاسة وزير الخارجية أيمن الصفدي.`);
    const c = compare([a, b]);
    assert.deepEqual(c.conflicts.filter((x) => x.kind === 'participants'), []);
    const row = c.participants.find((p) => p.date === '2024-05-14');
    assert.ok(row, JSON.stringify(c.participants));
    assert.deepEqual(row.namedBySome.map((p) => [p.name, p.outlets]), [['أحمد أبو الغيط', ['أ']]]);
  });

  it('does not flag different roles: heads of different delegations, or a head against a participant', () => {
    const a = doc('أ', `${MEETING} وترأس الوفد الأردني وزير الخارجية أيمن الصفدي.`);
    const b = doc('ب', `${MEETING} وترأس الوفد المصري رئيس الوزراء مصطفى مدبولي، وشارك في الاجتماع وزير الخارجية الأردني أيمن الصفدي.`);
    const c = compare([a, b]);
    assert.deepEqual(c.conflicts.filter((x) => x.kind === 'participants'), []);
    const row = c.participants.find((p) => p.date === '2024-05-14');
    assert.ok(row, JSON.stringify(c.participants));
    const roles = (outlet: string) => row.outlets[outlet].filter((p) => p.role).map((p) => [p.name, p.role, p.of]);
    assert.deepEqual(roles('أ'), [['أيمن الصفدي', 'delegation-head', 'Jordan']]);
    assert.deepEqual(roles('ب'), [['مصطفى مدبولي', 'delegation-head', 'Egypt'], ['أيمن الصفدي', 'participant', null]]);
  });
});
