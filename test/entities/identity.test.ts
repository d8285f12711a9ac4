import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../../src/doc/doc.js';
import type { EntityMention, EntityType } from '../../src/doc/types.js';
import { EntityIndex } from '../../src/corpus/entities.js';
import { skeleton, editDistance, localId } from '../../src/ner/identity.js';

/** A document whose entity layer is given directly (names outside the KB get local ids). */
function docWith(source: string, names: [string, EntityType, string?][]): Doc {
  let text = '';
  const ents: EntityMention[] = [];
  for (const [name, type, id] of names) {
    const start = text.length;
    text += name + ' . ';
    ents.push({ start, end: start + name.length, text: name, type, id: id ?? localId(type, name), name });
  }
  const doc = new Doc(text, { source });
  doc.set('entities', ents);
  return doc;
}

test('skeletons: transliteration variants collapse', () => {
  const same: [string, string][] = [
    ['جروشكو', 'غروشكو'],
    ['ستولتنبرغ', 'ستولتنبيرغ'],
    ['ستولتنبرغ', 'Stoltenberg'],
    ['بيسكوف', 'بسكوف'],
    ['مينينديز', 'مينيندز'],
  ];
  for (const [a, b] of same) assert.equal(skeleton(a), skeleton(b), `${a} ~ ${b}`);
  const different: [string, string][] = [
    ['بايدن', 'برايس'],
    ['فومين', 'غروشكو'],
  ];
  for (const [a, b] of different) assert.notEqual(skeleton(a), skeleton(b), `${a} ≁ ${b}`);
  assert.equal(editDistance('kitten', 'sitting'), 3);
});

const MUST_MERGE: { name: string; docs: [string, EntityType, string?][][] }[] = [
  { name: 'ج/غ variants with the same first name', docs: [[['ألكسندر جروشكو', 'PER']], [['ألكسندر غروشكو', 'PER']]] },
  { name: 'long/short vowel variants', docs: [[['ينس ستولتنبيرغ', 'PER']], [['ينس ستولتنبرغ', 'PER']]] },
  { name: 'Latin and Arabic spellings', docs: [[['ينس ستولتنبرغ', 'PER']], [['Jens Stoltenberg', 'PER']]] },
  {
    name: 'a bare surname in a document sharing company with the full name',
    docs: [
      [['ماركوس فيلدمان', 'PER'], ['nato-x', 'ORG', 'nato']],
      [['فيلدمان', 'PER'], ['nato-x', 'ORG', 'nato']],
    ],
  },
  { name: 'same spelling, same type', docs: [[['شركة نورا للتقنية', 'ORG']], [['شركة نورا للتقنية', 'ORG']]] },
];

const MUST_NOT_MERGE: { name: string; docs: [string, EntityType, string?][][] }[] = [
  { name: 'different people sharing a surname', docs: [[['جو بايدن', 'PER']], [['هانتر بايدن', 'PER']]] },
  { name: 'different people sharing a first name', docs: [[['ألكسندر غروشكو', 'PER']], [['ألكسندر فومين', 'PER']]] },
  { name: 'a bare surname with nothing in common', docs: [[['مارك جونز', 'PER'], ['x', 'LOC', 'russia']], [['جونز', 'PER'], ['y', 'LOC', 'brazil']]] },
  { name: 'look-alike names of different types', docs: [[['سامسونغ', 'ORG']], [['سامسونغ', 'PER']]] },
];

for (const c of MUST_MERGE) {
  test(`must merge: ${c.name}`, () => {
    const index = new EntityIndex();
    const docs = c.docs.map((names, k) => docWith(`d${k}`, names));
    for (const d of docs) index.link(d);
    assert.equal(docs[0].get('entities')[0].id, docs[1].get('entities')[0].id);
  });
}

for (const c of MUST_NOT_MERGE) {
  test(`must not merge: ${c.name}`, () => {
    const index = new EntityIndex();
    const docs = c.docs.map((names, k) => docWith(`d${k}`, names));
    for (const d of docs) index.link(d);
    assert.notEqual(docs[0].get('entities')[0].id, docs[1].get('entities')[0].id);
  });
}

test('KB entities keep their id; records count mentions, documents and outlets; fromRecords restores', () => {
  const index = new EntityIndex();
  const a = docWith('a.txt', [['الناتو', 'ORG', 'nato'], ['حلف شمال الأطلسي', 'ORG', 'nato'], ['كريم سعدون', 'PER']]);
  a.meta.outlet = 'Outlet A';
  a.meta.published = '2022-01-12';
  const b = docWith('b.txt', [['ناتو', 'ORG', 'nato']]);
  b.meta.published = '2022-01-10';
  index.link(a);
  index.link(b);
  const nato = index.records().find((r) => r.id === 'nato')!;
  assert.equal(nato.name, 'NATO');
  assert.equal(nato.mentions, 3);
  assert.deepEqual(nato.documents, ['a.txt', 'b.txt']);
  assert.deepEqual(nato.outlets, ['Outlet A']);
  assert.equal(nato.firstSeen, '2022-01-10');
  assert.equal(nato.lastSeen, '2022-01-12');
  assert.deepEqual(new Set(nato.aliases), new Set(['الناتو', 'حلف شمال الأطلسي', 'ناتو']));
  const person = index.records().find((r) => r.type === 'PER')!;
  assert.ok(!person.id.startsWith('local:'));

  const restored = EntityIndex.fromRecords(index.records());
  const c = docWith('c.txt', [['كريم سعدون', 'PER']]);
  restored.link(c);
  assert.equal(c.get('entities')[0].id, person.id);
  assert.equal(restored.records().find((r) => r.id === person.id)!.mentions, 2);
});

test('entity listing and detail output', async () => {
  const { formatEntities, formatEntity } = await import('../../src/cli/entities.js');
  const index = new EntityIndex();
  index.link(docWith('a.txt', [['الناتو', 'ORG', 'nato'], ['الناتو', 'ORG', 'nato'], ['روسيا', 'LOC', 'russia']]));
  const recs = index.records();
  const table = formatEntities(recs).split('\n');
  assert.match(table[1], /^nato\s+ORG\s+2\s+1\s+NATO$/);
  assert.equal(formatEntities(recs, { json: true }).trim().split('\n').length, 2);
  assert.match(formatEntity(recs, 'russia'), /aliases:\s+روسيا/);
  assert.throws(() => formatEntity(recs, 'nat'), /did you mean nato/);
});

test('a title learned by apposition in one document resolves a bare title in a later one, also after a restore', async () => {
  const { defaultPipeline } = await import('../../src/pipeline/default.js');
  const pipeline = defaultPipeline();
  const a = pipeline.run(new Doc('قال نائب وزير الخارجية الروسي سيرغي ريابكوف إن الحوار ممكن.', { source: 'a' }));
  const index = new EntityIndex();
  index.link(a);
  const restored = EntityIndex.fromRecords(index.records());
  const b = pipeline.run(new Doc('وأكد نائب وزير الخارجية الروسي أن موسكو تنتظر الرد.', { source: 'b' }));
  restored.link(b);
  const role = b.get('roles').find((r) => r.text === 'نائب وزير الخارجية الروسي');
  assert.equal(role?.id, 'sergei-ryabkov');
  assert.equal(role?.apposition, undefined);
});
