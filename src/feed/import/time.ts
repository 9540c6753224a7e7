/**
 * Date-times of imported schedules: ISO date-times with or without an offset,
 * durations, and the conversion of instants to local times in the
 * conference's time zone (with Intl.DateTimeFormat, correct across
 * daylight-saving changes).
 */
import { isValidTimeZone } from '../dates.js';
import { zonedInstant, zoneOffset, type WallClock } from '../zoned-time.js';

/** A date-time as written in the source. */
export interface WrittenDateTime {
  /** The calendar date and wall clock, midnight when no time is written. */
  local: Required<WallClock>;
  /** Minutes east of UTC, when the text names an offset (`+02:00`, `Z`). */
  offsetMinutes?: number;
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const CLOCK = /^(\d{1,3}):(\d{2})(?::(\d{2}))?$/;

function offsetOf(text: string): number {
  if (/^z$/i.test(text)) return 0;
  const sign = text.startsWith('-') ? -1 : 1;
  const digits = text.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || '0'));
}

/** Reads `2019-06-26T10:00:00+02:00`, `2019-06-26 10:00`, `2019-06-26T08:00Z`; `undefined` when it is none. */
export function parseDateTime(value: unknown): WrittenDateTime | undefined {
  if (typeof value !== 'string') return undefined;
  const match = DATE_TIME.exec(value.trim());
  if (!match) return undefined;
  const [, y, mo, d, hh, mm, , offset] = match;
  const [year, month, day, hours, minutes] = [y, mo, d, hh ?? '0', mm ?? '0'].map(Number);
  if (month < 1 || month > 12 || day < 1 || day > 31 || hours > 23 || minutes > 59) return undefined;
  const local = { year, month, day, minutes: hours * 60 + minutes };
  // 31 February rolls over into March: such a day does not exist.
  if (new Date(zonedInstant(local, 'UTC')).getUTCDate() !== day) return undefined;
  return offset === undefined ? { local } : { local, offsetMinutes: offsetOf(offset) };
}

/** `2019-06-26` (also the date part of a date-time); `undefined` otherwise. */
export function parseDay(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (DATE_ONLY.test(text)) return parseDateTime(text) ? text : undefined;
  return undefined;
}

/**
 * Minutes from a duration: `"01:30"`, `"1:30:00"`, `"0:45"`, or minutes as a
 * number or numeric string (`90`, `"90"`); `undefined` when unreadable.
 */
export function parseDuration(value: unknown): { minutes: number; asMinutes: boolean } | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? { minutes: Math.round(value), asMinutes: true } : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  const clock = CLOCK.exec(text);
  if (clock) return { minutes: Number(clock[1]) * 60 + Number(clock[2]), asMinutes: false };
  if (/^\d+(\.\d+)?$/.test(text)) return { minutes: Math.round(Number(text)), asMinutes: true };
  return undefined;
}

/** Minutes after midnight from `"10:00"`; `undefined` otherwise. */
export function parseClock(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const clock = CLOCK.exec(value.trim());
  if (!clock || Number(clock[1]) > 23) return undefined;
  return Number(clock[1]) * 60 + Number(clock[2]);
}

/** The wall-clock reading in `timeZone` at `instant`, as milliseconds taken as UTC. */
function wallAt(instant: number, timeZone: string): number {
  return instant + zoneOffset(instant, timeZone);
}

/** The instant a written date-time means: its own offset, or else a local time in `timeZone`. */
export function instantOf(written: WrittenDateTime, timeZone: string): number {
  return written.offsetMinutes === undefined ? zonedInstant(written.local, timeZone) : zonedInstant(written.local, 'UTC') - written.offsetMinutes * 60_000;
}

const localTimes = new Map<string, string>();

/**
 * `YYYY-MM-DDTHH:mm`: the local date-time in `timeZone` at `instant`. A schedule repeats the same
 * slots in every room, and each reading of an offset is a `formatToParts`: each instant once.
 */
export function localDateTime(instant: number, timeZone: string): string {
  const key = `${timeZone}|${instant}`;
  let local = localTimes.get(key);
  if (local === undefined) {
    local = new Date(wallAt(instant, timeZone)).toISOString().slice(0, 16);
    // Bounded: a schedule of 50,000 distinct times is read again from the start.
    if (localTimes.size > 50_000) localTimes.clear();
    localTimes.set(key, local);
  }
  return local;
}

/**
 * The IANA zone for a fixed offset, when one exists: `UTC` for 0, `Etc/GMT-2`
 * for +02:00 (the Etc names count the other way round); `undefined` for
 * offsets that are not whole hours.
 */
export function zoneForOffset(offsetMinutes: number): string | undefined {
  if (offsetMinutes === 0) return 'UTC';
  if (offsetMinutes % 60 !== 0) return undefined;
  const hours = offsetMinutes / 60;
  if (hours < -12 || hours > 14) return undefined;
  const zone = `Etc/GMT${hours > 0 ? '-' : '+'}${Math.abs(hours)}`;
  return isValidTimeZone(zone) ? zone : undefined;
}

/** `+02:00` for 120. */
export function formatOffset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
