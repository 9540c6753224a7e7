/**
 * The programme's words and times in the reader's language: session kinds,
 * working-group numbers, day and time labels, the time-zone name.
 */
import { msg, str } from '../i18n/msg.js';
import type { CalendarDate } from '../feed/dates.js';
import { toUtcNoon } from '../feed/dates.js';
import { zonedInstant, zoneOffset } from '../feed/zoned-time.js';
import type { SessionKind } from '../feed/schema.js';
import { dateFormat, numberFormat, plural } from '../i18n/format.js';
import { formatRangeWithinDay } from '../i18n/time-range.js';
import { dayInZone } from '../shared/conference.js';
import { dayKey, type ProgrammeSession } from './programme.js';

export function kindLabel(kind: SessionKind): string {
  switch (kind) {
    case 'plenary':
      return msg('Plenary session', { desc: 'Session kind' });
    case 'working-group':
      return msg('Working group', { desc: 'Session kind' });
    case 'culture':
      return msg('Culture', { desc: 'Session kind: concert, exhibition, performance' });
    case 'youth-forum':
      return msg('Youth forum', { desc: 'Session kind' });
    case 'excursion':
      return msg('Excursion', { desc: 'Session kind' });
    case 'reception':
      return msg('Reception', { desc: 'Session kind' });
    case 'break':
      return msg('Break', { desc: 'Session kind: a coffee or lunch break' });
    case 'other':
      return msg('Other', { desc: 'Session kind: anything else' });
  }
}

/** "WG 3" / "AG 3" / "РГ 3". */
export function workingGroupLabel(number: number): string {
  return msg(str`WG ${number}`, { desc: 'Short label of a numbered working group (German "AG 3", Russian "РГ 3")' });
}

/**
 * "8", "1.000" (de), "1 000" (ru). Below 1,000 the widgets' languages write a count as plain
 * digits (as src/i18n/counts.ts, not imported: it would bring the jubilee list's years words to
 * this page), so the first render builds no `Intl.NumberFormat` for it.
 */
export const countText = (count: number, language: string) =>
  Number.isInteger(count) && count >= 0 && count < 1000 ? String(count) : numberFormat({}, language).format(count);

/** "8 sessions" with the language's plural form. */
export function sessionCount(count: number, language: string): string {
  const n = countText(count, language);
  return plural(
    count,
    {
      one: msg(str`${n} session`, { id: 'session-count-one', desc: 'Number of sessions shown; plural category "one" (ru: 1, 21, 31 …)' }),
      few: msg(str`${n} sessions`, { id: 'session-count-few', desc: 'Number of sessions shown; plural category "few" (ru: 2–4, 22–24 …)' }),
      many: msg(str`${n} sessions`, { id: 'session-count-many', desc: 'Number of sessions shown; plural category "many" (ru: 0, 5–20, 25–30 …)' }),
      other: msg(str`${n} sessions`, { id: 'session-count-other', desc: 'Number of sessions shown; plural category "other"' }),
    },
    language,
  );
}

/** Russian dates start lower case ("вторник, 25 июня"): as a tab or heading, a date starts with a capital. */
export const capital = (text: string, language: string) => text.charAt(0).toLocaleUpperCase(language) + text.slice(1);

/** Russian "25 июн." would cut the genitive short: a day with its month is written "25 июня". */
const dayMonth = (language: string) => (language === 'ru' ? 'long' : 'short');

/** A day tab: "Tue 25 Jun" / "Di., 25. Juni" / "Вт, 25 июня". */
export function dayTabLabel(date: CalendarDate, language: string): string {
  const month = dayMonth(language);
  return capital(dateFormat({ weekday: 'short', day: 'numeric', month, timeZone: 'UTC' }, language).format(toUtcNoon(date)), language);
}

/** A day heading: "Tuesday 25 June 2019" / "Вторник, 25 июня 2019 г.". */
export function dayHeading(date: CalendarDate, language: string): string {
  return capital(dateFormat({ dateStyle: 'full', timeZone: 'UTC' }, language).format(toUtcNoon(date)), language);
}

/** The short name of `timeZone` at `instant`: "MSK", "GMT+3", "MESZ". */
export function zoneName(timeZone: string, instant: number, language: string): string {
  return (
    dateFormat({ timeZone, timeZoneName: 'short' }, language)
      .formatToParts(instant)
      .find((part) => part.type === 'timeZoneName')?.value ?? timeZone
  );
}

/** Whether two zones have different offsets at `instant` (Berlin and Paris do not). */
export function zonesDiffer(a: string, b: string, instant: number): boolean {
  return zoneOffset(instant, a) !== zoneOffset(instant, b);
}

export interface SessionTime {
  /** "10:00–11:30", with the day in front when it is another day in the zone shown. */
  text: string;
  /** For `<time datetime>`: "2019-06-26T10:00" (local) or an ISO instant. */
  datetime: string;
}

/**
 * The time range of a timed session, in the conference's zone (`zone` is
 * undefined) or in `zone`; the day is named when it differs from the
 * session's conference day, as it can for a reader far away.
 */
export function sessionTime(entry: ProgrammeSession, language: string, zone?: string): SessionTime | undefined {
  if (entry.startsAt === undefined || !entry.start) return undefined;
  // Sessions share a few slots, and formatting a range is slow: each slot is formatted once.
  const key = `${language}|${zone ?? ''}|${entry.day}|${entry.session.start}|${entry.session.end ?? ''}|${entry.startsAt}|${entry.endsAt ?? ''}`;
  let time = sessionTimes.get(key);
  if (!time) {
    time = formatSessionTime(entry, entry.start, entry.startsAt, language, zone);
    if (sessionTimes.size >= 5_000) sessionTimes.clear();
    sessionTimes.set(key, time);
  }
  return time;
}

const sessionTimes = new Map<string, SessionTime>();

/** Whole days from `a` to `b` (`YYYY-MM-DD` each). */
const daysBetween = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);

function formatSessionTime(entry: ProgrammeSession, start: CalendarDate, startsAt: number, language: string, zone?: string): SessionTime {
  // Without `zone`, the feed's wall-clock times, formatted as UTC where no zone shifts them.
  const timeZone = zone ?? 'UTC';
  const begin = zone ? startsAt : zonedInstant(start, 'UTC');
  const finish = entry.end?.minutes === undefined ? undefined : zone ? entry.endsAt : zonedInstant(entry.end, 'UTC');
  // Without `zone` the instants are the feed's wall clock as UTC: their day needs no zone data (Intl), twice per session.
  const day = (instant: number) => (zone ? dayKey(dayInZone(new Date(instant), timeZone)) : new Date(instant).toISOString().slice(0, 10));
  const after = finish !== undefined && finish > begin ? daysBetween(day(begin), day(finish)) : -1;
  // The days are named when the start is on another day than the tab's, or the end two or more days later
  // ("Di., 1. Juni, 09:00 – Do., 3. Juni, 17:00"; its time alone would hide the end).
  const named = day(begin) !== entry.day || after > 1;
  // Two-digit hours, as the engines write them in ranges: "09:00", "23:00–01:30".
  const format = dateFormat(
    named
      ? { weekday: 'short', day: 'numeric', month: dayMonth(language), hour: '2-digit', minute: '2-digit', timeZone }
      : { hour: '2-digit', minute: '2-digit', timeZone },
    language,
  );
  let text = format.format(begin);
  // Within one day; or across days, where the format names the day and formatRangeWithinDay leaves the range to formatRange.
  if (after === 0 || (after > 0 && named)) text = formatRangeWithinDay(format, begin, finish!);
  else if (after === 1) {
    const [from, to] = [text, format.format(finish!)];
    text = msg(str`${from}–${to} (next day)`, { desc: 'Time range of a session that ends after midnight, on the day after it starts' });
  }
  // Another day than the tab's is named in front ("Вт, 25 июня в 10:00"): capitalised, as the day tabs are.
  return { text: named ? capital(text, language) : text, datetime: zone ? new Date(startsAt).toISOString() : entry.session.start! };
}
