/**
 * The map's sentences that depend on numbers and names: counts with their
 * plural forms (one message per plural category, chosen by Intl.PluralRules),
 * marker names and the founding date of a partnership.
 */
import { msg, str } from '../i18n/msg.js';
import type { City, PartnershipDate } from '../feed/schema.js';
import type { TemplateResult } from 'lit';
import { localise } from '../feed/text.js';
import { nameLanguage } from '../feed/name-language.js';
import { inOwnLanguage } from '../shared/own-language.js';
import { countryName, formatList, formatYears, numberFormat, plural } from '../i18n/format.js';
import { formatFounding } from '../i18n/founding.js';
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

/** `text` (a city's name, maybe with more after it), its name in a span of its own `lang` where the feed names the city only in another language than the map's. */
export function cityShown(city: City, language: string, text = cityName(city, language)): string | TemplateResult {
  return inOwnLanguage(text, city.name, nameLanguage(city.name, language), language);
}

function countriesOf(cities: readonly City[], language: string): string {
  const codes = [...new Set(cities.map((city) => city.country))];
  return formatList(
    codes.map((code) => countryLabel(code, language)),
    language,
  );
}

/** Names a cluster's name lists, at most: "12 cities (Berlin, Hamburg, Essen …)". */
export const NAMES_LISTED = 3;
/**
 * Cities at one place that a marker's name, its tooltip and the details name
 * one by one, at most; beyond, they name a few and the details list them
 * (a place of 10,000 cities must not make a name of 10,000).
 */
export const PLACE_NAMES_MAX = 8;

/**
 * Names and "…" for those left out: "Essen …" in en and de (German spaces an ellipsis that stands for
 * left-out words), "Эссен…" in ru, whose ellipsis follows the word without a space.
 */
export const andMore = (names: string, language: string): string => names + (language === 'ru' ? '…' : ' …');

/** The first few names and "…" when there are more: "Berlin, Hamburg, Essen …", "Берлин, Гамбург, Эссен…". */
export function someNames(cities: readonly City[], language: string): string {
  const shown = cities.slice(0, NAMES_LISTED).map((city) => cityName(city, language));
  return cities.length > NAMES_LISTED ? andMore(shown.join(', '), language) : formatList(shown, language);
}

/**
 * The name of a marker for one city or several at one place, starting with the number its badge shows
 * (a name holds what is seen, WCAG 2.5.3): "Essen, Germany, 1 partnership";
 * "2 cities (Berlin-Lichtenberg and Berlin-Neukölln), Germany, 2 partnerships"; beyond eight cities with
 * the first few names: "12 cities (Town 1, Town 2, Town 3 …), Germany and Russia, 12 partnerships".
 */
export function placeName(cities: readonly City[], partnerships: number, language: string): string {
  const names =
    cities.length > PLACE_NAMES_MAX
      ? someNames(cities, language)
      : formatList(
          cities.map((city) => cityName(city, language)),
          language,
        );
  return `${cities.length > 1 ? `${cityCount(cities.length, language)} (${names})` : names}, ${countriesOf(cities, language)}, ${partnershipCount(partnerships, language)}`;
}

/** The name of a cluster: "12 cities (Berlin, Hamburg, Essen …), 30 partnerships". */
export function clusterName(cities: readonly City[], partnerships: number, language: string): string {
  return `${cityCount(cities.length, language)} (${someNames(cities, language)}), ${partnershipCount(partnerships, language)}`;
}

/** "100 of 10,000 shown": how much of a long list is on the page. */
export function shownOf(shown: number, total: number, language: string): string {
  const format = numberFormat({}, language);
  const count = format.format(shown);
  const all = format.format(total);
  return msg(str`${count} of ${all} shown`, {
    desc: 'Below a long list (cities at one place, table rows) that is shown a part at a time: how many of all are on the page, e.g. "100 of 10,000 shown"',
  });
}

/** The button that adds the next part of a long list. */
export function showMoreLabel(): string {
  return msg('Show more', { desc: 'Button below a long list (cities at one place, table rows) that adds the next part of it' });
}

/**
 * The label of a partnership's other date without a label of its own. `<jubilee-list>` has its own
 * copy (translation groups are per widget: one message for both would load on every page).
 */
export function dateKind(kind: PartnershipDate['kind']): string {
  return kind === 'signed'
    ? msg('Signed', { id: 'partnership-map-signed', desc: 'Label before the date a partnership treaty was signed' })
    : kind === 'reaffirmed'
      ? msg('Reaffirmed', { id: 'partnership-map-reaffirmed', desc: 'Label before the date a partnership was reaffirmed' })
      : msg('Also', { id: 'partnership-map-also', desc: 'Label before another date of a partnership' });
}

/** The founding date at its precision; with a qualifier ("summer") only the year: "summer 1991"; "founding date unknown" without one. */
export function sinceText(entry: MapPartnership, language: string): string {
  if (!entry.since) return undatedText();
  return formatFounding(entry.since, localise(entry.partnership.sinceQualifier, language), language);
}

/** In place of a founding date the feed does not give. */
export function undatedText(): string {
  return msg('founding date unknown', { desc: 'Shown instead of the founding date of a partnership when the feed gives none (table cell, details)' });
}

/** Below the summary while a years filter is set: "2 partnerships without a founding date are hidden by the years filter." */
export function undatedHiddenText(count: number, language: string): string {
  const n = numberFormat({}, language).format(count);
  return plural(
    count,
    {
      one: msg(str`${n} partnership without a founding date is not shown because of the years filter.`, {
        id: 'partnership-map-undated-hidden-one',
        desc: 'Plural form "one": partnerships the founding-years filter leaves out because the feed gives no founding date; value: count',
      }),
      few: msg(str`${n} partnerships without a founding date are not shown because of the years filter.`, {
        id: 'partnership-map-undated-hidden-few',
        desc: 'Plural form "few" (e.g. ru 2–4): partnerships the founding-years filter leaves out because the feed gives no founding date; value: count',
      }),
      many: msg(str`${n} partnerships without a founding date are not shown because of the years filter.`, {
        id: 'partnership-map-undated-hidden-many',
        desc: 'Plural form "many" (e.g. ru 5–20): partnerships the founding-years filter leaves out because the feed gives no founding date; value: count',
      }),
      other: msg(str`${n} partnerships without a founding date are not shown because of the years filter.`, {
        id: 'partnership-map-undated-hidden-other',
        desc: 'Plural form "other": partnerships the founding-years filter leaves out because the feed gives no founding date; value: count',
      }),
    },
    language,
  );
}

export function yearsText(years: number | undefined, language: string): string {
  return years === undefined ? '' : formatYears(years, language);
}

/**
 * When the feed listed partnerships but validation dropped every one (unknown city ids, cities
 * with bad coordinates …): how many entries were left out, and that the console has the details,
 * instead of "No partnerships are listed yet". `<jubilee-list>` has its own copy of the message
 * (translation groups are per widget: in src/shared it would load on every page).
 */
export function droppedPartnerships(count: number, language: string): string {
  const n = numberFormat({}, language).format(count);
  return plural(
    count,
    {
      one: msg(str`No partnerships can be shown: ${n} entry was left out because it is invalid. The browser console has the details.`, {
        id: 'partnership-map-dropped-one',
        desc: 'Plural form "one": the feed listed partnerships, but every one was invalid and dropped; the value is how many were dropped',
      }),
      few: msg(str`No partnerships can be shown: ${n} entries were left out because they are invalid. The browser console has the details.`, {
        id: 'partnership-map-dropped-few',
        desc: 'Plural form "few" (e.g. ru 2–4): the feed listed partnerships, but every one was invalid and dropped; the value is how many',
      }),
      many: msg(str`No partnerships can be shown: ${n} entries were left out because they are invalid. The browser console has the details.`, {
        id: 'partnership-map-dropped-many',
        desc: 'Plural form "many" (e.g. ru 5–20): the feed listed partnerships, but every one was invalid and dropped; the value is how many',
      }),
      other: msg(str`No partnerships can be shown: ${n} entries were left out because they are invalid. The browser console has the details.`, {
        id: 'partnership-map-dropped-other',
        desc: 'Plural form "other": the feed listed partnerships, but every one was invalid and dropped; the value is how many',
      }),
    },
    language,
  );
}
