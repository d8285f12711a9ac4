import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../../src/doc/doc.js';
import { defaultPipeline } from '../../src/pipeline/default.js';
import { buildTimeline } from '../../src/corpus/timeline.js';
import { compareOutlets } from '../../src/corpus/compare.js';
import { buildStory, storyRecord } from '../../src/corpus/story.js';

/**
 * A mention that only gives someone a role in a meeting the article named before ("ترأس X
 * الاجتماع") joins that meeting's timeline entry as a role holder; it is no meeting of its own.
 * Short reports written for these tests.
 */
const pipeline = defaultPipeline();
const doc = (outlet: string, text: string) => pipeline.run(new Doc(text, { source: outlet + '.txt', outlet, published: '2024-05-14' }));
const MEETING = 'عقد وزيرا خارجية مصر والأردن اجتماعا في القاهرة يوم الثلاثاء 14 أيار 2024 لبحث أزمة المياه.';

/** Each meeting entry as date, summary, documents and roles (name, role). */
function meetings(docs: Doc[]) {
  const names = new Map(docs.flatMap((d) => d.layer('entities').map((e) => [e.id, e.name] as const)));
  return buildTimeline(docs, { names: (id) => names.get(id) ?? id })
    .filter((t) => t.kind === 'event' && t.events[0].type === 'CONSULT')
    .map((t) => ({ date: t.date, summary: t.summary, documents: t.documents, roles: t.roles.map((r) => [r.name, r.role]) }));
}

describe('role mentions join the meeting they take up again', () => {
  const cases: { name: string; text: string; roles: string[][]; summary: string }[] = [
    {
      name: 'a chair named after a title (ترأس … الاجتماع)',
      text: `${MEETING} وترأس الأمين العام لجامعة الدول العربية أحمد أبو الغيط الاجتماع.`,
      roles: [['أحمد أبو الغيط', 'chair']],
      summary: 'CONSULT: Egypt → Jordan (اجتماعا) @ Cairo · chair: أحمد أبو الغيط',
    },
    {
      name: 'a host that is one of the sides (استضافت مصر الاجتماع)',
      text: `${MEETING} واستضافت مصر الاجتماع في مقر وزارة الخارجية.`,
      roles: [['Egypt', 'host']],
      summary: 'CONSULT: Egypt → Jordan (اجتماعا) @ Cairo · host: Egypt',
    },
    {
      name: 'a chair in a relative clause (الاجتماع الذي ترأسه …)',
      text: `${MEETING} وكان الاجتماع الذي ترأسه أحمد أبو الغيط مغلقا.`,
      roles: [['أحمد أبو الغيط', 'chair']],
      summary: 'CONSULT: Egypt → Jordan (اجتماعا) @ Cairo · chair: أحمد أبو الغيط',
    },
    {
      name: 'an attendee (شارك في الاجتماع …)',
      text: `${MEETING} وشارك في الاجتماع وزير الخارجية السعودي فيصل بن فرحان.`,
      roles: [['Faisal bin Farhan', 'participant']],
      summary: 'CONSULT: Egypt → Jordan (اجتماعا) @ Cairo · participant: Faisal bin Farhan',
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      assert.deepEqual(meetings([doc('أ', c.text)]), [{ date: '2024-05-14', summary: c.summary, documents: ['أ.txt'], roles: c.roles }]);
    });
  }

  it('leaves a new, indefinite meeting (ترأس … اجتماعا آخر) and a press conference after the meeting alone', () => {
    const found = meetings([doc('أ', `${MEETING} وحضر الوزيران المؤتمر الصحفي بعد الاجتماع. وترأس وزير الخارجية أيمن الصفدي اجتماعا آخر لمجلس الوزراء.`)]);
    assert.equal(found.length, 2, JSON.stringify(found));
    assert.deepEqual(found.map((m) => m.roles), [[], []]);
  });

  it('does not take a phone call, or talks over years (المحادثات النووية), for the sitting', () => {
    const call = 'أجرى وزير الخارجية المصري اتصالا هاتفيا مع نظيره الأردني يوم الثلاثاء 14 أيار 2024 لبحث أزمة المياه.';
    const found = meetings([doc('أ', `${call} وترأس الأمين العام لجامعة الدول العربية أحمد أبو الغيط الاجتماع.`), doc('ب', `${MEETING} وشارك الخبير أحمد أبو الغيط في المحادثات النووية مع كوريا الشمالية.`)]);
    assert.deepEqual(found.map((m) => m.roles), found.map(() => []), JSON.stringify(found));
  });

  it('keeps the mention as a meeting of its own when the article names no meeting before it', () => {
    const found = meetings([doc('أ', 'ترأس وزير الخارجية الأردني أيمن الصفدي الاجتماع الذي عقد في عمان يوم الثلاثاء 14 أيار 2024.')]);
    assert.equal(found.length, 1);
    assert.deepEqual(found[0].roles, []);
  });

  it('carries the role holders, by id and name, in the story record', () => {
    const record = storyRecord(buildStory('s-roles', [doc('أ', `${MEETING} وشارك في الاجتماع وزير الخارجية السعودي فيصل بن فرحان.`)]));
    const timeline = record.timeline as { roles: unknown[] }[];
    assert.deepEqual(timeline.map((t) => t.roles), [[{ id: 'faisal-bin-farhan', name: 'Faisal bin Farhan', role: 'participant', document: 'أ.txt' }]]);
  });

  it('shows the chair beside a plain participant in the comparison, without a conflict', () => {
    const a = doc('أ', `${MEETING} وترأس الأمين العام لجامعة الدول العربية أحمد أبو الغيط الاجتماع.`);
    const b = doc('ب', `${MEETING} وعقد الاجتماع بحضور الأمين العام لجامعة الدول العربية أحمد أبو الغيط.`);
    const docs = [a, b];
    const c = compareOutlets(docs, buildTimeline(docs));
    assert.deepEqual(c.conflicts.filter((x) => x.kind === 'participants'), []);
    const row = c.participants.find((p) => p.date === '2024-05-14');
    assert.ok(row, JSON.stringify(c.participants));
    const roleOf = (outlet: string) => row.outlets[outlet].filter((p) => p.role).map((p) => [p.name, p.role]);
    assert.deepEqual(roleOf('أ'), [['أحمد أبو الغيط', 'chair']]);
    assert.deepEqual(roleOf('ب'), [['أحمد أبو الغيط', 'participant']]);
  });
});
