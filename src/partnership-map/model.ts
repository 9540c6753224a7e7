/**
 * The partnerships of a feed as the map and the table show them: cities with
 * their projected positions and partnerships, the filters (country, founding
 * years, search), and the rows of the table. Pure functions, no DOM.
 */
import { compareCalendarDates, parseCalendarDate, type CalendarDate, type Day } from '../feed/dates.js';
import type { Feed } from '../feed/model.js';
import type { City, Partnership } from '../feed/schema.js';
import { localise } from '../feed/text.js';
import { collator } from '../i18n/format.js';
import { project } from './projection.js';
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
  /** Countries of the cities that have a partnership, in no particular order. */
  countries: readonly string[];
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
  const countries = new Set<string>();
  const partnerships: MapPartnership[] = [];
  const mapCity = (city: City): MapCity => {
    let entry = cities.get(city.id);
    if (!entry) {
      entry = { city, position: project(city.lon, city.lat) };
      cities.set(city.id, entry);
      countries.add(city.country);
    }
    return entry;
  };
  for (const partnership of feed.partnerships) {
    const first = feed.cityById.get(partnership.cities[0]);
    const second = feed.cityById.get(partnership.cities[1]);
    const since = partnership.since === undefined ? undefined : parseCalendarDate(partnership.since);
    if (!first || !second || (partnership.since !== undefined && !since)) continue;
    mapCity(first);
    mapCity(second);
    partnerships.push({ partnership, cities: [first, second], since });
  }
  model = { cities, partnerships, countries: [...countries] };
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
  const found = query ? citiesFound(model, query) : undefined;
  const partnerships: MapPartnership[] = [];
  const cities = new Map<string, ShownCity>();
  let undatedHidden = 0;
  for (const entry of model.partnerships) {
    const [first, second] = entry.cities;
    if (country && first.country !== country && second.country !== country) continue;
    if (from !== undefined && entry.since && entry.since.year < from) continue;
    if (to !== undefined && entry.since && entry.since.year > to) continue;
    if (found && !found.has(first.id) && !found.has(second.id)) continue;
    // A years filter cannot place a partnership without a founding date: left out, and counted.
    if (!entry.since && (from !== undefined || to !== undefined)) {
      undatedHidden++;
      continue;
    }
    partnerships.push(entry);
    for (let end = 0; end < 2; end++) {
      const city = entry.cities[end];
      let shown = cities.get(city.id);
      if (!shown) {
        // Named fields, not a spread: this runs for every city of 25,000 partnerships.
        const { position } = model.cities.get(city.id)!;
        shown = { city, position, partnerships: [] };
        cities.set(city.id, shown);
      }
      shown.partnerships.push(entry);
    }
  }
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

// ---- the table ------------------------------------------------------------------------------

export const TABLE_COLUMNS = ['city', 'country', 'partner', 'partnerCountry', 'since', 'years'] as const;
export type TableColumn = (typeof TABLE_COLUMNS)[number];
export type SortDirection = 'ascending' | 'descending';

export interface TableRow {
  entry: MapPartnership;
  /** The city named first: the focused city, else one in the filtered country, else the feed's first. */
  city: City;
  partner: City;
  years?: number;
}

export function tableRows(filtered: FilteredMap, options: { focus?: string; country?: string }, today: Day): TableRow[] {
  const country = options.country?.trim().toUpperCase();
  return filtered.partnerships.map((entry) => {
    let [city, partner] = entry.cities;
    if (partner.id === options.focus || (partner.country === country && city.country !== country && city.id !== options.focus)) {
      [city, partner] = [partner, city];
    }
    return { entry, city, partner, years: yearsLasted(entry.since, today, Boolean(entry.partnership.sinceQualifier)) };
  });
}

/** The collator of the table and the country filter. */
export function collatorFor(language: string): Intl.Collator {
  return collator(language, { sensitivity: 'base', numeric: true });
}

/** Founding dates in order, an unknown one after every known one. */
function compareFounding(a: CalendarDate | undefined, b: CalendarDate | undefined): number {
  if (a && b) return compareCalendarDates(a, b);
  return a ? -1 : b ? 1 : 0;
}

/** Rows sorted by a column (ties: by founding date, then the first city's name); a new array. */
export function sortRows(
  rows: readonly TableRow[],
  column: TableColumn,
  direction: SortDirection,
  language: string,
  countryName: (code: string) => string,
): TableRow[] {
  const collator = collatorFor(language);
  const name = (city: City) => localise(city.name, language);
  const byDate = (a: TableRow, b: TableRow) => compareFounding(a.entry.since, b.entry.since);
  const compare: Record<TableColumn, (a: TableRow, b: TableRow) => number> = {
    city: (a, b) => collator.compare(name(a.city), name(b.city)),
    country: (a, b) => collator.compare(countryName(a.city.country), countryName(b.city.country)),
    partner: (a, b) => collator.compare(name(a.partner), name(b.partner)),
    partnerCountry: (a, b) => collator.compare(countryName(a.partner.country), countryName(b.partner.country)),
    since: byDate,
    years: (a, b) => (a.years ?? -1) - (b.years ?? -1),
  };
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => sign * compare[column](a, b) || byDate(a, b) || collator.compare(name(a.city), name(b.city)));
}
