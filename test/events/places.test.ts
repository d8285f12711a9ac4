import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../../src/doc/doc.js';
import { segmentAnnotator } from '../../src/annotate/text/segment.js';
import { timexAnnotator } from '../../src/annotate/time/timex.js';
import { extractEvents } from '../../src/annotate/events/events.js';
import type { EventMention } from '../../src/doc/types.js';

/** Every event of a text (actorless kept), with an optional dateline ("باريس" for "باريس: …"). */
function events(text: string, dateline: string | null = null): EventMention[] {
  const doc = new Doc(text, { source: 'test', published: '2015-07-21', dateline });
  segmentAnnotator.run(doc);
  timexAnnotator.run(doc);
  return extractEvents(doc, { keepActorless: true });
}

interface Case {
  text: string;
  /** The event's trigger as written. */
  trigger: string;
  location: string | null;
  mode?: string | null;
  dateline?: string;
}

/** Where an event took place. My own sentences, general news Arabic. */
const CASES: [string, Case][] = [
  ['a place after a meeting is its venue', { text: 'واجتمعت فرنسا وألمانيا في بروكسل.', trigger: 'واجتمعت', location: 'Brussels' }],
  ['a verb and its own verbal noun share the place', { text: 'وانعقد الاجتماع بين مصر والأردن في جنيف.', trigger: 'وانعقد', location: 'Geneva' }],
  ['a mission’s place is where it is, not where the event is', { text: 'وأعلنت فرنسا استعدادها لاستئناف عمل سفارتها في دمشق.', trigger: 'استعدادها', location: null }],
  ['an envoy’s place is where he serves', { text: 'وانتقد سفير روسيا في واشنطن العقوبات الجديدة.', trigger: 'وانتقد', location: null }],
  ['where someone lives is not where the act took place', { text: 'واعتقلت الشرطة التركية شابا مقيما في إسطنبول بتهمة التجسس.', trigger: 'واعتقلت', location: null }],
  ['… but a headquarters after في is the venue', { text: 'وعقدت مصر والأردن اجتماعا في مقر الجامعة العربية في القاهرة.', trigger: 'اجتماعا', location: 'Cairo' }],
  [
    'a place nearer another event word is that event’s',
    { text: 'وجرت محادثات بين مصر والسودان عام 2020، لكن التعاون بين البلدين توقف بعد هجوم في بغداد.', trigger: 'محادثات', location: null },
  ],
  [
    '… and that event keeps it',
    { text: 'وجرت محادثات بين مصر والسودان عام 2020، لكن التعاون بين البلدين توقف بعد هجوم في بغداد.', trigger: 'هجوم', location: 'Baghdad' },
  ],
  [
    'a place stated before the verb and a noun of the same event is theirs',
    { text: 'وفي القاهرة، اختتمت اجتماعات اللجنة الثلاثية وبحث وزير الري المصري مع نظيره السوداني ملف المياه.', trigger: 'وبحث', location: 'Cairo' },
  ],
  ['an event framing another shares its place', { text: 'وبحث وزير الخارجية الأمريكي مع نظيره العراقي الأوضاع الأمنية خلال قمة عقدت في بغداد.', trigger: 'وبحث', location: 'Baghdad' }],
  [
    'what is done in a meeting is done where it sits; a place across a comma comes last',
    { text: 'وتبدأ المفاوضات بين روسيا وأمريكا في جنيف الاثنين، وتليها مناقشة المقترحات الروسية في اجتماع يعقد في بروكسل.', trigger: 'مناقشة', location: 'Brussels' },
  ],
  ['a dateline is where the lead’s event took place', { text: 'باريس: التقى الرئيس الفرنسي نظيره التركي أمس.', trigger: 'التقى', location: 'Paris', dateline: 'باريس' }],
  [
    'a meeting held by video has no place, not even the dateline',
    { text: 'باريس: التقى الرئيس الفرنسي نظيره التركي أمس عبر الفيديو.', trigger: 'التقى', location: null, mode: 'phone', dateline: 'باريس' },
  ],
  ['a phone call has no place', { text: 'وأجرى الرئيس الفرنسي اتصالا هاتفيا مع نظيره التركي في باريس.', trigger: 'اتصالا هاتفيا', location: null, mode: 'phone' }],
  [
    'a headline before the dateline does not take its place',
    { text: 'الرئيس الفرنسي يلتقي نظيره التركي\n\nباريس: وصل الرئيس التركي إلى فرنسا أمس.', trigger: 'يلتقي', location: null, dateline: 'باريس' },
  ],
];

describe('events: places', () => {
  for (const [why, c] of CASES) {
    it(`${why}: ${c.text}`, () => {
      const all = events(c.text, c.dateline ?? null);
      const e = all.find((x) => x.trigger.text === c.trigger);
      assert.ok(e, `no event on ${c.trigger} in ${JSON.stringify(all.map((x) => x.trigger.text))}`);
      assert.equal(e.location, c.location);
      if (c.mode !== undefined) assert.equal(e.mode, c.mode);
    });
  }
});
