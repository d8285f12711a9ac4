import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../../src/doc/doc.js';
import { defaultPipeline } from '../../src/pipeline/default.js';

/** عمان is Amman (عَمّان, Jordan's capital) or Oman (عُمان): diacritics, then context, decide. */
const CASES: [string, string, string][] = [
  ['زار الوزير سلطنة عمان أمس والتقى السلطان.', 'عمان', 'oman'],
  ['وصل الوفد إلى عمّان عاصمة المملكة.', 'عمّان', 'amman'],
  ['صدّرت عُمان النفط إلى الهند.', 'عُمان', 'oman'],
  ['وصل وزير الخارجية الأردني إلى عمان قادما من بغداد.', 'عمان', 'amman'],
  ['استضافت الأردن اجتماعا في عمان لبحث أزمة المياه.', 'عمان', 'amman'],
  ['أعلنت وزارة الخارجية في مسقط أن عمان ستستضيف القمة.', 'عمان', 'oman'],
];

const pipeline = defaultPipeline();
for (const [text, surface, id] of CASES) {
  test(`homograph: «${surface}» in «${text}» → ${id}`, () => {
    const doc = pipeline.run(new Doc(text, { source: 'homograph' }));
    const mention = doc.layer('entities').find((e) => e.text === surface);
    assert.ok(mention, `no mention «${surface}»`);
    assert.equal(mention.id, id);
  });
}
