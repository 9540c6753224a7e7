/**
 * The conference series as a timeline: which conferences a `<conf-history>`
 * shows, in which order, and which one it marks. Plain functions over the
 * validated feed, tested without a DOM.
 */
import { parseCalendarDate, type CalendarDate } from '../feed/dates.js';
import type { Feed } from '../feed/model.js';
import type { City, Conference } from '../feed/schema.js';
import { currentConference, orderConferences, statusAt, todayIn, type ConferenceStatus } from '../shared/conference.js';

export { orderConferences };

export type HistoryOrder = 'asc' | 'desc';

export interface HistoryQuery {
  order?: HistoryOrder;
  /** First year shown (inclusive). */
  from?: number;
  /** Last year shown (inclusive). */
  to?: number;
  /** ISO 3166-1 alpha-2 code; a conference matches when any of its host cities lies in that country. */
  country?: string;
}

/**
 * Why a conference is marked: it is running now, it is the next one, or, with
 * none running or ahead, it is the latest of the series.
 */
export type HistoryMark = 'current' | 'next' | 'latest';

export interface HistoryEntry {
  conference: Conference;
  start: CalendarDate;
  end?: CalendarDate;
  /** The host cities grouped by country, in the order of the host cities. */
  hosts: HostCountry[];
  /** Where the conference stands at `now`, on the day in its own time zone. */
  status: ConferenceStatus;
  mark?: HistoryMark;
}

export interface HostCountry {
  country: string;
  cities: City[];
}

/** The first and last year a conference touches. */
export function conferenceYears(conference: Pick<Conference, 'start' | 'end'>): { first: number; last: number } | undefined {
  const start = parseCalendarDate(conference.start);
  if (!start) return undefined;
  const end = conference.end ? parseCalendarDate(conference.end) : undefined;
  return { first: start.year, last: Math.max(start.year, end?.year ?? start.year) };
}

/** Whether the conference falls (even partly) into the years `from`–`to`; a missing bound is open. */
export function inYears(conference: Pick<Conference, 'start' | 'end'>, from?: number, to?: number): boolean {
  const years = conferenceYears(conference);
  if (!years) return false;
  return (from === undefined || years.last >= from) && (to === undefined || years.first <= to);
}

/** The host cities grouped by country: Karlsruhe and Baden-Baden → one group DE. */
export function hostCountries(conference: Pick<Conference, 'hostCities'>, feed: Pick<Feed, 'cityById'>): HostCountry[] {
  const groups = new Map<string, City[]>();
  for (const id of conference.hostCities) {
    const city = feed.cityById.get(id);
    if (!city) continue;
    const code = city.country.toUpperCase();
    groups.set(code, [...(groups.get(code) ?? []), city]);
  }
  return [...groups].map(([country, cities]) => ({ country, cities }));
}

/** Whether any host city lies in `country` (compared case-insensitively); no country matches all. */
export function hostedIn(conference: Pick<Conference, 'hostCities'>, feed: Pick<Feed, 'cityById'>, country?: string): boolean {
  if (!country) return true;
  const wanted = country.trim().toUpperCase();
  return hostCountries(conference, feed).some((group) => group.country === wanted);
}

/**
 * The conference of the series to mark at `now`: the running one ("current"),
 * else the next one ("next", also one whose date is still to be announced), else
 * the latest ("latest"). Each conference is judged on its own day: in its time
 * zone, until its `dayChange` the day before.
 */
export function markedConference(conferences: readonly Conference[], now: Date): { conference: Conference; mark: HistoryMark } | undefined {
  const conference = currentConference(conferences, now);
  if (!conference) return undefined;
  const status = statusAt(conference, now);
  // A conference whose date is to be announced (known only by this year or month) is not past: the next one.
  const mark: HistoryMark = status.kind === 'running' ? 'current' : status.kind === 'past' ? 'latest' : 'next';
  return { conference, mark };
}

/** "asc" unless the attribute says "desc" (in any case). */
export function historyOrder(value: string | null | undefined): HistoryOrder {
  return value?.trim().toLowerCase() === 'desc' ? 'desc' : 'asc';
}

/** A year attribute as a number, or `undefined` when it is not a whole year. */
export function yearBound(value: unknown): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const year = Number(value);
  return Number.isInteger(year) && year >= 0 && year < 10_000 ? year : undefined;
}

/**
 * The timeline: the conferences that match `query`, in its order, with the
 * series' current, next or latest conference marked. The mark is chosen from
 * the whole series, so a filter never makes an old conference "latest".
 */
export function historyOf(feed: Pick<Feed, 'conferences' | 'cityById'>, query: HistoryQuery, now: Date): HistoryEntry[] {
  const marked = markedConference(feed.conferences, now);
  const today = todayIn(now);
  const matching = feed.conferences.filter((conference) => inYears(conference, query.from, query.to) && hostedIn(conference, feed, query.country));
  return orderConferences(matching, query.order).flatMap((conference) => {
    const start = parseCalendarDate(conference.start);
    if (!start) return [];
    const end = conference.end ? parseCalendarDate(conference.end) : undefined;
    const status = statusAt(conference, now, today);
    const entry: HistoryEntry = { conference, start, end, hosts: hostCountries(conference, feed), status };
    if (marked?.conference === conference) entry.mark = marked.mark;
    return [entry];
  });
}

/** The first and last year the entries cover, for "9 conferences, 2005–2021". */
export function yearSpan(entries: readonly HistoryEntry[]): { first: number; last: number } | undefined {
  if (entries.length === 0) return undefined;
  // A loop, not Math.min(...years): a spread of a very long list overflows the engine's argument limit.
  let first = Infinity;
  let last = -Infinity;
  for (const entry of entries) {
    first = Math.min(first, entry.start.year);
    last = Math.max(last, entry.start.year, entry.end?.year ?? entry.start.year);
  }
  return { first, last };
}
