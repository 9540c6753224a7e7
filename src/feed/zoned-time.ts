/**
 * Local times in a named time zone as instants, without a time-zone library:
 * Intl knows every zone's offsets, so the offset at an instant is read back
 * from a formatter and applied (twice, to settle next to a daylight-saving change).
 *
 * `zonedInstant` is the one place where a calendar date and a wall clock
 * become an instant; calendar arithmetic that needs no zone asks it for UTC.
 */
import { remembered } from '../shared/remembered.js';

/** A calendar date and a wall-clock time. A `CalendarDate` is one. */
export interface WallClock {
  year: number;
  /** 1–12; January when not given. */
  month?: number;
  /** Day of the month; the 1st when not given. 0 is the last day of the month before, 32 can be the 1st of the next. */
  day?: number;
  /** Minutes after local midnight; midnight when not given. Beyond a day they roll over into the next. */
  minutes?: number;
}

/** The local calendar day and wall clock in some zone at some instant. */
export interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/**
 * The instant (milliseconds since the epoch) of a calendar date and wall
 * clock in `timeZone` (the reader's own zone when none is given): `{ year: 2019, month: 6, day: 26, minutes: 870 }` in
 * Europe/Berlin is 2019-06-26T12:30Z. Years 0–99 are taken as written
 * (`Date.UTC` would read them as 1900–1999).
 *
 * Next to a daylight-saving change the answer follows from the two passes:
 * in Europe/Berlin a wall clock the change skips (02:30 on the day the clocks
 * go forward) is read with the offset from before the change, which lands at
 * 03:30 CEST, and a wall clock that happens twice (02:30 on the day they go
 * back) is the later of the two, 02:30 CET. So in every zone, east or west of Greenwich: in
 * America/Los_Angeles 01:30 the night the clocks go back is 01:30 PST, and 02:30 the night they go
 * forward is 03:30 PDT.
 */
export function zonedInstant(date: WallClock, timeZone?: string): number {
  const wall = new Date(0);
  wall.setUTCFullYear(date.year, (date.month ?? 1) - 1, date.day ?? 1);
  wall.setUTCHours(0, date.minutes ?? 0, 0, 0);
  const reading = wall.getTime();
  if (timeZone === 'UTC') return reading;
  // Programmes repeat the same slots many times: each local time is worked out once.
  // Emptied when it holds more than 50,000.
  return remembered(
    instants,
    `${timeZone}|${reading}`,
    () => {
      // The offset a day later, then the offset at the instant it gives: a wall clock the zone has twice is read with the
      // offset after the change, one it skips with the one before, in zones east and west of Greenwich alike (the offset
      // at `reading` itself lies before the instant in the west, after it in the east, and picked the earlier in the west).
      return reading - zoneOffset(reading - zoneOffset(reading + 864e5, timeZone), timeZone);
    },
    50_001,
  );
}

const instants = new Map<string, number>();

/** Milliseconds to add to UTC to get local time in `timeZone` (the reader's own zone when none is given) at `instant`. */
export function zoneOffset(instant: number, timeZone?: string): number {
  const { year, month, day, hour, minute, second } = zonedParts(instant, timeZone);
  return zonedInstant({ year, month, day, minutes: hour * 60 + minute }, 'UTC') + second * 1000 - instant;
}

/** The calendar day and wall clock in `timeZone` (the reader's own zone when none is given) at `instant`. */
export function zonedParts(instant: number, timeZone?: string): ZonedParts {
  const parts = zoneFormat(timeZone).formatToParts(instant);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day'), hour: part('hour'), minute: part('minute'), second: part('second') };
}

const formats = new Map<string | undefined, Intl.DateTimeFormat>();

/** One formatter per zone: building them is the slow part. */
function zoneFormat(timeZone: string | undefined): Intl.DateTimeFormat {
  return remembered(
    formats,
    timeZone,
    () =>
      new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      }),
  );
}
