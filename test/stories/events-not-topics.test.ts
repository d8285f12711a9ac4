import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../../src/doc/doc.js';
import { defaultPipeline } from '../../src/pipeline/default.js';
import { StoryIndex, storyFeatures } from '../../src/corpus/stories.js';

// Hand-written articles (my own wording). A story is one event: two reports of one match or one
// attack belong together; another match of the same round, or another attack in another city a
// few days later, is another story although it reads much the same.

const MATCH_A = `تغلب فريق الهلال على ضيفه الأهلي بثلاثة أهداف مقابل هدفين في المباراة التي جمعتهما مساء السبت على ملعب الملك فهد الدولي بالرياض ضمن الجولة العاشرة من دوري المحترفين. وافتتح الأهلي التسجيل في الدقيقة الخامسة عشرة من ركلة جزاء، قبل أن يعادل الهلال النتيجة قبل نهاية الشوط الأول، ثم أضاف هدفين في الشوط الثاني عن طريق مهاجمه البرازيلي. وقلص الأهلي الفارق في الوقت بدل الضائع. وبهذا الفوز رفع الهلال رصيده إلى أربع وعشرين نقطة، بينما توقف رصيد الأهلي عند تسع عشرة نقطة.`;
const MATCH_A_AGAIN = `خطف الهلال ثلاث نقاط ثمينة من الأهلي بعد مباراة مثيرة انتهت بفوزه بثلاثة أهداف لهدفين في الجولة العاشرة من الدوري السعودي، احتضنها ملعب الملك فهد الدولي في العاصمة الرياض. وتقدم الأهلي مبكرا من ركلة جزاء، لكن الهلال عاد إلى اللقاء وسجل ثلاثة أهداف متتالية، قبل أن يسجل الأهلي هدفه الثاني في الدقائق الأخيرة. وأبدى مدرب الأهلي استياءه من قرارات الحكم، فيما أشاد مدرب الهلال بردة فعل لاعبيه بعد التأخر في النتيجة.`;
const MATCH_B = `فاز الاتحاد على الشباب بهدف دون رد في المباراة التي أقيمت مساء الأحد على ملعب مدينة الملك عبدالله الرياضية بجدة ضمن الجولة العاشرة من دوري المحترفين. وجاء هدف المباراة الوحيد في الدقيقة السبعين بضربة رأس إثر ركلة ركنية، وأهدر الشباب فرصا عدة لإدراك التعادل في الشوط الثاني. وارتقى الاتحاد بهذا الفوز إلى المركز الرابع برصيد عشرين نقطة، فيما تجمد رصيد الشباب عند ست عشرة نقطة. وأكد مدرب الاتحاد أن فريقه يتحسن من مباراة إلى أخرى.`;

const ATTACK_BAGHDAD = `قتل أربعة عشر شخصا وأصيب أكثر من ثلاثين آخرين في انفجار سيارة مفخخة استهدف سوقا شعبية في حي الكرادة وسط بغداد صباح الاثنين، بحسب مصادر في الشرطة العراقية. وأوضحت المصادر أن السيارة كانت مركونة قرب محال لبيع الخضار، وأن الانفجار أدى إلى احتراق عدد من المحال والسيارات. وطوقت قوات الأمن موقع الانفجار ونقلت سيارات الإسعاف الجرحى إلى مستشفيات العاصمة، ولم تعلن أي جهة مسؤوليتها عن التفجير حتى الآن.`;
const ATTACK_BAGHDAD_AGAIN = `ارتفعت حصيلة ضحايا انفجار السيارة المفخخة في سوق الكرادة الشعبية وسط بغداد إلى ستة عشر قتيلا وأكثر من ثلاثين جريحا، وفق ما أعلنت وزارة الداخلية العراقية مساء الاثنين. وقالت الوزارة في بيان إن السيارة انفجرت بين المتسوقين قرب محال الخضار، ما أدى إلى احتراق عدد من المحال والسيارات المتوقفة، مشيرة إلى أن بين المصابين نساء وأطفالا نقلوا إلى مستشفيات العاصمة. وتبنى تنظيم داعش التفجير في بيان نشر على مواقع موالية له، فيما دان رئيس الوزراء العراقي الهجوم وأمر بفتح تحقيق في الخروقات الأمنية.`;
const ATTACK_KIRKUK = `قتل سبعة من عناصر الشرطة وأصيب عشرة آخرون في هجوم انتحاري استهدف نقطة تفتيش عند المدخل الجنوبي لمدينة كركوك شمال العراق فجر الجمعة. وقال قائد شرطة كركوك إن انتحاريا يقود شاحنة محملة بالمتفجرات اقتحم الحاجز وفجر نفسه، ما أدى إلى تدمير عدد من العربات العسكرية واحتراق سيارات مدنية. وأعلنت السلطات حظرا للتجول في المدينة، فيما تبنى تنظيم داعش الهجوم في بيان على الإنترنت، ونقلت سيارات الإسعاف الجرحى إلى المستشفى العام.`;

const pipeline = defaultPipeline();

function doc(text: string, source: string, published: string): Doc {
  const d = new Doc(text, { source, published, outlet: source.split('/')[0] });
  pipeline.run(d);
  return d;
}

describe('stories: one event, not one topic', () => {
  it('keeps two reports of one match together and another match of the round apart', () => {
    const index = new StoryIndex();
    const a = index.assign(doc(MATCH_A, 'outlet1/a', '2021-03-06'));
    const again = index.assign(doc(MATCH_A_AGAIN, 'outlet2/a', '2021-03-07'));
    const other = index.assign(doc(MATCH_B, 'outlet1/b', '2021-03-07'));
    assert.equal(again.story, a.story, `second report of the match should join (score ${again.score})`);
    assert.notEqual(other.story, a.story, `another match should start its own story (score ${other.score})`);
  });

  it('keeps two reports of one attack together and an attack in another city days later apart', () => {
    const index = new StoryIndex();
    const a = index.assign(doc(ATTACK_BAGHDAD, 'outlet1/baghdad', '2021-03-01'));
    const again = index.assign(doc(ATTACK_BAGHDAD_AGAIN, 'outlet2/baghdad', '2021-03-01'));
    const other = index.assign(doc(ATTACK_KIRKUK, 'outlet1/kirkuk', '2021-03-05'));
    assert.equal(again.story, a.story, `second report of the attack should join (score ${again.score})`);
    assert.notEqual(other.story, a.story, `another attack should start its own story (score ${other.score})`);
  });

  it('mixed arrivals sort the same way, and a rebuild from features reproduces them', () => {
    const docs = [
      doc(ATTACK_BAGHDAD, 'o1/baghdad', '2021-03-01'),
      doc(MATCH_A, 'o1/a', '2021-03-06'),
      doc(ATTACK_BAGHDAD_AGAIN, 'o2/baghdad', '2021-03-01'),
      doc(ATTACK_KIRKUK, 'o1/kirkuk', '2021-03-05'),
      doc(MATCH_B, 'o1/b', '2021-03-07'),
      doc(MATCH_A_AGAIN, 'o2/a', '2021-03-07'),
    ];
    const features = docs.map(storyFeatures);
    const live = new StoryIndex();
    const stories = features.map((f) => live.assignFeatures(f).story);
    assert.equal(live.size, 4);
    assert.equal(stories[2], stories[0]);
    assert.equal(stories[5], stories[1]);
    const rebuilt = StoryIndex.fromFeatures(JSON.parse(JSON.stringify(features)) as typeof features);
    assert.deepEqual(features.map((f) => rebuilt.storyOf(f.doc)), stories);
  });
});
