/**
 * Which partnerships celebrate a round anniversary in a year: pure functions,
 * no DOM, tested on their own.
 */
import { anniversaryDay, compareCalendarDates, daysBetween, parseCalendarDate, type CalendarDate, type Day } from '../feed/dates.js';
import type { Feed } from '../feed/model.js';
import type { City, Partnership } from '../feed/schema.js';
import { localise, localisedKey } from '../feed/text.js';
import { nameLanguage } from '../feed/name-language.js';
import { foundingOrder } from '../i18n/founding.js';
import { collator, countryName } from '../i18n/format.js';

export interface JubileeQuery {
  year: number;
  /** Round means a multiple of this many years (10: 10, 20, 30 …; 5 adds 15, 25 …). */
  step: number;
  /** Only partnerships of this city id; that city is named first. */
  city?: string;
  /** Only partnerships with a city in this country (ISO 3166-1 alpha-2). */
  country?: string;
}

export interface Jubilee {
  partnership: Partnership;
  cities: readonly [City, City];
  /** The two cities' names in the listing's language, each with its country where another country's city in the feed has that name (cityNames). */
  names: readonly [string, string];
  /** The languages of those names where one of them is not in the listing's language (a Russian-only name on a German list): set only then. */
  languages?: readonly [string | undefined, string | undefined];
  since: CalendarDate;
  years: number;
  /** Days from today to the anniversary: set only when the day is known, and it is today or still ahead this year. */
  daysUntil?: number;
}

/**
 * The partnerships of one age. Its entries are worked out and sorted when first read
 * (`jubilees`): a list shows a batch of 100, so of a year's groups only the first few are
 * ever read; `size` is known without.
 */
export interface JubileeGroup {
  years: number;
  size: number;
  readonly jubilees: Jubilee[];
}

function matches(cities: readonly [City, City], query: JubileeQuery): boolean {
  if (query.city && !cities.some((city) => city.id === query.city)) return false;
  const country = query.country?.trim().toUpperCase();
  if (country && !cities.some((city) => city.country === country)) return false;
  return true;
}

/** A partnership with a founding date. */
type Dated = Partnership & { since: string };

/** A founding date read (parseCalendarDate), and where it sorts: for a season ("summer" 1991) the first month of that season. */
interface Read {
  since: CalendarDate;
  order: CalendarDate;
}

/**
 * The partnerships of a feed by founding year: worked out once per feed (not once per query,
 * language or day), without reading a date or looking up a city: that is done for the
 * partnerships of the groups read (see `group`), or of a city's or country's list.
 */
interface FeedPartnerships {
  byYear: Map<number, Dated[]>;
  /** Partnerships without a founding date: no anniversary can be worked out for them. */
  undated: Partnership[];
}

/** What the list computes, counted for tests: the work must not grow with re-renders, and only the groups shown are read. */
export const jubileeWork = { datesParsed: 0, namesRead: 0 };

const byFeed = new WeakMap<Feed, FeedPartnerships>();
/** Each founding date read once (per partnership object, so per feed). */
const reads = new WeakMap<Partnership, Read | null>();

function partnershipsOf(feed: Feed): FeedPartnerships {
  let known = byFeed.get(feed);
  if (known) return known;
  known = { byYear: new Map(), undated: [] };
  for (const partnership of feed.partnerships) {
    const since = partnership.since;
    if (since === undefined) {
      known.undated.push(partnership);
      continue;
    }
    // A validated date starts with its four-digit year (PARTIAL_DATE): enough to find the jubilees.
    const year = (since.charCodeAt(0) - 48) * 1000 + (since.charCodeAt(1) - 48) * 100 + (since.charCodeAt(2) - 48) * 10 + (since.charCodeAt(3) - 48);
    let dated = known.byYear.get(year);
    if (!dated) known.byYear.set(year, (dated = []));
    dated.push(partnership as Dated);
  }
  byFeed.set(feed, known);
  return known;
}

/** The partnership's two cities; `undefined` if one is missing (never in a feed made by validateFeed). */
function citiesOf(feed: Feed, partnership: Partnership): readonly [City, City] | undefined {
  const first = feed.cityById.get(partnership.cities[0]);
  const second = feed.cityById.get(partnership.cities[1]);
  return first && second ? [first, second] : undefined;
}

/** Per feed and language: the names that cities of more than one country share ("Neustadt" in Germany and Austria). */
const sharedByFeed = new WeakMap<Feed, Map<string, Set<string>>>();

/**
 * The names of `feed`'s cities in `language` that cities of two or more countries share, worked out
 * once per feed and language, when a group is first read. A name is compared as shown (another
 * language may make two names one: "Nowgorod"); two of one country are told apart only by a name
 * the feed gives in full ("Frankfurt (Oder)", "Neustadt an der Weinstraße").
 */
function sharedNames(feed: Feed, language: string): Set<string> {
  let byLanguage = sharedByFeed.get(feed);
  if (!byLanguage) sharedByFeed.set(feed, (byLanguage = new Map()));
  let shared = byLanguage.get(language);
  if (!shared) {
    byLanguage.set(language, (shared = new Set()));
    const countries = new Map<string, string>();
    for (const city of feed.cities) {
      const name = nameKey(city, language);
      const country = countries.get(name);
      if (country === undefined) countries.set(name, city.country);
      else if (country !== city.country) shared.add(name);
    }
  }
  return shared;
}

/**
 * A city's name in `language` as compared: read straight (a feed of 16,000 cities in 2 ms, not 15), in the
 * language `localise` falls back to too, never isolated (bidi marks around a name in Arabic given in Arabic
 * only would make it another than the same name given as a plain string).
 */
function nameKey({ name }: City, language: string): string {
  return typeof name === 'string' ? name : name[language] || name[localisedKey(name, language) ?? ''] || '';
}

/** A city's name in `language`, with its country where cities of another country in the feed share the name: "Neustadt (Österreich)". */
function cityName(city: City, shared: Set<string>, language: string): string {
  const name = localise(city.name, language);
  return shared.has(nameKey(city, language)) ? `${name} (${countryName(city.country, language)})` : name;
}

/** The founding date read, the first time it is needed; `null` for one that cannot be read (a feed not made by validateFeed). */
function readSince(partnership: Dated): Read | null {
  let read = reads.get(partnership);
  if (read === undefined) {
    const since = parseCalendarDate(partnership.since);
    jubileeWork.datesParsed++;
    read = since ? { since, order: foundingOrder(since, partnership.sinceQualifier) } : null;
    reads.set(partnership, read);
  }
  return read;
}

/**
 * One group of `listJubilees`, its entries made and sorted when first read: by founding date
 * (a season from its first month), then by the first city's name in `language` (the partner's
 * on a city's list).
 */
function group(feed: Feed, years: number, entries: readonly Dated[], query: JubileeQuery, today: Day, language: string): JubileeGroup {
  let jubilees: Jubilee[] | undefined;
  return {
    years,
    size: entries.length,
    get jubilees() {
      if (jubilees) return jubilees;
      const keyed: { jubilee: Jubilee; order: CalendarDate; name: string }[] = [];
      const shared = sharedNames(feed, language);
      for (const partnership of entries) {
        const read = readSince(partnership);
        const pair = citiesOf(feed, partnership);
        if (!read || !pair) continue;
        const [first, second] = pair;
        const cities: readonly [City, City] = query.city && second.id === query.city ? [second, first] : [first, second];
        const { since, order } = read;
        const names = [cityName(cities[0], shared, language), cityName(cities[1], shared, language)] as const;
        const jubilee: Jubilee = { partnership, cities, names, since, years };
        const languages = [nameLanguage(cities[0].name, language), nameLanguage(cities[1].name, language)] as const;
        if (languages[0] || languages[1]) jubilee.languages = languages;
        // A qualifier ("summer") says the day is not the real one, so no countdown.
        if (since.precision === 'day' && !partnership.sinceQualifier && query.year === today.year) {
          const days = daysBetween(today, { year: query.year, month: since.month!, day: anniversaryDay(query.year, since.month!, since.day!) });
          if (days >= 0) jubilee.daysUntil = days;
        }
        // Each name read once, not twice per comparison; on a city's list its partner's (the first is that city).
        keyed.push({ jubilee, order, name: names[query.city ? 1 : 0] });
      }
      jubileeWork.namesRead += keyed.length;
      const names = collator(language);
      keyed.sort((a, b) => compareCalendarDates(a.order, b.order) || names.compare(a.name, b.name));
      jubilees = keyed.map(({ jubilee }) => jubilee);
      return jubilees;
    },
  };
}

export interface JubileeListing {
  groups: JubileeGroup[];
  /** Partnerships that match the query's city and country but have no founding date, so are not listed. */
  undated: number;
}

/**
 * The partnerships with a round anniversary in `query.year`, grouped by age in ascending order,
 * and how many were left out for want of a date. Each group's entries are made and sorted only
 * when it is read (see JubileeGroup).
 */
export function listJubilees(feed: Feed, query: JubileeQuery, today: Day, language: string): JubileeListing {
  const step = Math.max(1, Math.trunc(query.step));
  const { byYear, undated } = partnershipsOf(feed);
  const filtered = Boolean(query.city || query.country);
  const matching = (partnership: Partnership) => {
    const cities = citiesOf(feed, partnership);
    return cities !== undefined && matches(cities, query);
  };
  const groups: JubileeGroup[] = [];
  for (const [founded, dated] of byYear) {
    const years = query.year - founded;
    if (years <= 0 || years % step !== 0) continue;
    const entries = filtered ? dated.filter(matching) : dated;
    if (entries.length > 0) groups.push(group(feed, years, entries, query, today, language));
  }
  groups.sort((a, b) => a.years - b.years);
  return { groups, undated: undated.filter(matching).length };
}

/** The partnerships with a round anniversary in `query.year`, grouped by age in ascending order. */
export function jubileesIn(feed: Feed, query: JubileeQuery, today: Day, language: string): JubileeGroup[] {
  return listJubilees(feed, query, today, language).groups;
}

export function countJubilees(groups: readonly JubileeGroup[]): number {
  return groups.reduce((sum, group) => sum + group.size, 0);
}
