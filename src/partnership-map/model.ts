/**
 * The partnerships of a feed as the map and the table show them: cities with
 * their projected positions and partnerships, the filters (country, founding
 * years, search). The table's rows are in ./table-rows.ts. Pure functions, no DOM.
 */
import { parseCalendarDate, type CalendarDate, type Day } from '../feed/dates.js';
import type { Feed } from '../feed/model.js';
import type { City, Partnership } from '../feed/schema.js';
import { collator } from '../i18n/format.js';
import { projectionFor, type MapProjection } from './projection.js';
import { searchKey } from '../shared/search.js';
import { citiesFound } from './search.js';
import { mapWork } from './work.js';

export interface MapPartnership {
  partnership: Partnership;
  cities: readonly [City, City];
  /** Undefined when the feed gives no founding date: shown as "founding date unknown". */
  since?: CalendarDate;
}

export interface MapCity {
  city: City;
  /** Base coordinates; undefined for a place this map cannot show. */
  position?: [number, number];
}

export interface MapModel {
  cities: ReadonlyMap<string, MapCity>;
  partnerships: readonly MapPartnership[];
  /** The cities in the order of `cities`: a city's place here is its number in `ends` and in the search (search.ts). */
  cityList: readonly MapCity[];
  /** The numbers of each partnership's two cities, two per partnership in the order of `partnerships`: filtering compares numbers, not ids. */
  ends: Int32Array;
  /** Countries of the cities that have a partnership, in no particular order. */
  countries: readonly string[];
  /** How the cities are projected, chosen from where they all lie (projection.ts). */
  projection: MapProjection;
}

export interface MapFilters {
  /** ISO 3166-1 alpha-2: partnerships with a city in this country. */
  country?: string;
  /** Founded in or after this year. */
  from?: number;
  /** Founded in or before this year. */
  to?: number;
  /** Text that one of the two cities' names contains, in any spelling. */
  search?: string;
}

/** A city on the filtered map, with the filtered partnerships it has. */
export interface ShownCity extends MapCity {
  partnerships: MapPartnership[];
}

export interface FilteredMap {
  partnerships: MapPartnership[];
  cities: Map<string, ShownCity>;
  /** Partnerships without a founding date that a years filter (`from`/`to`) left out; 0 without one. */
  undatedHidden: number;
}

const models = new WeakMap<Feed, MapModel>();

/** The map model of a feed, computed once per feed. */
export function mapModelOf(feed: Feed): MapModel {
  let model = models.get(feed);
  if (model) return model;
  const cities = new Map<string, MapCity>();
  const cityList: MapCity[] = [];
  const numbers = new Map<string, number>();
  const countries = new Set<string>();
  const partnerships: MapPartnership[] = [];
  const ends = new Int32Array(2 * feed.partnerships.length);
  // A founding date is read once per distinct text: many partnerships share a year or a date.
  const dates = new Map<string, CalendarDate | undefined>();
  const numberOf = (city: City): number => {
    let number = numbers.get(city.id);
    if (number === undefined) {
      // Positions come once the projection is chosen from all the cities (below).
      const entry: MapCity = { city };
      numbers.set(city.id, (number = cityList.length));
      cities.set(city.id, entry);
      cityList.push(entry);
      countries.add(city.country);
    }
    return number;
  };
  for (const partnership of feed.partnerships) {
    const first = feed.cityById.get(partnership.cities[0]);
    const second = feed.cityById.get(partnership.cities[1]);
    let since: CalendarDate | undefined;
    if (partnership.since !== undefined) {
      since = dates.get(partnership.since);
      if (since === undefined && !dates.has(partnership.since)) dates.set(partnership.since, (since = parseCalendarDate(partnership.since)));
    }
    if (!first || !second || (partnership.since !== undefined && !since)) continue;
    ends[2 * partnerships.length] = numberOf(first);
    ends[2 * partnerships.length + 1] = numberOf(second);
    partnerships.push({ partnership, cities: [first, second], since });
  }
  const projection = projectionFor(cityList.map(({ city }) => [city.lon, city.lat]));
  for (const entry of cityList) entry.position = projection.project(entry.city.lon, entry.city.lat);
  model = { cities, partnerships, cityList, ends: ends.slice(0, 2 * partnerships.length), countries: [...countries], projection };
  models.set(feed, model);
  return model;
}

/** A year bound from an attribute or an input: a whole number, else no bound. */
export function yearBound(value: unknown): number | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const year = Number(value);
  return Number.isInteger(year) && year > 0 && year < 10_000 ? year : undefined;
}

/** The partnerships that pass the filters, and their cities. */
export function filterMap(model: MapModel, filters: MapFilters): FilteredMap {
  const country = filters.country?.trim().toUpperCase() || undefined;
  const from = yearBound(filters.from);
  const to = yearBound(filters.to);
  const query = searchKey(filters.search ?? '');
  // The cities found, by number (model.cityList): 1 for a city found.
  const found = query ? citiesFound(model, query).marks : undefined;
  const { cityList, ends } = model;
  const partnerships: MapPartnership[] = [];
  const cities = new Map<string, ShownCity>();
  // The cities shown so far, by number: no lookup by id for every end of 25,000 partnerships.
  const shownByNumber: (ShownCity | undefined)[] = new Array(cityList.length);
  let undatedHidden = 0;
  model.partnerships.forEach((entry, index) => {
    const [first, second] = entry.cities;
    if (country && first.country !== country && second.country !== country) return;
    if (from !== undefined && entry.since && entry.since.year < from) return;
    if (to !== undefined && entry.since && entry.since.year > to) return;
    if (found && !found[ends[2 * index]] && !found[ends[2 * index + 1]]) return;
    // A years filter cannot place a partnership without a founding date: left out, and counted.
    if (!entry.since && (from !== undefined || to !== undefined)) {
      undatedHidden++;
      return;
    }
    partnerships.push(entry);
    for (let end = 0; end < 2; end++) {
      const number = ends[2 * index + end];
      let shown = shownByNumber[number];
      if (!shown) {
        // Named fields, not a spread: this runs for every city of 25,000 partnerships.
        shown = { city: entry.cities[end], position: cityList[number].position, partnerships: [] };
        shownByNumber[number] = shown;
        cities.set(shown.city.id, shown);
      }
      shown.partnerships.push(entry);
    }
  });
  mapWork.filters++;
  return { partnerships, cities, undatedHidden };
}

/** How many filter settings each model keeps (a page's maps, and the last few searches typed). */
const FILTERED_KEPT = 16;
const filteredByModel = new WeakMap<MapModel, Map<string, FilteredMap>>();

/**
 * `filterMap`, shared by every map on the page that shows the same feed with
 * the same filters: they get one FilteredMap, hence one cluster index, one set
 * of markers per level (see ./shared.ts). Treat the result as read-only.
 */
export function filteredOf(model: MapModel, filters: MapFilters): FilteredMap {
  const key = JSON.stringify([
    filters.country?.trim().toUpperCase() || '',
    yearBound(filters.from) ?? '',
    yearBound(filters.to) ?? '',
    searchKey(filters.search ?? ''),
  ]);
  let kept = filteredByModel.get(model);
  if (!kept) filteredByModel.set(model, (kept = new Map()));
  let filtered = kept.get(key);
  if (filtered) {
    // Most recently used last.
    kept.delete(key);
  } else {
    filtered = filterMap(model, filters);
    if (kept.size >= FILTERED_KEPT) kept.delete(kept.keys().next().value!);
  }
  kept.set(key, filtered);
  return filtered;
}

/** The other city of a partnership. */
export function partnerOf(entry: MapPartnership, cityId: string): City {
  return entry.cities[0].id === cityId ? entry.cities[1] : entry.cities[0];
}

/**
 * Whole years a partnership has lasted on `today`, counting from the first day
 * its date allows; undefined before it began. A qualifier ("summer 1991")
 * leaves only the year.
 */
export function yearsLasted(since: CalendarDate | undefined, today: Day, qualified = false): number | undefined {
  if (!since) return undefined;
  let years = today.year - since.year;
  if (!qualified && since.month !== undefined) {
    const notYet = today.month < since.month || (today.month === since.month && since.day !== undefined && today.day < since.day);
    if (notYet) years -= 1;
  }
  return years >= 0 ? years : undefined;
}

/** The collator of the table and the country filter. */
export function collatorFor(language: string): Intl.Collator {
  return collator(language, { sensitivity: 'base', numeric: true });
}
