import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../../src/doc/doc.js';
import { defaultPipeline } from '../../src/pipeline/default.js';

const pipeline = defaultPipeline();
function persons(text: string): [string, string][] {
  return pipeline
    .run(new Doc(text, { source: 'test' }))
    .get('entities')
    .filter((e) => e.type === 'PER')
    .map((e) => [e.text, e.id]);
}

// My own sentences. "آل" + a name after a person's name is the family name, part of the name.
test('the family name after a person is part of the name, not a person of its own', () => {
  const found = persons('استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود في جدة أمس سفير اليابان.');
  assert.deepEqual(found, [['سلمان بن عبدالعزيز آل سعود', 'king-salman']]);
});

test('two members of one family keep their own identities', () => {
  const found = persons('وحضر اللقاء الأمير مقرن بن عبدالعزيز آل سعود، واستقبل الملك سلمان بن عبدالعزيز آل سعود الضيوف.');
  const ids = new Map(found);
  assert.equal(ids.get('سلمان بن عبدالعزيز آل سعود'), 'king-salman');
  assert.ok(ids.has('مقرن بن عبدالعزيز آل سعود'));
  assert.notEqual(ids.get('مقرن بن عبدالعزيز آل سعود'), 'king-salman');
  // No bare "سعود" person linked to one of them.
  assert.ok(!found.some(([text]) => text === 'سعود'));
});

test('a bare word of a family name is not linked to a member of that family', () => {
  const found = persons('استقبل الشيخ محمد بن زايد آل نهيان ضيوفه في أبوظبي. وقال نهيان إن الزيارة مهمة.');
  assert.ok(found.some(([text, id]) => text === 'محمد بن زايد آل نهيان' && id === 'mohammed-bin-zayed'));
  for (const [text, id] of found) if (text === 'نهيان') assert.notEqual(id, 'mohammed-bin-zayed');
});
