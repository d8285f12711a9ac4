import { normalize } from '../text/normalize.js';

/**
 * General-knowledge actor gazetteer for event attribution: countries with their nisba
 * adjectives and capitals (a capital stands for its government: موسكو → Russia), and the
 * international organisations and institutions that act in political news. Used when the
 * entity layers do not already give an id for the words; ids are canonical English names.
 */

export type ActorKind = 'country' | 'org' | 'city' | 'venue' | 'bloc';

export interface ActorEntry {
  id: string;
  kind: ActorKind;
  /** For a capital or a national institution: the country it stands for as an actor. */
  country?: string;
}

// [id, names (|-separated, normalised on load), nisba stem or '', capital Arabic, capital id]
const COUNTRIES: [string, string, string, string, string][] = [
  ['Russia', 'روسيا|روسيه|الاتحاد الروسي', 'روسي', 'موسكو', 'Moscow'],
  ['United States', 'الولايات المتحده|الولايات المتحده الامريكيه|الولايات المتحده الاميركيه|امريكا|اميركا', 'امريكي|اميركي', 'واشنطن', 'Washington'],
  // Not كيف: the common word 'how'.
  ['Ukraine', 'اوكرانيا', 'اوكراني', 'كييف', 'Kyiv'],
  ['China', 'الصين', 'صيني', 'بكين', 'Beijing'],
  ['United Kingdom', 'بريطانيا|المملكه المتحده', 'بريطاني', 'لندن', 'London'],
  ['France', 'فرنسا', 'فرنسي', 'باريس', 'Paris'],
  ['Germany', 'المانيا', 'الماني', 'برلين', 'Berlin'],
  ['Italy', 'ايطاليا', 'ايطالي', 'روما', 'Rome'],
  ['Spain', 'اسبانيا', 'اسباني', 'مدريد', 'Madrid'],
  ['Poland', 'بولندا', 'بولندي', 'وارسو', 'Warsaw'],
  ['Belarus', 'بيلاروسيا|بيلاروس|روسيا البيضاء|بيلا روسيا', 'بيلاروسي', 'مينسك', 'Minsk'],
  ['Georgia', 'جورجيا', 'جورجي', 'تبليسي', 'Tbilisi'],
  ['Turkey', 'تركيا', 'تركي', 'انقره', 'Ankara'],
  ['Iran', 'ايران', 'ايراني', 'طهران', 'Tehran'],
  ['Iraq', 'العراق', 'عراقي', 'بغداد', 'Baghdad'],
  ['Syria', 'سوريا|سوريه', 'سوري', 'دمشق', 'Damascus'],
  ['Lebanon', 'لبنان', 'لبناني', 'بيروت', 'Beirut'],
  ['Jordan', 'الاردن', 'اردني', 'عمان', 'Amman'],
  ['Israel', 'اسراييل', 'اسراييلي', 'تل ابيب', 'Tel Aviv'],
  ['Palestine', 'فلسطين', 'فلسطيني', 'رام الله', 'Ramallah'],
  ['Egypt', 'مصر', 'مصري', 'القاهره', 'Cairo'],
  ['Saudi Arabia', 'السعوديه|المملكه العربيه السعوديه', 'سعودي', 'الرياض', 'Riyadh'],
  ['United Arab Emirates', 'الامارات|الامارات العربيه المتحده', 'اماراتي', 'ابوظبي|ابو ظبي', 'Abu Dhabi'],
  ['Qatar', 'قطر', 'قطري', 'الدوحه', 'Doha'],
  ['Kuwait', 'الكويت', 'كويتي', '', ''],
  ['Bahrain', 'البحرين', 'بحريني', 'المنامه', 'Manama'],
  ['Oman', 'سلطنه عمان', 'عماني', 'مسقط', 'Muscat'],
  ['Yemen', 'اليمن', 'يمني', 'صنعاء', "Sana'a"],
  ['Libya', 'ليبيا', 'ليبي', 'طرابلس', 'Tripoli'],
  ['Tunisia', 'تونس', 'تونسي', '', ''],
  ['Algeria', 'الجزاير', 'جزايري', '', ''],
  ['Morocco', 'المغرب', 'مغربي', 'الرباط', 'Rabat'],
  ['Sudan', 'السودان', 'سوداني', 'الخرطوم', 'Khartoum'],
  ['Afghanistan', 'افغانستان', 'افغاني', 'كابول', 'Kabul'],
  ['Pakistan', 'باكستان', 'باكستاني', 'اسلام اباد', 'Islamabad'],
  ['India', 'الهند', 'هندي', 'نيودلهي', 'New Delhi'],
  ['Japan', 'اليابان', 'ياباني', 'طوكيو', 'Tokyo'],
  ['North Korea', 'كوريا الشماليه', '', 'بيونغ يانغ', 'Pyongyang'],
  ['South Korea', 'كوريا الجنوبيه', '', 'سول', 'Seoul'],
  ['Canada', 'كندا', 'كندي', 'اوتاوا', 'Ottawa'],
  ['Kazakhstan', 'كازاخستان', 'كازاخستاني', '', ''],
  ['Armenia', 'ارمينيا', 'ارميني', 'يريفان', 'Yerevan'],
  ['Azerbaijan', 'اذربيجان', 'اذربيجاني', 'باكو', 'Baku'],
  ['Lithuania', 'ليتوانيا', 'ليتواني', '', ''],
  ['Latvia', 'لاتفيا', 'لاتفي', '', ''],
  ['Estonia', 'استونيا', 'استوني', '', ''],
  ['Romania', 'رومانيا', 'روماني', 'بوخارست', 'Bucharest'],
  ['Sweden', 'السويد', 'سويدي', 'ستوكهولم', 'Stockholm'],
  ['Finland', 'فنلندا', 'فنلندي', 'هلسنكي', 'Helsinki'],
  ['Bosnia and Herzegovina', 'البوسنه', 'بوسني', 'سراييفو', 'Sarajevo'],
  ['Serbia', 'صربيا', 'صربي', 'بلغراد', 'Belgrade'],
  ['Montenegro', 'الجبل الاسود|مونتينيغرو', '', '', ''],
  ['Albania', 'البانيا', 'الباني', 'تيرانا', 'Tirana'],
  ['Switzerland', 'سويسرا', 'سويسري', 'برن', 'Bern'],
  ['Belgium', 'بلجيكا', 'بلجيكي', '', ''],
  ['Austria', 'النمسا', 'نمساوي', '', ''],
  ['Netherlands', 'هولندا', 'هولندي', 'امستردام', 'Amsterdam'],
];

/** Cities that host diplomacy (venues, not actors): [id, names, country]. */
const VENUES: [string, string, string][] = [
  ['Geneva', 'جنيف', 'Switzerland'],
  ['Brussels', 'بروكسل', 'Belgium'],
  ['Vienna', 'فيينا', 'Austria'],
  ['New York', 'نيويورك', 'United States'],
  ['The Hague', 'لاهاي', 'Netherlands'],
  ['Istanbul', 'اسطنبول', 'Turkey'],
  ['Munich', 'ميونخ', 'Germany'],
  ['Davos', 'دافوس', 'Switzerland'],
  ['Sochi', 'سوتشي', 'Russia'],
  ['Jeddah', 'جده', 'Saudi Arabia'],
  ['Crimea', 'القرم|شبه جزيره القرم', 'Ukraine'],
];

const ORGS: [string, string, ActorKind][] = [
  ['NATO', 'الناتو|ناتو|حلف الناتو|حلف شمال الاطلسي|حلف شمال الاطلنطي|الحلف الاطلسي|شمال الاطلسي|nato', 'org'],
  ['United Nations', 'الامم المتحده|المنظمه الامميه', 'org'],
  ['UN Security Council', 'مجلس الامن|مجلس الامن الدولي', 'org'],
  ['European Union', 'الاتحاد الاوروبي|الاتحاد الاوربي', 'org'],
  ['OSCE', 'منظمه الامن والتعاون في اوروبا|منظمه الامن والتعاون الاوروبي', 'org'],
  ['Arab League', 'جامعه الدول العربيه|الجامعه العربيه', 'org'],
  ['Gulf Cooperation Council', 'مجلس التعاون الخليجي|مجلس التعاون لدول الخليج العربيه', 'org'],
  ['African Union', 'الاتحاد الافريقي', 'org'],
  ['IAEA', 'الوكاله الدوليه للطاقه الذريه', 'org'],
  ['Kremlin', 'الكرملين', 'org'],
  ['White House', 'البيت الابيض', 'org'],
  ['Pentagon', 'البنتاغون|البنتاجون', 'org'],
  ['the West', 'الغرب', 'bloc'],
];

/** National institutions an adjective attaches to (الخارجية الروسية) are still that country as an actor. */
const INSTITUTION_COUNTRY: Record<string, string> = { Kremlin: 'Russia', 'White House': 'United States', Pentagon: 'United States' };

export interface ActorGazetteer {
  /** Normalised single- or multi-word name → entry; multi-word keys joined by a space. */
  names: Map<string, ActorEntry>;
  /** Longest name length in words. */
  maxWords: number;
  /** Nisba adjective form (normalised, any gender/number, with or without ال) → country id. */
  nisbas: Map<string, string>;
  /** Words a name may start with (fast reject). */
  firstWords: Set<string>;
}

function build(): ActorGazetteer {
  const names = new Map<string, ActorEntry>();
  const nisbas = new Map<string, string>();
  const add = (name: string, e: ActorEntry) => {
    const k = normalize(name).trim();
    if (k && !names.has(k)) names.set(k, e);
  };
  for (const [id, ns, nisba, caps, capId] of COUNTRIES) {
    for (const n of ns.split('|')) add(n, { id, kind: 'country' });
    if (caps) for (const c of caps.split('|')) add(c, { id: capId, kind: 'city', country: id });
    if (nisba) {
      for (const stem of nisba.split('|')) {
        const s = normalize(stem);
        for (const f of [s, s + 'ه', s + 'ين', s + 'ون', s + 'ان', s + 'تين', s + 'تان']) {
          nisbas.set(f, id);
          nisbas.set('ال' + f, id);
        }
      }
    }
  }
  // Plural nisba forms that are not suffixed (الروس، الأمريكيون is covered above).
  nisbas.set('روس', 'Russia');
  nisbas.set('الروس', 'Russia');
  for (const [id, ns, country] of VENUES) for (const n of ns.split('|')) add(n, { id, kind: 'venue', country });
  for (const [id, ns, kind] of ORGS) for (const n of ns.split('|')) add(n, { id, kind, ...(INSTITUTION_COUNTRY[id] ? { country: INSTITUTION_COUNTRY[id] } : {}) });
  let maxWords = 1;
  const firstWords = new Set<string>();
  for (const k of names.keys()) {
    const ws = k.split(' ');
    maxWords = Math.max(maxWords, ws.length);
    firstWords.add(ws[0]);
  }
  return { names, nisbas, maxWords, firstWords };
}

export const ACTORS: ActorGazetteer = build();


/** Words that, standing for the alliance just named, mean NATO when the document names NATO. */
export const ALLIANCE_ROLE_WORDS = new Set(['الحلف', 'التحالف', 'حلف']);
