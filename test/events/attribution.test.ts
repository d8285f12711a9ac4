import { describe, it, test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../../src/doc/doc.js';
import { segmentAnnotator } from '../../src/annotate/text/segment.js';
import { timexAnnotator } from '../../src/annotate/time/timex.js';
import { extractEvents } from '../../src/annotate/events/events.js';
import { defaultPipeline } from '../../src/pipeline/default.js';
import type { EntityMention, EventMention } from '../../src/doc/types.js';

/** Every event of a text (actorless, negated and hypothetical kept), with optional entity mentions [surface, type, id]. */
function events(text: string, names: [string, EntityMention['type'], string][] = []): EventMention[] {
  const doc = new Doc(text, { source: 'test', published: '2015-07-21' });
  segmentAnnotator.run(doc);
  timexAnnotator.run(doc);
  if (names.length > 0) {
    doc.set(
      'entities',
      names.map(([surface, type, id]) => {
        const start = text.indexOf(surface);
        return { start, end: start + surface.length, text: surface, type, id, name: id };
      }),
    );
  }
  return extractEvents(doc, { keepActorless: true, keepNegated: true, keepHypothetical: true });
}

interface Case {
  text: string;
  type: string;
  actors: string[];
  /** Targets that must be among the event's targets. */
  targets?: string[];
  names?: [string, EntityMention['type'], string][];
}

/** Who acts in a verbal noun, a reaction or the passive. My own sentences, general news Arabic. */
const CASES: [string, Case][] = [
  ['a verbal noun in construct: its genitive acts', { text: 'وأكد الوزير أن هجوم داعش على الكنيسة لن يمر.', type: 'ASSAULT', actors: ['ISIS'], names: [['داعش', 'ORG', 'ISIS']] }],
  ['the genitive head is an office: its nisba acts, not the clause subject', { text: 'ووصلت القوات العراقية إلى المدينة بعد زيارة وزير الدفاع الأميركي لبغداد.', type: 'CONSULT', actors: ['United States'] }],
  ['a country after زيارة is where the visit goes', { text: 'وتأتي زيارة تونس في إطار جولة إقليمية.', type: 'CONSULT', actors: [], targets: ['Tunisia'] }],
  ['a country after زار is where the visit goes, the visitor stands before', { text: 'وكان وفد حماس قد زار السعودية الشهر الماضي.', type: 'CONSULT', actors: ['Hamas'], targets: ['Saudi Arabia'], names: [['حماس', 'ORG', 'Hamas']] }],
  ['a capital after a meeting noun is its venue', { text: 'وتنفذ اللجنة مقررات اجتماع القاهرة.', type: 'CONSULT', actors: [] }],
  ['a country after an attack noun is attacked', { text: 'وتحدث الكاتب عن غزو أوكرانيا.', type: 'ASSAULT', actors: [], targets: ['Ukraine'] }],
  ['… unless the object is marked after it (غزو روسيا لأوكرانيا)', { text: 'وبعد غزو روسيا لأوكرانيا فرضت الدول الغربية عقوبات.', type: 'ASSAULT', actors: ['Russia'], targets: ['Ukraine'] }],
  ['who repels an attack did not make it', { text: 'وتصدت القوات السعودية للهجوم.', type: 'ASSAULT', actors: [] }],
  ['who regrets an attack did not make it', { text: 'وأعرب الرئيس المصري عن استيائه من الهجوم.', type: 'ASSAULT', actors: [] }],
  ['who acts after an attack did not make it', { text: 'وفتحت تركيا حدودها بعد الهجوم.', type: 'ASSAULT', actors: [] }],
  ['a name before a colon is the source of a headline', { text: 'الهند: انتهاء الهجوم في البنجاب.', type: 'ASSAULT', actors: [] }],
  ['تم + verbal noun: the genitive is the patient', { text: 'وتم اعتقال السفير الإيراني في المطار.', type: 'COERCE', actors: [], targets: ['Iran'] }],
  ['a vocalised passive with على يد: the agent acts', { text: 'واعتُقل زعيم المعارضة على يد قوات الأمن التركية.', type: 'COERCE', actors: ['Turkey'] }],
  ['أدين بـ is a conviction: no accuser', { text: 'وذكرت الصحيفة الأمريكية أن المتهم أدين بالقتل.', type: 'ACCUSE', actors: [] }],
  ['من قبل names the agent of a verbal noun', { text: 'ويحظى المشروع بتأييد كبير من قبل الحكومة الألمانية.', type: 'SUPPORT', actors: ['Germany'] }],
  ['one withdraws only what is one’s own: the passive keeps its owner', { text: 'وسُحب السفير الفرنسي من دمشق.', type: 'SANCTION', actors: ['France'] }],
  [
    'an institution named for its purpose is no event, and its namesake does not act',
    { text: 'وسيّر مركز الملك سلمان للإغاثة قافلة مساعدات إلى اليمن.', type: 'AID', actors: [], targets: ['Yemen'], names: [['سلمان', 'PER', 'local:per:slman']] },
  ],
  ['… but relief sent by a body is aid', { text: 'وأرسلت الهيئة السعودية فريقا للإغاثة إلى اليمن.', type: 'AID', actors: ['Saudi Arabia'], targets: ['Yemen'] }],
  ['a nisba in a ل phrase names whom the aid is for, not who gives it', { text: 'وقدمت الحكومة مساعدات للجيش اللبناني.', type: 'AID', actors: [], targets: ['Lebanon'] }],
  [
    'one person attacking another does it in words',
    { text: 'وهاجم دونالد ترامب جو بايدن في خطاب.', type: 'ACCUSE', actors: ['Trump'], targets: ['Biden'], names: [['دونالد ترامب', 'PER', 'Trump'], ['جو بايدن', 'PER', 'Biden']] },
  ],
];

describe('events: who acts in verbal nouns, reactions and the passive', () => {
  for (const [why, c] of CASES) {
    it(`${why}: ${c.text}`, () => {
      const all = events(c.text, c.names);
      const e = all.find((x) => x.type === c.type);
      assert.ok(e, `no ${c.type} in ${JSON.stringify(all.map((x) => x.type))}`);
      assert.deepEqual(e.actors, c.actors);
      for (const t of c.targets ?? []) assert.ok(e.targets.includes(t), `target ${t} missing from ${JSON.stringify(e.targets)}`);
    });
  }
});

test('a news outlet or platform is not a participant of an event', () => {
  // The platform stands right before the quoted call: it used to be read as the caller.
  const doc = defaultPipeline().run(new Doc('ونشر الوزير على حسابه في "فيسبوك": "تحدثت هاتفيا مع نظيري المصري".', { source: 't' }));
  const ids = doc.get('events').flatMap((e) => [...e.actors, ...e.targets]);
  assert.ok(!ids.includes('facebook'), JSON.stringify(doc.get('events')));
});

test('a name after its title inside a مع phrase is the other party, not the actor', () => {
  // The name used to lose the preposition its title carries and was read as the caller.
  const doc = defaultPipeline().run(new Doc('وقال الكرملين إن بوتين سيلتقي الثلاثاء مع الرئيس الأمريكي جو بايدن عبر الفيديو.', { source: 't' }));
  const events = doc.get('events');
  assert.ok(events.length > 0);
  for (const e of events) {
    assert.deepEqual(e.actors, ['vladimir-putin'], JSON.stringify(e));
    assert.equal(e.mode, 'phone');
  }
});
