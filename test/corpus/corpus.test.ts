import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Rasd } from '../../src/app/rasd.js';
import { SqliteStore } from '../../src/store/sqlite.js';

/**
 * The corpus stage end to end on hand-written articles: two outlets report one meeting (one
 * dated, one not), a third article is about something else.
 */
const DATED = {
  source: 'outlet-a.txt',
  text: [
    'وزراء خارجية دول الجوار يبحثون أزمة المياه في عمّان',
    '(وكالة الأنباء الأردنية - 12 آذار 2024)',
    'اجتمع وزراء خارجية الأردن والعراق وسوريا في العاصمة الأردنية عمّان يوم الثلاثاء لبحث أزمة المياه وتقاسم مياه نهر الفرات ونهر اليرموك.',
    'وقال وزير الخارجية الأردني أيمن الصفدي إن "أزمة المياه تهدد استقرار المنطقة بأسرها".',
    'واتفق الوزراء على تشكيل لجنة فنية مشتركة لمتابعة ملف المياه وتقاسم الحصص بين الدول الثلاث.',
  ].join('\n'),
};
const UNDATED = {
  source: 'outlet-b.txt',
  text: [
    'اجتماع ثلاثي في عمّان حول أزمة المياه',
    'عقد وزراء خارجية الأردن والعراق وسوريا يوم الثلاثاء اجتماعا في عمّان خصص لبحث أزمة المياه وتقاسم مياه نهر الفرات واليرموك.',
    'وأكد الصفدي الثلاثاء أن أزمة المياه تهدد استقرار المنطقة، فيما اتفق الوزراء على تشكيل لجنة فنية مشتركة لمتابعة ملف المياه وتقاسم الحصص.',
  ].join('\n'),
};
const OTHER = {
  source: 'outlet-c.txt',
  text: ['افتتاح معرض الكتاب في الرياض', 'افتتح معرض الرياض الدولي للكتاب أبوابه للزوار بمشاركة أكثر من ألف دار نشر عربية وأجنبية، ويستمر المعرض عشرة أيام.'].join('\n'),
};

test('corpus: one story for two reports of one meeting, a separate one for an unrelated article', async () => {
  const rasd = new Rasd(new SqliteStore(':memory:'));
  const result = await rasd.analyzeRaw([DATED, UNDATED, OTHER]);
  assert.equal(result.errors.length, 0);
  const [a, b, c] = result.documents;
  assert.ok(a.story && b.story && c.story);
  assert.equal(a.story, b.story, 'same meeting, different wording → one story');
  assert.notEqual(a.story, c.story, 'unrelated article → its own story');
  const story = result.stories.find((s) => s.id === a.story)!;
  assert.deepEqual([...story.documents].sort(), ['outlet-a.txt', 'outlet-b.txt']);
  await rasd.close();
});

test('corpus: an undated article takes the date its weekday references agree with among its story (two mentions needed)', async () => {
  const rasd = new Rasd(new SqliteStore(':memory:'));
  const result = await rasd.analyzeRaw([UNDATED, DATED]);
  const undated = result.documents.find((d) => d.source === 'outlet-b.txt')!;
  const meta = undated.meta as { publishedCertainty: string | null; publishedEvidence: string | null };
  assert.equal(undated.published, '2024-03-12', '12 March 2024 was a Tuesday (يوم الثلاثاء)');
  assert.equal(meta.publishedCertainty, 'inferred');
  const tuesday = undated.dates.find((d) => d.text.includes('الثلاثاء'));
  assert.equal(tuesday?.value, '2024-03-12', 'its relative dates are resolved again');
  await rasd.close();
});

test('corpus: analysing the same articles again stores nothing new and keeps the stories', async () => {
  const rasd = new Rasd(new SqliteStore(':memory:'));
  const first = await rasd.analyzeRaw([DATED, UNDATED]);
  const again = await rasd.analyzeRaw([DATED, UNDATED]);
  assert.equal(again.created, 0);
  assert.equal(again.skipped, 2);
  assert.deepEqual(again.documents.map((d) => d.story), first.documents.map((d) => d.story));
  assert.equal(await rasd.store.countDocuments(), 2);
  await rasd.close();
});

test('corpus: entities are linked to one identity across documents', async () => {
  const rasd = new Rasd(new SqliteStore(':memory:'));
  const result = await rasd.analyzeRaw([DATED, UNDATED]);
  const ids = (src: string, surface: string) =>
    result.documents.find((d) => d.source === src)!.entities.filter((e) => e.text.includes(surface)).map((e) => e.id);
  const jordanA = ids('outlet-a.txt', 'الأردن');
  const jordanB = ids('outlet-b.txt', 'الأردن');
  assert.ok(jordanA.length > 0 && jordanB.length > 0);
  assert.equal(jordanA[0], jordanB[0]);
  assert.ok(await rasd.store.getEntity(jordanA[0]));
  await rasd.close();
});
