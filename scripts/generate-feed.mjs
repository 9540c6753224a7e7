#!/usr/bin/env node
/**
 * Generates a large, realistic feed (format version 1, docs/feed.md) for benchmarks and
 * stories. Deterministic: the same options give the same document, byte for byte.
 *
 *   node scripts/generate-feed.mjs --partnerships 5000 --sessions 1000 --seed 1 > feed.json
 *   node scripts/generate-feed.mjs --partnerships 25000 --sessions 0 --world > world.json
 *
 * or in-process: `import { generateFeed } from './generate-feed.mjs'` (also in a browser: the
 * stories use it for the 5,000-partnership map).
 *
 * What it makes:
 * - German cities around real German cities and Russian ones around cities of European
 *   Russia (coordinates jittered by a few kilometres, inside each country), named
 *   "Stadt 12" / "Город 12" / "Town 12";
 * - partnerships between a German and a Russian city, each pair once, founded 1950–2024
 *   (most around 1985–1995, as in reality), `since` as a year, year-month or full date,
 *   some with a qualifier, milestones or notes;
 * - with `world: true` instead (a national portal's feed, issue 12): cities in 57
 *   countries on every continent, around real cities (many German and other European towns,
 *   partners in the Americas, Africa, Asia, Australia and the Pacific on both sides of the
 *   antimeridian: Chukotka, Fiji, Samoa, Tonga, Alaska); a tenth of the partnerships go to a
 *   country's "hub" cities, which then have dozens of partners; names in the country's script
 *   (Cyrillic, Greek, Georgian, Armenian, Hebrew, Arabic, Devanagari, Thai, Chinese, Japanese,
 *   Korean), some as a plain string, some very long; `undated` (0–1) leaves that share of
 *   partnerships without `since` (for feeds where the founding date is optional);
 * - one conference over three days with `sessions` sessions: plenaries in the main hall,
 *   numbered working groups in parallel rooms, culture, excursions, receptions; 75-minute
 *   slots from 09:00 (no two sessions in one room at once), rooms (`venue`), coordinators
 *   (organisations), speakers and moderators (people). Feed order is not time order.
 */

/** mulberry32: small, fast, and good enough for test data (the tests' generated variants use it too). */
export function prng(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Anchors well inside each country, so that a jitter of ±0.3° stays inside it.
const GERMAN_ANCHORS = [
  [52.52, 13.4],
  [53.55, 9.99],
  [48.14, 11.58],
  [50.94, 6.96],
  [50.11, 8.68],
  [48.78, 9.18],
  [51.23, 6.78],
  [51.34, 12.37],
  [51.05, 13.74],
  [52.37, 9.73],
  [49.45, 11.08],
  [53.08, 8.8],
  [51.46, 7.01],
  [54.09, 12.14],
  [54.32, 10.14],
  [50.98, 11.03],
  [52.13, 11.63],
  [51.31, 9.48],
  [51.96, 7.63],
  [49.01, 12.1],
  [52.39, 13.06],
  [53.63, 11.41],
  [50.83, 12.92],
  [48.4, 9.99],
  [48.37, 10.9],
  [49.79, 9.95],
  [52.27, 10.52],
  [51.53, 9.94],
  [50.8, 6.48],
  [49.87, 8.65],
];
const RUSSIAN_ANCHORS = [
  [55.75, 37.62],
  [59.94, 30.31],
  [56.33, 44.0],
  [55.79, 49.12],
  [53.2, 50.15],
  [48.7, 44.5],
  [47.23, 39.7],
  [51.67, 39.2],
  [57.63, 39.87],
  [54.51, 36.26],
  [56.86, 35.9],
  [57.82, 28.6],
  [58.52, 31.27],
  [54.78, 32.05],
  [45.04, 38.98],
  [51.53, 46.03],
  [58.0, 56.25],
  [54.73, 55.95],
  [64.54, 40.54],
  [59.22, 39.89],
  [51.73, 36.19],
  [54.19, 37.62],
  [54.63, 39.74],
  [53.2, 45.0],
  [58.6, 49.66],
  [61.79, 34.36],
  [56.13, 40.4],
  [52.6, 39.57],
  [53.24, 34.36],
  [57.0, 40.97],
];

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const pad2 = (n) => String(n).padStart(2, '0');
const isLeap = (year) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const daysIn = (year, month) => (month === 2 && isLeap(year) ? 29 : MONTH_DAYS[month - 1]);
const round4 = (x) => Math.round(x * 10_000) / 10_000;

const THEMES = [
  ['Jugendaustausch', 'Молодёжный обмен', 'Youth exchange'],
  ['Kommunale Zusammenarbeit', 'Муниципальное сотрудничество', 'Municipal cooperation'],
  ['Gesundheit', 'Здравоохранение', 'Health'],
  ['Kultur und Erinnerung', 'Культура и память', 'Culture and remembrance'],
  ['Wirtschaft und Mittelstand', 'Экономика и малый бизнес', 'Economy and small business'],
  ['Umwelt und Energie', 'Экология и энергетика', 'Environment and energy'],
  ['Bildung und Wissenschaft', 'Образование и наука', 'Education and science'],
  ['Zivilgesellschaft', 'Гражданское общество', 'Civil society'],
  ['Sport', 'Спорт', 'Sport'],
  ['Tourismus', 'Туризм', 'Tourism'],
  ['Inklusion und Teilhabe', 'Инклюзия и участие', 'Inclusion and participation'],
  ['Digitalisierung in der Verwaltung', 'Цифровизация управления', 'Digital administration'],
];
const FIRST_NAMES = [
  ['Anna', 'Анна'],
  ['Jonas', 'Йонас'],
  ['Maria', 'Мария'],
  ['Sergej', 'Сергей'],
  ['Katrin', 'Катрин'],
  ['Dmitri', 'Дмитрий'],
  ['Lena', 'Лена'],
  ['Peter', 'Пётр'],
  ['Olga', 'Ольга'],
  ['Thomas', 'Томас'],
];
const SESSION_KINDS = [
  // [kind, weight]
  ['working-group', 70],
  ['plenary', 8],
  ['culture', 8],
  ['excursion', 5],
  ['reception', 4],
  ['youth-forum', 3],
  ['other', 2],
];

// ---- the world-wide feed (world: true) ------------------------------------------------------

// Scripts of city names: a pool of native signs or syllables; the Latin and Cyrillic
// spellings are made from the same choices (invented, but consistent per city).
const LATIN = ['Al', 'Ber', 'Dor', 'Fel', 'Gra', 'Han', 'Kir', 'Lin', 'Mar', 'Nor', 'Ost', 'Ros', 'Sal', 'Ter', 'Wal', 'Zel', 'Bre', 'Mo', 'Ka', 'Li'];
const CYRILLIC = ['Ал', 'Бер', 'Дор', 'Фел', 'Гра', 'Хан', 'Кир', 'Лин', 'Мар', 'Нор', 'Ост', 'Рос', 'Сал', 'Тер', 'Валь', 'Зель', 'Бре', 'Мо', 'Ка', 'Ли'];
const SCRIPTS = {
  latin: null,
  cyrillic: CYRILLIC,
  greek: ['Αλ', 'Μπερ', 'Ντορ', 'Φελ', 'Γκρα', 'Χαν', 'Κιρ', 'Λιν', 'Μαρ', 'Νορ', 'Οστ', 'Ρος', 'Σαλ', 'Τερ', 'Βαλ', 'Ζελ', 'Μπρε', 'Μο', 'Κα', 'Λι'],
  georgian: ['ალ', 'ბერ', 'დორ', 'ფელ', 'გრა', 'ხან', 'კირ', 'ლინ', 'მარ', 'ნორ', 'ოსტ', 'როს', 'სალ', 'ტერ', 'ვალ', 'ზელ', 'ბრე', 'მო', 'კა', 'ლი'],
  armenian: ['Ալ', 'Բեր', 'Դոր', 'Ֆել', 'Գրա', 'Խան', 'Կիր', 'Լին', 'Մար', 'Նոր', 'Օստ', 'Ռոս', 'Սալ', 'Տեր', 'Վալ', 'Զել', 'Բրե', 'Մո', 'Կա', 'Լի'],
  hebrew: ['אל', 'בר', 'דור', 'פל', 'גרה', 'חן', 'קיר', 'לין', 'מר', 'נור', 'אוסט', 'רוס', 'סל', 'תר', 'ואל', 'זל', 'ברה', 'מו', 'קה', 'לי'],
  arabic: ['ال', 'بر', 'دور', 'فل', 'غرا', 'حان', 'كير', 'لين', 'مار', 'نور', 'أوست', 'روس', 'سال', 'تير', 'وال', 'زيل', 'بري', 'مو', 'كا', 'لي'],
  devanagari: ['अल', 'बेर', 'डोर', 'फेल', 'ग्रा', 'हान', 'किर', 'लिन', 'मार', 'नोर', 'ओस्ट', 'रोस', 'साल', 'तेर', 'वाल', 'ज़ेल', 'ब्रे', 'मो', 'का', 'ली'],
  thai: ['อัล', 'เบอร์', 'ดอร์', 'เฟล', 'กรา', 'ฮาน', 'คีร์', 'ลิน', 'มาร์', 'นอร์', 'ออสต์', 'รอส', 'ซาล', 'เทอร์', 'วาล', 'เซล', 'เบร', 'โม', 'คา', 'ลี'],
  han: ['安', '北', '东', '丰', '广', '海', '江', '林', '梅', '南', '青', '荣', '山', '天', '文', '西', '新', '阳', '云', '州'],
  kana: ['あ', 'べ', 'ど', 'ふ', 'ぐ', 'は', 'き', 'り', 'ま', 'の', 'お', 'ろ', 'さ', 'て', 'わ', 'ぜ', 'ぶ', 'も', 'か', 'ら'],
  hangul: ['알', '베', '도', '펠', '그', '한', '키', '린', '마', '노', '오', '로', '살', '테', '왈', '젤', '브', '모', '카', '리'],
};
const LANGUAGES = {
  greek: 'el',
  georgian: 'ka',
  armenian: 'hy',
  hebrew: 'he',
  arabic: 'ar',
  devanagari: 'hi',
  thai: 'th',
  han: 'zh',
  kana: 'ja',
  hangul: 'ko',
};
const ENDINGS = {
  de: ['berg', 'dorf', 'hausen', 'heim', 'ingen', 'stadt', 'feld', 'burg', 'au', 'bach'],
  other: ['a', 'on', 'ville', 'ino', 'ovo', 'ice', 'sk', 'ia', 'ton', 'eda'],
};
const ENDINGS_CYRILLIC = {
  de: ['берг', 'дорф', 'хаузен', 'хайм', 'инген', 'штадт', 'фельд', 'бург', 'ау', 'бах'],
  other: ['а', 'он', 'виль', 'ино', 'ово', 'ице', 'ск', 'ия', 'тон', 'еда'],
};

/**
 * [country, weight as a partner, script, anchors (lat, lon) well inside it]. Weights follow
 * roughly where German towns' partners are: France and Poland first, then the rest of
 * Europe, Russia and the USA, then every continent.
 */
const WORLD = [
  ['DE', 3, 'latin', GERMAN_ANCHORS],
  [
    'FR',
    18,
    'latin',
    [
      [48.86, 2.35],
      [45.76, 4.84],
      [43.3, 5.37],
      [47.22, -1.55],
      [50.63, 3.06],
      [48.58, 7.75],
      [43.6, 1.44],
      [47.32, 5.04],
      [45.19, 5.72],
      [44.84, -0.58],
    ],
  ],
  [
    'PL',
    10,
    'latin',
    [
      [52.23, 21.01],
      [50.06, 19.94],
      [51.11, 17.03],
      [52.41, 16.93],
      [54.35, 18.65],
      [53.43, 14.55],
      [51.76, 19.46],
      [50.26, 19.02],
    ],
  ],
  [
    'GB',
    6,
    'latin',
    [
      [51.51, -0.13],
      [52.49, -1.89],
      [53.48, -2.24],
      [55.86, -4.25],
      [53.8, -1.55],
      [51.45, -2.59],
    ],
  ],
  [
    'IT',
    6,
    'latin',
    [
      [41.9, 12.5],
      [45.46, 9.19],
      [45.07, 7.69],
      [43.77, 11.26],
      [40.85, 14.27],
      [44.49, 11.34],
    ],
  ],
  ['RU', 5, 'cyrillic', [...RUSSIAN_ANCHORS, [55.03, 82.92], [56.84, 60.6], [43.12, 131.89], [53.02, 158.65], [64.73, 177.51], [62.03, 129.73]]],
  [
    'US',
    5,
    'latin',
    [
      [34.05, -118.24],
      [40.71, -74.0],
      [41.88, -87.63],
      [29.76, -95.37],
      [47.61, -122.33],
      [39.74, -104.99],
      [21.31, -157.86],
      [61.22, -149.9],
      [64.5, -165.4],
    ],
  ],
  [
    'AT',
    3,
    'latin',
    [
      [48.21, 16.37],
      [47.07, 15.44],
      [47.8, 13.04],
      [47.27, 11.39],
    ],
  ],
  [
    'CZ',
    3,
    'latin',
    [
      [50.08, 14.44],
      [49.2, 16.61],
      [49.74, 13.38],
    ],
  ],
  [
    'HU',
    3,
    'latin',
    [
      [47.5, 19.04],
      [46.25, 20.15],
      [47.53, 21.63],
    ],
  ],
  [
    'UA',
    3,
    'cyrillic',
    [
      [50.45, 30.52],
      [49.84, 24.03],
      [49.99, 36.23],
      [46.48, 30.72],
      [45.0, 34.1],
    ],
  ],
  [
    'NL',
    2,
    'latin',
    [
      [52.37, 4.9],
      [51.92, 4.48],
      [52.09, 5.12],
    ],
  ],
  [
    'BE',
    2,
    'latin',
    [
      [50.85, 4.35],
      [51.22, 4.4],
    ],
  ],
  [
    'ES',
    2,
    'latin',
    [
      [40.42, -3.7],
      [41.39, 2.17],
      [37.39, -5.98],
      [39.47, -0.38],
    ],
  ],
  [
    'IL',
    2,
    'hebrew',
    [
      [32.08, 34.78],
      [31.77, 35.21],
      [32.79, 34.99],
    ],
  ],
  [
    'CN',
    3,
    'han',
    [
      [39.9, 116.4],
      [31.23, 121.47],
      [23.13, 113.26],
      [30.57, 104.07],
      [34.34, 108.94],
      [36.07, 120.38],
    ],
  ],
  [
    'TR',
    1.5,
    'latin',
    [
      [41.01, 28.98],
      [39.93, 32.86],
      [38.42, 27.14],
    ],
  ],
  [
    'JP',
    1.5,
    'kana',
    [
      [35.68, 139.69],
      [34.69, 135.5],
      [43.06, 141.35],
      [33.59, 130.4],
    ],
  ],
  [
    'CH',
    1,
    'latin',
    [
      [47.37, 8.54],
      [46.95, 7.45],
    ],
  ],
  [
    'DK',
    1,
    'latin',
    [
      [55.68, 12.57],
      [56.16, 10.2],
    ],
  ],
  [
    'SE',
    1,
    'latin',
    [
      [59.33, 18.07],
      [57.71, 11.97],
    ],
  ],
  [
    'FI',
    1,
    'latin',
    [
      [60.17, 24.94],
      [61.5, 23.76],
    ],
  ],
  [
    'NO',
    1,
    'latin',
    [
      [59.91, 10.75],
      [60.39, 5.32],
    ],
  ],
  [
    'GR',
    1,
    'greek',
    [
      [37.98, 23.73],
      [40.64, 22.94],
    ],
  ],
  [
    'BG',
    1,
    'cyrillic',
    [
      [42.7, 23.32],
      [42.15, 24.75],
    ],
  ],
  [
    'RO',
    1,
    'latin',
    [
      [44.43, 26.1],
      [46.77, 23.6],
    ],
  ],
  [
    'LT',
    1,
    'latin',
    [
      [54.69, 25.28],
      [54.9, 23.9],
    ],
  ],
  [
    'BY',
    1,
    'cyrillic',
    [
      [53.9, 27.57],
      [52.43, 31.0],
    ],
  ],
  [
    'CA',
    1,
    'latin',
    [
      [43.65, -79.38],
      [45.5, -73.57],
      [49.28, -123.12],
    ],
  ],
  [
    'BR',
    1,
    'latin',
    [
      [-23.55, -46.63],
      [-22.91, -43.17],
      [-30.03, -51.23],
      [-25.43, -49.27],
    ],
  ],
  [
    'AU',
    1,
    'latin',
    [
      [-33.87, 151.21],
      [-37.81, 144.96],
      [-27.47, 153.03],
      [-31.95, 115.86],
    ],
  ],
  [
    'GE',
    0.5,
    'georgian',
    [
      [41.72, 44.79],
      [42.27, 42.7],
    ],
  ],
  ['AM', 0.3, 'armenian', [[40.18, 44.51]]],
  [
    'KZ',
    0.5,
    'cyrillic',
    [
      [43.24, 76.89],
      [51.17, 71.45],
    ],
  ],
  [
    'KR',
    0.5,
    'hangul',
    [
      [37.57, 126.98],
      [35.18, 129.08],
    ],
  ],
  [
    'IN',
    0.5,
    'devanagari',
    [
      [28.61, 77.21],
      [19.08, 72.88],
    ],
  ],
  [
    'VN',
    0.3,
    'latin',
    [
      [21.03, 105.85],
      [10.82, 106.63],
    ],
  ],
  [
    'TH',
    0.3,
    'thai',
    [
      [13.76, 100.5],
      [18.79, 98.98],
    ],
  ],
  [
    'NA',
    0.5,
    'latin',
    [
      [-22.56, 17.08],
      [-22.95, 14.51],
    ],
  ],
  [
    'ZA',
    0.5,
    'latin',
    [
      [-26.2, 28.05],
      [-33.92, 18.42],
    ],
  ],
  [
    'TZ',
    0.5,
    'latin',
    [
      [-6.79, 39.21],
      [-3.37, 36.68],
    ],
  ],
  [
    'GH',
    0.3,
    'latin',
    [
      [5.6, -0.19],
      [6.69, -1.62],
    ],
  ],
  ['SN', 0.3, 'latin', [[14.72, -17.47]]],
  [
    'BF',
    0.5,
    'latin',
    [
      [12.37, -1.52],
      [11.18, -4.3],
    ],
  ],
  ['RW', 0.5, 'latin', [[-1.95, 30.06]]],
  ['CM', 0.3, 'latin', [[3.87, 11.52]]],
  [
    'EG',
    0.3,
    'arabic',
    [
      [30.04, 31.24],
      [31.2, 29.92],
    ],
  ],
  [
    'MA',
    0.3,
    'arabic',
    [
      [33.57, -7.59],
      [34.02, -6.84],
    ],
  ],
  [
    'MX',
    0.5,
    'latin',
    [
      [19.43, -99.13],
      [20.67, -103.35],
    ],
  ],
  [
    'AR',
    0.5,
    'latin',
    [
      [-34.6, -58.38],
      [-31.42, -64.18],
    ],
  ],
  ['CL', 0.3, 'latin', [[-33.45, -70.67]]],
  ['PE', 0.3, 'latin', [[-12.05, -77.04]]],
  [
    'NI',
    0.5,
    'latin',
    [
      [12.13, -86.25],
      [12.43, -86.88],
    ],
  ],
  [
    'NZ',
    0.5,
    'latin',
    [
      [-36.85, 174.76],
      [-41.29, 174.78],
      [-43.53, 172.64],
    ],
  ],
  [
    'FJ',
    0.3,
    'latin',
    [
      [-17.8, 177.9],
      [-16.8, 179.9],
    ],
  ],
  ['WS', 0.2, 'latin', [[-13.83, -171.76]]],
  ['TO', 0.2, 'latin', [[-21.14, -175.2]]],
];
/** Share of partnerships with a German city on one side (the rest: between two other countries). */
const GERMAN_SIDE = 0.62;

/** The partnerships and cities of a world-wide feed; see generateFeed. */
function worldFeed({ partnerships, undated, random, int, pick, chance, cities, makeCities, foundingYear, partialDate }) {
  const totalWeight = WORLD.reduce((sum, [, weight]) => sum + weight, 0);
  const weighted = () => {
    let r = random() * totalWeight;
    for (const entry of WORLD) if ((r -= entry[1]) < 0) return entry;
    return WORLD[0];
  };
  const cityTotal = Math.max(WORLD.length * 3, Math.ceil(partnerships * 0.64));
  const byCountry = new Map();
  for (const [country, weight, script, anchors] of WORLD) {
    // Half the ends of partnerships are the home side (mostly German), half the partner side.
    const share = ((country === 'DE' ? GERMAN_SIDE : 0) + (1 - GERMAN_SIDE) * (weight / totalWeight) + weight / totalWeight) / 2;
    const count = Math.max(3, Math.round(cityTotal * share));
    const native = SCRIPTS[script];
    const endings = country === 'DE' ? 'de' : 'other';
    const name = () => {
      const parts = [int(0, LATIN.length - 1), int(0, LATIN.length - 1)];
      if (chance(0.3)) parts.push(int(0, LATIN.length - 1));
      const ending = int(0, ENDINGS.de.length - 1);
      const latin = parts.map((i, at) => (at ? LATIN[i].toLowerCase() : LATIN[i])).join('') + ENDINGS[endings][ending];
      const cyrillic = parts.map((i, at) => (at ? CYRILLIC[i].toLowerCase() : CYRILLIC[i])).join('') + ENDINGS_CYRILLIC[endings][ending];
      if (chance(0.03)) {
        // A very long official name (districts, merged municipalities).
        const long = `${latin} an der ${pick(LATIN)}${pick(ENDINGS.other)}-${pick(LATIN)}${pick(ENDINGS.de)} bei ${pick(LATIN)}${pick(ENDINGS.de)} im Landkreis ${pick(LATIN)}${pick(ENDINGS.de)}-${pick(LATIN)}${pick(ENDINGS.de)}`;
        return { de: long, ru: `${cyrillic} (${long})`, en: long };
      }
      if (!native) return chance(0.5) ? latin : { de: latin, ru: cyrillic, en: latin };
      const own = parts.map((i) => native[i]).join('');
      if (chance(0.3)) return own; // only in the country's own script
      return script === 'cyrillic' ? { de: latin, ru: own, en: latin } : { de: latin, ru: cyrillic, en: latin, [LANGUAGES[script]]: own };
    };
    const kinds = country === 'DE' ? ['city', 'city', 'city', 'city', 'district', 'borough'] : ['city', 'city', 'city', 'city', 'city', 'region'];
    const made = makeCities(country, anchors, kinds, count, name);
    // A few "hub" cities take a tenth of the country's partnerships: dozens of partners each.
    byCountry.set(country, { cities: made, hubs: made.slice(0, Math.max(1, Math.min(30, Math.ceil(made.length / 20)))) });
  }
  const cityIn = (country) => {
    const { cities: list, hubs } = byCountry.get(country);
    return chance(0.1) ? pick(hubs) : pick(list);
  };
  const pairs = new Set();
  const list = [];
  while (list.length < partnerships) {
    const home = chance(GERMAN_SIDE) ? 'DE' : weighted()[0];
    const partner = weighted()[0];
    if (partner === home && !chance(0.3)) continue; // partnerships within one country are rare
    const a = cityIn(home);
    const b = cityIn(partner);
    if (a === b) continue;
    const key = a.id < b.id ? `${a.id}--${b.id}` : `${b.id}--${a.id}`;
    if (pairs.has(key)) continue;
    pairs.add(key);
    const year = foundingYear();
    const partnership = { id: key, cities: chance(0.85) ? [a.id, b.id] : [b.id, a.id], since: partialDate(year) };
    if (undated > 0 && chance(undated)) delete partnership.since;
    list.push(partnership);
  }
  return { version: 1, cities, partnerships: list };
}

/**
 * A feed document (plain JSON data) with `partnerships` partnerships and one conference of
 * `sessions` sessions; `seed` picks the variant.
 */
export function generateFeed({ partnerships = 100, sessions = 50, seed = 1, world = false, undated = 0 } = {}) {
  const random = prng(seed);
  const int = (min, max) => min + Math.floor(random() * (max - min + 1));
  const pick = (list) => list[Math.floor(random() * list.length)];
  const chance = (p) => random() < p;
  /** Roughly normal, mean 0, deviation 1 (sum of uniforms). */
  const normal = () => random() + random() + random() + random() - 2;

  // Enough cities for every partnership to be a distinct pair, with many cities in several.
  const perCountry = Math.max(4, Math.ceil(Math.sqrt(partnerships) * 4), Math.ceil(partnerships / 3));
  const cities = [];
  const makeCities = (country, anchors, kinds, count = perCountry, name = (n) => ({ de: `Stadt ${n}`, ru: `Город ${n}`, en: `Town ${n}` })) => {
    const made = [];
    for (let i = 0; i < count; i++) {
      const n = cities.length + 1;
      const [lat, lon] = pick(anchors);
      const north = lat + Math.max(-0.3, Math.min(0.3, normal() * 0.15));
      // Longitudes wrap at the antimeridian (Fiji, Chukotka lie on both sides of it).
      const east = lon + Math.max(-0.3, Math.min(0.3, normal() * 0.2));
      const city = {
        id: `${country.toLowerCase()}-${n}`,
        name: name(n),
        country,
        lat: round4(north),
        lon: round4(east > 180 ? east - 360 : east < -180 ? east + 360 : east),
      };
      const kind = pick(kinds);
      if (kind !== 'city') city.kind = kind;
      cities.push(city);
      made.push(city);
    }
    return made;
  };

  /** A founding year: most twinnings date from the years around 1990. */
  const foundingYear = () => {
    const year = chance(0.65) ? Math.round(1990 + normal() * 5) : int(1950, 2024);
    return Math.max(1950, Math.min(2024, year));
  };
  const partialDate = (year) => {
    const precision = random();
    if (precision < 0.4) return String(year);
    const month = int(1, 12);
    if (precision < 0.6) return `${year}-${pad2(month)}`;
    return `${year}-${pad2(month)}-${pad2(int(1, daysIn(year, month)))}`;
  };

  if (world) return worldFeed({ partnerships, undated, random, int, pick, chance, cities, makeCities, foundingYear, partialDate });
  const german = makeCities('DE', GERMAN_ANCHORS, ['city', 'city', 'city', 'city', 'district', 'borough']);
  const russian = makeCities('RU', RUSSIAN_ANCHORS, ['city', 'city', 'city', 'city', 'rayon', 'region']);

  const pairs = new Set();
  const partnershipList = [];
  while (partnershipList.length < partnerships) {
    const de = pick(german);
    const ru = pick(russian);
    const key = `${de.id}--${ru.id}`;
    if (pairs.has(key)) continue;
    pairs.add(key);
    const year = foundingYear();
    const partnership = {
      id: key,
      cities: chance(0.85) ? [de.id, ru.id] : [ru.id, de.id],
      since: partialDate(year),
    };
    if (undated > 0 && chance(undated)) delete partnership.since;
    if (/^\d{4}$/.test(partnership.since) && chance(0.05)) {
      partnership.sinceQualifier = pick([
        { de: 'Sommer', ru: 'лето', en: 'summer' },
        { de: 'Herbst', ru: 'осень', en: 'autumn' },
      ]);
    }
    if (chance(0.15)) {
      const later = Math.min(2024, year + int(1, 30));
      partnership.dates = [{ kind: chance(0.5) ? 'signed' : 'reaffirmed', date: partialDate(later) }];
    }
    if (chance(0.1)) {
      const n = partnershipList.length + 1;
      partnership.notes = {
        de: `Gemeinsame Projekte seit vielen Jahren (Notiz ${n}).`,
        ru: `Совместные проекты на протяжении многих лет (заметка ${n}).`,
        en: `Joint projects for many years (note ${n}).`,
      };
    }
    partnershipList.push(partnership);
  }

  const organisations = [];
  const people = [];
  const conferences = [];
  if (sessions > 0) {
    const organisationCount = Math.max(5, Math.min(300, Math.ceil(sessions / 10)));
    for (let i = 1; i <= organisationCount; i++) {
      const country = chance(0.5) ? 'DE' : 'RU';
      organisations.push({
        id: `org-${i}`,
        name: { de: `Verein ${i}`, ru: `Общество ${i}`, en: `Association ${i}` },
        ...(chance(0.5) ? { url: `https://org-${i}.example.org/` } : {}),
        country,
      });
    }
    const personCount = Math.max(10, Math.min(2000, Math.ceil(sessions / 2)));
    for (let i = 1; i <= personCount; i++) {
      const [first, firstRu] = pick(FIRST_NAMES);
      const person = {
        id: `person-${i}`,
        name: { de: `${first} Muster ${i}`, ru: `${firstRu} Образцова ${i}`, en: `${first} Sample ${i}` },
        organisation: pick(organisations).id,
      };
      if (chance(0.3)) person.email = `person-${i}@example.org`;
      people.push(person);
    }

    const host = german[0];
    const days = ['2025-06-24', '2025-06-25', '2025-06-26'];
    // A grid of days × rooms × eight 75-minute slots from 09:00, filled in order, so that no
    // two sessions share a room at the same time. Room 1 is the main hall.
    const slotsPerDay = 8;
    const rooms = Math.max(3, Math.ceil(sessions / (days.length * slotsPerDay)));
    const workingGroups = Math.max(3, Math.min(999, Math.ceil(sessions / 8)));
    const totalWeight = SESSION_KINDS.reduce((sum, [, weight]) => sum + weight, 0);
    const sessionKind = () => {
      let r = random() * totalWeight;
      for (const [kind, weight] of SESSION_KINDS) if ((r -= weight) < 0) return kind;
      return 'other';
    };
    const ids = (list, min, max) => {
      const chosen = new Set();
      const count = int(min, max);
      while (chosen.size < Math.min(count, list.length)) chosen.add(pick(list).id);
      return [...chosen];
    };
    const time = (minutes) => `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;

    const sessionList = [];
    for (let i = 1; i <= sessions; i++) {
      const cell = i - 1;
      const day = days[cell % days.length];
      const inDay = Math.floor(cell / days.length);
      const room = (inDay % rooms) + 1;
      const slot = Math.floor(inDay / rooms);
      const kind = room === 1 ? pick(['plenary', 'plenary', 'culture', 'reception']) : sessionKind();
      const startMinutes = 9 * 60 + 75 * slot;
      const endMinutes = startMinutes + pick([45, 60, 75]);
      const [themeDe, themeRu, themeEn] = pick(THEMES);
      const session = { id: `s-${i}`, kind };
      if (kind === 'working-group') {
        const group = int(1, workingGroups);
        session.workingGroup = group;
        session.title = {
          de: `Arbeitsgruppe ${group}: ${themeDe}`,
          ru: `Рабочая группа ${group}: ${themeRu}`,
          en: `Working group ${group}: ${themeEn}`,
        };
      } else {
        session.title = { de: `${themeDe} (${i})`, ru: `${themeRu} (${i})`, en: `${themeEn} (${i})` };
      }
      session.start = `${day}T${time(startMinutes)}`;
      session.end = `${day}T${time(endMinutes)}`;
      if (kind === 'excursion') {
        session.city = pick(german).id;
      } else {
        session.venue = room === 1 ? { de: 'Großer Saal', ru: 'Большой зал', en: 'Main hall' } : { de: `Raum ${room}`, ru: `Зал ${room}`, en: `Room ${room}` };
      }
      if (kind === 'working-group' || chance(0.3)) session.coordinators = ids(organisations, 1, 2);
      if (kind !== 'reception' && kind !== 'excursion') session.speakers = ids(people, 1, 4);
      if (chance(0.3)) session.moderators = ids(people, 1, 1);
      if (chance(0.4)) {
        session.description = {
          de: `Erfahrungen und Projekte der Partnerstädte zum Thema „${themeDe}“.`,
          ru: `Опыт и проекты городов-партнёров по теме «${themeRu}».`,
          en: `Experiences and projects of the partner cities on “${themeEn}”.`,
        };
      }
      if (kind === 'working-group' && chance(0.3)) {
        session.topics = [pick(THEMES), pick(THEMES)].map(([de, ru, en]) => ({ de, ru, en }));
      }
      sessionList.push(session);
    }

    conferences.push({
      id: 'generated-2025',
      ordinal: 18,
      title: {
        de: 'Deutsch-Russische Städtepartnerkonferenz',
        ru: 'Российско-германская конференция городов-партнёров',
        en: 'German-Russian Partner Cities Conference',
      },
      start: days[0],
      end: days[days.length - 1],
      timeZone: 'Europe/Berlin',
      hostCities: [host.id],
      venue: { de: 'Kongresszentrum', ru: 'Конгресс-центр', en: 'Congress centre' },
      expectedParticipants: Math.max(100, sessions * 3),
      organisers: organisations.slice(0, 2).map((organisation) => organisation.id),
      supporters: organisations.slice(2, 4).map((organisation) => organisation.id),
      contacts: people.slice(0, 2).map((person) => person.id),
      registration: { status: 'open', url: 'https://www.example.org/anmeldung', deadline: '2025-05-31' },
      sessions: sessionList,
    });
  }

  return {
    version: 1,
    ...(organisations.length ? { organisations } : {}),
    ...(people.length ? { people } : {}),
    cities,
    partnerships: partnershipList,
    ...(conferences.length ? { conferences } : {}),
  };
}

function parseArguments(argv) {
  const options = { partnerships: 100, sessions: 50, seed: 1, world: false, undated: 0 };
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i].replace(/^--/, '');
    if (name === 'help' || name === 'h') {
      console.log('usage: node scripts/generate-feed.mjs [--partnerships N] [--sessions N] [--seed N] [--world] [--undated 0.1] > feed.json');
      process.exit(0);
    }
    if (!(name in options)) throw new Error(`unknown option ${argv[i]} (known: --partnerships, --sessions, --seed, --world, --undated)`);
    if (name === 'world') {
      options.world = true;
      continue;
    }
    const value = Number(argv[++i]);
    if (name === 'undated') {
      if (!(value >= 0 && value <= 1)) throw new Error(`--undated needs a share from 0 to 1, got ${argv[i]}`);
    } else if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} needs a whole number ≥ 0, got ${argv[i]}`);
    options[name] = value;
  }
  return options;
}

// Run as a command (not imported, and not in a browser, where there is no `process`).
const isCommand =
  typeof process !== 'undefined' && process.argv?.[1] !== undefined && import.meta.url === (await import('node:url')).pathToFileURL(process.argv[1]).href;
if (isCommand) {
  try {
    process.stdout.write(JSON.stringify(generateFeed(parseArguments(process.argv.slice(2))), null, 1) + '\n');
  } catch (error) {
    console.error(`generate-feed: ${error.message}`);
    process.exit(1);
  }
}
