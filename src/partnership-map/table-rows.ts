/**
 * The rows of the table view and their orders, for 25,000 partnerships. Sorting
 * by names compares numbers, not strings: every city name and country name of
 * a feed is ranked once per language (one Intl.Collator sort of the distinct
 * names); a table's rows get their keys from those ranks and their founding
 * dates once per filtered map, and a sort orders an array of row
 * indices by them (kept per column and direction). Nothing is formatted here:
 * the table formats only the rows it renders. Pure functions, no DOM.
 */
import type { CalendarDate, Day } from '../feed/dates.js';
import type { City } from '../feed/schema.js';
import { collator as collatorOf } from '../i18n/format.js';
import { collatorFor, yearsLasted, type FilteredMap, type MapModel, type MapPartnership } from './model.js';
import { cityName, countryLabel } from './texts.js';
import { mapWork } from './work.js';

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

/** Longest number in a name (without leading zeros) that is padded for sorting; beyond, the numeric collator sorts. */
const PADDED_DIGITS = 16;

/**
 * Each text's place in collation order (texts the collator finds equal share
 * one), numbers in texts by value ("Town 2" before "Town 10"). Numeric
 * collation is several times slower than plain collation, so numbers are
 * zero-padded to one width and the plain collator sorts the distinct texts.
 */
function ranksOf(texts: readonly string[], language: string): Map<string, number> {
  const numbers = /\d+/g;
  const significant = (run: string) => run.replace(/^0+(?=\d)/, '');
  let width = 0;
  for (const text of texts) for (const run of text.match(numbers) ?? []) width = Math.max(width, significant(run).length);
  const padded = width <= PADDED_DIGITS;
  const collator = padded ? collatorOf(language, { sensitivity: 'base' }) : collatorFor(language);
  const keys = new Map<string, string>();
  for (const text of texts) keys.set(text, padded && width ? text.replace(numbers, (run) => significant(run).padStart(width, '0')) : text);
  const sorted = [...new Set(keys.values())].sort(collator.compare);
  const rankOfKey = new Map<string, number>();
  let rank = 0;
  sorted.forEach((key, i) => {
    if (i > 0 && collator.compare(sorted[i - 1], key) !== 0) rank = i;
    rankOfKey.set(key, rank);
  });
  return new Map(texts.map((text) => [text, rankOfKey.get(keys.get(text)!)!]));
}

interface NameRanks {
  cities: Map<string, number>;
  countries: Map<string, number>;
}

const rankedNames = new WeakMap<MapModel, Map<string, NameRanks>>();

/** City names turned into text per step of prepareTable: a few milliseconds of idle time. */
const NAMES_PER_STEP = 400;

function rankNames(model: MapModel, language: string, names: Map<string, string>): NameRanks {
  const countries = new Map(model.countries.map((code) => [code, countryLabel(code, language)]));
  const cityRanks = ranksOf([...names.values()], language);
  const countryRanks = ranksOf([...countries.values()], language);
  const ranks = {
    cities: new Map([...names].map(([id, name]) => [id, cityRanks.get(name)!])),
    countries: new Map([...countries].map(([code, name]) => [code, countryRanks.get(name)!])),
  };
  mapWork.sortKeys += names.size + countries.size;
  let byLanguage = rankedNames.get(model);
  if (!byLanguage) rankedNames.set(model, (byLanguage = new Map()));
  byLanguage.set(language, ranks);
  return ranks;
}

/**
 * Works out the ranks of nameRanksOf in steps (a generator: one step per `next()`), for idle
 * time once a visitor reaches for the map (prepare.ts): the city names first, a few hundred a
 * step, then one sort. A table shown before it is done ranks the names at once, and the
 * preparation then stops without ranking them again.
 */
export function* prepareTable(model: MapModel, language: string): Generator<void, void> {
  const names = new Map<string, string>();
  for (const { city } of model.cities.values()) {
    if (rankedNames.get(model)?.has(language)) return;
    names.set(city.id, cityName(city, language));
    if (names.size % NAMES_PER_STEP === 0) yield;
  }
  if (!rankedNames.get(model)?.has(language)) rankNames(model, language, names);
}

/** The ranks of a feed's city and country names in a language: worked out once per feed and language. */
function nameRanksOf(model: MapModel, language: string): NameRanks {
  const ranks = rankedNames.get(model)?.get(language);
  if (ranks) return ranks;
  const names = new Map<string, string>();
  for (const { city } of model.cities.values()) names.set(city.id, cityName(city, language));
  return rankNames(model, language, names);
}

/** A founding date as a number in the order of compareCalendarDates; an unknown one after every known one. */
function foundingKey(since: CalendarDate | undefined): number {
  if (!since) return Number.MAX_VALUE;
  return ((since.year * 13 + (since.month ?? 0)) * 32 + (since.day ?? 0)) * 1441 + (since.minutes ?? -1) + 1;
}

/** A table's rows with a number per row and column to sort by, and its orders, each worked out once. */
export class TableData {
  private readonly keys: Record<TableColumn, Float64Array>;
  /** 1 for a row without a founding date: last when sorted by date or years, in both directions. */
  private readonly undated: Uint8Array;
  private readonly orders = new Map<string, Uint32Array>();

  constructor(
    readonly rows: readonly TableRow[],
    model: MapModel,
    language: string,
  ) {
    const { cities, countries } = nameRanksOf(model, language);
    const count = rows.length;
    this.keys = {
      city: new Float64Array(count),
      country: new Float64Array(count),
      partner: new Float64Array(count),
      partnerCountry: new Float64Array(count),
      since: new Float64Array(count),
      years: new Float64Array(count),
    };
    const { keys } = this;
    const undated = (this.undated = new Uint8Array(count));
    rows.forEach((row, i) => {
      undated[i] = row.entry.since ? 0 : 1;
      keys.city[i] = cities.get(row.city.id) ?? 0;
      keys.country[i] = countries.get(row.city.country) ?? 0;
      keys.partner[i] = cities.get(row.partner.id) ?? 0;
      keys.partnerCountry[i] = countries.get(row.partner.country) ?? 0;
      keys.since[i] = foundingKey(row.entry.since);
      keys.years[i] = row.years ?? -1;
    });
    mapWork.tableRows += count;
  }

  /**
   * Row indices sorted by a column (ties: by founding date, then the first city's name). By
   * founding date or years, rows without a founding date come last in either direction.
   */
  order(column: TableColumn, direction: SortDirection): Uint32Array {
    const id = `${column} ${direction}`;
    let order = this.orders.get(id);
    if (!order) {
      const key = this.keys[column];
      const { since, city } = this.keys;
      const sign = direction === 'ascending' ? 1 : -1;
      const undated = column === 'since' || column === 'years' ? this.undated : undefined;
      order = new Uint32Array(this.rows.length);
      for (let i = 0; i < order.length; i++) order[i] = i;
      order.sort((a, b) => (undated ? undated[a] - undated[b] : 0) || sign * (key[a] - key[b]) || since[a] - since[b] || city[a] - city[b]);
      mapWork.tableSorts++;
      this.orders.set(id, order);
    }
    return order;
  }
}

const tables = new WeakMap<FilteredMap, Map<string, TableData>>();
/** Tables kept per filtered map: a few focuses, countries, days and languages. */
const TABLES_KEPT = 4;

/** The table of a filtered map, shared by every map on the page that shows it the same way. */
export function tableDataOf(model: MapModel, filtered: FilteredMap, options: { focus?: string; country?: string }, today: Day, language: string): TableData {
  let kept = tables.get(filtered);
  if (!kept) tables.set(filtered, (kept = new Map()));
  const id = [options.focus ?? '', options.country?.trim().toUpperCase() ?? '', today.year, today.month, today.day, language].join('|');
  let table = kept.get(id);
  if (!table) {
    table = new TableData(tableRows(filtered, options, today), model, language);
    if (kept.size >= TABLES_KEPT) kept.delete(kept.keys().next().value!);
    kept.set(id, table);
  }
  return table;
}
