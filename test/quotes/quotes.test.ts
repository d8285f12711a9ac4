import { test } from 'node:test';
import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { annotate, type Ent, type Nisba, type Role } from './helpers.js';

/**
 * Quotation patterns, one row each: the text (our own sentences), hand-built name layers, and
 * the quotes expected in order (text, speaker id or null, kind).
 */
interface Row {
  name: string;
  text: string;
  ents?: Ent[];
  roles?: Role[];
  nisbas?: Nisba[];
  expect: { text: string; speaker: string | null; kind?: 'direct' | 'indirect' | 'social'; via?: string[] }[];
}

const ROWS: Row[] = [
  {
    name: 'direct «…» after a colon',
    text: 'قال الرئيس الفرنسي إيمانويل ماكرون: «لن نتراجع عن دعمنا للشعب الأوكراني».',
    ents: [['إيمانويل ماكرون', 'macron', 'PER']],
    expect: [{ text: 'لن نتراجع عن دعمنا للشعب الأوكراني', speaker: 'macron', kind: 'direct' }],
  },
  {
    name: 'direct “…” right after the complementizer',
    text: 'وقال وزير الخارجية التركي مولود جاويش أوغلو إن “الحوار هو الطريق الوحيد لحل الأزمة”.',
    ents: [['مولود جاويش أوغلو', 'cavusoglu', 'PER']],
    expect: [{ text: 'الحوار هو الطريق الوحيد لحل الأزمة', speaker: 'cavusoglu', kind: 'direct' }],
  },
  {
    name: 'straight "…" with a continuation verb',
    text: 'قالت وزيرة الخارجية الألمانية أنالينا بيربوك إن بلادها تدعم الحل الدبلوماسي. وأضافت "نحن نراقب الوضع عن كثب ونتواصل مع الشركاء".',
    ents: [['أنالينا بيربوك', 'baerbock', 'PER']],
    expect: [
      { text: 'بلادها تدعم الحل الدبلوماسي', speaker: 'baerbock', kind: 'indirect' },
      { text: 'نحن نراقب الوضع عن كثب ونتواصل مع الشركاء', speaker: 'baerbock', kind: 'direct' },
    ],
  },
  {
    name: 'German-style „…“',
    text: 'وصرح المستشار أولاف شولتس: „لن نقبل بتغيير الحدود بالقوة“.',
    ents: [['أولاف شولتس', 'scholz', 'PER']],
    expect: [{ text: 'لن نقبل بتغيير الحدود بالقوة', speaker: 'scholz', kind: 'direct' }],
  },
  {
    name: "single ‘…’",
    text: 'وكتب السفير الأمريكي توماس غرينفيلد: ‘التعاون بين البلدين سيستمر رغم كل الصعوبات’.',
    ents: [['توماس غرينفيلد', 'greenfield', 'PER']],
    expect: [{ text: 'التعاون بين البلدين سيستمر رغم كل الصعوبات', speaker: 'greenfield', kind: 'direct' }],
  },
  {
    name: 'a closing mark used as the opener (وختم بالقول:”…”)',
    text: 'قال الخبير الاقتصادي سمير عيطة إن الأسواق متوترة.\nوختم بالقول:”المفاوضات لم تنته بعد وسنعود إلى الطاولة قريبا”.',
    ents: [['سمير عيطة', 'aita', 'PER']],
    expect: [
      { text: 'الأسواق متوترة', speaker: 'aita', kind: 'indirect' },
      { text: 'المفاوضات لم تنته بعد وسنعود إلى الطاولة قريبا', speaker: 'aita', kind: 'direct' },
    ],
  },
  {
    name: 'a quote never closed ends with its paragraph',
    text: 'وقال المتحدث العسكري يحيى سريع: "العمليات ستستمر حتى تحقيق الأهداف المعلنة\nوفي سياق آخر، ارتفعت أسعار النفط.',
    ents: [['يحيى سريع', 'saree', 'PER']],
    expect: [{ text: 'العمليات ستستمر حتى تحقيق الأهداف المعلنة', speaker: 'saree', kind: 'direct' }],
  },
  {
    name: 'a quote spanning sentences is one quote',
    text: 'وقال الأمين العام للأمم المتحدة أنطونيو غوتيريش: «الوضع خطير للغاية. يجب أن يتوقف القتال فورا. المدنيون يدفعون الثمن».',
    ents: [['أنطونيو غوتيريش', 'guterres', 'PER'], ['الأمم المتحدة', 'un', 'ORG']],
    expect: [{ text: 'الوضع خطير للغاية. يجب أن يتوقف القتال فورا. المدنيون يدفعون الثمن', speaker: 'guterres', kind: 'direct' }],
  },
  {
    name: 'a quote inside a quote: a newspaper reports what a person said (chain → via)',
    text: 'وقالت صحيفة الغارديان: «قال رئيس الوزراء البريطاني ريشي سوناك إن الحكومة ستخفض الضرائب العام المقبل».',
    ents: [['الغارديان', 'the-guardian', 'ORG'], ['ريشي سوناك', 'sunak', 'PER']],
    expect: [
      { text: 'قال رئيس الوزراء البريطاني ريشي سوناك إن الحكومة ستخفض الضرائب العام المقبل', speaker: 'the-guardian', kind: 'direct' },
      { text: 'الحكومة ستخفض الضرائب العام المقبل', speaker: 'sunak', kind: 'indirect', via: ['the-guardian'] },
    ],
  },
  {
    name: 'indirect with إلى أن',
    text: 'وأشار وزير المالية محمد الجدعان إلى أن الاقتصاد سينمو بنسبة أربعة في المئة.',
    ents: [['محمد الجدعان', 'jadaan', 'PER']],
    expect: [{ text: 'الاقتصاد سينمو بنسبة أربعة في المئة', speaker: 'jadaan', kind: 'indirect' }],
  },
  {
    name: 'a complementizer carrying a pronoun stays in the quote',
    text: 'وأوضح الوزير محمد الجدعان أنه سيزور واشنطن الأسبوع المقبل.',
    ents: [['محمد الجدعان', 'jadaan', 'PER'], ['واشنطن', 'washington', 'LOC']],
    expect: [{ text: 'أنه سيزور واشنطن الأسبوع المقبل', speaker: 'jadaan', kind: 'indirect' }],
  },
  {
    name: 'بأن is a complementizer',
    text: 'وأقر رئيس الحكومة نجيب ميقاتي بأن الأزمة أعمق مما توقعنا.',
    ents: [['نجيب ميقاتي', 'mikati', 'PER']],
    expect: [{ text: 'الأزمة أعمق مما توقعنا', speaker: 'mikati', kind: 'indirect' }],
  },
  {
    name: 'نقل البيان عن X قوله إن: the speaker is X, the statement is the chain',
    text: 'أعلنت وزارة الدفاع الأمريكية أن القوات وصلت. ونقل البيان عن وزير الدفاع لويد أوستن قوله إن الولايات المتحدة ستواصل دعم حلفائها.',
    ents: [['وزارة الدفاع الأمريكية', 'pentagon', 'ORG'], ['لويد أوستن', 'austin', 'PER'], ['الولايات المتحدة', 'usa', 'LOC']],
    expect: [
      { text: 'القوات وصلت', speaker: 'pentagon', kind: 'indirect' },
      { text: 'الولايات المتحدة ستواصل دعم حلفائها', speaker: 'austin', kind: 'indirect', via: ['pentagon'] },
    ],
  },
  {
    name: 'a name in apposition to a title',
    text: 'وقال المتحدث باسم البيت الأبيض، جون كيربي، إن الإدارة تتابع التطورات.',
    ents: [['البيت الأبيض', 'white-house', 'ORG'], ['جون كيربي', 'kirby', 'PER']],
    expect: [{ text: 'الإدارة تتابع التطورات', speaker: 'kirby', kind: 'indirect' }],
  },
  {
    name: 'a role linked by the roles layer',
    text: 'قال الأمين العام للحلف إن الباب سيبقى مفتوحا.',
    roles: [['الأمين العام للحلف', 'stoltenberg']],
    expect: [{ text: 'الباب سيبقى مفتوحا', speaker: 'stoltenberg', kind: 'indirect' }],
  },
  {
    name: 'a role resolved through an apposition elsewhere in the document',
    text: 'وقال المتحدث باسم الخارجية الصينية إن بكين لن تتخذ خطوات تصعيدية. وكان المتحدث باسم الخارجية الصينية، وانغ ون بين، أكد أن بلاده تعارض العقوبات.',
    ents: [['وانغ ون بين', 'wang-wenbin', 'PER'], ['بكين', 'beijing', 'LOC']],
    expect: [
      { text: 'بكين لن تتخذ خطوات تصعيدية', speaker: 'wang-wenbin', kind: 'indirect' },
      { text: 'بلاده تعارض العقوبات', speaker: 'wang-wenbin', kind: 'indirect' },
    ],
  },
  {
    name: 'an organisation speaking in a statement',
    text: 'قالت وزارة الدفاع الروسية في بيان: "القوات أنهت التدريبات وعادت إلى قواعدها".',
    ents: [['وزارة الدفاع الروسية', 'russian-mod', 'ORG']],
    expect: [{ text: 'القوات أنهت التدريبات وعادت إلى قواعدها', speaker: 'russian-mod', kind: 'direct' }],
  },
  {
    name: 'continuation verbs carry the speaker (وتابع، واختتم بالقول)',
    text: 'قال رئيس الوزراء العراقي محمد شياع السوداني إن الحكومة ستعالج أزمة الكهرباء. وتابع: "لدينا خطة واضحة للسنوات الثلاث المقبلة". واختتم بالقول إن الشعب سيشعر بالفرق قريبا.',
    ents: [['محمد شياع السوداني', 'sudani', 'PER']],
    expect: [
      { text: 'الحكومة ستعالج أزمة الكهرباء', speaker: 'sudani', kind: 'indirect' },
      { text: 'لدينا خطة واضحة للسنوات الثلاث المقبلة', speaker: 'sudani', kind: 'direct' },
      { text: 'الشعب سيشعر بالفرق قريبا', speaker: 'sudani', kind: 'indirect' },
    ],
  },
  {
    name: 'a participle after the main clause (محذرة من أن)',
    text: 'وقالت الوزيرة ليز تراس إن لندن ستفرض عقوبات جديدة، محذرة من أن أي هجوم ستكون له عواقب وخيمة.',
    ents: [['ليز تراس', 'truss', 'PER'], ['لندن', 'london', 'LOC']],
    expect: [
      { text: 'لندن ستفرض عقوبات جديدة', speaker: 'truss', kind: 'indirect' },
      { text: 'أي هجوم ستكون له عواقب وخيمة', speaker: 'truss', kind: 'indirect' },
    ],
  },
  {
    name: 'the speaker after the quote',
    text: '«لن نسمح بتكرار ما حدث في الماضي»، قال الرئيس عبد المجيد تبون.',
    ents: [['عبد المجيد تبون', 'tebboune', 'PER']],
    expect: [{ text: 'لن نسمح بتكرار ما حدث في الماضي', speaker: 'tebboune', kind: 'direct' }],
  },
  {
    name: 'post-posed attribution (بحسب ما ذكره X)',
    text: 'ومن المقرر أن تبدأ المحادثات يوم الاثنين في جنيف، بحسب ما ذكره الكرملين.',
    ents: [['الكرملين', 'kremlin', 'ORG'], ['جنيف', 'geneva', 'LOC']],
    expect: [{ text: 'ومن المقرر أن تبدأ المحادثات يوم الاثنين في جنيف', speaker: 'kremlin', kind: 'indirect' }],
  },
  {
    name: 'post-posed attribution through ل (وفقا لوكالة)',
    text: 'وارتفعت حصيلة القتلى إلى ثلاثين شخصا، وفقا لوكالة رويترز.',
    ents: [['رويترز', 'reuters', 'ORG']],
    expect: [{ text: 'وارتفعت حصيلة القتلى إلى ثلاثين شخصا', speaker: 'reuters', kind: 'indirect' }],
  },
  {
    name: 'an agency after a quote is its chain (بحسب ما نقلته وكالة)',
    text: 'وقال المتحدث ديمتري بيسكوف إن اللقاء سيكون مغلقا، بحسب ما نقلته وكالة تاس.',
    ents: [['ديمتري بيسكوف', 'peskov', 'PER'], ['تاس', 'tass', 'ORG']],
    expect: [{ text: 'اللقاء سيكون مغلقا', speaker: 'peskov', kind: 'indirect', via: ['tass'] }],
  },
  {
    name: 'a noun-phrase object (نفت طهران أي علاقة) and a capital speaking for its country',
    text: 'تتهم واشنطن إيران بدعم المسلحين. ونفت طهران أي علاقة لها بالهجوم.',
    ents: [['واشنطن', 'washington', 'LOC'], ['إيران', 'iran', 'LOC'], ['طهران', 'tehran', 'LOC']],
    expect: [{ text: 'أي علاقة لها بالهجوم', speaker: 'iran', kind: 'indirect' }],
  },
  {
    name: 'a pronoun that does not agree with the speaker points to the nearest name (لكنها قالت)',
    text: 'وأوضح المبعوث أموس هوكشتاين أن إسرائيل ردت على المقترح لكنها قالت إنها تحتاج إلى وقت.',
    ents: [['أموس هوكشتاين', 'hochstein', 'PER'], ['إسرائيل', 'israel', 'LOC']],
    expect: [
      { text: 'إسرائيل ردت على المقترح لكنها قالت إنها تحتاج إلى وقت', speaker: 'hochstein', kind: 'indirect' },
      { text: 'إنها تحتاج إلى وقت', speaker: 'israel', kind: 'indirect', via: ['hochstein'] },
    ],
  },
  {
    name: 'a nisba resolves "the Russian delegation" as an antecedent',
    text: 'قال مسؤولون إن الوفد الروسي لم يرد على العرض، لكنه قال إنه سينقله إلى موسكو.',
    ents: [['موسكو', 'moscow', 'LOC']],
    nisbas: [['الروسي', 'russia']],
    expect: [
      { text: 'الوفد الروسي لم يرد على العرض', speaker: null, kind: 'indirect' },
      { text: 'إنه سينقله إلى موسكو', speaker: 'russia', kind: 'indirect' },
    ],
  },
  {
    name: 'unnamed officials have no speaker',
    text: 'قال مسؤولون أمريكيون إن الصواريخ أطلقت من اليمن.',
    ents: [['اليمن', 'yemen', 'LOC']],
    expect: [{ text: 'الصواريخ أطلقت من اليمن', speaker: null, kind: 'indirect' }],
  },
  {
    name: 'a coordinated verb shares the sentence subject (وجمعت روسيا … وتقول إنها)',
    text: 'وحشدت روسيا قوات كبيرة على الحدود وتقول إنها لا تنوي الهجوم.',
    ents: [['روسيا', 'russia', 'LOC']],
    expect: [{ text: 'إنها لا تنوي الهجوم', speaker: 'russia', kind: 'indirect' }],
  },
  {
    name: 'the verbatim words embedded in an indirect clause are the quote',
    text: 'وصرح الوزير سيرغي لافروف بأنه إذا استمر التصعيد فقد يؤدي ذلك إلى “عواقب لا يمكن التنبؤ بها”.',
    ents: [['سيرغي لافروف', 'lavrov', 'PER']],
    expect: [{ text: 'عواقب لا يمكن التنبؤ بها', speaker: 'lavrov', kind: 'direct' }],
  },
  {
    name: 'a long quote is cut to its first 80 characters at a word boundary',
    text: 'وقال الرئيس جو بايدن إن الولايات المتحدة ستقف إلى جانب حلفائها في أوروبا وستدافع عن كل شبر من أراضي الحلف مهما كلف الأمر ومهما طال الزمن ومهما تعاظمت التحديات.',
    ents: [['جو بايدن', 'biden', 'PER']],
    expect: [{ text: 'الولايات المتحدة ستقف إلى جانب حلفائها في أوروبا وستدافع عن كل شبر من أراضي', speaker: 'biden', kind: 'indirect' }],
  },
  {
    name: 'an unrecognised subject does not inherit the previous speaker',
    text: 'قال الوزير خالد الفالح إن الأسعار ستستقر. وقال المرصد الاقتصادي المستقل في تقرير إن التضخم سيرتفع.',
    ents: [['خالد الفالح', 'falih', 'PER']],
    expect: [
      { text: 'الأسعار ستستقر', speaker: 'falih', kind: 'indirect' },
      { text: 'التضخم سيرتفع', speaker: null, kind: 'indirect' },
    ],
  },
  {
    name: 'a time adverb after the verb is not its subject (SVO with كان)',
    text: 'وكان الرئيس رجب طيب أردوغان أعلن الأسبوع الماضي أن بلاده “لن تسمح بإقامة دولة على حدودها الجنوبية”.',
    ents: [['رجب طيب أردوغان', 'erdogan', 'PER']],
    expect: [{ text: 'لن تسمح بإقامة دولة على حدودها الجنوبية', speaker: 'erdogan', kind: 'direct' }],
  },
  {
    name: 'a double prime closing a name in quotes',
    text: 'وكشفت صحيفة “ماركا″ أن النادي سيعلن التعاقد مع المدرب الجديد قريبا.',
    ents: [['ماركا', 'marca', 'ORG']],
    expect: [{ text: 'النادي سيعلن التعاقد مع المدرب الجديد قريبا', speaker: 'marca', kind: 'indirect' }],
  },
  {
    name: 'a name after ل is the addressee, not the speaker',
    text: 'قال الوزير عادل الجبير إن الحوار ممكن. وقال لـ«الشرق الأوسط»: «لن نقبل بالتدخل في شؤوننا الداخلية».',
    ents: [['عادل الجبير', 'jubeir', 'PER'], ['الشرق الأوسط', 'asharq-al-awsat', 'ORG']],
    expect: [
      { text: 'الحوار ممكن', speaker: 'jubeir', kind: 'indirect' },
      { text: 'لن نقبل بالتدخل في شؤوننا الداخلية', speaker: 'jubeir', kind: 'direct' },
    ],
  },
  {
    name: 'a name in quotes in the middle of the clause is not a quotation',
    text: 'وكشف «مكتب أخبار سوريا» المحلي أن القصف استهدف ثلاث قرى.',
    expect: [{ text: 'القصف استهدف ثلاث قرى', speaker: null, kind: 'indirect' }],
  },
  {
    name: 'a report quoted after a person is not the person\'s',
    text: 'قال الباحث خوان زاموديو إن الكوارث تزداد. وقال التقرير إن الفيضانات شردت ملايين الأشخاص.',
    ents: [['خوان زاموديو', 'zamudio', 'PER']],
    expect: [
      { text: 'الكوارث تزداد', speaker: 'zamudio', kind: 'indirect' },
      { text: 'الفيضانات شردت ملايين الأشخاص', speaker: null, kind: 'indirect' },
    ],
  },
  {
    name: 'unnamed experts before the verb (خبراء اقتصاديون قد توقعوا)',
    text: 'قال الوزير خالد الفالح إن الأسعار ستستقر. وكان خبراء اقتصاديون قد توقعوا أن ترتفع المبيعات.',
    ents: [['خالد الفالح', 'falih', 'PER']],
    expect: [
      { text: 'الأسعار ستستقر', speaker: 'falih', kind: 'indirect' },
      { text: 'ترتفع المبيعات', speaker: null, kind: 'indirect' },
    ],
  },
  {
    name: 'an object verb with an unrecognised subject and its adjective (ونفى المدرب الهولندي الشائعات)',
    text: 'ونفى المدرب الهولندي الشائعات التي تتداولها وسائل الإعلام.',
    expect: [{ text: 'الشائعات التي تتداولها وسائل الإعلام', speaker: null, kind: 'indirect' }],
  },
  {
    name: 'a participle that does not agree with the previous speaker finds the one it agrees with',
    text: 'وقالت الباحثة سارة الأحمد إن كبار السن يشعرون بالعزلة. وقال الطبيب خالد العمر إن العلاج متاح، مؤكدة أن الأسرة هي الأساس.',
    ents: [['سارة الأحمد', 'ahmad', 'PER'], ['خالد العمر', 'omar', 'PER']],
    expect: [
      { text: 'كبار السن يشعرون بالعزلة', speaker: 'ahmad', kind: 'indirect' },
      { text: 'العلاج متاح', speaker: 'omar', kind: 'indirect' },
      { text: 'الأسرة هي الأساس', speaker: 'ahmad', kind: 'indirect' },
    ],
  },
  {
    name: 'the addressee before the subject is stepped over (وأوضح لـ«عين اليوم» أمين عام الغرفة)',
    text: 'وأوضح لـ«عين اليوم» أمين عام الغرفة التجارية عدنان مندورة، أن الفعاليات ستستمر حتى العيد.',
    ents: [['عدنان مندورة', 'mandoura', 'PER']],
    expect: [{ text: 'الفعاليات ستستمر حتى العيد', speaker: 'mandoura', kind: 'indirect' }],
  },
  {
    name: 'a place after a common noun qualifies it, it is not the speaker',
    text: 'وأكدت المرأة السعودية أنها قادرة على المنافسة في كل المجالات.',
    ents: [['السعودية', 'saudi-arabia', 'LOC']],
    expect: [{ text: 'أنها قادرة على المنافسة في كل المجالات', speaker: null, kind: 'indirect' }],
  },
  {
    name: 'unnamed opponents',
    text: 'وذكر معارضون سوريون أن القصف استمر طوال الليل.',
    expect: [{ text: 'القصف استمر طوال الليل', speaker: null, kind: 'indirect' }],
  },
  {
    name: 'the verb inside an attribution does not start a quote of its own (حسب ما قالت)',
    text: 'وارتفع عدد النازحين إلى مليوني شخص، حسب ما قالت الحكومة في بيان يؤكد ضرورة أن تتحرك المنظمات.',
    ents: [],
    expect: [{ text: 'وارتفع عدد النازحين إلى مليوني شخص', speaker: null, kind: 'indirect' }],
  },
  {
    name: 'an object-taking verb still finds a distant complementizer',
    text: 'وأكد رأفت الصباغ المتحدث الرسمي لمركز الإغاثة والأعمال الإنسانية في المملكة، أن السفينة وصلت إلى الميناء.',
    ents: [['رأفت الصباغ', 'sabbagh', 'PER']],
    expect: [{ text: 'السفينة وصلت إلى الميناء', speaker: 'sabbagh', kind: 'indirect' }],
  },
  {
    name: 'a state body qualified by a nisba speaks for its country',
    text: 'ولكن الحكومة السودانية تقول إن عدد الضحايا أقل بكثير.',
    nisbas: [['السودانية', 'sudan']],
    expect: [{ text: 'عدد الضحايا أقل بكثير', speaker: 'sudan', kind: 'indirect' }],
  },
  {
    name: 'an object verb does not reach for a far complementizer of another clause',
    text: 'ونفى يوسف البنيان، بيع الشركة لأحد مصانعها التي تنتج الحديد إلى شركة منافسة في السوق المحلية، معرجا على أنه لا حاجة لإعادة النظر.',
    ents: [['يوسف البنيان', 'benyan', 'PER']],
    expect: [{ text: 'بيع الشركة لأحد مصانعها التي تنتج الحديد إلى شركة منافسة في السوق المحلية، معرجا على أنه لا حاجة لإعادة النظر', speaker: 'benyan', kind: 'indirect' }],
  },
  {
    name: 'a colon ending the paragraph introduces the quotation below it; the next quoted paragraph continues it',
    text: 'وقال وزير الخارجية المصري سامح شكري في كلمته أمام المؤتمر:\n«إن مصر لن تدخر جهدا لدعم الاستقرار في المنطقة».\n«ونحن ندعو جميع الأطراف إلى وقف التصعيد فورا».\nوفي سياق آخر، ارتفعت أسعار الذهب.',
    ents: [['سامح شكري', 'shoukry', 'PER']],
    expect: [
      { text: 'إن مصر لن تدخر جهدا لدعم الاستقرار في المنطقة', speaker: 'shoukry', kind: 'direct' },
      { text: 'ونحن ندعو جميع الأطراف إلى وقف التصعيد فورا', speaker: 'shoukry', kind: 'direct' },
    ],
  },
  {
    name: 'a relayed source (نقلت رويترز عن مسؤول أن): the source speaks, the agency is the chain',
    text: 'ونقلت وكالة رويترز عن مسؤولين أمريكيين أن المحادثات ستستأنف الأسبوع المقبل. وذكرت صحيفة الغارديان نقلا عن الوزير جيمس كليفرلي أن لندن سترسل مساعدات.',
    ents: [['رويترز', 'reuters', 'ORG'], ['الغارديان', 'the-guardian', 'ORG'], ['جيمس كليفرلي', 'cleverly', 'PER'], ['لندن', 'london', 'LOC']],
    expect: [
      { text: 'المحادثات ستستأنف الأسبوع المقبل', speaker: null, kind: 'indirect', via: ['reuters'] },
      { text: 'لندن سترسل مساعدات', speaker: 'cleverly', kind: 'indirect', via: ['the-guardian'] },
    ],
  },
  {
    name: 'a coordinated reporting verb shares the subject of a verb-initial sentence',
    text: 'وحشدت روسيا قواتها قرب الحدود وتقول إنها لا تنوي مهاجمة أحد.',
    ents: [['روسيا', 'russia', 'LOC']],
    expect: [{ text: 'إنها لا تنوي مهاجمة أحد', speaker: 'russia', kind: 'indirect' }],
  },
  {
    name: 'a discourse opener (من جهتها،) does not hide a verb-initial clause from its coordinated reporting verb',
    text: 'من جهتها، انتقدت روسيا الخطوة وقالت إنها تهدد الأمن الأوروبي.',
    ents: [['روسيا', 'russia', 'LOC']],
    expect: [{ text: 'إنها تهدد الأمن الأوروبي', speaker: 'russia', kind: 'indirect' }],
  },
  {
    name: 'an indirect clause ending in a quoted fragment keeps its closing mark',
    text: 'وقال الوزير سامي الخطيب إن الخطة «ناجحة».',
    ents: [['سامي الخطيب', 'khatib', 'PER']],
    expect: [{ text: 'الخطة «ناجحة»', speaker: 'khatib', kind: 'indirect' }],
  },
  {
    name: 'no shared subject when the sentence opens with a preposition (the place is no speaker)',
    text: 'وفي موسكو تتزايد المخاوف من العقوبات وتقول إن الاقتصاد سيتضرر.',
    ents: [['موسكو', 'moscow', 'LOC']],
    expect: [{ text: 'الاقتصاد سيتضرر', speaker: null, kind: 'indirect' }],
  },
];

/** Texts that hold no attributable quotation. */
const NEGATIVES: { name: string; text: string; ents?: Ent[]; expectCount?: number }[] = [
  { name: 'a scare-quoted term', text: 'وصف المحلل الخطة بأنها "مغامرة" قد تكلف البلاد كثيرا.' },
  { name: 'a book title in quotes', text: 'صدر كتاب "الطريق إلى السلام في الشرق الأوسط" للكاتب محمد حسنين هيكل عام 1990.', ents: [['محمد حسنين هيكل', 'heikal', 'PER']] },
  { name: 'an operation name', text: 'أطلق الجيش التركي عملية «درع الفرات» في شمال سوريا.', ents: [['سوريا', 'syria', 'LOC']] },
  { name: 'بين is "between", not "explained"', text: 'وجرت المحادثات بين روسيا وأمريكا في جنيف أن تعذر ذلك.', ents: [['روسيا', 'russia', 'LOC']] },
  { name: 'a relative clause (معلومات تفيد بأن)', text: 'ونشرت الوكالة معلومات تفيد بأن الهجوم وقع فجرا.' },
  { name: 'عبر is "via" without عن', text: 'وتحدث الرئيسان عبر الفيديو لمدة ساعتين أن الوقت تأخر.' },
  { name: 'يذكر أن outside a quotation is the writer\'s background note', text: 'قال الوزير إن المشروع اكتمل. يذكر أن الوزارة أطلقت المشروع قبل عامين.', ents: [] , expectCount: 1 },
  { name: 'عبر with an object before عن is "via"', text: 'لقد قدمت لنا إحدى القنوات عبر الشاشة الفضية إعلانا عن جمعية خيرية.' },
  { name: 'نقل without عن is "to carry"', text: 'ولا تخترعين ما ينقل العالم من بؤس الجوع إلى أن يصبح أفضل.' },
  { name: 'وفق without a source is not an attribution', text: 'وستجري الانتخابات في موعدها، وفق القانون الجديد.' },
  { name: 'a participle after و is an adjective', text: 'نأمل أن تكون المباريات جيدة ومفيدة قبل أن نتوجه إلى أبوظبي.' },
  { name: 'a participle-looking noun far from any quotation (اهتماماته متابعة الفنانين)', text: 'وكانت اهتماماته متابعة الفنانين ونشاطهم وتسكين إرثهم من الأسطوانات إلى الأشرطة، جامعا تركة عظيمة "حضارة الأغنية في نجد القديمة".' },
  { name: 'مقرا is "headquarters", not a participle of أقر', text: 'وكان الرئيس يتخذ القصر مقراً له، قبل أن يغادر المدينة.' },
  { name: 'a long name after حمل اسم, while a cue is near', text: 'وأعلن المشاركون في البيان الختامي، الذي حمل اسم "إعلان القاهرة للتعاون الزراعي المشترك"، الاتفاق على لقاء جديد في تونس.' },
  { name: 'an article title after بعنوان', text: 'ونشر الكاتب خالد العمري مقالا بعنوان «كيف نحمي الزراعة من موجات الجفاف القادمة» في صحيفة الصباح.', ents: [['خالد العمري', 'local:per:khald-alamry', 'PER']] },
  { name: 'a verb in a relative clause (التي يعتبر)', text: 'ومن القضايا التي يعتبر الحلف أنها أساسية توسيع العضوية.', ents: [['الحلف', 'nato', 'ORG']] },
];

for (const row of ROWS) {
  test(`quotes: ${row.name}`, () => {
    const { doc, quotes } = annotate(row.text, row.ents, row.roles, row.nisbas);
    const got = quotes.map((q) => ({ text: q.text, speaker: q.speaker?.id ?? null, kind: q.kind, via: q.via?.map((v) => v.id) }));
    assert.equal(got.length, row.expect.length, JSON.stringify(got));
    row.expect.forEach((e, k) => {
      assert.equal(got[k].text, e.text);
      assert.equal(got[k].speaker, e.speaker, `speaker of «${e.text}»`);
      if (e.kind) assert.equal(got[k].kind, e.kind, `kind of «${e.text}»`);
      if (e.via) assert.deepEqual(got[k].via, e.via);
    });
    for (const q of quotes) assert.equal(doc.text.slice(q.start, q.end), q.text);
  });
}

for (const row of NEGATIVES) {
  test(`quotes (none): ${row.name}`, () => {
    const { quotes } = annotate(row.text, row.ents);
    // expectCount: the text holds other, genuine quotes; the case is about what is not one.
    assert.equal(quotes.length, row.expectCount ?? 0, JSON.stringify(quotes.map((q) => q.text)));
  });
}

test('quotes: a slogan is not attributed to a nearby name', () => {
  const text = 'ورفع المتظاهرون شعار "الشعب يريد إسقاط النظام" أمام البرلمان، وقال رئيس البرلمان نبيه بري إن الجلسة ستعقد غدا.';
  const { quotes } = annotate(text, [['نبيه بري', 'berri', 'PER']]);
  assert.deepEqual(
    quotes.map((q) => [q.text, q.speaker?.id]),
    [['الجلسة ستعقد غدا', 'berri']],
  );
});

test('quotes: an embedded post with its signature line', () => {
  const text = 'وغرد الرئيس الأمريكي على تويتر بالإنجليزية.\nWe stand with the people of Ukraine today and always.\n— Joe Biden (@POTUS) February 24, 2022';
  const { quotes } = annotate(text, [['Joe Biden', 'joe-biden', 'PER']]);
  const post = quotes.find((q) => q.kind === 'social');
  assert.ok(post, 'a social quote');
  assert.equal(post.text, 'We stand with the people of Ukraine today and always.');
  assert.equal(post.lang, 'en');
  assert.equal(post.date, '2022-02-24');
  assert.equal(post.speaker?.id, 'joe-biden');
  assert.equal(post.cue, '— Joe Biden (@POTUS)');
});

test('quotes: an unclosed quotation mark is reported on the document', () => {
  const { doc } = annotate('وقال المتحدث العسكري يحيى سريع: "العمليات ستستمر حتى تحقيق الأهداف المعلنة', [['يحيى سريع', 'saree', 'PER']]);
  const d = doc.diagnostics.find((x) => x.code === 'I_QUOTE_UNCLOSED');
  assert.ok(d);
  assert.equal(d.origin, 'quotes');
  assert.equal(doc.text[d.start!], '"');
});

test('quotes: nesting lookups stay fast on a page dense with quotations', () => {
  const unit = 'وقال المتحدث "نحن هنا" وأضاف أن “الوضع صعب جدا في المدينة” ثم قال: «لن نتراجع أبدا عن مواقفنا»، مؤكدا أن "الناتو" قوي. ';
  const t0 = performance.now();
  const { quotes } = annotate(unit.repeat(400));
  assert.equal(quotes.length, 1200);
  // Linear work: a quadratic pass over 1,200 quotes and 2,000 marks would take far longer.
  assert.ok(performance.now() - t0 < 3000);
});

test('quotes: the date the words were said, and the language of the words', () => {
  const text = 'وقال المتحدث جون كيربي يوم الاثنين إن “we will not send troops to Ukraine”.';
  const day = 'يوم الاثنين';
  const { quotes } = annotate(text, [['جون كيربي', 'kirby', 'PER']], [], [], 'd.txt', (doc) => {
    const start = text.indexOf(day);
    doc.set('dates', [{ start, end: start + day.length, text: day, type: 'DATE', value: '2022-01-10', relative: true }]);
  });
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0].date, '2022-01-10');
  assert.equal(quotes[0].lang, 'en');
});

test('quotes: a post whose signature closes its own paragraph', () => {
  const text = 'وكتب الوزير على تويتر.\nWe will keep working with our partners for peace. — Antony Blinken (@SecBlinken) January 10, 2022\nوفي سياق آخر، ارتفعت الأسعار.';
  const { quotes } = annotate(text, [['Antony Blinken', 'antony-blinken', 'PER']]);
  const post = quotes.find((q) => q.kind === 'social');
  assert.ok(post);
  assert.equal(post.text, 'We will keep working with our partners for peace.');
  assert.equal(post.speaker?.id, 'antony-blinken');
  assert.equal(post.date, '2022-01-10');
  assert.equal(post.lang, 'en');
});
