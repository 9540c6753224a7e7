/**
 * The map's sentences that depend on numbers and names: counts with their
 * plural forms (one message per plural category, chosen by Intl.PluralRules),
 * marker names and the founding date of a partnership.
 */
import { msg, str } from '@lit/localize';
import type { City } from '../feed/schema.js';
import { localise } from '../feed/text.js';
import { countryName, formatFounding, formatList, formatYears, numberFormat, plural } from '../i18n/format.js';
import type { MapPartnership } from './model.js';

/** "1 partnership", "2 партнёрства", "5 партнёрств", "21 партнёрство". */
export function partnershipCount(count: number, language: string): string {
  const n = numberFormat({}, language).format(count);
  return plural(
    count,
    {
      one: msg(str`${n} partnership`, { id: 'partnership-map-partnerships-one', desc: 'Plural form "one" of a number of town partnerships' }),
      few: msg(str`${n} partnerships`, { id: 'partnership-map-partnerships-few', desc: 'Plural form "few" (e.g. ru 2–4) of a number of town partnerships' }),
      many: msg(str`${n} partnerships`, {
        id: 'partnership-map-partnerships-many',
        desc: 'Plural form "many" (e.g. ru 5–20) of a number of town partnerships',
      }),
      other: msg(str`${n} partnerships`, { id: 'partnership-map-partnerships-other', desc: 'Plural form "other" of a number of town partnerships' }),
    },
    language,
  );
}

/** "1 city", "3 города", "12 городов". */
export function cityCount(count: number, language: string): string {
  const n = numberFormat({}, language).format(count);
  return plural(
    count,
    {
      one: msg(str`${n} city`, { id: 'partnership-map-cities-one', desc: 'Plural form "one" of a number of cities (or districts) on the map' }),
      few: msg(str`${n} cities`, { id: 'partnership-map-cities-few', desc: 'Plural form "few" (e.g. ru 2–4) of a number of cities on the map' }),
      many: msg(str`${n} cities`, { id: 'partnership-map-cities-many', desc: 'Plural form "many" (e.g. ru 5–20) of a number of cities on the map' }),
      other: msg(str`${n} cities`, { id: 'partnership-map-cities-other', desc: 'Plural form "other" of a number of cities on the map' }),
    },
    language,
  );
}

const countryNames = new Map<string, string>();

/** A country's name, cached: the table asks for thousands. */
export function countryLabel(code: string, language: string): string {
  const key = `${language}|${code}`;
  let name = countryNames.get(key);
  if (name === undefined) {
    name = countryName(code, language);
    countryNames.set(key, name);
  }
  return name;
}

export function cityName(city: City, language: string): string {
  return localise(city.name, language);
}

function countriesOf(cities: readonly City[], language: string): string {
  const codes = [...new Set(cities.map((city) => city.country))];
  return formatList(
    codes.map((code) => countryLabel(code, language)),
    language,
  );
}

/**
 * The name of a marker for one city or several at one place:
 * "Essen, Germany, 1 partnership"; "Berlin-Lichtenberg and Berlin-Neukölln, Germany, 2 partnerships".
 */
export function placeName(cities: readonly City[], partnerships: number, language: string): string {
  const names = formatList(
    cities.map((city) => cityName(city, language)),
    language,
  );
  return `${names}, ${countriesOf(cities, language)}, ${partnershipCount(partnerships, language)}`;
}

/** The name of a cluster: "12 cities (Berlin, Hamburg, Essen …), 30 partnerships". */
export function clusterName(cities: readonly City[], partnerships: number, language: string): string {
  const shown = cities.slice(0, 3).map((city) => cityName(city, language));
  const names = cities.length > 3 ? `${shown.join(', ')} …` : formatList(shown, language);
  return `${cityCount(cities.length, language)} (${names}), ${partnershipCount(partnerships, language)}`;
}

/** The founding date at its precision; with a qualifier ("summer") only the year: "summer 1991". */
export function sinceText(entry: MapPartnership, language: string): string {
  return formatFounding(entry.since, localise(entry.partnership.sinceQualifier, language), language);
}

export function yearsText(years: number | undefined, language: string): string {
  return years === undefined ? '' : formatYears(years, language);
}
