import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../../src/doc/doc.js';
import { defaultPipeline } from '../../src/pipeline/default.js';

const pipeline = defaultPipeline();
/** [type, trigger, actors, targets] of every event the default pipeline finds. */
function events(text: string, title: string | null = null): [string, string, string[], string[]][] {
  const doc = pipeline.run(new Doc(text, { source: 'test', published: '2015-07-21', title }));
  return doc.get('events').map((e) => [e.type, e.trigger.text, e.actors, e.targets]);
}

/** My own sentences: a dateline (outlet - place:, place - agency:, place -) says where a report was filed, not who acts. */
const CASES: [string, string, [string, string, string[], string[]][]][] = [
  ['outlet- place: the ministry warns, not the country', 'سبق- الرياض: حذرت وزارة الصحة المواطنين من السفر إلى المناطق الموبوءة.', [['THREATEN', 'حذرت', ['ministry-of-health'], []]]],
  ['place - agency: no actor is left', 'واشنطن - أ ف ب: هددت الإدارة بفرض عقوبات على الشركات.', []],
  ['a bulleted place and a dash: the ministry condemns, not the country', '* موسكو - أدانت الخارجية الروسية الهجوم على السفارة.', [['ACCUSE', 'أدانت', ['russian-ministry-of-foreign-affairs'], []]]],
  ['reporter- outlet- place: the reporter is no actor either', 'سامي العتيبي- سبق- الرياض: ناشد المواطن أحمد الزهراني الجهات المختصة التدخل.', [['REQUEST', 'ناشد', ['local:per:ahmd-alzhrany'], []]]],
  ['a country named after the dateline still acts', 'موسكو: حذرت روسيا من التصعيد في سوريا.', [['THREATEN', 'حذرت', ['russia'], ['syria']]]],
];

for (const [name, text, expected] of CASES) {
  test(`dateline: ${name}`, () => {
    assert.deepEqual(events(text), expected);
  });
}

test('dateline: a title "place: …" names who speaks, and the place stays its actor', () => {
  const title = 'واشنطن: هددت الإدارة بفرض عقوبات على الشركات';
  assert.deepEqual(events(`${title}\nونقلت الصحف الخبر صباح اليوم.`, title), [['THREATEN', 'هددت', ['United States'], []]]);
});
