/**
 * Which partnerships celebrate a round anniversary in a year: pure functions,
 * no DOM, tested on their own.
 */
import { compareCalendarDates, daysBetween, parseCalendarDate, type CalendarDate, type Day } from '../feed/dates.js';
import type { Feed } from '../feed/model.js';
import type { City, Partnership } from '../feed/schema.js';
import { allVersions, localise } from '../feed/text.js';
import { collator } from '../i18n/format.js';

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
  since: CalendarDate;
  years: number;
  /** Days from today to the anniversary: set only when the day is known, and it is today or still ahead this year. */
  daysUntil?: number;
}

export interface JubileeGroup {
  years: number;
  jubilees: Jubilee[];
}

function matches(cities: readonly [City, City], query: JubileeQuery): boolean {
  if (query.city && !cities.some((city) => city.id === query.city)) return false;
  const country = query.country?.toUpperCase();
  if (country && !cities.some((city) => city.country === country)) return false;
  return true;
}

/** A partnership of the feed with its founding date read and its two cities looked up. */
interface Dated {
  partnership: Partnership;
  cities: readonly [City, City];
  since: CalendarDate;
  /** Where it sorts: `since`, or for a season ("summer" 1991) the first month of that season. */
  order: CalendarDate;
}

/**
 * The first month of a season named by a founding date's qualifier, in any of its languages
 * (en, de, ru); undefined for any other qualifier. Winter is taken as the start of its year.
 */
const SEASON_STARTS: Record<string, number> = {
  spring: 3,
  frühling: 3,
  frühjahr: 3,
  весна: 3,
  summer: 6,
  sommer: 6,
  лето: 6,
  autumn: 9,
  fall: 9,
  herbst: 9,
  осень: 9,
  winter: 1,
  зима: 1,
};

export function seasonStart(qualifier: Partnership['sinceQualifier']): number | undefined {
  for (const text of allVersions(qualifier)) {
    const month = SEASON_STARTS[text.trim().toLowerCase()];
    if (month !== undefined) return month;
  }
  return undefined;
}

/** A founding date as it sorts: a season of a year ("summer 1991") from its first month, so after "16 January 1991". */
function sortDate(since: CalendarDate, partnership: Partnership): CalendarDate {
  const month = since.precision === 'year' && partnership.sinceQualifier ? seasonStart(partnership.sinceQualifier) : undefined;
  return month === undefined ? since : { year: since.year, month, precision: 'month' };
}

/** The partnerships of a feed, each founding date parsed once per feed (not once per query, language or day). */
interface FeedPartnerships {
  dated: Dated[];
  /** Partnerships without a founding date: no anniversary can be worked out for them. */
  undated: { partnership: Partnership; cities: readonly [City, City] }[];
}

/** What the list computes, counted for tests: the work must not grow with re-renders or the list shown. */
export const jubileeWork = { datesParsed: 0, namesRead: 0 };

const byFeed = new WeakMap<Feed, FeedPartnerships>();

function partnershipsOf(feed: Feed): FeedPartnerships {
  let known = byFeed.get(feed);
  if (known) return known;
  known = { dated: [], undated: [] };
  for (const partnership of feed.partnerships) {
    const first = feed.cityById.get(partnership.cities[0]);
    const second = feed.cityById.get(partnership.cities[1]);
    if (!first || !second) continue;
    if (partnership.since === undefined) {
      known.undated.push({ partnership, cities: [first, second] });
      continue;
    }
    const since = parseCalendarDate(partnership.since);
    jubileeWork.datesParsed++;
    if (since) known.dated.push({ partnership, cities: [first, second], since, order: sortDate(since, partnership) });
  }
  byFeed.set(feed, known);
  return known;
}

export interface JubileeListing {
  groups: JubileeGroup[];
  /** Partnerships that match the query's city and country but have no founding date, so are not listed. */
  undated: number;
}

/** The partnerships with a round anniversary in `query.year`, grouped by age in ascending order, and how many were left out for want of a date. */
export function listJubilees(feed: Feed, query: JubileeQuery, today: Day, language: string): JubileeListing {
  const step = Math.max(1, Math.trunc(query.step));
  const groups = new Map<number, { jubilee: Jubilee; order: CalendarDate }[]>();
  const { dated, undated } = partnershipsOf(feed);
  for (const {
    partnership,
    cities: [first, second],
    since,
    order,
  } of dated) {
    const years = query.year - since.year;
    if (years <= 0 || years % step !== 0) continue;
    const cities: readonly [City, City] = query.city && second.id === query.city ? [second, first] : [first, second];
    if (!matches(cities, query)) continue;
    const jubilee: Jubilee = { partnership, cities, since, years };
    // A qualifier ("summer") says the day is not the real one, so no countdown.
    if (since.precision === 'day' && !partnership.sinceQualifier && query.year === today.year) {
      const days = daysBetween(today, { year: query.year, month: since.month!, day: since.day! });
      if (days >= 0) jubilee.daysUntil = days;
    }
    const group = groups.get(years) ?? [];
    group.push({ jubilee, order });
    groups.set(years, group);
  }
  const names = collator(language);
  const sorted = [...groups.entries()]
    .sort(([a], [b]) => a - b)
    .map(([years, jubilees]) => {
      // Each name read once, not twice per comparison.
      const keyed = jubilees.map(({ jubilee, order }) => ({ jubilee, order, name: localise(jubilee.cities[0].name, language) }));
      jubileeWork.namesRead += keyed.length;
      keyed.sort((a, b) => compareCalendarDates(a.order, b.order) || names.compare(a.name, b.name));
      return { years, jubilees: keyed.map(({ jubilee }) => jubilee) };
    });
  return { groups: sorted, undated: undated.filter(({ cities }) => matches(cities, query)).length };
}

/** The partnerships with a round anniversary in `query.year`, grouped by age in ascending order. */
export function jubileesIn(feed: Feed, query: JubileeQuery, today: Day, language: string): JubileeGroup[] {
  return listJubilees(feed, query, today, language).groups;
}

export function countJubilees(groups: readonly JubileeGroup[]): number {
  return groups.reduce((sum, group) => sum + group.jubilees.length, 0);
}
