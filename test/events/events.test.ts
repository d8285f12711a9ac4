import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../../src/doc/doc.js';
import { segmentAnnotator } from '../../src/annotate/text/segment.js';
import { eventsAnnotator, extractEvents, type EventOptions } from '../../src/annotate/events/events.js';
import type { EntityMention, EventMention, NisbaMention } from '../../src/doc/types.js';

function run(text: string, meta: { published?: string } = {}, layers: { entities?: EntityMention[]; nisbas?: NisbaMention[] } = {}, options?: EventOptions): EventMention[] {
  const doc = new Doc(text, { source: 'test', ...meta });
  segmentAnnotator.run(doc);
  if (layers.entities) doc.set('entities', layers.entities);
  if (layers.nisbas) doc.set('nisbas', layers.nisbas);
  if (options) return extractEvents(doc, options);
  eventsAnnotator.run(doc);
  return doc.get('events');
}

/** [sentence, expected type, actors, targets] — my own sentences, general news Arabic. */
const TRIGGERS: [string, string, string[], string[]][] = [
  ['وتطالب موسكو حلف الناتو بوقف توسعه شرقا.', 'REQUEST', ['Russia'], ['NATO']],
  ['دعت فرنسا إيران إلى العودة إلى المفاوضات.', 'REQUEST', ['France'], ['Iran']],
  ['رفضت الصين الاتهامات الأمريكية.', 'REJECT', ['China'], []],
  ['ونفت طهران أي نية لتطوير أسلحة.', 'REJECT', ['Iran'], []],
  ['اتهمت واشنطن بكين بسرقة أسرار تجارية.', 'ACCUSE', ['United States'], ['China']],
  ['التقى وزير الخارجية المصري نظيره الأردني في القاهرة.', 'CONSULT', ['Egypt'], ['Jordan']],
  ['عقد الاتحاد الأوروبي اجتماعا مع تركيا لبحث الهجرة.', 'CONSULT', ['European Union'], ['Turkey']],
  ['وافقت إسرائيل على وقف إطلاق النار.', 'AGREE', ['Israel'], []],
  ['هددت كوريا الشمالية اليابان بضربة.', 'THREATEN', ['North Korea'], ['Japan']],
  ['فرض الاتحاد الأوروبي عقوبات جديدة على روسيا.', 'SANCTION', ['European Union'], ['Russia']],
  ['حشدت روسيا قوات على حدود أوكرانيا.', 'MOBILIZE', ['Russia'], ['Ukraine']],
  ['قصفت القوات السورية مواقع في إدلب.', 'ASSAULT', ['Syria'], []],
  ['الناتو اقترح على روسيا عقد سلسلة من اللقاءات.', 'AGREE', ['NATO'], ['Russia']],
  ['بحثت روسيا والصين التعاون في مجال الطاقة.', 'CONSULT', ['Russia'], ['China']],
  ['قال وزير الخارجية الفرنسي إن روسيا مستعدة للحوار مع أوكرانيا.', 'AGREE', ['Russia'], ['Ukraine']],
  ['وصرح وزير الخارجية الإيراني للصحفيين بأنه إذا استمر الحصار فقد يؤدي ذلك إلى عواقب خطيرة.', 'THREATEN', ['Iran'], []],
  ['ونفذت القوات التركية عملية بعد الحشد العسكري الكبير لإيران على الحدود.', 'MOBILIZE', ['Iran'], []],
  ['وأثار وجود القوات الروسية قرب حدود أوكرانيا قلق الغرب.', 'MOBILIZE', ['Russia'], []],
];

describe('events: triggers and actors', () => {
  for (const [text, type, actors, targets] of TRIGGERS) {
    it(`${type}: ${text}`, () => {
      const evs = run(text);
      const e = evs.find((x) => x.type === type);
      assert.ok(e, `no ${type} in ${JSON.stringify(evs.map((x) => x.type))}`);
      assert.deepEqual(e.actors, actors);
      for (const t of targets) assert.ok(e.targets.includes(t), `target ${t} missing from ${JSON.stringify(e.targets)}`);
      assert.equal(text.slice(e.trigger.start, e.trigger.end), e.trigger.text);
    });
  }

  it('coordinated actors join (روسيا وحلف الناتو)', () => {
    const [e] = run('هاجمت روسيا وبيلاروسيا مواقع أوكرانية.');
    assert.equal(e.type, 'ASSAULT');
    assert.deepEqual(e.actors, ['Russia', 'Belarus']);
  });

  it('a meeting between X and Y: X acts, Y is the target', () => {
    const e = run('انعقد الاجتماع بين روسيا والولايات المتحدة في جنيف.').find((x) => x.type === 'CONSULT')!;
    assert.deepEqual(e.actors, ['Russia']);
    assert.deepEqual(e.targets, ['United States']);
    assert.equal(e.location, 'Geneva');
  });

  it('nisba adjectives name the parties (اجتماع أميركي روسي)', () => {
    const e = run('فشل اجتماع أميركي روسي في جنيف.').find((x) => x.type === 'CONSULT')!;
    assert.deepEqual(e.actors, ['United States']);
    assert.deepEqual(e.targets, ['Russia']);
    assert.equal(e.modality, 'failed');
  });

  it('a capital stands for its country', () => {
    const [e] = run('وهددت موسكو برد عسكري.');
    assert.deepEqual(e.actors, ['Russia']);
  });

  it('uses entity ids from the entity layer when present', () => {
    const text = 'اتهمت روسيا أوكرانيا بخرق الهدنة.';
    const ent = (w: string, id: string): EntityMention => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length, text: w, type: 'LOC', id, name: id });
    const [e] = run(text, {}, { entities: [ent('روسيا', 'Q159'), ent('أوكرانيا', 'Q212')] });
    assert.equal(e.type, 'ACCUSE');
    assert.deepEqual(e.actors, ['Q159']);
    assert.deepEqual(e.targets, ['Q212']);
  });

  it('a nisba before a person is a title, not a second actor', () => {
    const text = 'التقى الرئيس الروسي فلاديمير بوتين نظيره التركي.';
    const w = 'فلاديمير بوتين';
    const [e] = run(text, {}, { entities: [{ start: text.indexOf(w), end: text.indexOf(w) + w.length, text: w, type: 'PER', id: 'Vladimir Putin', name: 'Vladimir Putin' }] });
    assert.equal(e.type, 'CONSULT');
    assert.deepEqual(e.actors, ['Vladimir Putin']);
  });
});

describe('events: negation and modality', () => {
  const CASES: [string, string, Partial<EventMention>][] = [
    ['لم توافق الولايات المتحدة على المقترحات الروسية.', 'REJECT', { negated: false }],
    ['روسيا لم تتعهد بأي التزامات.', 'AGREE', { negated: true }],
    ['لن تتنازل إيران عن حقوقها.', 'REJECT', { negated: false }],
    ['لم تهاجم القوات التركية القرية.', 'ASSAULT', { negated: true }],
    ['ومن المقرر أن تبدأ المفاوضات بين روسيا وأمريكا في جنيف.', 'CONSULT', { modality: 'planned' }],
    ['فشل الاجتماع بين الناتو وروسيا.', 'CONSULT', { modality: 'failed' }],
    ['وقد يؤدي ذلك إلى هجوم محتمل على أوكرانيا.', 'ASSAULT', { modality: 'hypothetical' }],
  ];
  for (const [text, type, expected] of CASES) {
    it(`${type} ${JSON.stringify(expected)}: ${text}`, () => {
      const all = { keepNegated: true, keepHypothetical: true, keepActorless: true };
      const e = run(text, {}, {}, all).find((x) => x.type === type);
      assert.ok(e, `no ${type} in ${JSON.stringify(run(text, {}, {}, all).map((x) => x.type))}`);
      for (const [k, v] of Object.entries(expected)) assert.equal((e as unknown as Record<string, unknown>)[k], v, k);
    });
  }

  it('by default, negated and hypothetical events are left out of the layer', () => {
    assert.deepEqual(run('لم تهاجم القوات التركية القرية.'), []);
    assert.deepEqual(run('وقد يؤدي ذلك إلى هجوم روسي محتمل على أوكرانيا.'), []);
  });

  it('supporting fighters is AID; a press conference is no consultation', () => {
    assert.equal(run('وتدعم إيران المقاتلين الحوثيين في اليمن.')[0]?.type, 'AID');
    assert.ok(!run('وقالت فرنسا في مؤتمر صحفي إن الوضع خطير.').some((e) => e.type === 'CONSULT'));
  });

  it('a body named after two parties stands for both (مجلس روسيا - الناتو)', () => {
    const text = 'انعقد اجتماع مجلس روسيا - الناتو في بروكسل.';
    const w = 'مجلس روسيا - الناتو';
    const e = run(text, {}, { entities: [{ start: text.indexOf(w), end: text.indexOf(w) + w.length, text: w, type: 'ORG', id: 'nrc', name: 'NRC' }] })[0];
    assert.equal(e.type, 'CONSULT');
    assert.deepEqual([e.actors, e.targets], [['Russia'], ['NATO']]);
  });

  it('a request governs its content: دعا روسيا إلى سحب قواتها is one REQUEST', () => {
    const evs = run('دعا الاتحاد الأوروبي روسيا إلى سحب قواتها من الحدود.');
    assert.deepEqual(evs.map((e) => e.type), ['REQUEST']);
  });

  it('deterring aggression is not an aggression', () => {
    const evs = run('يقف الحلف موحدا لردع العدوان ضد أوكرانيا.');
    assert.ok(!evs.some((e) => e.type === 'ASSAULT'));
  });

  it('halted cooperation is a SANCTION', () => {
    const evs = run('لكن التعاون بين روسيا والناتو توقف في العام 2014.');
    const e = evs.find((x) => x.type === 'SANCTION');
    assert.ok(e);
    assert.equal(e.date, '2014');
  });
});

describe('events: dates', () => {
  it('takes a date in the sentence, else the published date', () => {
    const evs = run('اتهمت روسيا أوكرانيا بالتصعيد. وكانت روسيا قد هاجمت القرم في العام 2014.', { published: '2022-01-12' });
    assert.equal(evs.find((e) => e.type === 'ACCUSE')!.date, '2022-01-12');
    assert.equal(evs.find((e) => e.type === 'ASSAULT')!.date, '2014');
  });

  it('background sentences without a date get no date', () => {
    const evs = run('وكانت روسيا قد رفضت المقترح.', { published: '2022-01-12' });
    assert.equal(evs[0].date, null);
  });

  it('never throws on empty or odd text', () => {
    assert.deepEqual(run(''), []);
    assert.ok(Array.isArray(run('!!! ... ؟؟؟')));
    const doc = new Doc('نص', { source: 't' });
    segmentAnnotator.run(doc);
    assert.deepEqual(extractEvents(doc), []);
  });
});
