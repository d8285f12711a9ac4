import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { SqliteStore } from '../../src/store/sqlite.js';
import type { StoryRecord } from '../../src/store/store.js';
import { storySummary, storyView, comparisonOf, entityView } from '../../src/server/views.js';
import { buildWebFixtureStore, ENTITY_IDS } from '../fixtures/web-store.js';

/**
 * The story view reads the corpus stage's story record (src/corpus/story.ts): documents and
 * timeline evidence keyed by source, `dateRange`, `topActors`, and a comparison with
 * `matrix` rows, `conflicts` and `framing`.
 */
const A = 'fixture/a.txt';
const B = 'fixture/b.txt';
const UNKNOWN_KEY = 'fixture/unknown-outlet.txt';

const corpusRecord: StoryRecord = {
  kind: 'story',
  id: 's-corpus',
  title: 'قصة بصيغة مرحلة المدونة',
  documents: [A, B],
  outlets: ['وكالة الأنباء العربية', 'صحيفة المساء'],
  dateRange: { first: '2024-03-04', last: '2024-03-05' },
  topActors: [{ id: ENTITY_IDS.NATO, name: 'حلف شمال الأطلسي', count: 3 }],
  timeline: [
    { date: '2024-03-07', summary: 'اجتماع وزراء الدفاع', events: ['CONSULT'], documents: [A], outlets: ['وكالة الأنباء العربية'], background: false, kind: 'event', location: null, evidence: [{ document: A, text: 'سيجتمعون في بروكسل' }] },
    { date: '2014-03-18', summary: 'حدث قديم', events: [], documents: [B], outlets: ['صحيفة المساء'], background: true, kind: 'fact', location: null, evidence: [] },
  ],
  comparison: {
    outlets: ['وكالة الأنباء العربية', 'صحيفة المساء'],
    matrix: [
      { fact: 'اجتماع وزراء الدفاع في بروكسل', kind: 'event', date: '2024-03-07', outlets: { 'وكالة الأنباء العربية': [A], 'صحيفة المساء': [B] } },
      { fact: 'روسيا تنتظر ردا مكتوبا', kind: 'fact', date: null, outlets: { 'صحيفة المساء': [B] } },
    ],
    singleOutlet: [{ fact: 'روسيا تنتظر ردا مكتوبا', kind: 'fact', date: null, outlets: { 'صحيفة المساء': [B] } }],
    conflicts: [
      { fact: 'اجتماع وزراء الدفاع في بروكسل', kind: 'date', values: { '2024-03-07': ['وكالة الأنباء العربية'], '2024-03-08': ['صحيفة المساء'] } },
      { fact: 'عدد المشاركين', kind: 'number', values: { '30': ['وكالة الأنباء العربية'], '28': ['صحيفة المساء'] } },
    ],
    framing: { 'صحيفة المساء': [{ cue: 'تصعيد', gloss: 'escalation', count: 2 }] },
    quotes: [],
  },
};

describe('story view over the corpus stage record', () => {
  let store: SqliteStore;
  let docIds: string[];
  before(async () => {
    ({ store, docIds } = await buildWebFixtureStore());
    await store.setDocumentStory(docIds[0], 's-corpus');
    await store.setDocumentStory(docIds[1], 's-corpus');
    await store.saveStory(corpusRecord);
  });
  after(() => store.close());

  it('summarises with dateRange, outlets and topActors', async () => {
    const s = await storySummary(store, corpusRecord);
    assert.equal(s.from, '2024-03-04');
    assert.equal(s.to, '2024-03-05');
    assert.equal(s.size, 2);
    assert.deepEqual(s.actors.map((a) => [a.id, a.mentions]), [[ENTITY_IDS.NATO, 3]]);
  });

  it('maps source keys to stored ids and reads matrix, conflicts, single-outlet facts and framing', async () => {
    const v = await storyView(store, corpusRecord);
    assert.deepEqual(v.documents.map((d) => d.id).sort(), [docIds[0], docIds[1]].sort());
    assert.deepEqual(v.timeline.map((t) => [t.date, t.type, t.background]), [
      ['2014-03-18', null, true],
      ['2024-03-07', 'CONSULT', false],
    ]);
    assert.deepEqual(v.timeline[1].documents, [docIds[0]]);
    assert.deepEqual(v.timeline[1].evidence, ['سيجتمعون في بروكسل']);
    const meeting = v.comparison.facts.find((f) => f.label.includes('اجتماع وزراء الدفاع'))!;
    assert.equal(meeting.conflict, 'تختلف المصادر في التاريخ (عدد الروايات: 2)');
    assert.equal(meeting.cells['صحيفة المساء'].value, '2024-03-08');
    assert.deepEqual(meeting.cells['وكالة الأنباء العربية'].documents, [docIds[0]]);
    const single = v.comparison.facts.find((f) => f.label === 'روسيا تنتظر ردا مكتوبا')!;
    assert.equal(single.singleOutlet, true);
    assert.equal(single.cells['وكالة الأنباء العربية'].reported, false);
    const count = v.comparison.facts.find((f) => f.label === 'عدد المشاركين')!;
    assert.ok(count.conflict, 'a conflict on a fact outside the matrix gets its own row');
    assert.equal(count.cells['صحيفة المساء'].value, '28');
    assert.deepEqual(v.comparison.framing['صحيفة المساء'], [{ cue: 'تصعيد', gloss: 'escalation', count: 2 }]);
    assert.ok(v.actors.some((a) => a.id === ENTITY_IDS.STOLTENBERG), 'story page actors come from entity mentions');
  });

  it('resolves entity and story records that name documents by source', async () => {
    await store.saveEntities([{ id: 'e-by-source', name: 'ينس ستولتنبرغ', type: 'PER', aliases: [], mentions: 2, firstSeen: null, lastSeen: null, documents: [A, B], outlets: [] }]);
    const e = await entityView(store, 'e-by-source');
    assert.deepEqual(e!.mentions, [], 'no mention carries this id');
    const stoltenberg = await store.getEntity(ENTITY_IDS.STOLTENBERG);
    await store.saveEntities([{ ...stoltenberg!, documents: [A, B] }]);
    const v = await entityView(store, ENTITY_IDS.STOLTENBERG);
    assert.deepEqual(v!.mentions.map((m) => m.document).sort(), [docIds[0], docIds[1]].sort());
    const untagged: StoryRecord = { kind: 'story', id: 's-untagged', title: 't', documents: [A], timeline: [] };
    const sv = await storyView(store, untagged);
    assert.deepEqual(sv.documents.map((d) => d.id), [docIds[0]]);
  });

  it('labels a column keyed by a document source when the outlet is unknown', () => {
    const record: StoryRecord = { kind: 'story', id: 'x', title: 't', documents: [], timeline: [], comparison: { outlets: [UNKNOWN_KEY], matrix: [{ fact: 'f', outlets: { [UNKNOWN_KEY]: ['d'] } }], conflicts: [] } };
    const c = comparisonOf(record, [], [], (o) => (o === UNKNOWN_KEY ? 'unknown-outlet.txt' : o));
    assert.equal(c.outletLabels[UNKNOWN_KEY], 'unknown-outlet.txt');
    assert.equal(c.facts[0].cells[UNKNOWN_KEY].reported, true);
  });

  it('falls back to timeline entries × outlets when there is no comparison', () => {
    const record: StoryRecord = { kind: 'story', id: 'y', title: 't', documents: [], timeline: [] };
    const c = comparisonOf(record, [{ id: 't0', date: '2024-01-01', end: null, label: 'حدث', type: null, outlets: ['أ'], reportedBy: [{ id: 'أ', label: 'أ', documents: [] }], documents: [], background: false, evidence: [] }], ['أ', 'ب']);
    assert.equal(c.facts.length, 1);
    assert.equal(c.facts[0].singleOutlet, true);
    assert.equal(c.facts[0].cells['ب'].reported, false);
  });
});
