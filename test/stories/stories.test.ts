import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../../src/doc/doc.js';
import { defaultPipeline } from '../../src/pipeline/default.js';
import { StoryIndex, storyFeatures, type StoryFeatures } from '../../src/corpus/stories.js';

// Hand-written articles (my own wording): two reports of one earthquake, a different
// earthquake (same topic, other event), and an unrelated football report.
const QUAKE_A = `ضرب زلزال بقوة ست درجات على مقياس ريختر مدينة إزمير غرب تركيا فجر الجمعة، ما أدى إلى انهيار عشرات المباني السكنية ومقتل سبعة عشر شخصا وإصابة نحو ثلاثمئة آخرين بجروح. وقالت هيئة إدارة الكوارث التركية إن فرق الإنقاذ تواصل البحث عن ناجين تحت الأنقاض في أحياء المدينة الساحلية، فيما شعر سكان الجزر اليونانية القريبة بالهزة. وأعلن والي إزمير فتح المدارس والمساجد لإيواء العائلات التي فقدت منازلها.`;
const QUAKE_B = `ارتفعت حصيلة ضحايا الزلزال الذي هز إزمير التركية إلى سبعة عشر قتيلا، بحسب هيئة الكوارث والطوارئ، مع استمرار عمليات الإنقاذ بين ركام المباني المنهارة في المدينة. وأوضحت الهيئة أن قوة الهزة بلغت ست درجات، وأن مئات المصابين نقلوا إلى المستشفيات، بينما أقامت السلطات خياما لإيواء السكان الذين شردهم الزلزال. وشعر سكان جزيرة ساموس اليونانية بالهزة أيضا، وأغلقت المدارس في الجزيرة.`;
const QUAKE_JAPAN = `سجلت هيئة الأرصاد اليابانية زلزالا بقوة سبع درجات قبالة سواحل محافظة مياغي شمال شرق اليابان مساء الأحد، وأصدرت تحذيرا من موجات تسونامي صغيرة على امتداد الساحل. وأفادت شركة الكهرباء بانقطاع التيار عن آلاف المنازل، بينما علقت السكك الحديدية رحلات القطارات السريعة للتحقق من سلامة الجسور. ولم ترد تقارير فورية عن خسائر بشرية، وأكدت السلطات أن المحطات النووية في المنطقة تعمل بشكل طبيعي.`;
const FOOTBALL = `حقق نادي الهلال فوزا ثمينا على ضيفه النصر بهدفين مقابل هدف في قمة مباريات الدوري السعودي للمحترفين مساء السبت على ملعب الملك فهد الدولي في الرياض. وسجل المهاجم هدف الفوز في الدقائق الأخيرة من اللقاء بعد تمريرة عرضية متقنة، ليرفع الفريق رصيده إلى ثلاثين نقطة في صدارة جدول الترتيب، فيما تجمد رصيد المنافس عند خمس وعشرين نقطة في المركز الثالث. وأشاد المدرب بروح اللاعبين وأدائهم الدفاعي المنضبط.`;

// The whole pipeline: a story's names (entities) decide between events that read alike.
const pipeline = defaultPipeline();

function doc(text: string, source: string, published: string | null = '2020-10-30', outlet: string | null = null): Doc {
  const d = new Doc(text, { source, published, outlet });
  pipeline.run(d);
  return d;
}

describe('stories: clustering', () => {
  it('puts two wordings of one event together and keeps other events apart', () => {
    const index = new StoryIndex();
    const a = index.assign(doc(QUAKE_A, 'a'));
    const b = index.assign(doc(QUAKE_B, 'b', '2020-10-31'));
    const j = index.assign(doc(QUAKE_JAPAN, 'j', '2020-10-31'));
    const f = index.assign(doc(FOOTBALL, 'f'));
    assert.equal(a.created, true);
    assert.equal(b.story, a.story, `same quake should join (score ${b.score})`);
    assert.notEqual(j.story, a.story, `other quake should start its own story (score ${j.score})`);
    assert.notEqual(f.story, a.story);
    assert.notEqual(f.story, j.story);
    assert.equal(index.size, 3);
  });

  it('marks a syndicated copy as a duplicate and puts it in the original story', () => {
    const index = new StoryIndex();
    const a = index.assign(doc(QUAKE_A, 'a', '2020-10-30', 'outlet1'));
    const copy = index.assign(doc('(أ ف ب) ' + QUAKE_A, 'copy', '2020-10-30', 'outlet2'));
    assert.equal(copy.duplicateOf, 'a');
    assert.equal(copy.story, a.story);
  });

  it('story ids are stable: s- plus the first document hash prefix', () => {
    const d = doc(QUAKE_A, 'a');
    const r = new StoryIndex().assign(d);
    assert.equal(r.story, 's-' + d.meta.contentHash.slice(0, 12));
    assert.equal(d.story, r.story);
  });

  it('rebuilds the same assignments from stored features', () => {
    const docs = [doc(QUAKE_A, 'a'), doc(FOOTBALL, 'f'), doc(QUAKE_B, 'b'), doc(QUAKE_JAPAN, 'j')];
    const features: StoryFeatures[] = docs.map(storyFeatures);
    const live = new StoryIndex();
    const stories = features.map((f) => live.assignFeatures(f).story);
    const rebuilt = StoryIndex.fromFeatures(JSON.parse(JSON.stringify(features)) as StoryFeatures[]);
    assert.deepEqual(features.map((f) => rebuilt.storyOf(f.doc)), stories);
  });

  it('far-apart dates weaken the match (time decay)', () => {
    const index = new StoryIndex();
    index.assign(doc(QUAKE_A, 'a', '2020-10-30'));
    const near = new StoryIndex();
    near.assign(doc(QUAKE_A, 'a', '2020-10-30'));
    const late = index.assignFeatures({ ...storyFeatures(doc(QUAKE_B, 'b')), day: 18_600 + 400 });
    const soon = near.assign(doc(QUAKE_B, 'b', '2020-10-31'));
    assert.ok(late.score < soon.score || late.created);
  });

  it('features are compact and JSON-safe', () => {
    const f = storyFeatures(doc(QUAKE_A, 'a'));
    assert.ok(f.terms.length > 0 && f.terms.length <= 40);
    assert.equal(f.minhash.length, 16);
    assert.deepEqual(JSON.parse(JSON.stringify(f)), f);
  });
});
