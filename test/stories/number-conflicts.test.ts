import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../../src/doc/doc.js';
import { defaultPipeline } from '../../src/pipeline/default.js';
import { compareOutlets } from '../../src/corpus/compare.js';

/** Different figures or dates for the same quantity across outlets are flagged; unrelated numbers are not. */
const pipeline = defaultPipeline();
const doc = (outlet: string, text: string, published = '2024-05-20') => pipeline.run(new Doc(text, { source: outlet + '.txt', outlet, published }));

test('number conflict: same quantity (anchor + unit), different figures in two outlets', () => {
  const a = doc('أ', 'أعلنت الحكومة عن خطة إعمار بتمويل قدره 300 مليون دولار لإعادة بناء المدارس.');
  const b = doc('ب', 'كشفت الحكومة عن خطة إعمار بتمويل يبلغ 250 مليون دولار لإعادة بناء المدارس.');
  const conflicts = compareOutlets([a, b], []).conflicts.filter((c) => c.kind === 'number');
  assert.equal(conflicts.length, 1);
  assert.deepEqual(conflicts[0].values, { '300': ['أ'], '250': ['ب'] });
});

test('number conflict: a day given differently is compared as the date it resolves to', () => {
  const a = doc('أ', 'افتتح المعرض في الرياض يوم 14 أيار 2024 بحضور الوزير.');
  const b = doc('ب', 'افتتح المعرض في الرياض يوم 15 أيار 2024 بحضور الوزير.');
  const conflicts = compareOutlets([a, b], []).conflicts.filter((c) => c.kind === 'date');
  assert.equal(conflicts.length, 1);
  assert.deepEqual(conflicts[0].values, { '2024-05-14': ['أ'], '2024-05-15': ['ب'] });
});

test('no number conflict: same figure, unrelated quantities, or one outlet giving two figures', () => {
  const same = [doc('أ', 'بلغت قيمة الصفقة 40 مليون دولار.'), doc('ب', 'بلغت قيمة الصفقة 40 مليون دولار وفق مصادر.')];
  assert.equal(compareOutlets(same, []).conflicts.filter((c) => c.kind === 'number').length, 0);
  const unrelated = [doc('أ', 'أصيب 12 شخصا في الحادث.'), doc('ب', 'شارك 300 لاعب في البطولة.')];
  assert.equal(compareOutlets(unrelated, []).conflicts.filter((c) => c.kind === 'number').length, 0);
  const oneOutlet = [doc('أ', 'خصصت الوزارة 20 مليون دولار للمدارس و30 مليون دولار للمستشفيات.')];
  assert.equal(compareOutlets(oneOutlet, []).conflicts.filter((c) => c.kind === 'number').length, 0);
});
