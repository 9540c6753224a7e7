/**
 * The partnerships of a feed as the map and the table show them: cities with
 * their projected positions and partnerships, the filters (country, founding
 * years, search). The table's rows are in ./table-rows.ts. Pure functions, no DOM.
 */
import { anniversaryDay, parseCalendarDate, type CalendarDate, type Day } from '../feed/dates.js';
import type { Feed } from '../feed/model.js';
import type { City, Partnership } from '../feed/schema.js';
import { collator } from '../i18n/format.js';
import { projectionFor, type MapProjection } from './projection.js';
import { queryKeys } from './search-keys.js';
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
  /** Each city's number (its place in `cityList`), by id. */
  numbers: ReadonlyMap<string, number>;
  partnerships: readonly MapPartnership[];
  /** The cities in the order of `cities`: a city's place here is its number in `ends` and in the search (search.ts). */
  cityList: readonly MapCity[];
  /** The numbers of each partnership's two cities, two per partnership in the order of `partnerships`: filtering compares numbers, not ids. */
  ends: Int32Array;
  /** Countries of the cities that have a partnership, in no particular order. */
  countries: readonly string[];
  /** Each city's country as its place in `countries`, by the city's number: a filter gathers its countries without a Set of strings. */
  countryOf: Uint16Array;
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

/** The cities of a filtered map by id: what the map reads of a Map of them (filterMap makes none). */
export interface ShownCityLookup {
  readonly size: number;
  get(id: string): ShownCity | undefined;
  has(id: string): boolean;
  /** In the order of the map's cities. */
  values(): Iterable<ShownCity>;
  keys(): Iterable<string>;
}

export interface FilteredMap {
  partnerships: MapPartnership[];
  /** By id, in the order their first partnership comes in `partnerships`. */
  cities: ShownCityLookup;
  /** Partnerships without a founding date that a years filter (`from`/`to`) left out; 0 without one. */
  undatedHidden: number;
  /*
   * Worked out on the way through the partnerships, so that the cluster index, the arcs and the
   * markers of each zoom level look no city up by its id (shared.ts, markers.ts):
   */
  /** Each partnership's two cities as their places in `cities` (in its order), two numbers per partnership. */
  places: Int32Array;
  /** A city's place in `cities` (in its order) by id, undefined for a city not shown: a lookup without a Map per filter. */
  placeOf(id: string): number | undefined;
  /** The countries of `cities`, each once, in the order their first city comes. */
  countries: string[];
  /**
   * Each city's rank among all the feed's cities in the string order of their ids, by its place in
   * `cities` (the clusters' tie-break); as long as the feed has cities, so above every rank.
   */
  ranks: Int32Array;
}

const models = new WeakMap<Feed, MapModel>();

/** The map model of a feed, computed once per feed. */
export function mapModelOf(feed: Feed): MapModel {
  let model = models.get(feed);
  if (model) return model;
  const cities = new Map<string, MapCity>();
  const cityList: MapCity[] = [];
  const numbers = new Map<string, number>();
  const countries = new Map<string, number>();
  const countryOf: number[] = [];
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
      let country = countries.get(city.country);
      if (country === undefined) countries.set(city.country, (country = countries.size));
      countryOf.push(country);
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
  model = {
    cities,
    numbers,
    partnerships,
    cityList,
    ends: ends.slice(0, 2 * partnerships.length),
    countries: [...countries.keys()],
    countryOf: Uint16Array.from(countryOf),
    projection,
  };
  models.set(feed, model);
  return model;
}

/** A year bound from an attribute or an input: a whole number, else no bound. */
export function yearBound(value: unknown): number | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const year = Number(value);
  return Number.isInteger(year) && year > 0 && year < 10_000 ? year : undefined;
}

/**
 * The cities of a filtered map by id, read through the model's numbers: no Map of thousands of
 * ids is built for every filter or search typed (that was most of a search keystroke's filtering).
 */
class ShownCities implements ShownCityLookup {
  constructor(
    private readonly numbers: ReadonlyMap<string, number>,
    private readonly byNumber: readonly (ShownCity | undefined)[],
    /** Each shown city's place in `list`, by number. */
    private readonly placeByNumber: Int32Array,
    private readonly list: readonly ShownCity[],
  ) {}

  get size(): number {
    return this.list.length;
  }

  /** The model's number of a city shown; undefined for one not shown or unknown. */
  #numberOf(id: string): number | undefined {
    const number = this.numbers.get(id);
    return number !== undefined && this.byNumber[number] ? number : undefined;
  }

  get(id: string): ShownCity | undefined {
    const number = this.#numberOf(id);
    return number === undefined ? undefined : this.byNumber[number];
  }

  /** A city's place in the order of the map's cities (FilteredMap.placeOf). */
  placeOf(id: string): number | undefined {
    const number = this.#numberOf(id);
    return number === undefined ? undefined : this.placeByNumber[number];
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  values(): Iterable<ShownCity> {
    return this.list;
  }

  keys(): Iterable<string> {
    return this.list.map((shown) => shown.city.id);
  }
}

const cityRanks = new WeakMap<MapModel, Int32Array>();

/** Each city's rank in the string order of the ids of the model's cities, by the city's number: sorted once per feed. */
function ranksOf(model: MapModel): Int32Array {
  let ranks = cityRanks.get(model);
  if (!ranks) {
    const { cityList } = model;
    const order = cityList.map((entry, number) => ({ id: entry.city.id, number })).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    ranks = new Int32Array(cityList.length);
    order.forEach(({ number }, rank) => (ranks![number] = rank));
    cityRanks.set(model, ranks);
  }
  return ranks;
}

/**
 * The partnerships that pass the filters, and their cities. `found` marks the cities a search
 * found, by number (model.cityList): by default those of `filters.search`.
 */
export function filterMap(model: MapModel, filters: MapFilters, found = searchFound(model, filters)): FilteredMap {
  const country = filters.country?.trim().toUpperCase() || undefined;
  const from = yearBound(filters.from);
  const to = yearBound(filters.to);
  const { cityList, ends } = model;
  const partnerships: MapPartnership[] = [];
  const cities: ShownCity[] = [];
  // The cities shown so far, by number: no lookup by id for every end of 25,000 partnerships.
  const shownByNumber: (ShownCity | undefined)[] = new Array(cityList.length);
  // Their places in `cities`, by number, and each partnership's two places.
  const placeByNumber = new Int32Array(cityList.length);
  // The countries of the cities shown, in the order met: marked by the country's number.
  const { countryOf } = model;
  const countryMet = new Uint8Array(model.countries.length);
  const countries: string[] = [];
  const rankOf = ranksOf(model);
  const rankByPlace = new Int32Array(cityList.length);
  const places = new Int32Array(ends.length);
  let undatedHidden = 0;
  const all = model.partnerships;
  // A plain loop that reads the found marks before the entry: a search skips most partnerships without touching them.
  for (let index = 0; index < all.length; index++) {
    if (found && !found[ends[2 * index]] && !found[ends[2 * index + 1]]) continue;
    const entry = all[index];
    if (country && entry.cities[0].country !== country && entry.cities[1].country !== country) continue;
    if (from !== undefined && entry.since && entry.since.year < from) continue;
    if (to !== undefined && entry.since && entry.since.year > to) continue;
    // A years filter cannot place a partnership without a founding date: left out, and counted.
    if (!entry.since && (from !== undefined || to !== undefined)) {
      undatedHidden++;
      continue;
    }
    for (let end = 0; end < 2; end++) {
      const number = ends[2 * index + end];
      let shown = shownByNumber[number];
      if (!shown) {
        // Named fields, not a spread: this runs for every city of 25,000 partnerships.
        shown = { city: entry.cities[end], position: cityList[number].position, partnerships: [] };
        shownByNumber[number] = shown;
        placeByNumber[number] = cities.length;
        rankByPlace[cities.length] = rankOf[number];
        cities.push(shown);
        if (!countryMet[countryOf[number]]) {
          countryMet[countryOf[number]] = 1;
          countries.push(model.countries[countryOf[number]]);
        }
      }
      shown.partnerships.push(entry);
      places[2 * partnerships.length + end] = placeByNumber[number];
    }
    partnerships.push(entry);
  }
  mapWork.filters++;
  const shownCities = new ShownCities(model.numbers, shownByNumber, placeByNumber, cities);
  return {
    partnerships,
    cities: shownCities,
    undatedHidden,
    places: places.slice(0, 2 * partnerships.length),
    placeOf: (id) => shownCities.placeOf(id),
    countries,
    ranks: rankByPlace,
  };
}

/** The cities the filters' search finds, by number: 1 for a city found; undefined without a search. */
function searchFound(model: MapModel, filters: MapFilters): Uint8Array | undefined {
  const queries = queryKeys(filters.search ?? '');
  return queries.length ? citiesFound(model, queries).marks : undefined;
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
    queryKeys(filters.search ?? ''),
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
 * its date allows (one of 29 February from the 28th in a common year); undefined before it began. A qualifier ("summer 1991")
 * leaves only the year.
 */
export function yearsLasted(since: CalendarDate | undefined, today: Day, qualified = false): number | undefined {
  if (!since) return undefined;
  let years = today.year - since.year;
  if (!qualified && since.month !== undefined) {
    const notYet =
      today.month < since.month || (today.month === since.month && since.day !== undefined && today.day < anniversaryDay(today.year, since.month, since.day));
    if (notYet) years -= 1;
  }
  return years >= 0 ? years : undefined;
}

/** The collator of the table and the country filter. */
export function collatorFor(language: string): Intl.Collator {
  return collator(language, { sensitivity: 'base', numeric: true });
}
