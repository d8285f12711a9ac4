import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { StoryRecord } from '../../src/store/store.js';
import { comparisonOf } from '../../src/server/views.js';
import { formatStory } from '../../src/cli/stories.js';

/**
 * Outcome and participant conflicts as the corpus stage writes them (src/corpus/compare.ts),
 * shown in the API's comparison and in `rasd story ID`: each outlet's own words side by side,
 * participants per outlet, and people only some outlets name kept apart from conflicts.
 */
const FACT = 'CONSULT: Egypt → Jordan (اجتماعا) @ Cairo';
const record: StoryRecord = {
  kind: 'story',
  id: 's-meeting',
  title: 'اجتماع القاهرة',
  documents: ['a.txt', 'b.txt'],
  timeline: [],
  comparison: {
    outlets: ['أ', 'ب'],
    matrix: [{ fact: FACT, kind: 'event', date: '2024-05-14', outlets: { أ: ['a.txt'], ب: ['b.txt'] } }],
    singleOutlet: [],
    conflicts: [
      { fact: FACT, date: '2024-05-14', kind: 'outcome', values: { negative: ['أ'], positive: ['ب'] }, wording: { أ: ['وفشل', 'طريق مسدود'], ب: ['اتفق'] } },
      { fact: FACT, date: '2024-05-14', kind: 'participants', values: { 'أيمن الصفدي': ['أ'], 'ناصر جودة': ['ب'] }, role: { kind: 'delegation-head', of: 'Jordan' } },
    ],
    participants: [
      {
        fact: FACT,
        date: '2024-05-14',
        outlets: {
          أ: [{ id: 'jordan', name: 'Jordan', role: null, of: null }, { id: 'p1', name: 'أيمن الصفدي', role: 'delegation-head', of: 'Jordan' }],
          ب: [{ id: 'jordan', name: 'Jordan', role: null, of: null }, { id: 'p2', name: 'أحمد أبو الغيط', role: 'participant', of: null }],
        },
        namedBySome: [{ id: 'p2', name: 'أحمد أبو الغيط', outlets: ['ب'] }],
      },
    ],
    framing: {},
  },
};

describe('outcome and participant conflicts in the story views', () => {
  const c = comparisonOf(record, [], ['أ', 'ب']);

  it('notes both conflicts on the fact and puts each outlet’s own words in its cell', () => {
    const row = c.facts.find((f) => f.label.includes(FACT))!;
    assert.match(row.conflict!, /في النتيجة/);
    assert.match(row.conflict!, /في المشاركين — رئيس الوفد \(Jordan\)/);
    assert.equal(row.cells['أ'].value, 'وفشل، طريق مسدود · أيمن الصفدي');
    assert.equal(row.cells['ب'].value, 'اتفق · ناصر جودة');
    assert.equal(c.facts.length, 1, 'conflicts on a matrix row add no rows');
  });

  it('lists the conflicts side by side and the participants per outlet', () => {
    assert.deepEqual(c.conflicts.map((x) => [x.kind, x.byOutlet]), [
      ['outcome', { أ: 'وفشل، طريق مسدود', ب: 'اتفق' }],
      ['participants', { أ: 'أيمن الصفدي', ب: 'ناصر جودة' }],
    ]);
    assert.deepEqual(c.participants[0].byOutlet['أ'].map((p) => [p.name, p.role]), [['Jordan', null], ['أيمن الصفدي', 'رئيس الوفد (Jordan)']]);
    assert.deepEqual(c.participants[0].namedBySome.map((p) => p.name), ['أحمد أبو الغيط']);
  });

  it('prints them in `rasd story ID`', () => {
    const text = formatStory(record);
    assert.match(text, /outcome: 2024-05-14 CONSULT/);
    assert.match(text, /أ: وفشل، طريق مسدود \[negative\]/);
    assert.match(text, /participants \(head of delegation: Jordan\)/);
    assert.match(text, /only some: أحمد أبو الغيط — ب/);
  });
});
