/**
 * The rows of the table view and their orders, for 25,000 partnerships. Sorting
 * by names compares numbers, not strings: every city name and country name of
 * a feed is ranked once per language (name-ranks.ts); a table's rows get their
 * keys from those ranks and their founding dates once per filtered map, and a
 * sort orders an array of row indices by them (kept per column and direction).
 * Nothing is formatted here: the table formats only the rows it renders. Pure
 * functions, no DOM. Part of the table's chunk (table-chunk.ts): what it needs
 * of the widget's own modules comes in as `RowHelpers`, not imported (its work counters too).
 */
import type { CalendarDate, Day } from '../feed/dates.js';
import type { City } from '../feed/schema.js';
import type { foundingOrder } from '../i18n/founding.js';
import type { FilteredMap, MapModel, MapPartnership, yearsLasted } from './model.js';
import type { NameRanks, nameRanksOf } from './name-ranks.js';
import type { mapWork } from './work.js';

/** What the rows need of the widget's own modules: passed in (tableHelpers in table-chunk.ts). */
export interface RowHelpers {
  nameRanksOf: typeof nameRanksOf;
  yearsLasted: typeof yearsLasted;
  foundingOrder: typeof foundingOrder;
  /** work.ts's counters, which tableDataOf hands to the tables it makes. */
  mapWork: typeof mapWork;
}

/**
 * Where tables count their rows and sorts: the widget's mapWork, from the helpers of tableDataOf,
 * which makes every table the widget shows. A table a test makes on its own before that counts here.
 */
let work: Pick<typeof mapWork, 'tableRows' | 'tableSorts'> = { tableRows: 0, tableSorts: 0 };

export const TABLE_COLUMNS = ['city', 'country', 'partner', 'partnerCountry', 'since', 'years'] as const;
export type TableColumn = (typeof TABLE_COLUMNS)[number];
export type SortDirection = 'ascending' | 'descending';

export interface TableRow {
  entry: MapPartnership;
  /** The city named first: the focused city, else one in the filtered country, else the feed's first. */
  city: City;
  partner: City;
  years?: number;
  /** Where its founding date sorts (a season from its first month, as in the jubilee list: foundingOrder). */
  order?: CalendarDate;
}

export function tableRows(
  filtered: FilteredMap,
  options: { focus?: string; country?: string },
  today: Day,
  yearsLasted: RowHelpers['yearsLasted'],
  foundingOrder: RowHelpers['foundingOrder'],
): TableRow[] {
  const country = options.country?.trim().toUpperCase();
  return filtered.partnerships.map((entry) => {
    let [city, partner] = entry.cities;
    if (partner.id === options.focus || (partner.country === country && city.country !== country && city.id !== options.focus)) {
      [city, partner] = [partner, city];
    }
    const { since, partnership } = entry;
    return {
      entry,
      city,
      partner,
      years: yearsLasted(since, today, Boolean(partnership.sinceQualifier)),
      order: since && foundingOrder(since, partnership.sinceQualifier),
    };
  });
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
  readonly #orders = new Map<string, Uint32Array>();

  constructor(
    readonly rows: readonly TableRow[],
    /** The ranks of the feed's city and country names in the table's language (name-ranks.ts). */
    { cities, countries }: NameRanks,
  ) {
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
      keys.since[i] = foundingKey(row.order);
      keys.years[i] = row.years ?? -1;
    });
    work.tableRows += count;
  }

  /**
   * Row indices sorted by a column (ties: by founding date, then the first city's name). By
   * founding date or years, rows without a founding date come last in either direction.
   */
  order(column: TableColumn, direction: SortDirection): Uint32Array {
    const id = `${column} ${direction}`;
    let order = this.#orders.get(id);
    if (!order) {
      const key = this.keys[column];
      const { since, city } = this.keys;
      const sign = direction === 'ascending' ? 1 : -1;
      const undated = column === 'since' || column === 'years' ? this.undated : undefined;
      order = new Uint32Array(this.rows.length);
      for (let i = 0; i < order.length; i++) order[i] = i;
      order.sort((a, b) => (undated ? undated[a] - undated[b] : 0) || sign * (key[a] - key[b]) || since[a] - since[b] || city[a] - city[b]);
      work.tableSorts++;
      this.#orders.set(id, order);
    }
    return order;
  }
}

const tables = new WeakMap<FilteredMap, Map<string, TableData>>();
/** Tables kept per filtered map: a few focuses, countries, days and languages. */
const TABLES_KEPT = 4;

/** The table of a filtered map, shared by every map on the page that shows it the same way. */
export function tableDataOf(
  helpers: RowHelpers,
  model: MapModel,
  filtered: FilteredMap,
  options: { focus?: string; country?: string },
  today: Day,
  language: string,
): TableData {
  let kept = tables.get(filtered);
  if (!kept) tables.set(filtered, (kept = new Map()));
  const id = [options.focus ?? '', options.country?.trim().toUpperCase() ?? '', today.year, today.month, today.day, language].join('|');
  let table = kept.get(id);
  if (!table) {
    work = helpers.mapWork;
    table = new TableData(tableRows(filtered, options, today, helpers.yearsLasted, helpers.foundingOrder), helpers.nameRanksOf(model, language));
    if (kept.size >= TABLES_KEPT) kept.delete(kept.keys().next().value!);
    kept.set(id, table);
  }
  return table;
}
