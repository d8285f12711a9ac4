import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../../src/doc/doc.js';
import { segmentAnnotator } from '../../src/annotate/text/segment.js';
import { timexAnnotator } from '../../src/annotate/time/timex.js';
import { extractEvents, type EventOptions } from '../../src/annotate/events/events.js';
import type { EntityMention, EventMention } from '../../src/doc/types.js';

/** Events of a text with the segment and time layers (and optional entities), all kept unless told. */
function events(text: string, entities?: EntityMention[], options: EventOptions = {}): EventMention[] {
  const doc = new Doc(text, { source: 'test', published: '2015-07-21' });
  segmentAnnotator.run(doc);
  timexAnnotator.run(doc);
  if (entities) doc.set('entities', entities);
  return extractEvents(doc, options);
}

function entity(text: string, surface: string, type: EntityMention['type'], id: string): EntityMention {
  const start = text.indexOf(surface);
  return { start, end: start + surface.length, text: surface, type, id, name: id };
}

/**
 * Words that are political triggers in one sense only: [sentence, type, expected actors and
 * targets, or null when the sentence holds no event of that type]. My own sentences.
 */
const SENSES: [string, string, { actors: string[]; targets: string[] } | null][] = [
  ['وقعت مصر اتفاقية تعاون مع السودان.', 'AGREE', { actors: ['Egypt'], targets: ['Sudan'] }],
  ['وقع انفجار قرب السفارة الفرنسية في بغداد.', 'AGREE', null],
  ['وأعرب الرئيس اليمني عن استيائه من الهجوم الذي وقع في عدن.', 'AGREE', null],
  ['عرضت تركيا على روسيا الوساطة في الأزمة.', 'AGREE', { actors: ['Turkey'], targets: ['Russia'] }],
  ['عرض التلفزيون الروسي صورا من المعرض.', 'AGREE', null],
  ['تراجعت الحكومة المصرية عن قرار رفع الأسعار.', 'CONCEDE', { actors: ['Egypt'], targets: [] }],
  ['تراجع مؤشر البورصة المصرية بنسبة اثنين في المئة.', 'CONCEDE', null],
  ['طالبت فرنسا إيران بالإفراج عن المعتقلين.', 'REQUEST', { actors: ['France'], targets: ['Iran'] }],
  ['حصل طالب أردني على منحة دراسية في ألمانيا.', 'REQUEST', null],
  ['وتقدمت الشركة الصينية بطلب ترخيص في مصر.', 'REQUEST', null],
  ['طردت روسيا السفير البريطاني من موسكو.', 'SANCTION', { actors: ['Russia'], targets: ['United Kingdom'] }],
  ['وتبيع الشركة الأمريكية طلاء يطرد الماء.', 'SANCTION', null],
  ['بحثت مصر والأردن العلاقات الثنائية.', 'CONSULT', { actors: ['Egypt'], targets: ['Jordan'] }],
  ['وخرج السكان بحثا عن المفقودين في سوريا.', 'CONSULT', null],
  ['ونظمت الأمم المتحدة المعرض بالتعاون مع فرنسا.', 'COOPERATE', null],
  ['عقدت الحكومة اللبنانية جلستها من دون توافق.', 'REJECT', null],
  ['ويأتي ذلك استعدادا لزيارة الرئيس الفرنسي إلى مصر.', 'AGREE', null],
  ['أبدت إيران استعدادها للحوار مع السعودية.', 'AGREE', { actors: ['Iran'], targets: ['Saudi Arabia'] }],
  ['ووقف الجنود الأتراك حذراً على الحدود مع سوريا.', 'THREATEN', null],
  ['وجاء النجاح بدعم من الحكومة السعودية.', 'SUPPORT', null],
  ['ودعمت السعودية الحكومة اليمنية.', 'SUPPORT', { actors: ['Saudi Arabia'], targets: ['Yemen'] }],
  ['ونظم العراقيون مسيرة احتجاجية في بغداد.', 'PROTEST', { actors: ['Iraq'], targets: [] }],
  ['وشارك الأطفال السعوديون في مسيرة كرنفالية.', 'PROTEST', null],
  ['وافقت مصر على المقترح الأمريكي.', 'AGREE', { actors: ['Egypt'], targets: [] }],
  ['في ذلك اليوم الذي وافق 26 يوليو 1956 أعلنت مصر قرارها.', 'AGREE', null],
  ['هاتف الرئيس الفرنسي نظيره المصري.', 'CONSULT', { actors: ['France'], targets: ['Egypt'] }],
  ['وعرضت الشركة اليابانية أول هاتف محمول في تركيا.', 'CONSULT', null],
  ['كشفت الشركة الصينية عن تقنية ستحدث ثورة في البناء.', 'CONSULT', null],
  ['وسيتحدث الرئيس المصري مع نظيره الفرنسي غدا.', 'CONSULT', { actors: ['Egypt'], targets: ['France'] }],
  ['وتحدث الرئيس الفرنسي إلى نظيره الأمريكي.', 'CONSULT', { actors: ['France'], targets: ['United States'] }],
  ['وتحدث الوزير المصري عن أهمية الاستثمار في التعليم.', 'CONSULT', null],
  ['وتحدثت وسائل الإعلام الإيرانية عن موجة أمطار.', 'CONSULT', null],
  ['ويتحدث الرئيس التركي اللغة العربية بطلاقة.', 'CONSULT', null],
  ['أسئلة تجعل المرء يبحث في الغاية الإيرانية من ذلك.', 'CONSULT', null],
  ['ودعا السفير السعودي الحضور إلى حفل عشاء في القاهرة.', 'REQUEST', null],
  ['ودعت فرنسا روسيا إلى وقف إطلاق النار.', 'REQUEST', { actors: ['France'], targets: ['Russia'] }],
  ['وحذرت الأرصاد السعودية من الأمطار الغزيرة والسيول.', 'THREATEN', null],
  ['وحذرت وزارة الصحة المصرية من انتشار فيروس جديد.', 'THREATEN', null],
  ['وحذرت إيران السعودية من عواقب التصعيد.', 'THREATEN', { actors: ['Iran'], targets: ['Saudi Arabia'] }],
  ['واستنكرت الأردن قرار إسرائيل بإغلاق المسجد.', 'ACCUSE', { actors: ['Jordan'], targets: ['Israel'] }],
];

describe('events: who acts', () => {
  it('a name after a locative noun is the place (شمال الكاميرون)', () => {
    const e = events('ونفذ مسلحون هجوما انتحاريا شمال العراق.', undefined, { keepActorless: true }).find((x) => x.type === 'ASSAULT')!;
    assert.ok(!e.actors.includes('Iraq'));
    assert.equal(e.location, 'Iraq');
  });

  it('an accusative participle (مطالبا) belongs to the subject before it; the name after is its object', () => {
    const e = events('وانتقد الرئيس التونسي الوضع، مطالبا ليبيا بوقف القتال.').find((x) => x.type === 'REQUEST')!;
    assert.deepEqual(e.actors, ['Tunisia']);
    assert.deepEqual(e.targets, ['Libya']);
  });
});

describe('events: one sense of ambiguous trigger words', () => {
  for (const [text, type, expected] of SENSES) {
    it(`${expected ? type : 'no ' + type}: ${text}`, () => {
      if (!expected) {
        // No trigger of that type at all, whatever its participants or modality.
        const e = events(text, undefined, { keepActorless: true, keepNegated: true, keepHypothetical: true }).find((x) => x.type === type);
        assert.equal(e, undefined, `unexpected ${type} «${e?.trigger.text}»`);
        return;
      }
      const e = events(text).find((x) => x.type === type);
      assert.ok(e, `no ${type}`);
      assert.deepEqual(e.actors, expected.actors);
      for (const t of expected.targets) assert.ok(e.targets.includes(t), `target ${t} missing from ${JSON.stringify(e.targets)}`);
    });
  }
});

describe('events: context of the report', () => {
  it('a sports report has no political events, the same verb in news has', () => {
    assert.deepEqual(events('وفي مباراة الدوري هاجم لاعب المنتخب السعودي مدرب النادي بعد المباراة.'), []);
    assert.equal(events('هاجم الجيش السعودي مواقع الحوثيين.')[0]?.type, 'ASSAULT');
  });

  it('a month name tagged as a name is not a participant', () => {
    const text = 'وشنت حركة الشباب هجوما في كينيا في أبريل (نيسان) الماضي.';
    const [e] = events(text, [entity(text, 'حركة الشباب', 'ORG', 'al-Shabaab'), entity(text, 'نيسان', 'ORG', 'nissan')]);
    assert.equal(e.type, 'ASSAULT');
    assert.deepEqual(e.actors, ['al-Shabaab']);
    assert.ok(!e.targets.includes('nissan'));
  });

  it('a trigger word that is a name (نادي التعاون) is no event', () => {
    const text = 'وأعلن التعاون تعاقده مع مدرب جديد.';
    const all = { keepActorless: true };
    assert.ok(events(text, [], all).some((e) => e.type === 'COOPERATE'));
    assert.ok(!events(text, [entity(text, 'التعاون', 'ORG', 'al-Taawoun')], all).some((e) => e.type === 'COOPERATE'));
  });
});

describe('events: negation of sense-checked triggers', () => {
  const all = { keepNegated: true, keepHypothetical: true, keepActorless: true };
  const CASES: [string, string, boolean][] = [
    ['لم توقع إسرائيل الاتفاقية حتى الآن.', 'AGREE', true],
    ['لن تنسحب القوات الأمريكية من العراق.', 'RETREAT', true],
    ['لم تتراجع الحكومة التركية عن قرارها.', 'REJECT', false],
    ['طالبت مصر بعدم التصعيد في ليبيا.', 'REQUEST', false],
  ];
  for (const [text, type, negated] of CASES) {
    it(`${type} negated=${negated}: ${text}`, () => {
      const e = events(text, undefined, all).find((x) => x.type === type);
      assert.ok(e, `no ${type} in ${JSON.stringify(events(text, undefined, all).map((x) => x.type))}`);
      assert.equal(e.negated, negated);
    });
  }

  it('a negated event is left out by default', () => {
    assert.ok(!events('لم توقع إسرائيل الاتفاقية حتى الآن.').some((e) => e.type === 'AGREE'));
  });
});
