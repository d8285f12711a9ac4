import type { EntityType } from '../doc/types.js';

/**
 * A small curated knowledge base of general world knowledge: international organisations,
 * alliances, UN bodies, institutions, news agencies and media, regions, and heads of state and
 * major officials (2015–2022), with canonical English names and Arabic spelling variants.
 * Countries and cities come from the generated gazetteers (data/gazetteer/); entries here with
 * an `iso` code enrich the generated country (nisbas, extra spellings).
 *
 * Forms are matched after Arabic normalisation (src/text/normalize.ts), so hamza/alef, taa
 * marbuta and alef maqsura variants need not be listed twice.
 */
export interface KbEntry {
  id: string;
  name: string;
  type: EntityType;
  /** Surface names (Arabic and Latin, hashtags without '#'), any orthography. */
  names: string[];
  /** Descriptions used instead of the name (الحلف for NATO): roles, resolved only when the entity is in the document. */
  roles?: string[];
  /** Nisba adjectives (masculine and feminine, with and without the article). */
  nisbas?: string[];
  /** ISO 3166 alpha-2 code for countries (joins the generated gazetteer). */
  iso?: string;
  /** Twitter handles (lower-case, without '@'). */
  handles?: string[];
  /** A news outlet or platform: where things are said, not who acts in events. */
  media?: boolean;
}

export function slugify(english: string): string {
  return english
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Masculine/feminine nisba forms with and without the article, from the masculine stem (روسي). */
function nisba(...stems: string[]): string[] {
  const out: string[] = [];
  for (const s of stems) out.push(s, s + 'ة', 'ال' + s, 'ال' + s + 'ة', s + 'ين', 'ال' + s + 'ين', s + 'ون', 'ال' + s + 'ون');
  return out;
}

const C = (id: string, name: string, iso: string, names: string[], nisbas: string[] = [], roles: string[] = []): KbEntry => ({ id, name, type: 'LOC', iso, names, nisbas, roles });
const L = (id: string, name: string, names: string[]): KbEntry => ({ id, name, type: 'LOC', names });
const MEDIA = (id: string, name: string, names: string[]): KbEntry => ({ id, name, type: 'ORG', names, media: true });
const O = (id: string, name: string, names: string[], roles: string[] = [], handles: string[] = []): KbEntry => ({ id, name, type: 'ORG', names, roles, handles });
const P = (id: string, name: string, names: string[], handles: string[] = []): KbEntry => ({ id, name, type: 'PER', names, handles });
const M = (id: string, name: string, names: string[]): KbEntry => ({ id, name, type: 'MISC', names });

export const KB: KbEntry[] = [
  // Countries (enrich the gazetteer entries: variants and nisbas).
  C('russia', 'Russia', 'ru', ['روسيا', 'روسيا الاتحادية', 'الاتحاد الروسي', 'Russia'], nisba('روسي')),
  C('united-states', 'United States', 'us', ['الولايات المتحدة', 'الولايات المتحدة الأمريكية', 'الولايات المتحدة الأميركية', 'أمريكا', 'أميركا', 'USA'], nisba('أمريكي', 'أميركي')),
  C('ukraine', 'Ukraine', 'ua', ['أوكرانيا', 'اوكرانيا', 'Ukraine'], nisba('أوكراني')),
  C('belarus', 'Belarus', 'by', ['بيلاروسيا', 'بيلا روسيا', 'روسيا البيضاء', 'بيلاروس', 'Belarus'], nisba('بيلاروسي')),
  C('georgia', 'Georgia', 'ge', ['جورجيا', 'Georgia'], nisba('جورجي')),
  C('montenegro', 'Montenegro', 'me', ['الجبل الأسود', 'مونتينيغرو', 'مونتنيغرو', 'مونتينجرو']),
  C('bosnia-and-herzegovina', 'Bosnia and Herzegovina', 'ba', ['البوسنة والهرسك', 'البوسنة'], nisba('بوسني')),
  C('albania', 'Albania', 'al', ['ألبانيا'], nisba('ألباني')),
  C('poland', 'Poland', 'pl', ['بولندا', 'بولونيا'], nisba('بولندي')),
  C('germany', 'Germany', 'de', ['ألمانيا', 'Germany'], nisba('ألماني')),
  C('france', 'France', 'fr', ['فرنسا', 'France'], nisba('فرنسي')),
  C('united-kingdom', 'United Kingdom', 'gb', ['بريطانيا', 'المملكة المتحدة', 'بريطانيا العظمى'], nisba('بريطاني')),
  C('china', 'China', 'cn', ['الصين', 'China'], nisba('صيني')),
  C('japan', 'Japan', 'jp', ['اليابان'], nisba('ياباني')),
  C('india', 'India', 'in', ['الهند'], nisba('هندي')),
  C('pakistan', 'Pakistan', 'pk', ['باكستان'], nisba('باكستاني')),
  C('iran', 'Iran', 'ir', ['إيران'], nisba('إيراني')),
  C('iraq', 'Iraq', 'iq', ['العراق'], nisba('عراقي')),
  C('syria', 'Syria', 'sy', ['سوريا', 'سورية'], nisba('سوري')),
  C('turkey', 'Turkey', 'tr', ['تركيا'], nisba('تركي')),
  C('israel', 'Israel', 'il', ['إسرائيل'], nisba('إسرائيلي')),
  C('palestine', 'Palestine', 'ps', ['فلسطين'], nisba('فلسطيني')),
  C('egypt', 'Egypt', 'eg', ['مصر'], nisba('مصري')),
  C('saudi-arabia', 'Saudi Arabia', 'sa', ['السعودية', 'المملكة العربية السعودية'], nisba('سعودي')),
  C('united-arab-emirates', 'United Arab Emirates', 'ae', ['الإمارات', 'الإمارات العربية المتحدة'], nisba('إماراتي')),
  C('qatar', 'Qatar', 'qa', ['قطر'], nisba('قطري')),
  C('kuwait', 'Kuwait', 'kw', ['الكويت'], nisba('كويتي')),
  C('jordan', 'Jordan', 'jo', ['الأردن'], nisba('أردني')),
  C('lebanon', 'Lebanon', 'lb', ['لبنان'], nisba('لبناني')),
  C('yemen', 'Yemen', 'ye', ['اليمن'], nisba('يمني')),
  C('libya', 'Libya', 'ly', ['ليبيا'], nisba('ليبي')),
  C('tunisia', 'Tunisia', 'tn', ['تونس'], nisba('تونسي')),
  C('algeria', 'Algeria', 'dz', ['الجزائر'], nisba('جزائري')),
  C('morocco', 'Morocco', 'ma', ['المغرب'], nisba('مغربي')),
  C('sudan', 'Sudan', 'sd', ['السودان'], nisba('سوداني')),
  C('afghanistan', 'Afghanistan', 'af', ['أفغانستان'], nisba('أفغاني')),
  C('italy', 'Italy', 'it', ['إيطاليا'], nisba('إيطالي')),
  C('spain', 'Spain', 'es', ['إسبانيا'], nisba('إسباني')),
  C('canada', 'Canada', 'ca', ['كندا'], nisba('كندي')),
  C('kazakhstan', 'Kazakhstan', 'kz', ['كازاخستان'], nisba('كازاخستاني')),
  C('north-korea', 'North Korea', 'kp', ['كوريا الشمالية'], nisba('كوري شمالي')),
  C('south-korea', 'South Korea', 'kr', ['كوريا الجنوبية']),
  C('finland', 'Finland', 'fi', ['فنلندا'], nisba('فنلندي')),
  C('sweden', 'Sweden', 'se', ['السويد'], nisba('سويدي')),
  C('estonia', 'Estonia', 'ee', ['إستونيا', 'استونيا']),
  C('latvia', 'Latvia', 'lv', ['لاتفيا']),
  C('lithuania', 'Lithuania', 'lt', ['ليتوانيا']),
  C('romania', 'Romania', 'ro', ['رومانيا']),
  C('moldova', 'Moldova', 'md', ['مولدوفا']),
  C('armenia', 'Armenia', 'am', ['أرمينيا'], nisba('أرميني')),
  C('azerbaijan', 'Azerbaijan', 'az', ['أذربيجان'], nisba('أذربيجاني')),
  C('switzerland', 'Switzerland', 'ch', ['سويسرا'], nisba('سويسري')),
  C('austria', 'Austria', 'at', ['النمسا'], nisba('نمساوي')),
  C('belgium', 'Belgium', 'be', ['بلجيكا'], nisba('بلجيكي')),
  C('serbia', 'Serbia', 'rs', ['صربيا'], nisba('صربي')),
  C('kosovo', 'Kosovo', 'xk', ['كوسوفو']),
  C('north-macedonia', 'North Macedonia', 'mk', ['مقدونيا الشمالية', 'مقدونيا']),

  // Regions, continents, historical states.
  L('europe', 'Europe', ['أوروبا', 'اوروبا', 'القارة الأوروبية', 'القارة العجوز']),
  L('eastern-europe', 'Eastern Europe', ['شرق أوروبا', 'أوروبا الشرقية']),
  L('western-europe', 'Western Europe', ['غرب أوروبا', 'أوروبا الغربية']),
  L('central-europe', 'Central Europe', ['وسط أوروبا', 'أوروبا الوسطى']),
  L('the-west', 'the West', ['الغرب']),
  L('asia', 'Asia', ['آسيا']),
  L('africa', 'Africa', ['أفريقيا', 'إفريقيا']),
  L('latin-america', 'Latin America', ['أمريكا اللاتينية', 'أميركا اللاتينية']),
  L('middle-east', 'Middle East', ['الشرق الأوسط']),
  L('balkans', 'Balkans', ['البلقان']),
  L('caucasus', 'Caucasus', ['القوقاز']),
  L('baltic-states', 'Baltic states', ['دول البلطيق']),
  L('black-sea', 'Black Sea', ['البحر الأسود']),
  L('baltic-sea', 'Baltic Sea', ['بحر البلطيق']),
  L('mediterranean', 'Mediterranean', ['البحر المتوسط', 'البحر الأبيض المتوسط']),
  L('gulf', 'Gulf', ['الخليج', 'الخليج العربي']),
  L('crimea', 'Crimea', ['القرم', 'شبه جزيرة القرم', 'جزيرة القرم']),
  L('donbas', 'Donbas', ['دونباس', 'الدونباس']),
  L('donetsk', 'Donetsk', ['دونيتسك', 'دونتسك']),
  L('luhansk', 'Luhansk', ['لوهانسك', 'لوغانسك']),
  L('soviet-union', 'Soviet Union', ['الاتحاد السوفياتي', 'الاتحاد السوفيتي']),
  L('gaza', 'Gaza', ['غزة', 'قطاع غزة']),
  L('west-bank', 'West Bank', ['الضفة الغربية']),
  // Capitals and cities often written in several ways (the gazetteer has the rest).
  L('moscow', 'Moscow', ['موسكو', 'Moscow']),
  L('washington', 'Washington', ['واشنطن', 'Washington']),
  L('kyiv', 'Kyiv', ['كييف', 'كييڤ', 'كيف', 'Kyiv', 'Kiev']),
  L('brussels', 'Brussels', ['بروكسل', 'Brussels']),
  L('geneva', 'Geneva', ['جنيف', 'Geneva']),
  L('vienna', 'Vienna', ['فيينا', 'Vienna']),
  L('minsk', 'Minsk', ['مينسك']),
  L('london', 'London', ['لندن']),
  L('paris', 'Paris', ['باريس']),
  L('berlin', 'Berlin', ['برلين']),
  L('beijing', 'Beijing', ['بكين']),
  L('tehran', 'Tehran', ['طهران']),
  L('ankara', 'Ankara', ['أنقرة']),
  L('istanbul', 'Istanbul', ['إسطنبول', 'اسطنبول']),
  L('damascus', 'Damascus', ['دمشق']),
  L('baghdad', 'Baghdad', ['بغداد']),
  L('beirut', 'Beirut', ['بيروت']),
  L('cairo', 'Cairo', ['القاهرة']),
  L('riyadh', 'Riyadh', ['الرياض']),
  L('jerusalem', 'Jerusalem', ['القدس']),
  L('new-york', 'New York', ['نيويورك']),
  L('warsaw', 'Warsaw', ['وارسو']),
  L('kharkiv', 'Kharkiv', ['خاركيف']),
  L('odesa', 'Odesa', ['أوديسا']),
  L('sochi', 'Sochi', ['سوتشي']),
  L('saint-petersburg', 'Saint Petersburg', ['سان بطرسبرغ', 'سانت بطرسبرغ']),

  // Alliances, international and UN bodies.
  O('nato', 'NATO', ['حلف شمال الأطلسي', 'حلف الشمال الأطلسي', 'منظمة حلف شمال الأطلسي', 'منظمة حلف الشمال الأطلسي', 'حلف شمال الاطلنطي', 'حلف الناتو', 'حلف ناتو', 'الناتو', 'ناتو', 'حلف "الناتو"', 'الحلف الأطلسي', 'حلف الأطلسي', 'NATO', 'OTAN'], ['الحلف', 'التحالف', 'الحلف العسكري', 'التحالف العسكري', 'الحلف الغربي'], ['nato']),
  O('nato-russia-council', 'NATO-Russia Council', ['مجلس الناتو روسيا', 'مجلس روسيا الناتو', 'مجلس روسيا والناتو', 'مجلس الناتو وروسيا', 'مجلس ناتو روسيا', 'مجلس روسيا ناتو', 'مجلس روسيا وحلف شمال الأطلسي', 'مجلس روسيا - حلف شمال الأطلسي', 'NATO-Russia Council']),
  O('nato-military-committee', 'NATO Military Committee', ['اللجنة العسكرية لحلف شمال الأطلسي', 'اللجنة العسكرية للناتو', 'اللجنة العسكرية لحلف الناتو']),
  O('osce', 'OSCE', ['منظمة الأمن والتعاون في أوروبا', 'OSCE']),
  O('united-nations', 'United Nations', ['الأمم المتحدة', 'منظمة الأمم المتحدة', 'هيئة الأمم المتحدة'], ['المنظمة الدولية']),
  O('un-security-council', 'UN Security Council', ['مجلس الأمن', 'مجلس الأمن الدولي', 'مجلس الأمن التابع للأمم المتحدة']),
  O('un-general-assembly', 'UN General Assembly', ['الجمعية العامة للأمم المتحدة']),
  O('unesco', 'UNESCO', ['اليونسكو', 'منظمة الأمم المتحدة للتربية والعلم والثقافة']),
  O('unicef', 'UNICEF', ['اليونيسف', 'منظمة الأمم المتحدة للطفولة']),
  O('unhcr', 'UNHCR', ['المفوضية السامية للأمم المتحدة لشؤون اللاجئين', 'مفوضية اللاجئين']),
  O('unrwa', 'UNRWA', ['الأونروا', 'وكالة غوث وتشغيل اللاجئين الفلسطينيين']),
  O('who', 'World Health Organization', ['منظمة الصحة العالمية']),
  O('iaea', 'IAEA', ['الوكالة الدولية للطاقة الذرية']),
  O('imf', 'IMF', ['صندوق النقد الدولي']),
  O('world-bank', 'World Bank', ['البنك الدولي']),
  O('wto', 'World Trade Organization', ['منظمة التجارة العالمية']),
  O('icc', 'International Criminal Court', ['المحكمة الجنائية الدولية']),
  O('icj', 'International Court of Justice', ['محكمة العدل الدولية']),
  O('icrc', 'International Committee of the Red Cross', ['اللجنة الدولية للصليب الأحمر', 'الصليب الأحمر']),
  O('european-union', 'European Union', ['الاتحاد الأوروبي', 'EU'], ['التكتل']),
  O('european-commission', 'European Commission', ['المفوضية الأوروبية']),
  O('european-parliament', 'European Parliament', ['البرلمان الأوروبي']),
  O('council-of-europe', 'Council of Europe', ['مجلس أوروبا']),
  O('african-union', 'African Union', ['الاتحاد الأفريقي', 'الاتحاد الإفريقي']),
  O('arab-league', 'Arab League', ['جامعة الدول العربية', 'الجامعة العربية']),
  O('gcc', 'Gulf Cooperation Council', ['مجلس التعاون الخليجي', 'مجلس التعاون لدول الخليج العربية']),
  O('oic', 'Organisation of Islamic Cooperation', ['منظمة التعاون الإسلامي']),
  O('opec', 'OPEC', ['أوبك', 'منظمة الدول المصدرة للنفط']),
  O('csto', 'CSTO', ['منظمة معاهدة الأمن الجماعي']),
  O('sco', 'Shanghai Cooperation Organisation', ['منظمة شنغهاي للتعاون']),
  O('brics', 'BRICS', ['بريكس', 'مجموعة بريكس']),
  O('g7', 'G7', ['مجموعة السبع', 'مجموعة الدول السبع']),
  O('g20', 'G20', ['مجموعة العشرين']),
  O('asean', 'ASEAN', ['آسيان', 'رابطة دول جنوب شرق آسيا']),
  // State institutions.
  O('kremlin', 'Kremlin', ['الكرملين', 'Kremlin']),
  O('white-house', 'White House', ['البيت الأبيض']),
  O('pentagon', 'Pentagon', ['البنتاغون', 'البنتاجون']),
  O('us-congress', 'US Congress', ['الكونغرس', 'الكونجرس']),
  O('us-senate', 'US Senate', ['مجلس الشيوخ', 'مجلس الشيوخ الأمريكي', 'مجلس الشيوخ الأميركي']),
  O('state-duma', 'State Duma', ['مجلس الدوما', 'الدوما']),
  O('elysee', 'Élysée Palace', ['الإليزيه', 'قصر الإليزيه']),
  O('knesset', 'Knesset', ['الكنيست']),
  // Movements, parties and armed groups often in regional news.
  O('hamas', 'Hamas', ['حماس', 'حركة حماس', 'حركة المقاومة الإسلامية']),
  O('hezbollah', 'Hezbollah', ['حزب الله', 'حزب الله اللبناني']),
  O('isis', 'ISIS', ['داعش', 'تنظيم داعش', 'تنظيم الدولة الإسلامية', 'الدولة الإسلامية في العراق والشام']),
  O('al-qaeda', 'Al-Qaeda', ['تنظيم القاعدة']),
  O('taliban', 'Taliban', ['طالبان', 'حركة طالبان']),
  O('houthis', 'Houthis', ['الحوثيين', 'الحوثيون', 'جماعة الحوثي', 'جماعة أنصار الله', 'أنصار الله']),
  O('muslim-brotherhood', 'Muslim Brotherhood', ['الإخوان المسلمين', 'جماعة الإخوان المسلمين', 'جماعة الإخوان']),
  O('fatah', 'Fatah', ['حركة فتح']),
  O('plo', 'PLO', ['منظمة التحرير الفلسطينية']),
  O('pkk', 'PKK', ['حزب العمال الكردستاني']),
  O('sdf', 'Syrian Democratic Forces', ['قوات سوريا الديمقراطية', 'قسد']),
  O('wagner-group', 'Wagner Group', ['فاغنر', 'مجموعة فاغنر']),
  O('opec-plus', 'OPEC+', ['أوبك+', 'أوبك بلس']),
  O('idf', 'Israel Defense Forces', ['الجيش الإسرائيلي']),
  O('irgc', 'IRGC', ['الحرس الثوري', 'الحرس الثوري الإيراني']),
  O('cia', 'CIA', ['وكالة المخابرات المركزية الأمريكية', 'وكالة المخابرات المركزية', 'سي آي إيه']),
  O('fbi', 'FBI', ['مكتب التحقيقات الفيدرالي', 'إف بي آي']),
  O('fsb', 'FSB', ['جهاز الأمن الفيدرالي الروسي']),
  // News agencies, newspapers, broadcasters, platforms.
  MEDIA('reuters', 'Reuters', ['رويترز', 'وكالة رويترز', 'Reuters']),
  MEDIA('afp', 'AFP', ['فرانس برس', 'فرانس برس', 'وكالة فرانس برس', 'أ ف ب', 'AFP']),
  MEDIA('ap', 'Associated Press', ['أسوشيتد برس', 'أسوشيتدبرس', 'وكالة أسوشيتد برس']),
  MEDIA('dpa', 'dpa', ['د ب أ', 'وكالة الأنباء الألمانية', 'dpa']),
  MEDIA('sputnik', 'Sputnik', ['سبوتنيك', 'وكالة سبوتنيك', 'Sputnik']),
  MEDIA('interfax', 'Interfax', ['إنترفاكس', 'انترفاكس', 'وكالة إنترفاكس', 'Interfax']),
  MEDIA('tass', 'TASS', ['تاس', 'وكالة تاس', 'TASS']),
  MEDIA('ria-novosti', 'RIA Novosti', ['ريا نوفوستي', 'نوفوستي']),
  MEDIA('xinhua', 'Xinhua', ['شينخوا', 'شينخوا']),
  MEDIA('anadolu', 'Anadolu Agency', ['وكالة الأناضول']),
  MEDIA('spa', 'Saudi Press Agency', ['واس', 'وكالة الأنباء السعودية']),
  MEDIA('wam', 'WAM', ['وام', 'وكالة أنباء الإمارات']),
  MEDIA('qna', 'Qatar News Agency', ['قنا', 'وكالة الأنباء القطرية']),
  MEDIA('kuna', 'KUNA', ['كونا', 'وكالة الأنباء الكويتية']),
  MEDIA('mena', 'MENA', ['وكالة أنباء الشرق الأوسط']),
  MEDIA('irna', 'IRNA', ['إرنا', 'وكالة الأنباء الإيرانية']),
  MEDIA('bbc', 'BBC', ['بي بي سي', 'BBC']),
  MEDIA('cnn', 'CNN', ['سي إن إن', 'سي ان ان', 'CNN']),
  MEDIA('al-jazeera', 'Al Jazeera', ['قناة الجزيرة', 'شبكة الجزيرة', 'الجزيرة نت']),
  MEDIA('al-arabiya', 'Al Arabiya', ['قناة العربية', 'العربية نت']),
  MEDIA('sky-news-arabia', 'Sky News Arabia', ['سكاي نيوز عربية']),
  MEDIA('rt', 'RT', ['روسيا اليوم', 'آر تي']),
  MEDIA('france-24', 'France 24', ['فرانس 24']),
  MEDIA('al-mayadeen', 'Al Mayadeen', ['قناة الميادين']),
  MEDIA('asharq-al-awsat', 'Asharq Al-Awsat', ['صحيفة الشرق الأوسط']),
  MEDIA('al-ahram', 'Al-Ahram', ['صحيفة الأهرام', 'جريدة الأهرام']),
  MEDIA('wall-street-journal', 'The Wall Street Journal', ['وول ستريت جورنال', 'وول ستريت جورنال', 'Wall Street Journal']),
  MEDIA('new-york-times', 'The New York Times', ['نيويورك تايمز', 'New York Times']),
  MEDIA('washington-post', 'The Washington Post', ['واشنطن بوست', 'Washington Post']),
  MEDIA('financial-times', 'Financial Times', ['فايننشال تايمز', 'فاينانشال تايمز']),
  MEDIA('the-guardian', 'The Guardian', ['الغارديان', 'غارديان']),
  MEDIA('bloomberg', 'Bloomberg', ['بلومبرغ', 'بلومبيرغ', 'Bloomberg']),
  MEDIA('politico', 'Politico', ['بوليتيكو']),
  MEDIA('twitter', 'Twitter', ['تويتر', 'Twitter']),
  MEDIA('facebook', 'Facebook', ['فيسبوك', 'فيس بوك', 'Facebook']),
  O('google', 'Google', ['غوغل', 'جوجل', 'Google']),

  // Heads of state and major officials (2015–2022).
  P('vladimir-putin', 'Vladimir Putin', ['فلاديمير بوتين', 'بوتين', 'Putin', 'Vladimir Putin'], ['kremlinrussia_e']),
  P('joe-biden', 'Joe Biden', ['جو بايدن', 'جوزيف بايدن', 'بايدن', 'Biden', 'Joe Biden'], ['potus', 'joebiden']),
  P('antony-blinken', 'Antony Blinken', ['أنتوني بلينكن', 'أنطوني بلينكن', 'بلينكن', 'بلينكين', 'Blinken', 'Antony Blinken'], ['secblinken']),
  P('jens-stoltenberg', 'Jens Stoltenberg', ['ينس ستولتنبرغ', 'يانس ستولتنبرغ', 'ينس ستولتنبيرغ', 'ستولتنبرغ', 'ستولتنبيرغ', 'ستولتنبرج', 'ستولتنبرگ', 'Jens Stoltenberg', 'Stoltenberg'], ['jensstoltenberg']),
  P('sergey-lavrov', 'Sergey Lavrov', ['سيرغي لافروف', 'سيرجي لافروف', 'سيرجيه لافروف', 'لافروف']),
  P('dmitry-peskov', 'Dmitry Peskov', ['دميتري بيسكوف', 'ديمتري بيسكوف', 'ديميتري بيسكوف', 'دميتري بسكوف', 'بيسكوف', 'بسكوف']),
  P('maria-zakharova', 'Maria Zakharova', ['ماريا زاخاروفا', 'زاخاروفا']),
  P('sergei-shoigu', 'Sergei Shoigu', ['سيرغي شويغو', 'سيرجي شويجو', 'شويغو', 'شويجو']),
  P('dmitry-medvedev', 'Dmitry Medvedev', ['دميتري ميدفيديف', 'ديمتري ميدفيديف', 'ميدفيديف']),
  P('sergei-ryabkov', 'Sergei Ryabkov', ['سيرغي ريابكوف', 'سيرجي ريابكوف', 'ريابكوف']),
  P('alexander-grushko', 'Alexander Grushko', ['ألكسندر غروشكو', 'ألكسندر جروشكو', 'الكسندر غروشكو', 'غروشكو', 'جروشكو']),
  P('vasily-nebenzya', 'Vasily Nebenzya', ['فاسيلي نيبينزيا', 'نيبينزيا', 'نيبينزا']),
  P('volodymyr-zelensky', 'Volodymyr Zelensky', ['فولوديمير زيلينسكي', 'فلاديمير زيلينسكي', 'زيلينسكي', 'زيلنسكي']),
  P('dmytro-kuleba', 'Dmytro Kuleba', ['دميترو كوليبا', 'كوليبا']),
  P('alexander-lukashenko', 'Alexander Lukashenko', ['ألكسندر لوكاشينكو', 'لوكاشينكو', 'لوكاشنكو']),
  P('donald-trump', 'Donald Trump', ['دونالد ترامب', 'ترامب', 'Trump']),
  P('barack-obama', 'Barack Obama', ['باراك أوباما', 'أوباما', 'Obama']),
  P('kamala-harris', 'Kamala Harris', ['كامالا هاريس', 'هاريس']),
  P('lloyd-austin', 'Lloyd Austin', ['لويد أوستن', 'لويد أوستين']),
  P('jake-sullivan', 'Jake Sullivan', ['جيك سوليفان', 'جايك سوليفان', 'سوليفان']),
  P('wendy-sherman', 'Wendy Sherman', ['ويندي شيرمان', 'ويندي شرمان', 'شيرمان']),
  P('ned-price', 'Ned Price', ['نيد برايس', 'نيد پرايس']),
  P('mike-pompeo', 'Mike Pompeo', ['مايك بومبيو', 'بومبيو']),
  P('john-kerry', 'John Kerry', ['جون كيري']),
  P('bob-menendez', 'Robert Menendez', ['روبرت مينينديز', 'روبرت مينينديز', 'بوب مينينديز', 'مينينديز', 'مينينديز']),
  P('emmanuel-macron', 'Emmanuel Macron', ['إيمانويل ماكرون', 'ايمانويل ماكرون', 'ماكرون', 'Macron']),
  P('jean-yves-le-drian', 'Jean-Yves Le Drian', ['جان إيف لودريان', 'لودريان']),
  P('olaf-scholz', 'Olaf Scholz', ['أولاف شولتس', 'أولاف شولتز', 'شولتس', 'شولتز']),
  P('angela-merkel', 'Angela Merkel', ['أنجيلا ميركل', 'أنغيلا ميركل', 'ميركل']),
  P('annalena-baerbock', 'Annalena Baerbock', ['أنالينا بيربوك', 'بيربوك']),
  P('boris-johnson', 'Boris Johnson', ['بوريس جونسون', 'جونسون']),
  P('liz-truss', 'Liz Truss', ['ليز تراس', 'تراس']),
  P('recep-tayyip-erdogan', 'Recep Tayyip Erdoğan', ['رجب طيب أردوغان', 'رجب طيب اردوغان', 'أردوغان', 'اردوغان']),
  P('mevlut-cavusoglu', 'Mevlüt Çavuşoğlu', ['مولود جاويش أوغلو', 'جاويش أوغلو']),
  P('xi-jinping', 'Xi Jinping', ['شي جين بينغ', 'شي جينبينغ', 'شي جين بينج']),
  P('wang-yi', 'Wang Yi', ['وانغ يي', 'وانج يي']),
  P('ali-khamenei', 'Ali Khamenei', ['علي خامنئي', 'خامنئي']),
  P('ebrahim-raisi', 'Ebrahim Raisi', ['إبراهيم رئيسي']),
  P('hassan-rouhani', 'Hassan Rouhani', ['حسن روحاني']),
  P('bashar-al-assad', 'Bashar al-Assad', ['بشار الأسد']),
  P('abdel-fattah-el-sisi', 'Abdel Fattah el-Sisi', ['عبد الفتاح السيسي', 'السيسي']),
  P('mohammed-bin-salman', 'Mohammed bin Salman', ['محمد بن سلمان']),
  P('king-salman', 'Salman bin Abdulaziz', ['سلمان بن عبد العزيز', 'سلمان بن عبدالعزيز']),
  P('benjamin-netanyahu', 'Benjamin Netanyahu', ['بنيامين نتنياهو', 'نتنياهو']),
  P('naftali-bennett', 'Naftali Bennett', ['نفتالي بينيت', 'نفتالي بينت']),
  P('mahmoud-abbas', 'Mahmoud Abbas', ['محمود عباس']),
  P('antonio-guterres', 'António Guterres', ['أنطونيو غوتيريش', 'أنطونيو غوتيريس', 'غوتيريش', 'غوتيريس', 'جوتيريش']),
  P('josep-borrell', 'Josep Borrell', ['جوزيب بوريل', 'جوزيف بوريل', 'بوريل']),
  P('ursula-von-der-leyen', 'Ursula von der Leyen', ['أورسولا فون دير لاين', 'فون دير لاين']),
  P('charles-michel', 'Charles Michel', ['شارل ميشيل']),
  P('narendra-modi', 'Narendra Modi', ['ناريندرا مودي', 'مودي']),
  P('imran-khan', 'Imran Khan', ['عمران خان']),
  P('kim-jong-un', 'Kim Jong Un', ['كيم جونغ أون', 'كيم جونج أون']),
  P('fumio-kishida', 'Fumio Kishida', ['فوميو كيشيدا', 'كيشيدا']),
  P('mario-draghi', 'Mario Draghi', ['ماريو دراغي', 'دراغي']),

  P('mohammed-bin-zayed', 'Mohammed bin Zayed', ['محمد بن زايد']),
  P('tamim-bin-hamad', 'Tamim bin Hamad Al Thani', ['تميم بن حمد', 'الشيخ تميم بن حمد آل ثاني']),
  P('abdullah-ii', 'Abdullah II of Jordan', ['عبد الله الثاني', 'الملك عبد الله الثاني']),
  P('faisal-bin-farhan', 'Faisal bin Farhan', ['فيصل بن فرحان']),
  P('adel-al-jubeir', 'Adel al-Jubeir', ['عادل الجبير']),
  P('mohammad-javad-zarif', 'Mohammad Javad Zarif', ['محمد جواد ظريف', 'جواد ظريف']),
  P('qasem-soleimani', 'Qasem Soleimani', ['قاسم سليماني']),
  P('hassan-nasrallah', 'Hassan Nasrallah', ['حسن نصر الله', 'حسن نصرالله', 'نصر الله']),
  P('ismail-haniyeh', 'Ismail Haniyeh', ['إسماعيل هنية', 'هنية']),
  P('yahya-sinwar', 'Yahya Sinwar', ['يحيى السنوار', 'السنوار']),
  P('khalifa-haftar', 'Khalifa Haftar', ['خليفة حفتر', 'حفتر']),
  P('abdelmadjid-tebboune', 'Abdelmadjid Tebboune', ['عبد المجيد تبون', 'تبون']),
  P('kais-saied', 'Kais Saied', ['قيس سعيد']),
  P('mohammed-vi', 'Mohammed VI', ['محمد السادس', 'الملك محمد السادس']),
  P('abdel-fattah-al-burhan', 'Abdel Fattah al-Burhan', ['عبد الفتاح البرهان']),
  P('michel-aoun', 'Michel Aoun', ['ميشال عون']),
  P('najib-mikati', 'Najib Mikati', ['نجيب ميقاتي', 'ميقاتي']),
  P('saad-hariri', 'Saad Hariri', ['سعد الحريري']),
  P('mustafa-al-kadhimi', 'Mustafa al-Kadhimi', ['مصطفى الكاظمي', 'الكاظمي']),
  P('masoud-barzani', 'Masoud Barzani', ['مسعود بارزاني', 'مسعود البارزاني']),
  P('abiy-ahmed', 'Abiy Ahmed', ['آبي أحمد']),
  P('hossein-amir-abdollahian', 'Hossein Amir-Abdollahian', ['حسين أمير عبد اللهيان', 'عبد اللهيان']),
  P('ban-ki-moon', 'Ban Ki-moon', ['بان كي مون']),
  P('justin-trudeau', 'Justin Trudeau', ['جاستن ترودو', 'ترودو']),
  P('pedro-sanchez', 'Pedro Sánchez', ['بيدرو سانشيز']),
  P('rishi-sunak', 'Rishi Sunak', ['ريشي سوناك', 'سوناك']),
  P('theresa-may', 'Theresa May', ['تيريزا ماي']),
  P('david-cameron', 'David Cameron', ['ديفيد كاميرون', 'كاميرون']),
  P('francois-hollande', 'François Hollande', ['فرانسوا هولاند', 'هولاند']),
  P('hillary-clinton', 'Hillary Clinton', ['هيلاري كلينتون']),
  P('pope-francis', 'Pope Francis', ['البابا فرنسيس']),
  // Named agreements, policies, processes.
  M('strategic-stability-dialogue', 'Strategic Stability Dialogue', ['حوار الاستقرار الاستراتيجي', 'حوار الاستقرار الإستراتيجي']),
  M('nato-russia-founding-act', 'NATO-Russia Founding Act', ['الوثيقة التأسيسية لحلف شمال الأطلسي وروسيا', 'الوثيقة التأسيسية بين روسيا والناتو']),
  M('minsk-agreements', 'Minsk agreements', ['اتفاقيات مينسك', 'اتفاقات مينسك', 'اتفاق مينسك']),
  M('jcpoa', 'JCPOA', ['خطة العمل الشاملة المشتركة']),
  M('new-start', 'New START', ['نيو ستارت', 'معاهدة ستارت الجديدة']),
  M('inf-treaty', 'INF Treaty', ['معاهدة القوى النووية متوسطة المدى']),
  M('nord-stream-2', 'Nord Stream 2', ['نورد ستريم 2', 'نورد ستريم']),
];

/** Ministries as patterns: وزارة + portfolio + nisba of a country. Portfolio → English name. */
export const MINISTRY_PORTFOLIOS: Record<string, { en: string; us: string }> = {
  'الدفاع': { en: 'Ministry of Defence', us: 'Department of Defense' },
  'الخارجية': { en: 'Ministry of Foreign Affairs', us: 'Department of State' },
  'الداخلية': { en: 'Ministry of Interior', us: 'Department of Homeland Security' },
  'العدل': { en: 'Ministry of Justice', us: 'Department of Justice' },
  'المالية': { en: 'Ministry of Finance', us: 'Department of the Treasury' },
  'الخزانة': { en: 'Ministry of Finance', us: 'Department of the Treasury' },
  'الطاقة': { en: 'Ministry of Energy', us: 'Department of Energy' },
  'الصحة': { en: 'Ministry of Health', us: 'Department of Health and Human Services' },
  'التجارة': { en: 'Ministry of Trade', us: 'Department of Commerce' },
  'الاقتصاد': { en: 'Ministry of Economy', us: 'Department of Commerce' },
};

/** English demonym for ministry names (Russian Ministry of Defence). */
export const DEMONYMS: Record<string, string> = {
  russia: 'Russian', 'united-states': 'US', ukraine: 'Ukrainian', 'united-kingdom': 'British', france: 'French', germany: 'German',
  china: 'Chinese', iran: 'Iranian', turkey: 'Turkish', israel: 'Israeli', 'saudi-arabia': 'Saudi', egypt: 'Egyptian', syria: 'Syrian',
  iraq: 'Iraqi', belarus: 'Belarusian', poland: 'Polish', japan: 'Japanese', india: 'Indian', pakistan: 'Pakistani', qatar: 'Qatari',
};

/**
 * Words that announce the type of the name that follows (trigger features for the tagger,
 * and evidence for unknown names in the annotator).
 */
export const PERSON_TRIGGERS = [
  'الرئيس', 'رئيس', 'الوزير', 'وزير', 'وزيرة', 'نائب', 'السيد', 'السيدة', 'الملك', 'الأمير', 'الشيخ', 'المستشار', 'المستشارة', 'السفير', 'السفيرة',
  'المتحدث', 'المتحدثة', 'الناطق', 'الناطقة', 'الجنرال', 'العقيد', 'اللواء', 'العميد', 'الفريق', 'المشير', 'الدكتور', 'د.', 'السناتور', 'النائب',
  'الأمين', 'المدير', 'مدير', 'المبعوث', 'المندوب', 'الزعيم', 'القائد', 'الباحث', 'الخبير', 'الكاتب', 'الصحفي', 'المحلل', 'رئيسة', 'الرئيسة', 'الدبلوماسي',
  'قال', 'وقال', 'أكد', 'وأكد', 'أضاف', 'وأضاف', 'صرح', 'وصرح', 'أوضح', 'وأوضح', 'أعلن', 'وأعلن',
];
export const ORG_TRIGGERS = ['وكالة', 'شركة', 'صحيفة', 'مجلس', 'منظمة', 'حزب', 'حركة', 'جامعة', 'وزارة', 'هيئة', 'مؤسسة', 'قناة', 'موقع', 'مركز', 'معهد', 'بنك', 'البنك', 'اتحاد', 'لجنة', 'جمعية', 'محطة', 'مجموعة', 'نادي', 'فريق', 'جبهة', 'تحالف'];
export const LOC_TRIGGERS = ['مدينة', 'العاصمة', 'عاصمة', 'دولة', 'بلدة', 'قرية', 'محافظة', 'ولاية', 'منطقة', 'إقليم', 'جزيرة', 'بحر', 'نهر', 'جبل', 'مقاطعة', 'شمال', 'جنوب', 'شرق', 'غرب', 'في', 'إلى', 'من'];

/** Common given names (Arabic and transliterated foreign), as gazetteer evidence for PER. */
export const GIVEN_NAMES = [
  'محمد', 'أحمد', 'علي', 'حسن', 'حسين', 'عبد', 'عبدالله', 'خالد', 'سعيد', 'عمر', 'يوسف', 'إبراهيم', 'مصطفى', 'محمود', 'سلمان', 'فهد', 'فيصل', 'ناصر',
  'سامي', 'كريم', 'طارق', 'وليد', 'جمال', 'عادل', 'هشام', 'رامي', 'زياد', 'مروان', 'نبيل', 'فاطمة', 'عائشة', 'مريم', 'ليلى', 'سارة', 'نور', 'هدى',
  'جون', 'جو', 'جورج', 'مايكل', 'مايك', 'ديفيد', 'روبرت', 'ريتشارد', 'توماس', 'وليام', 'جيمس', 'بيتر', 'بول', 'مارك', 'دونالد', 'باراك', 'هيلاري',
  'أنتوني', 'نيد', 'ويندي', 'جيك', 'لويد', 'كامالا', 'بوريس', 'إيمانويل', 'أولاف', 'أنجيلا', 'ماريا', 'آنا', 'إيلينا', 'ألكسندر', 'الكسندر', 'ألكسندرا',
  'سيرغي', 'سيرجي', 'فلاديمير', 'دميتري', 'ديمتري', 'ديميتري', 'أندريه', 'أندريه', 'ميخائيل', 'نيكولاي', 'إيفان', 'يوري', 'إيغور', 'أليكسي', 'أليكسي',
  'فاسيلي', 'بافيل', 'ماريا', 'أولغا', 'ينس', 'يانس', 'هانز', 'كارل', 'فرانك', 'جان', 'بيير', 'فرانسوا', 'ميشيل', 'شارل', 'لوران', 'ماريو', 'أنطونيو',
  'خوسيه', 'كارلوس', 'جوزيب', 'أورسولا', 'رجب', 'مولود', 'بشار', 'حافظ', 'نيكولا', 'ستيفن', 'كريستوفر', 'بريان', 'كيفن', 'جيفري', 'تشارلز', 'فولوديمير',
];

/** Ids of news outlets and platforms (see KbEntry.media). */
export const MEDIA_IDS: ReadonlySet<string> = new Set(KB.filter((e) => e.media).map((e) => e.id));
