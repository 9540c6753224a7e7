/**
 * Partial dates of the feed (`1961`, `2011-04`, `2001-09-26`, `2019-06-26T10:00`)
 * as plain values. No time zone is involved: these are calendar dates.
 */
import { remembered } from '../shared/remembered.js';
import { zonedInstant } from './zoned-time.js';

export type DatePrecision = 'year' | 'month' | 'day';

/** A full calendar day, e.g. today in some time zone. */
export interface Day {
  year: number;
  month: number;
  day: number;
}

export interface CalendarDate {
  year: number;
  /** 1–12, when known. */
  month?: number;
  /** 1–31, when known. */
  day?: number;
  /** Minutes after local midnight, when a time of day is known. */
  minutes?: number;
  precision: DatePrecision;
}

const SHAPE = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2}))?)?)?$/;

/** Reads a partial ISO date; `undefined` when the text is not one or names no real day. */
export function parseCalendarDate(value: string): CalendarDate | undefined {
  const match = SHAPE.exec(value);
  if (!match) return undefined;
  const [, y, m, d, hh, mm] = match;
  const year = Number(y);
  if (m === undefined) return { year, precision: 'year' };
  const month = Number(m);
  if (month < 1 || month > 12) return undefined;
  if (d === undefined) return { year, month, precision: 'month' };
  const day = Number(d);
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hh === undefined) return { year, month, day, precision: 'day' };
  const hours = Number(hh);
  const minutes = Number(mm);
  if (hours > 23 || minutes > 59) return undefined;
  return { year, month, day, minutes: hours * 60 + minutes, precision: 'day' };
}

export function isCalendarDate(value: string): boolean {
  return parseCalendarDate(value) !== undefined;
}

/** Days in a month (1–12) of the proleptic Gregorian calendar; arithmetic, no Date: every date of a feed is checked with it. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * The day of `month` on which a date's anniversary falls in `year`: its own day, but 29 February's
 * on the 28th in a common year, as German and Russian law count a period (BGB § 188, ГК РФ ст. 192).
 */
export function anniversaryDay(year: number, month: number, day: number): number {
  return Math.min(day, daysInMonth(year, month));
}

/**
 * Orders two partial dates by their earliest possible moment; a date with a
 * time sorts after the same date without one.
 */
export function compareCalendarDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || (a.month ?? 0) - (b.month ?? 0) || (a.day ?? 0) - (b.day ?? 0) || (a.minutes ?? -1) - (b.minutes ?? -1);
}

/** Whole days from `from` to `to`, both taken as calendar days. */
export function daysBetween(from: Day, to: Day): number {
  // Calendar days as UTC midnights, where every day has 24 hours.
  return Math.round((zonedInstant(to, 'UTC') - zonedInstant(from, 'UTC')) / 86_400_000);
}

/** A `Date` at UTC noon of the calendar day, so formatting it in UTC never shifts the day. */
export function toUtcNoon(date: CalendarDate): Date {
  return new Date(zonedInstant({ year: date.year, month: date.month, day: date.day, minutes: 12 * 60 }, 'UTC'));
}

/** Zones already checked: a feed names the same few zones many times, and each check builds a formatter. */
const zoneValidity = new Map<string, boolean>();

export function isValidTimeZone(zone: string): boolean {
  if (zone.length > 64) return false;
  // Bounded: a hostile feed may name thousands of different (invalid) zones.
  return remembered(
    zoneValidity,
    zone,
    () => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: zone });
        return true;
      } catch {
        return false;
      }
    },
    1_000,
  );
}

/**
 * Whether `end` lies before `start`, compared only as far as both are known:
 * `2021-06` does not end before `2021-06-28`.
 */
export function endsBeforeStart(start: CalendarDate, end: CalendarDate): boolean {
  const pairs: [number | undefined, number | undefined][] = [
    [start.year, end.year],
    [start.month, end.month],
    [start.day, end.day],
    [start.minutes, end.minutes],
  ];
  for (const [a, b] of pairs) {
    if (a === undefined || b === undefined) return false;
    if (b !== a) return b < a;
  }
  return false;
}
