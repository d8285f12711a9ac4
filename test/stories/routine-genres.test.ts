import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../../src/doc/doc.js';
import { defaultPipeline } from '../../src/pipeline/default.js';
import { StoryIndex, figuresOf, storyFeatures, titleEntities } from '../../src/corpus/stories.js';
import { normalize } from '../../src/text/normalize.js';

// Hand-written articles (my own wording). Routine reports of one genre — the king's audiences,
// the daily weather bulletin, a central bank's statistics, dividend notices — read alike and share their recurring
// names (the officials who attend, the Red Sea, the bank); each edition is still its own event.

const SENEGAL_TITLE = 'خادم الحرمين الشريفين يستقبل رئيس السنغال';
const SENEGAL = `استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز في قصر اليمامة بالرياض اليوم، فخامة الرئيس ماكي سال رئيس جمهورية السنغال والوفد المرافق له. وجرى خلال الاستقبال استعراض العلاقات الثنائية بين البلدين الشقيقين وسبل دعمها وتعزيزها في مختلف المجالات، إضافة إلى بحث مستجدات الأحداث على الساحتين الإقليمية والدولية. وقلد خادم الحرمين الشريفين الرئيس السنغالي قلادة الملك عبدالعزيز. حضر الاستقبال الأمير محمد بن نايف بن عبدالعزيز ولي العهد، ووزير الدولة عضو مجلس الوزراء الدكتور مساعد بن محمد العيبان، ووزير الخارجية عادل الجبير.`;
const SENEGAL_AGAIN_TITLE = 'الملك سلمان يبحث مع ماكي سال تعزيز العلاقات';
const SENEGAL_AGAIN = `بحث خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز مع رئيس السنغال ماكي سال خلال استقباله في الرياض أمس العلاقات بين المملكة والسنغال وآفاق التعاون بين البلدين، كما تناول اللقاء تطورات الأوضاع في المنطقة وجهود مكافحة الإرهاب. ومنح الملك سلمان ضيفه قلادة الملك عبدالعزيز تقديرا لجهوده، فيما أشاد الرئيس السنغالي بدور المملكة في خدمة الإسلام والمسلمين. وحضر اللقاء ولي العهد الأمير محمد بن نايف ووزير الخارجية عادل الجبير ووزير الدولة مساعد العيبان.`;
const PAKISTAN_TITLE = 'خادم الحرمين الشريفين يستقبل رئيس وزراء باكستان';
const PAKISTAN = `استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز في قصر اليمامة بالرياض اليوم، دولة رئيس وزراء جمهورية باكستان الإسلامية محمد نواز شريف والوفد المرافق له. وجرى خلال الاستقبال استعراض العلاقات الثنائية بين البلدين الشقيقين وسبل دعمها وتعزيزها في مختلف المجالات، إضافة إلى بحث مستجدات الأحداث على الساحتين الإقليمية والدولية. حضر الاستقبال الأمير محمد بن نايف بن عبدالعزيز ولي العهد، ووزير الدولة عضو مجلس الوزراء الدكتور مساعد بن محمد العيبان، ووزير الخارجية عادل الجبير.`;

const WEATHER_TITLE = 'الأرصاد: طقس شديد الحرارة على شرق ووسط المملكة';
const WEATHER = `توقعت الرئاسة العامة للأرصاد وحماية البيئة في تقريرها عن حالة الطقس لهذا اليوم طقسا شديد الحرارة على المنطقة الشرقية والرياض تصل فيه درجات الحرارة العظمى إلى 48 درجة مئوية، ومعتدلا على مرتفعات عسير والباحة مع فرصة لتكون السحب الركامية الممطرة. وأوضح التقرير أن حركة الرياح السطحية على البحر الأحمر ستكون شمالية غربية بسرعة 20 إلى 45 كيلومترا في الساعة، وارتفاع الموج من متر ونصف إلى مترين ونصف، فيما تكون الرياح على الخليج العربي شمالية بسرعة 10 إلى 30 كيلومترا في الساعة وارتفاع الموج من متر إلى متر ونصف.`;
const WEATHER_NEXT_DAY_TITLE = 'الأرصاد: طقس حار على شرق ووسط المملكة ومعتدل على المرتفعات';
const WEATHER_NEXT_DAY = `توقعت الرئاسة العامة للأرصاد وحماية البيئة في تقريرها عن حالة الطقس لهذا اليوم طقسا حارا على المنطقة الشرقية والرياض تصل فيه درجات الحرارة العظمى إلى 46 درجة مئوية، ومعتدلا على مرتفعات عسير والباحة مع نشاط للرياح المثيرة للأتربة على نجران. وأوضح التقرير أن حركة الرياح السطحية على البحر الأحمر ستكون غربية بسرعة 15 إلى 35 كيلومترا في الساعة، وارتفاع الموج من متر إلى متر ونصف، فيما تكون الرياح على الخليج العربي شمالية غربية بسرعة 18 إلى 38 كيلومترا في الساعة وارتفاع الموج من نصف متر إلى متر.`;
// Two days on, the bulletin's wording and figures may well repeat; only the day differs.
const WEATHER_TWO_DAYS_ON = WEATHER.replace('لهذا اليوم', 'ليوم الخميس').replace('السحب الركامية الممطرة', 'السحب الركامية');

const TALKS_TITLE = 'كيري يصل إلى فيينا لاستئناف المفاوضات النووية مع إيران';
const TALKS = `وصل وزير الخارجية الأمريكي جون كيري إلى العاصمة النمساوية فيينا مساء الأحد لاستئناف المفاوضات النووية مع إيران، في محاولة للتوصل إلى اتفاق نهائي قبل انقضاء المهلة المحددة. وقال كيري للصحفيين لدى وصوله إن تقدما حقيقيا تحقق لكن قضايا صعبة ما زالت عالقة، مشيرا إلى أنه سيلتقي نظيره الإيراني محمد جواد ظريف خلال ساعات. وتتركز الخلافات على آلية رفع العقوبات وعمليات التفتيش على المنشآت العسكرية الإيرانية.`;
// Another outlet runs the same report three days later.
const TALKS_LATE = TALKS.replace('مساء الأحد', 'قبل أيام').replace('وقال كيري للصحفيين', 'وكان كيري قد قال للصحفيين');

const LENDING_TITLE = 'مؤسسة النقد: 454.4 مليار ريال قدمتها مؤسسات الإقراض الحكومية';
const LENDING = `أظهر التقرير السنوي لمؤسسة النقد العربي السعودي أن إجمالي القروض التي قدمتها مؤسسات الإقراض الحكومية المتخصصة منذ إنشائها حتى نهاية عام 2014 بلغ 454.4 مليار ريال، مقابل 415.3 مليار ريال بنهاية العام السابق. وأوضح التقرير أن صندوق التنمية العقارية استحوذ على 58.1 في المئة من إجمالي القروض، فيما بلغت حصة صندوق التنمية الصناعية 21.3 في المئة. وتراجع حجم سداد القروض المستحقة بنسبة 29.7 في المئة خلال العام.`;
const PAYMENTS_TITLE = 'مؤسسة النقد: نمو عمليات الشبكة السعودية للمدفوعات 11.8%';
const PAYMENTS = `أظهر التقرير السنوي لمؤسسة النقد العربي السعودي أن عدد العمليات المنفذة عبر الشبكة السعودية للمدفوعات ارتفع بنسبة 11.8 في المئة خلال عام 2014 ليبلغ 627.3 مليون عملية. وأوضح التقرير أن قيمة السحوبات النقدية عبر أجهزة الصرف الآلي بلغت 363.7 مليار ريال، فيما ارتفع عدد أجهزة نقاط البيع إلى 15516 جهازا بنهاية العام، بزيادة 9.8 في المئة. وبلغت قيمة عمليات نقاط البيع 904.3 مليار ريال.`;

const DIVIDEND_A_TITLE = 'شركة الواحة للصناعات الغذائية توزع أرباحا على مساهميها عن النصف الأول';
const DIVIDEND_A = `أقر مجلس إدارة شركة الواحة للصناعات الغذائية توزيع أرباح نقدية على مساهمي الشركة عن النصف الأول من العام المالي على النحو التالي: إجمالي المبلغ الموزع 60,000,000 ريال، وحصة السهم الواحد 1.50 ريال، ونسبة التوزيع من القيمة الاسمية للسهم 15%. وتكون أحقية الأرباح لمساهمي الشركة المسجلين لدى مركز إيداع الأوراق المالية بنهاية تداول يوم 30-07-2015، على أن يبدأ التوزيع في 13-08-2015.`;
const DIVIDEND_A_AGAIN_TITLE = 'الواحة للصناعات الغذائية: 60 مليون ريال أرباحا للنصف الأول';
const DIVIDEND_A_AGAIN = `قررت شركة الواحة للصناعات الغذائية توزيع 60,000,000 ريال أرباحا نقدية على مساهميها عن النصف الأول بواقع 1.50 ريال للسهم، أي ما نسبته 15% من القيمة الاسمية. وأوضحت الشركة في بيان على موقع السوق المالية أن الأحقية للمساهمين المسجلين بنهاية تداول 30-07-2015، وأن التوزيع يبدأ في 13-08-2015.`;
const DIVIDEND_B_TITLE = 'شركة أسمنت الجوف توصي بتوزيع أرباح على مساهميها عن النصف الأول';
const DIVIDEND_B = `أوصى مجلس إدارة شركة أسمنت الجوف بتوزيع أرباح نقدية على مساهمي الشركة عن النصف الأول من العام المالي على النحو التالي: إجمالي المبلغ الموزع 108,000,000 ريال، وحصة السهم الواحد 0.60 ريال، ونسبة التوزيع من القيمة الاسمية للسهم 6%. وتكون أحقية الأرباح لمساهمي الشركة المسجلين لدى مركز إيداع الأوراق المالية بنهاية تداول يوم 30-07-2015، على أن يعلن تاريخ التوزيع لاحقا.`;

const pipeline = defaultPipeline();

function doc(text: string, title: string, source: string, published: string): Doc {
  const d = new Doc(text, { source, published, title, outlet: source.split('/')[0] });
  pipeline.run(d);
  return d;
}

describe('stories: routine reports are events, not genres', () => {
  it('keeps two reports of one royal audience together and the next day’s audience of another visitor apart', () => {
    const index = new StoryIndex();
    const senegal = index.assign(doc(SENEGAL, SENEGAL_TITLE, 'outlet1/senegal', '2021-03-01'));
    const again = index.assign(doc(SENEGAL_AGAIN, SENEGAL_AGAIN_TITLE, 'outlet2/senegal', '2021-03-02'));
    const pakistan = index.assign(doc(PAKISTAN, PAKISTAN_TITLE, 'outlet1/pakistan', '2021-03-02'));
    assert.equal(again.story, senegal.story, `another report of the audience should join (score ${again.score})`);
    assert.notEqual(pakistan.story, senegal.story, `another visitor with the same attendees is another audience (score ${pakistan.score})`);
  });

  it('keeps two days’ weather bulletins apart and a copy of one with it', () => {
    const index = new StoryIndex();
    const first = index.assign(doc(WEATHER, WEATHER_TITLE, 'outlet1/weather', '2021-03-01'));
    const copy = index.assign(doc(WEATHER, 'طقس شديد الحرارة على شرق ووسط المملكة', 'outlet2/weather', '2021-03-01'));
    const next = index.assign(doc(WEATHER_NEXT_DAY, WEATHER_NEXT_DAY_TITLE, 'outlet2/weather-next', '2021-03-02'));
    assert.equal(copy.story, first.story);
    assert.notEqual(next.story, first.story, `the next day's bulletin reports other figures (score ${next.score})`);
  });

  it('starts a new story for a bulletin worded alike two days on, but a late copy naming the story’s actor joins', () => {
    const index = new StoryIndex();
    const first = index.assign(doc(WEATHER, WEATHER_TITLE, 'outlet1/weather', '2021-03-01'));
    const reprint = index.assign(doc(WEATHER, WEATHER_TITLE, 'outlet3/weather', '2021-03-02'));
    const later = index.assign(doc(WEATHER_TWO_DAYS_ON, 'طقس شديد الحرارة على شرق ووسط المملكة', 'outlet1/weather-thursday', '2021-03-03'));
    assert.equal(reprint.story, first.story, 'a next-day reprint is the same bulletin');
    assert.notEqual(later.story, first.story, 'two days on, wording and places alone do not carry a story');

    const talks = index.assign(doc(TALKS, TALKS_TITLE, 'outlet1/talks', '2021-03-01'));
    const late = index.assign(doc(TALKS_LATE, TALKS_TITLE, 'outlet3/talks', '2021-03-04'));
    assert.equal(late.story, talks.story, 'the story’s actor (Kerry) carries it over the days');
  });

  it('keeps two statistics from one central bank’s report apart', () => {
    const index = new StoryIndex();
    const lending = index.assign(doc(LENDING, LENDING_TITLE, 'outlet1/lending', '2021-03-01'));
    const payments = index.assign(doc(PAYMENTS, PAYMENTS_TITLE, 'outlet2/payments', '2021-03-01'));
    assert.notEqual(payments.story, lending.story, `other figures, other report (score ${payments.score})`);
  });

  it('keeps two companies’ dividend notices apart and two reports of one together', () => {
    const index = new StoryIndex();
    const a = index.assign(doc(DIVIDEND_A, DIVIDEND_A_TITLE, 'outlet1/dividend-a', '2021-03-01'));
    const b = index.assign(doc(DIVIDEND_B, DIVIDEND_B_TITLE, 'outlet1/dividend-b', '2021-03-01'));
    const again = index.assign(doc(DIVIDEND_A_AGAIN, DIVIDEND_A_AGAIN_TITLE, 'outlet2/dividend-a', '2021-03-01'));
    assert.notEqual(b.story, a.story, `the same template with other figures is another company's notice (score ${b.score})`);
    assert.equal(again.story, a.story, `another report of the same notice should join (score ${again.score})`);
  });

  it('assigns records stored without figures, title names and agents as before those were kept', () => {
    const strip = (d: Doc) => {
      const { figures: _f, titleEntities: _t, agents: _a, ...rest } = storyFeatures(d);
      return rest;
    };
    const index = new StoryIndex();
    const first = index.assignFeatures(strip(doc(WEATHER, WEATHER_TITLE, 'outlet1/weather', '2021-03-01')));
    const next = index.assignFeatures(strip(doc(WEATHER_NEXT_DAY, WEATHER_NEXT_DAY_TITLE, 'outlet2/weather-next', '2021-03-02')));
    assert.equal(next.story, first.story);
  });
});

describe('stories: the figures an article reports', () => {
  const cases: [string, [string, string][], string[]][] = [
    ['decimals, a decimal comma and the Arabic decimal separator', [['454.4', 'مليار'], ['64,6', 'مليون'], ['322٫8', 'مليار']], ['454.4', '64.6', '322.8']],
    ['a thousands separator is dropped', [['15,516', 'جهازا'], ['1.000.000', 'ريال']], ['15516', '1000000']],
    ['years, Hijri years and counts under 10 are left out', [['2014', 'بلغ'], ['1436', 'هـ'], ['7', 'شاحنات'], ['45', 'عقدا']], ['45']],
    ['a day of the month is a date, not a figure', [['26', 'فبراير'], ['12', 'شوال'], ['26', 'عقدا']], ['26']],
    ['dates and times are left out; range ends count on their own', [['12/01/2022', ''], ['30-07-2015', ''], ['9:21', ''], ['15-35', 'كم']], ['15', '35']],
    ['each figure once', [['11.8', 'في'], ['11.80', '%']], ['11.8']],
  ];
  for (const [name, numbers, expected] of cases) it(name, () => assert.deepEqual(figuresOf(numbers), expected));
});

describe('stories: the entities a title names', () => {
  const entities = [
    { id: 'king', text: 'خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود' },
    { id: 'carter', text: 'آشتون كارتر' },
    { id: 'muqrin', text: 'الأمير مقرن بن عبدالعزيز آل سعود' },
    { id: 'senegal', text: 'السنغال' },
  ];
  it('finds a name in full, or a short name by its last word, and not a long name by its last word', () => {
    assert.deepEqual(titleEntities(entities, normalize('الملك وكارتر يبحثان التعاون.. وسعود الفيصل في السنغال')), ['carter', 'senegal']);
  });
  it('names nothing without a title', () => {
    assert.deepEqual(titleEntities(entities, ''), []);
  });
});
