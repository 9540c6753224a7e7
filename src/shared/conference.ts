/**
 * Conferences as the reader sees them: which one is current, where it stands
 * against the clock, its ordinal. Pure functions, tested without a DOM.
 */
import { compareCalendarDates, daysBetween, parseCalendarDate, type CalendarDate, type Day } from '../feed/dates.js';
import type { Conference } from '../feed/schema.js';
import { zonedInstant, zonedParts } from '../feed/zoned-time.js';
import { remembered } from './remembered.js';

export type { Day };

export type ConferenceStatus = { kind: 'upcoming'; days?: number } | { kind: 'running'; day: number; of: number } | { kind: 'past' } | { kind: 'undated' };

const ROMAN: [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/** 15 → "XV" (1–3999; other numbers as digits). */
export function romanNumeral(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value > 3999) return String(value);
  let rest = value;
  let result = '';
  for (const [amount, letters] of ROMAN) {
    while (rest >= amount) {
      result += letters;
      rest -= amount;
    }
  }
  return result;
}

/**
 * The day of `now` in `timeZone` (the reader's own zone when none is given). Before `dayChange`
 * (minutes after midnight, from a conference's `dayChange`) it is still the day before: a programme
 * runs on past midnight, and a conference runs until its day change after its last date. The day
 * change is an instant, read as zonedInstant reads a session's start: one the clocks pass twice
 * (02:30 the night they go back) at its later pass, as the sessions then are; by the wall clock
 * alone the day went back for the half hour between.
 */
export function dayInZone(now: Date, timeZone?: string, dayChange = 0): Day {
  // The zone's cached formatter: this runs for every conference on every render.
  const { year, month, day } = zonedParts(now.getTime(), timeZone);
  const before = dayChange > 0 && now.getTime() < zonedInstant({ year, month, day, minutes: dayChange }, timeZone);
  // Calendar arithmetic (`now` is never in the years 0–99 that Date.UTC reads as 19xx).
  const date = new Date(Date.UTC(year, month - 1, day - +before));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** "04:00" → 240: a conference's `dayChange` in minutes after midnight (0 without). */
export function dayChangeOf(conference: Pick<Conference, 'dayChange'>): number {
  const time = conference.dayChange;
  // Validated as HH:mm.
  return time ? +time.slice(0, 2) * 60 + +time.slice(3) : 0;
}

/**
 * `dayInZone(now, zone, dayChange)` remembered per zone and day change for one `now`: a series of
 * thousands of conferences names only a few zones, and reading a zone's day
 * (formatting the instant into parts) is the slow part of judging each one.
 */
export function todayIn(now: Date): (timeZone?: string, dayChange?: number) => Day {
  const days = new Map<string, Day>();
  return (timeZone, dayChange) => {
    return remembered(days, `${timeZone} ${dayChange}`, () => dayInZone(now, timeZone, dayChange));
  };
}

function asDay(date: CalendarDate): Day | undefined {
  return date.month !== undefined && date.day !== undefined ? { year: date.year, month: date.month, day: date.day } : undefined;
}

/** First and last day, or `undefined` where the feed gives less than a full date. */
export function conferenceDays(conference: Pick<Conference, 'start' | 'end'>): { start?: Day; end?: Day; startDate?: CalendarDate; endDate?: CalendarDate } {
  const startDate = parseCalendarDate(conference.start);
  const endDate = conference.end ? parseCalendarDate(conference.end) : startDate;
  return { start: startDate && asDay(startDate), end: endDate && asDay(endDate), startDate, endDate };
}

/** Where a conference stands on `today` (a day in the conference's own time zone). */
export function conferenceStatus(conference: Pick<Conference, 'start' | 'end'>, today: Day): ConferenceStatus {
  const { start, end, startDate, endDate } = conferenceDays(conference);
  // A full first day counts down to it, also where the end is known only to the month or year.
  if (start) {
    const untilStart = daysBetween(today, start);
    if (untilStart > 0) return { kind: 'upcoming', days: untilStart };
    if (end) return daysBetween(today, end) >= 0 ? { kind: 'running', day: 1 - untilStart, of: daysBetween(start, end) + 1 } : { kind: 'past' };
  }
  // Known to the month or year only: compare as far as both are known.
  const last = endDate ?? startDate;
  if (!startDate || !last) return { kind: 'undated' };
  const before = (date: CalendarDate) => date.year < today.year || (date.year === today.year && date.month !== undefined && date.month < today.month);
  const after = (date: CalendarDate) => date.year > today.year || (date.year === today.year && date.month !== undefined && date.month > today.month);
  if (before(last)) return { kind: 'past' };
  if (after(startDate)) return { kind: 'upcoming' };
  return { kind: 'undated' };
}

/**
 * Where a conference stands at `now`, on its own day: in its time zone, until its day change the
 * day before (`today` remembers the zones' days when many are judged at one `now`).
 */
export function statusAt(conference: Pick<Conference, 'start' | 'end' | 'timeZone' | 'dayChange'>, now: Date, today = todayIn(now)): ConferenceStatus {
  return conferenceStatus(conference, today(conference.timeZone, dayChangeOf(conference)));
}

/**
 * Long after every conference (in the year 255,479; far enough from the last valid Date, 8.64e15
 * ms, that day arithmetic stays valid): what a widget shows then, it shows for ever after. While
 * what it shows now differs, a widget left open on the page has to follow the clock.
 */
export const END_OF_TIME = new Date(8e15);

/**
 * Oldest first (or newest first with `desc`), in the series' order: by year; within a year by
 * ordinal where both have one (so XVI, known only by its year, follows XV of 1 October), else by
 * first day, known as far as the feed says, then by ordinal (a conference without one first).
 */
export function orderConferences<T extends Pick<Conference, 'start' | 'ordinal'>>(conferences: readonly T[], order: 'asc' | 'desc' = 'asc'): T[] {
  // Each date is parsed once, not in every comparison.
  const keyed = conferences.map((conference) => ({ conference, start: parseCalendarDate(conference.start) ?? { year: 0, precision: 'year' as const } }));
  keyed.sort(
    ({ start: a, conference: { ordinal: x = 0 } }, { start: b, conference: { ordinal: y = 0 } }) =>
      a.year - b.year || (x && y ? x - y : compareCalendarDates(a, b) || x - y),
  );
  const sorted = keyed.map((entry) => entry.conference);
  return order === 'desc' ? sorted.reverse() : sorted;
}

/**
 * The conference running now, else the next one, else the last of the series (XVI, known only by
 * this year, after XV held in October: its date is to be announced). In the series' order, so that
 * the overview, the programme and the history agree.
 */
export function currentConference<T extends Conference>(conferences: readonly T[], now: Date): T | undefined {
  const today = todayIn(now);
  const ordered = orderConferences(conferences);
  const kinds = ordered.map((conference) => statusAt(conference, now, today).kind);
  return ordered[kinds.indexOf('running')] ?? ordered[kinds.indexOf('upcoming')] ?? ordered.at(-1);
}

/** The conference with `id`, or the current one when no id is given. */
export function findConference<T extends Conference>(conferences: readonly T[], id: string | undefined, now: Date): T | undefined {
  return id ? conferences.find((conference) => conference.id === id) : currentConference(conferences, now);
}
