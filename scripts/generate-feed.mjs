#!/usr/bin/env node
/**
 * Generates a large, realistic feed (format version 1, docs/feed.md) for benchmarks and
 * stories. Deterministic: the same options give the same document, byte for byte.
 *
 *   node scripts/generate-feed.mjs --partnerships 5000 --sessions 1000 --seed 1 > feed.json
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
 * - one conference over three days with `sessions` sessions: plenaries in the main hall,
 *   numbered working groups in parallel rooms, culture, excursions, receptions; 75-minute
 *   slots from 09:00 (no two sessions in one room at once), rooms (`venue`), coordinators
 *   (organisations), speakers and moderators (people). Feed order is not time order.
 */

/** mulberry32: small, fast, and good enough for test data. */
function prng(seed) {
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

/**
 * A feed document (plain JSON data) with `partnerships` partnerships and one conference of
 * `sessions` sessions; `seed` picks the variant.
 */
export function generateFeed({ partnerships = 100, sessions = 50, seed = 1 } = {}) {
  const random = prng(seed);
  const int = (min, max) => min + Math.floor(random() * (max - min + 1));
  const pick = (list) => list[Math.floor(random() * list.length)];
  const chance = (p) => random() < p;
  /** Roughly normal, mean 0, deviation 1 (sum of uniforms). */
  const normal = () => random() + random() + random() + random() - 2;

  // Enough cities for every partnership to be a distinct pair, with many cities in several.
  const perCountry = Math.max(4, Math.ceil(Math.sqrt(partnerships) * 4), Math.ceil(partnerships / 3));
  const cities = [];
  const makeCities = (country, anchors, kinds) => {
    const made = [];
    for (let i = 0; i < perCountry; i++) {
      const n = cities.length + 1;
      const [lat, lon] = pick(anchors);
      const city = {
        id: `${country.toLowerCase()}-${n}`,
        name: { de: `Stadt ${n}`, ru: `Город ${n}`, en: `Town ${n}` },
        country,
        lat: round4(lat + Math.max(-0.3, Math.min(0.3, normal() * 0.15))),
        lon: round4(lon + Math.max(-0.3, Math.min(0.3, normal() * 0.2))),
      };
      const kind = pick(kinds);
      if (kind !== 'city') city.kind = kind;
      cities.push(city);
      made.push(city);
    }
    return made;
  };
  const german = makeCities('DE', GERMAN_ANCHORS, ['city', 'city', 'city', 'city', 'district', 'borough']);
  const russian = makeCities('RU', RUSSIAN_ANCHORS, ['city', 'city', 'city', 'city', 'rayon', 'region']);

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
  const options = { partnerships: 100, sessions: 50, seed: 1 };
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i].replace(/^--/, '');
    if (name === 'help' || name === 'h') {
      console.log('usage: node scripts/generate-feed.mjs [--partnerships N] [--sessions N] [--seed N] > feed.json');
      process.exit(0);
    }
    if (!(name in options)) throw new Error(`unknown option ${argv[i]} (known: --partnerships, --sessions, --seed)`);
    const value = Number(argv[++i]);
    if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} needs a whole number ≥ 0, got ${argv[i]}`);
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
