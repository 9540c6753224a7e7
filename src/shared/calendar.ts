/**
 * iCalendar (.ics, RFC 5545) files for conferences and sessions, made with
 * ical-generator (CRLF line ends, lines folded at 75 octets, escaping). This
 * module is imported only when a reader asks for a file, so the generator is
 * never part of a widget's first download.
 */
import ical, { ICalCalendarMethod } from 'ical-generator';
import { toUtcNoon, type CalendarDate } from '../feed/dates.js';
import { zonedInstant } from '../feed/zoned-time.js';

export interface CalendarEntry {
  /** Stable across downloads, so calendars update the event instead of adding a copy. */
  uid: string;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  start: CalendarDate;
  /** Inclusive last day (all-day events) or end time. */
  end?: CalendarDate;
  /** IANA zone of local times; required for entries with a time of day. */
  timeZone?: string;
}

const PRODUCT = { company: 'staedtepartner-widgets', product: 'widgets', language: 'EN' };

/** An .ics document with one event per entry; entries without a full start date are left out. */
export function toICalendar(name: string, entries: readonly CalendarEntry[], stamp: Date = new Date()): string {
  const calendar = ical({ name, prodId: PRODUCT, method: ICalCalendarMethod.PUBLISH });
  for (const entry of entries) {
    if (entry.start.precision !== 'day') continue;
    const timed = entry.start.minutes !== undefined && entry.timeZone !== undefined;
    const common = {
      id: entry.uid,
      stamp,
      summary: entry.summary,
      description: entry.description,
      location: entry.location,
      url: entry.url,
    };
    if (timed) {
      const start = new Date(zonedInstant(entry.start, entry.timeZone!));
      const end = new Date(entry.end?.minutes !== undefined ? zonedInstant(entry.end, entry.timeZone!) : start.getTime() + 60 * 60_000);
      calendar.createEvent({ ...common, start, end });
    } else {
      // All-day: DTEND is the day after the last day (RFC 5545 3.6.1).
      const last = entry.end?.precision === 'day' ? entry.end : entry.start;
      calendar.createEvent({ ...common, start: toUtcNoon(entry.start), end: new Date(toUtcNoon(last).getTime() + 86_400_000), allDay: true });
    }
  }
  return calendar.toString();
}

/**
 * Offers `text` as a download named `fileName`, through a link placed for a
 * moment in `container` (the widget's shadow root, never the host page).
 */
export function downloadCalendar(fileName: string, text: string, container: ShadowRoot): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  container.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
