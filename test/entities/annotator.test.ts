import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../../src/doc/doc.js';
import { defaultPipeline } from '../../src/pipeline/default.js';

const pipeline = defaultPipeline();
function run(text: string): Doc {
  return pipeline.run(new Doc(text, { source: 'test' }));
}
function mentions(doc: Doc): [string, string, string][] {
  return doc.get('entities').map((e) => [e.text, e.type, e.id]);
}

/** [sentence, expected mention surface, type, id]: clitics off, ل+ال contraction kept whole. */
const SPANS: [string, string, string, string][] = [
  ['وصل الوفد وموسكو تراقب المحادثات.', 'موسكو', 'LOC', 'moscow'],
  ['وجه الوزير رسالة للناتو يوم الأحد.', 'للناتو', 'ORG', 'nato'],
  ['قال الأمين العام لحلف شمال الأطلسي إن الباب مفتوح.', 'حلف شمال الأطلسي', 'ORG', 'nato'],
  ['عقد الاجتماع في بروكسل أمس.', 'بروكسل', 'LOC', 'brussels'],
  ['سافر الوفد إلى جنيف وبروكسل الأسبوع الماضي.', 'بروكسل', 'LOC', 'brussels'],
  ['نشرت الوول ستريت جورنال تقريرا مطولا.', 'وول ستريت جورنال', 'ORG', 'wall-street-journal'],
  ['ودعت روسيا الاتحادية إلى الحوار.', 'روسيا الاتحادية', 'LOC', 'russia'],
  ['ناقش مجلس "الناتو – روسيا" الأزمة.', 'مجلس "الناتو – روسيا"', 'ORG', 'nato-russia-council'],
  ['اجتمع مجلس روسيا-الناتو أمس.', 'مجلس روسيا-الناتو', 'ORG', 'nato-russia-council'],
  ['وانتقد حلف "الناتو" الخطوة.', 'حلف "الناتو"', 'ORG', 'nato'],
  ['كتب على حسابه: ندعم #Ukraine دائما.', '#Ukraine', 'LOC', 'ukraine'],
  ['ورد @SecBlinken على السؤال.', '@SecBlinken', 'PER', 'antony-blinken'],
];

for (const [text, surface, type, id] of SPANS) {
  test(`span: ${surface} in «${text}»`, () => {
    const doc = run(text);
    const m = doc.get('entities').find((e) => e.text === surface);
    assert.ok(m, `expected ${surface}; got ${JSON.stringify(mentions(doc))}`);
    assert.equal(m.type, type);
    assert.equal(m.id, id);
    assert.equal(doc.text.slice(m.start, m.end), m.text);
  });
}

test('a nisba is not a mention but maps to its country', () => {
  const doc = run('قال المسؤول الروسي إن الموقف الأميركية واضح.');
  assert.equal(doc.get('entities').filter((e) => e.text.includes('الروسي')).length, 0);
  const n = doc.get('nisbas').map((x) => [x.text, x.id]);
  assert.deepEqual(n, [['الروسي', 'russia'], ['الأميركية', 'united-states']]);
});

test('a coordinated dual of ministries is one span under both ministries', () => {
  const doc = run('وطلب المشروع من وزارتي الدفاع والخارجية الروسية تقريرا.');
  const ms = doc.get('entities').filter((e) => e.text === 'وزارتي الدفاع والخارجية الروسية');
  assert.deepEqual(ms.map((m) => m.name).sort(), ['Russian Ministry of Defence', 'Russian Ministry of Foreign Affairs']);
});

test('surname after the full name takes the same id; roles resolve through apposition', () => {
  const doc = run(
    'قال الأمين العام لحلف الناتو ينس ستولتنبرغ إن الحلف مستعد للحوار. وأضاف ستولتنبرغ أن الأمين العام لحلف شمال الأطلسي سيزور المنطقة.',
  );
  const ids = doc.get('entities').filter((e) => e.type === 'PER').map((e) => e.id);
  assert.deepEqual(ids, ['jens-stoltenberg', 'jens-stoltenberg']);
  const roles = doc.get('roles').map((r) => [r.text, r.id, r.apposition ?? false]);
  assert.deepEqual(roles, [
    ['الأمين العام لحلف الناتو', 'jens-stoltenberg', true],
    ['الحلف', 'nato', false],
    ['الأمين العام لحلف شمال الأطلسي', 'jens-stoltenberg', false],
  ]);
});

test('names outside the knowledge base are found by the tagger and kept consistent in the document', () => {
  const doc = run('وقال الباحث أندريه كورتونوف إن المحادثات صعبة. وأضاف كورتونوف أن موسكو لن تتراجع.');
  const per = doc.get('entities').filter((e) => e.type === 'PER');
  assert.deepEqual(per.map((e) => e.text), ['أندريه كورتونوف', 'كورتونوف']);
  assert.equal(per[0].id, per[1].id);
});

test('text without names gives an empty layer, and every span slices the text', () => {
  assert.deepEqual(mentions(run('كان الجو لطيفا والناس في الحدائق.')), []);
  const doc = run('التقى بوتين وبايدن في جنيف، وناقشا أوكرانيا ومستقبل الناتو.');
  for (const e of doc.get('entities')) assert.equal(doc.text.slice(e.start, e.end), e.text);
  assert.deepEqual(doc.get('entities').map((e) => e.id), ['vladimir-putin', 'joe-biden', 'geneva', 'ukraine', 'nato']);
});

/** Words that are never names on their own: currencies, generic heads, nisbas. */
const NOT_NAMES: [string, string][] = [
  ['ارتفع سعر الدولار أمام اليورو للمرة الأولى.', 'الدولار'],
  ['ارتفع سعر الدولار أمام اليورو للمرة الأولى.', 'اليورو'],
  ['بلغت الإيرادات 68 مليار ريال في نهاية العام.', 'ريال'],
  ['قال مدير البنك إن الشركة ستفتح فرعا جديدا.', 'البنك'],
  ['أصدرت إدارة معلومات الطاقة الأمريكية تقريرها.', 'الطاقة الأمريكية'],
];
for (const [text, word] of NOT_NAMES) {
  test(`not a name: ${word}`, () => {
    const doc = run(text);
    assert.ok(!doc.get('entities').some((e) => e.text === word || e.text.endsWith(word)), JSON.stringify(mentions(doc)));
  });
}

test('a ministry without nisba belongs to the country whose delegation it is, and to no country otherwise', () => {
  const names = (text: string) => run(text).get('entities').filter((e) => e.text.includes('وزار')).map((e) => e.name).sort();
  const name = (text: string) => names(text)[0];
  assert.deepEqual(names('ومثل روسيا وفد رفيع المستوى من وزارتي الخارجية والدفاع في الاجتماع.'), ['Russian Ministry of Defence', 'Russian Ministry of Foreign Affairs']);
  assert.equal(name('وأرسلت مصر ممثلين عن وزارة الصحة إلى المؤتمر.'), 'Egyptian Ministry of Health');
  // A country named nearby in another role does not own the ministry.
  assert.equal(name('قالت مصر إن وزارة الصحة ستعلن النتائج.'), 'Ministry of Health');
  assert.equal(name('زار الوفد روسيا ثم وزارة الخارجية.'), 'Ministry of Foreign Affairs');
});

test('a name with a conjunction matches when the و is written apart', () => {
  for (const [text, id] of [
    ['زار الوزير البوسنة و الهرسك أمس.', 'bosnia-and-herzegovina'],
    ['دعت منظمة الأمن و التعاون في أوروبا إلى الحوار.', 'osce'],
    ['دعت منظمة الأمن والتعاون في أوروبا إلى الحوار.', 'osce'],
  ]) {
    const doc = run(text);
    assert.ok(doc.get('entities').some((e) => e.id === id && e.text.includes('و')), `${id} in ${text}: ${JSON.stringify(mentions(doc))}`);
  }
});

test('a ministry followed by في and a country is that country\'s', () => {
  const names = run('وقعت وزارة الخارجية في السعودية ووزارة الخارجية في مصر مذكرة تفاهم.').get('entities').filter((e) => e.text.includes('وزار')).map((e) => e.name);
  assert.deepEqual(names, ['Saudi Ministry of Foreign Affairs', 'Egyptian Ministry of Foreign Affairs']);
});

test('a one-word person name does not match a word written with a hamza the name lacks (ترأس is no تراس)', () => {
  const doc = run('ترأس الوزير الاجتماع أمس، وقالت ليز تراس إن تراس ستسافر.');
  const truss = doc.get('entities').filter((e) => e.id === 'liz-truss').map((e) => e.text);
  assert.deepEqual(truss, ['ليز تراس', 'تراس']);
  assert.ok(run('وترأس الوزير الجلسة.').get('entities').every((e) => e.id !== 'liz-truss'));
});

test('a title with a modifier (المساعدة، السابق) is a role of its own, not the unmodified title', () => {
  const doc = run('قال الأمين العام لحلف الناتو ينس ستولتنبرغ إن الحلف مستعد. وقال الأمين العام المساعد لحلف الناتو إن الاجتماع مهم.');
  const roles = doc.get('roles').filter((r) => r.text.startsWith('الأمين')).map((r) => [r.text, r.id]);
  assert.deepEqual(roles, [['الأمين العام لحلف الناتو', 'jens-stoltenberg'], ['الأمين العام المساعد لحلف الناتو', null]]);
});
