/**
 * What to write instead, for the usual slips of a hand-written feed (`found "26.06.2025" (write
 * "2025-06-26")`): the command line's and the package's feed API's (`enableHints()`), not the
 * widgets': these tables would double the authoring chunk every page fetches, and a page's console
 * still says what was expected and what was found.
 */
import { useHints } from './authoring.js';
import { ID_PATTERN, LANGUAGE_TAG } from './constants.js';

/** Problems found from now on say what to write instead, where there is a safe guess. */
export function enableHints(): void {
  useHints(instead);
}

const pad = (digits: string) => digits.padStart(2, '0');

/** The time zone `name` names, in its usual spelling (`europe/berlin` → `Europe/Berlin`); undefined for none. */
function zoneNamed(name: string): string | undefined {
  try {
    return new Intl.DateTimeFormat('en', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/**
 * What to write instead, for the usual slips of a hand-written feed: a date as `26.06.2025` or
 * `2025-6-26`, a time as `9:00`, `09.00` or `09:00:00` (of a date, or a time of day as `dayChange`), a number in quotes or with a decimal comma, a country's
 * name or a lower-case code, a zone as `MEZ` or with a space, an address without `https://`, an
 * e-mail address with `mailto:`, an id with umlauts or spaces, a language key in capitals, `lat` and
 * `lon` swapped (where swapping them gives a place), an id or a founding year written as a number. Nothing when there is no safe guess: the
 * expectation says the rest.
 */
export function instead(input: unknown, message: string, field: unknown, holder?: unknown): string | undefined {
  if (typeof input === 'number') {
    // An id or a founding year an export wrote as a number (`"id": 42`, `"since": 1991`): the same in quotes.
    if (message.startsWith('Invalid type: Expected string'))
      return (field === 'id' && ID_PATTERN.test(`${input}`)) || ((field === 'since' || field === 'date') && /^\d{4}$/.test(`${input}`))
        ? `write "${input}"`
        : undefined;
    // Swapped only where swapping them gives a place: the latitude a longitude, the longitude (of the object `holder`) a latitude.
    const lon = (holder as { lon?: unknown } | undefined)?.lon;
    return field === 'lat' && Math.abs(input) <= 180 && typeof lon === 'number' && Math.abs(lon) <= 90 ? 'lat and lon swapped?' : undefined;
  }
  if (typeof input !== 'string') return undefined;
  let written: string | undefined;
  const date = /^(?:(\d\d?)\.(\d\d?)\.(\d{4})|(\d{4})-(\d\d?)(?:-(\d\d?))?)(?:[T ](\d\d?)[:.](\d\d)(?::00)?)?$/.exec(input);
  if (message.startsWith('Invalid type: Expected number')) {
    // Decimal only: `"0x33"` is no slip of a number.
    const number = input.trim().replace(',', '.');
    return /^-?\d+(\.\d+)?$/.test(number) ? `write ${+number}, without quotes` : undefined;
  }
  if (date && / date/.test(message) && (!date[7] || message.includes('time'))) {
    const [, day, month, year, year2, month2, day2, hour, minute] = date;
    written = (year ? `${year}-${pad(month)}-${pad(day)}` : `${year2}-${pad(month2)}${day2 ? `-${pad(day2)}` : ''}`) + (hour ? `T${pad(hour)}:${minute}` : '');
  } else if (message.includes('time of day')) {
    const time = /^(\d\d?)[:.](\d\d)(?::00)?$/.exec(input);
    written = time && +time[1] < 24 && +time[2] < 60 ? `${pad(time[1])}:${time[2]}` : undefined;
  } else if (message.includes('ISO 3166')) {
    written = /^(deu?|deutschland|germany|германия)$/i.test(input)
      ? 'DE'
      : /^(rus?|russland|russia|россия|russian federation|russische föderation|российская федерация)$/i.test(input)
        ? 'RU'
        : /^[a-z]{2}$/i.test(input)
          ? input.toUpperCase()
          : undefined;
  } else if (message.includes('time zone')) {
    written = /^(MEZ|MESZ|CEST)$/i.test(input) ? 'Europe/Berlin' : /^MS[KD]$/i.test(input) ? 'Europe/Moscow' : zoneNamed(input.trim());
  } else if (message.includes('absolute URL')) {
    written = /^[^\s@:/]+@[^\s@/]+\.\w+$/.test(input) ? `mailto:${input}` : /^[\w-]+(\.[\w-]+)+(\/\S*)?$/.test(input) ? `https://${input}` : undefined;
  } else if (message.includes('e-mail')) {
    written = input.replace(/^mailto:/i, '');
  } else if (message.startsWith('an id')) {
    written = input
      .replace(/[äöüÄÖÜ]/g, (umlaut) => `${umlaut.normalize('NFD')[0]}e`)
      .replace(/ß/g, 'ss')
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .trim()
      .replace(/\s+/g, '-');
    if (!ID_PATTERN.test(written)) written = undefined;
  } else if (message.includes('language code')) {
    written = input.replace(/_/g, '-').replace(/^[A-Za-z]+/, (language) => language.toLowerCase());
    if (!LANGUAGE_TAG.test(written)) written = undefined;
  }
  return written && written !== input ? `write ${JSON.stringify(written)}` : undefined;
}
