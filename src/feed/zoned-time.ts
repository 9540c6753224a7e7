/**
 * Local times in a named time zone as instants, without a time-zone library:
 * Intl knows every zone's offsets, so the offset at an instant is read back
 * from a formatter and applied (twice, to settle next to a daylight-saving change).
 */
import type { CalendarDate } from './dates.js';

/** Milliseconds to add to UTC to get local time in `timeZone` at `instant`. */
export function zoneOffset(instant: number, timeZone: string): number {
  const parts = zoneFormat(timeZone).formatToParts(new Date(instant));
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const local = new Date(0);
  local.setUTCFullYear(part('year'), part('month') - 1, part('day'));
  local.setUTCHours(part('hour'), part('minute'), part('second'));
  return local.getTime() - instant;
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** One formatter per zone: building them is the slow part. */
function zoneFormat(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formats.set(timeZone, format);
  }
  return format;
}

const instants = new Map<string, number>();

/** The instant of a local date-time in `timeZone` (correct across daylight-saving changes). */
export function zonedInstant(date: CalendarDate, timeZone: string): Date {
  // Programmes repeat the same slots many times: each local time is worked out once.
  const key = `${timeZone}|${date.year}|${date.month}|${date.day}|${date.minutes}`;
  let instant = instants.get(key);
  if (instant === undefined) {
    instant = computeInstant(date, timeZone);
    if (instants.size > 50_000) instants.clear();
    instants.set(key, instant);
  }
  return new Date(instant);
}

function computeInstant(date: CalendarDate, timeZone: string): number {
  const local = new Date(0);
  local.setUTCFullYear(date.year, (date.month ?? 1) - 1, date.day ?? 1);
  local.setUTCHours(0, date.minutes ?? 0, 0, 0);
  const guess = local.getTime() - zoneOffset(local.getTime(), timeZone);
  // A second pass settles times next to a daylight-saving change.
  return local.getTime() - zoneOffset(guess, timeZone);
}
