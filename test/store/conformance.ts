import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../../src/doc/doc.js';
import { documentRecord } from '../../src/output/jsonl.js';
import type { Store } from '../../src/store/store.js';
import { segmentAnnotator } from '../../src/annotate/text/segment.js';

/**
 * The store conformance suite: every Store implementation must pass it
 * (hono-style `runTest({ newStore })`).
 */
export function runStoreConformance(name: string, newStore: () => Promise<Store> | Store): void {
  const record = (text: string, source: string, extra: Partial<{ outlet: string; published: string; title: string }> = {}) => {
    const doc = new Doc(text, { source, outlet: extra.outlet ?? null, published: extra.published ?? null, title: extra.title ?? null });
    segmentAnnotator.run(doc);
    doc.set('entities', [{ start: 0, end: 5, text: text.slice(0, 5), type: 'LOC', id: 'moscow', name: 'Moscow' }]);
    return documentRecord(doc);
  };

  test(`${name}: saves a document and reads it back unchanged`, async () => {
    const store = await newStore();
    const rec = record('موسكو تستضيف محادثات جديدة حول الأمن الأوروبي.', 'a.txt', { outlet: 'وكالة أ', published: '2022-01-12', title: 'محادثات' });
    const { id, created } = await store.saveDocument(rec);
    assert.equal(created, true);
    const back = (await store.getDocument(id))!;
    assert.equal(back.text, rec.text);
    assert.equal(back.outlet, 'وكالة أ');
    assert.equal(back.published, '2022-01-12');
    assert.deepEqual(back.entities, rec.entities);
    assert.equal(await store.countDocuments(), 1);
    await store.close();
  });

  test(`${name}: updateDocument replaces the record, layers and mentions`, async () => {
    const store = await newStore();
    const rec = record('موسكو ترحب بالمبادرة الجديدة.', 'u.txt');
    const { id } = await store.saveDocument(rec);
    await store.updateDocument(id, { ...rec, published: '2022-01-12', entities: [] });
    const back = (await store.getDocument(id))!;
    assert.equal(back.published, '2022-01-12');
    assert.deepEqual(back.entities, []);
    assert.equal((await store.search('موسكو', { entity: 'moscow' })).length, 0, 'old mentions are gone');
    await assert.rejects(store.updateDocument('no-such-id', rec));
    await store.close();
  });

  test(`${name}: ingestion is idempotent by content hash`, async () => {
    const store = await newStore();
    const first = await store.saveDocument(record('نص الخبر الأول عن القمة.', 'x.txt'));
    const again = await store.saveDocument(record('نص الخبر الأول عن القمة.', 'copy-of-x.txt'));
    assert.equal(again.created, false);
    assert.equal(again.id, first.id);
    assert.equal(await store.countDocuments(), 1);
    await store.close();
  });

  test(`${name}: a document that fails half-way through saving leaves nothing behind`, async () => {
    const store = await newStore();
    const bad = record('خبر فيه إشارة تالفة.', 'broken.txt');
    // An entity without offsets fails after the document row is written: the whole save must roll back.
    (bad.entities as unknown[]).push({ text: 'x', type: 'LOC', id: 'x', name: 'x' });
    await assert.rejects(store.saveDocument(bad));
    assert.equal(await store.countDocuments(), 0);
    assert.equal(await store.findByHash((bad.meta as { contentHash: string }).contentHash), null);
    await store.close();
  });

  test(`${name}: Arabic search folds hamza, alef, diacritics and clitics`, async () => {
    const store = await newStore();
    await store.saveDocument(record('اجتمع حلف شمال الأطلسي في بروكسل مع وفد من موسكو.', 'n1.txt', { outlet: 'أ', published: '2022-01-12' }));
    await store.saveDocument(record('أمطار غزيرة في الرياض اليوم.', 'n2.txt', { outlet: 'ب', published: '2022-01-13' }));
    const hits = await store.search('الاطلسي');
    assert.equal(hits.length, 1);
    assert.equal(hits[0].source, 'n1.txt');
    assert.match(hits[0].snippet, /\[الأطلسي\]/);
    assert.equal((await store.search('وموسكو'))[0]?.source, 'n1.txt');
    assert.equal((await store.search('بالرياض'))[0]?.source, 'n2.txt');
    assert.equal((await store.search('الأطلسي', { outlet: 'ب' })).length, 0);
    assert.equal((await store.search('الأطلسي', { from: '2022-01-13' })).length, 0);
    assert.equal((await store.search('الأطلسي', { entity: 'moscow' })).length, 1);
    assert.deepEqual(await store.search('   '), []);
    await store.close();
  });

  test(`${name}: entities, stories and state round-trip`, async () => {
    const store = await newStore();
    await store.saveEntities([{ id: 'nato', name: 'NATO', type: 'ORG', aliases: ['الناتو', 'حلف شمال الأطلسي'], mentions: 3, firstSeen: '2022-01-12', lastSeen: '2022-01-12', documents: ['a'], outlets: ['x'] }]);
    assert.deepEqual((await store.getEntity('nato'))?.aliases, ['الناتو', 'حلف شمال الأطلسي']);
    assert.equal(await store.getEntity('missing'), null);
    await store.saveStory({ kind: 'story', id: 's-1', title: 'قصة', documents: ['a.txt'], timeline: [], dates: { from: '2022-01-10', to: '2022-01-12' } });
    assert.equal((await store.getStory('s-1'))?.title, 'قصة');
    assert.equal((await store.listStories({ from: '2022-01-11' })).length, 1);
    assert.equal((await store.listStories({ from: '2022-02-01' })).length, 0);
    await store.setState('k', 'v1');
    await store.setState('k', 'v2');
    assert.equal(await store.getState('k'), 'v2');
    await store.close();
  });
}
