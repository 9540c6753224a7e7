/**
 * Which partnerships celebrate a round anniversary in a year: pure functions,
 * no DOM, tested on their own.
 */
import { compareCalendarDates, daysBetween, parseCalendarDate, type CalendarDate, type Day } from '../feed/dates.js';
import type { Feed } from '../feed/model.js';
import type { City, Partnership } from '../feed/schema.js';
import { localise } from '../feed/text.js';
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

/** The partnerships with a round anniversary in `query.year`, grouped by age in ascending order. */
export function jubileesIn(feed: Feed, query: JubileeQuery, today: Day, language: string): JubileeGroup[] {
  const step = Math.max(1, Math.trunc(query.step));
  const groups = new Map<number, Jubilee[]>();
  for (const partnership of feed.partnerships) {
    const since = parseCalendarDate(partnership.since);
    const first = feed.cityById.get(partnership.cities[0]);
    const second = feed.cityById.get(partnership.cities[1]);
    if (!since || !first || !second) continue;
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
    group.push(jubilee);
    groups.set(years, group);
  }
  const names = collator(language);
  const byDateThenName = (a: Jubilee, b: Jubilee) =>
    compareCalendarDates(a.since, b.since) || names.compare(localise(a.cities[0].name, language), localise(b.cities[0].name, language));
  return [...groups.entries()].sort(([a], [b]) => a - b).map(([years, jubilees]) => ({ years, jubilees: jubilees.sort(byDateThenName) }));
}

export function countJubilees(groups: readonly JubileeGroup[]): number {
  return groups.reduce((sum, group) => sum + group.jubilees.length, 0);
}
