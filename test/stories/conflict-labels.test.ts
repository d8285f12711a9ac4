import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../../src/doc/doc.js';
import { defaultPipeline } from '../../src/pipeline/default.js';
import { buildStory, storyRecord } from '../../src/corpus/story.js';
import { formatStory } from '../../src/cli/stories.js';
import { comparisonOf } from '../../src/server/views.js';

/**
 * A date conflict is labelled with the names a reader knows (Egypt, Jordan), keeps the ids
 * beside them for API clients, and points at the timeline entries telling the event, in the
 * corpus record, the CLI and the API view. Short reports written for these tests.
 */
const pipeline = defaultPipeline();
const doc = (outlet: string, text: string) => pipeline.run(new Doc(text, { source: outlet + '.txt', outlet, published: '2024-05-15' }));
const docs = [
  doc('أ', 'عقد وزيرا خارجية مصر والأردن اجتماعا في القاهرة يوم الثلاثاء 14 أيار 2024 لبحث أزمة المياه.'),
  doc('ب', 'اجتمع وزيرا خارجية مصر والأردن في القاهرة يوم الأربعاء 15 أيار 2024 وبحثا أزمة المياه.'),
];
const story = buildStory('s-test', docs);
const record = storyRecord(story);

describe('date conflict labels', () => {
  it('names the sides and place, keeps their ids, and lists the entries telling the event', () => {
    assert.deepEqual(story.comparison.conflicts, [
      {
        fact: 'CONSULT: Egypt – Jordan @ Cairo',
        kind: 'date',
        values: { '2024-05-14': ['أ'], '2024-05-15': ['ب'] },
        participants: [
          { id: 'egypt', name: 'Egypt' },
          { id: 'jordan', name: 'Jordan' },
        ],
        location: { id: 'Cairo', name: 'Cairo' },
        entries: [
          { date: '2024-05-14', fact: 'CONSULT: Egypt → Jordan (اجتماعا) @ Cairo' },
          { date: '2024-05-15', fact: 'CONSULT: Egypt → Jordan (اجتمع) @ Cairo' },
        ],
      },
    ]);
  });

  it('marks each timeline row the conflict is about in the record, and prints names in the CLI', () => {
    const facts = (record.comparison as { facts: { label: string; conflict: string | null }[] }).facts;
    assert.deepEqual(
      facts.filter((f) => f.conflict).map((f) => [f.label, f.conflict]),
      [
        ['2024-05-14 CONSULT: Egypt → Jordan (اجتماعا) @ Cairo', 'date: 2024-05-14 (أ) vs 2024-05-15 (ب)'],
        ['2024-05-15 CONSULT: Egypt → Jordan (اجتمع) @ Cairo', 'date: 2024-05-14 (أ) vs 2024-05-15 (ب)'],
      ],
    );
    const printed = formatStory(record);
    assert.ok(printed.includes('\n  date: CONSULT: Egypt – Jordan @ Cairo\n'), printed);
  });

  it('gives API clients the readable label with ids and names beside it', () => {
    const view = comparisonOf(record, [], ['أ', 'ب']);
    const [conflict] = view.conflicts;
    assert.equal(conflict.fact, 'CONSULT: Egypt – Jordan @ Cairo');
    assert.deepEqual(conflict.participants?.map((p) => p.id), ['egypt', 'jordan']);
    assert.deepEqual(conflict.location, { id: 'Cairo', name: 'Cairo' });
    assert.deepEqual(conflict.byOutlet, { أ: '2024-05-14', ب: '2024-05-15' });
    assert.ok(view.facts.some((f) => f.label === 'CONSULT: Egypt – Jordan @ Cairo' && f.conflict), JSON.stringify(view.facts.map((f) => f.label)));
  });

  it('reports the disagreement once: the day of the month is not flagged again under a word before it', () => {
    assert.equal(story.comparison.conflicts.filter((c) => c.kind === 'date').length, 1);
  });
});

describe('timeline summaries', () => {
  it('name each side of a meeting once when outlets tell it in opposite directions', () => {
    const both = buildStory('s-sides', [
      doc('أ', 'اجتمعت مصر والأردن في القاهرة يوم الأربعاء 15 أيار 2024 لبحث أزمة المياه.'),
      doc('ب', 'اجتمع الأردن مع مصر في القاهرة يوم الأربعاء 15 أيار 2024.'),
    ]);
    assert.deepEqual(
      both.timeline.map((t) => [t.summary, t.documents]),
      [['CONSULT: Egypt, Jordan (اجتمعت) @ Cairo', ['أ.txt', 'ب.txt']]],
    );
  });
});
