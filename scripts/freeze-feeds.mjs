/**
 * Feeds the schema accepts but that are built to hurt: thousands of conferences, of venues
 * on one day, of days. Used by the freeze figures (scripts/freeze.mjs) and by the tests that
 * keep the causes of those freezes away (test/shared, test/conf-history, test/conf-programme),
 * so both look at the same documents. Deterministic.
 */

const CITIES = [
  { id: 'essen', name: { de: 'Essen', ru: 'Эссен', en: 'Essen' }, country: 'DE', lat: 51.45, lon: 7.01 },
  { id: 'kaluga', name: { de: 'Kaluga', ru: 'Калуга', en: 'Kaluga' }, country: 'RU', lat: 54.51, lon: 36.26 },
];

const pad = (value, width = 2) => String(value).padStart(width, '0');

/** `YYYY-MM-DD` of the day `offset` days after `start` (UTC calendar). */
export function dayAfter(start, offset) {
  const date = new Date(`${start}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + offset);
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** `count` conferences, every one in its own time zone's day, a few days long, over the centuries. */
export function manyConferences(count) {
  const zones = ['Europe/Berlin', 'Europe/Moscow', 'Europe/Kaliningrad', 'Asia/Yekaterinburg', 'UTC'];
  const conferences = Array.from({ length: count }, (_, index) => {
    const start = dayAfter('1900-01-01', index * 7);
    return {
      id: `conference-${index}`,
      ordinal: (index % 3999) + 1,
      title: { de: `Konferenz ${index}`, ru: `Конференция ${index}`, en: `Conference ${index}` },
      motto: { de: `Motto ${index}`, en: `Motto ${index}` },
      start,
      end: dayAfter(start, 2),
      timeZone: zones[index % zones.length],
      hostCities: [CITIES[index % 2].id],
      expectedParticipants: 100 + (index % 400),
    };
  });
  return { version: 1, cities: CITIES, conferences };
}

/** One conference; `sessions(index)` makes each of `count` sessions. */
function oneConference(count, start, end, session) {
  return {
    version: 1,
    cities: CITIES,
    conferences: [
      {
        id: 'big',
        ordinal: 1,
        title: { de: 'Große Konferenz', ru: 'Большая конференция', en: 'Big conference' },
        start,
        end,
        timeZone: 'Europe/Berlin',
        hostCities: ['essen'],
        sessions: Array.from({ length: count }, (_, index) => session(index)),
      },
    ],
  };
}

const sessionTitle = (index) => ({ de: `Sitzung ${index}`, ru: `Заседание ${index}`, en: `Session ${index}` });

/** `count` sessions at the same hour of one day, each in a venue of its own. */
export function venuesOnOneDay(count) {
  return oneConference(count, '2030-06-26', '2030-06-26', (index) => ({
    id: `session-${index}`,
    kind: 'working-group',
    workingGroup: (index % 999) + 1,
    title: sessionTitle(index),
    start: `2030-06-26T${pad(9 + (index % 8))}:00`,
    end: `2030-06-26T${pad(10 + (index % 8))}:00`,
    venue: { de: `Raum ${index}`, en: `Room ${index}` },
  }));
}

/** `count` sessions, one a day on `count` days in a row. */
export function sessionPerDay(count) {
  return oneConference(count, '2030-01-01', '2030-01-03', (index) => ({
    id: `session-${index}`,
    kind: 'plenary',
    title: sessionTitle(index),
    start: `${dayAfter('2030-01-01', index)}T10:00`,
    end: `${dayAfter('2030-01-01', index)}T11:00`,
  }));
}

/**
 * `count` cities at one point (Berlin), alternately German and Russian, each a partner of the
 * next and the last of the first: `count` partnerships. They are "Town 0", "Town 1" … and the
 * last is "Zelenogradsk", a name of its own to search for (a search ignores repeated letters
 * and digits, so "Town 9999" would also find "Town 9").
 */
export function coincidentCities(count) {
  const cities = Array.from({ length: count }, (_, index) => ({
    id: `town-${index}`,
    name:
      index === count - 1
        ? { de: 'Selenogradsk', ru: 'Зеленоградск', en: 'Zelenogradsk' }
        : { de: `Stadt ${index}`, ru: `Город ${index}`, en: `Town ${index}` },
    country: index % 2 ? 'RU' : 'DE',
    kind: 'city',
    lat: 52.52,
    lon: 13.4,
  }));
  const partnerships = cities.map((city, index) => ({
    id: `partnership-${index}`,
    cities: [city.id, cities[(index + 1) % count].id],
    since: `${1950 + (index % 70)}-05-01`,
  }));
  return { version: 1, cities, partnerships };
}
