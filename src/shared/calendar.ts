/**
 * iCalendar (.ics, RFC 5545) files for conferences and sessions, made with
 * ical-generator (CRLF line ends, lines folded at 75 octets). This module is
 * imported only when a reader asks for a file, so the generator is never part
 * of a widget's first download.
 *
 * Every text that reaches a file passes through here, and only here, because
 * the generator does not make untrusted text safe on its own: it writes the
 * calendar name and the UID unescaped (a line break starts a new property,
 * even a whole injected VEVENT), escapes URIs as if they were text, and keeps
 * control characters. So `toICalendar` cleans every value before the
 * generator sees it, never writes a date outside the years 0000–9999, and
 * checks the finished file line by line before handing it out.
 */
import ical, { escape, ICalCalendarMethod } from 'ical-generator';
import { toUtcNoon, type CalendarDate } from '../feed/dates.js';
import { zonedInstant, zoneOffset } from '../feed/zoned-time.js';

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

/** Line breaks: CRLF, CR, LF, NEL, and the Unicode line and paragraph separators. */
const LINE_BREAKS = /\r\n|[\n\r\u0085\u2028\u2029]/g;
/** C0 controls but LF (line breaks are made LF or spaces before), DEL and C1 controls. */
const CONTROLS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g;
/** A surrogate pair, or a surrogate on its own (which UTF-8 cannot write). */
const SURROGATES = /[\ud800-\udbff][\udc00-\udfff]|[\ud800-\udfff]/g;

/** Tabs as spaces, control characters and lone surrogates removed; line breaks left to the caller. */
function withoutControls(text: string): string {
  return text
    .replace(/\t/g, ' ')
    .replace(CONTROLS, '')
    .replace(SURROGATES, (match) => (match.length === 2 ? match : '\ufffd'));
}

/** A text for a one-line value (name, summary, location, UID): line breaks become one space. */
export function calendarLine(text: string): string {
  return withoutControls(text.replace(/[ \t]*(?:\r\n|[\n\r\u0085\u2028\u2029])+[ \t]*/g, ' ')).trim();
}

/** A text that may have lines (description): every line break becomes LF, which the file writes as `\n`. */
export function calendarText(text: string): string {
  return withoutControls(text.replace(LINE_BREAKS, '\n')).trim();
}

const URI_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/**
 * A URI value: an absolute http(s), mailto or tel URL as the URL parser writes
 * it (spaces, controls and non-ASCII percent-encoded), with `,`, `;` and `\`
 * percent-encoded too, since a URI value is not escaped like text (RFC 5545
 * 3.3.13); `undefined` for anything else.
 */
export function calendarUri(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (!URI_PROTOCOLS.has(parsed.protocol)) return undefined;
  return parsed.href.replace(/[,;\\]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** 0000-01-01T00:00Z and the last millisecond of 9999: RFC 5545 writes years with four digits. */
const FIRST_INSTANT = -62_167_219_200_000;
const LAST_INSTANT = 253_402_300_799_999;

function writable(instant: number): boolean {
  return Number.isFinite(instant) && instant >= FIRST_INSTANT && instant <= LAST_INSTANT;
}

/** The start and end the generator writes for `entry`, or why the entry cannot be written. */
function eventTimes(entry: CalendarEntry): { start: Date; end?: Date; allDay: boolean } | string {
  if (entry.start.minutes !== undefined && entry.timeZone !== undefined) {
    const start = zonedInstant(entry.start, entry.timeZone);
    const wall = zonedInstant(entry.start, 'UTC');
    // A start the clocks skip (02:30 the night they go forward, read as 03:30): the end moves with it, the length stays.
    const end =
      entry.end?.minutes === undefined
        ? start + 60 * 60_000
        : zoneOffset(start, entry.timeZone) === wall - start
          ? zonedInstant(entry.end, entry.timeZone)
          : start + zonedInstant(entry.end, 'UTC') - wall;
    if (!writable(start) || !writable(end)) return 'its start or end in UTC falls outside the years 0000–9999';
    // A session that ends as it starts has no DTEND: RFC 5545 3.8.2.2 wants DTEND after DTSTART, and without it (3.6.1) it ends as it starts.
    return { start: new Date(start), end: end > start ? new Date(end) : undefined, allDay: false };
  }
  // All-day: DTEND is the day after the last day (RFC 5545 3.6.1).
  const last = entry.end?.precision === 'day' ? entry.end : entry.start;
  const start = toUtcNoon(entry.start).getTime();
  const end = toUtcNoon(last).getTime() + 86_400_000;
  if (!writable(start)) return 'its day falls outside the years 0000–9999';
  if (writable(end)) return { start: new Date(start), end: new Date(end), allDay: true };
  // A single day needs no DTEND (RFC 5545 3.6.1): 9999-12-31 can be written, the day after it cannot.
  if (last === entry.start || toUtcNoon(last).getTime() === start) return { start: new Date(start), allDay: true };
  return 'it ends on 9999-12-31, and the day after, which DTEND names, cannot be written';
}

/** The components and properties the generator writes; anything else in a file is a fault. */
const KNOWN_LINE =
  /^(?:(?:BEGIN|END):(?:VCALENDAR|VEVENT)|(?:VERSION|PRODID|METHOD|NAME|X-WR-CALNAME|UID|SEQUENCE|DTSTAMP|DTSTART|DTEND|SUMMARY|LOCATION|DESCRIPTION|X-MICROSOFT-CDO-ALLDAYEVENT|X-MICROSOFT-MSNCALENDAR-ALLDAYEVENT)[;:]|URL;VALUE=URI:)/;

/** Throws unless `text` is CRLF-separated lines of known properties, one VEVENT per event, without control characters. */
function checkFile(text: string, events: number): void {
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n');
  if (lines.at(-1) === '') lines.pop();
  const unknown = lines.find((line) => !KNOWN_LINE.test(line) || /[\u0000-\u001f\u007f]/.test(line));
  if (unknown !== undefined) throw new Error(`unexpected line in a calendar file: ${JSON.stringify(unknown.slice(0, 80))}`);
  if (lines.filter((line) => line === 'BEGIN:VEVENT').length !== events) throw new Error('a calendar file holds more events than it was given');
}

/**
 * An .ics document with one event per entry. Entries without a full start
 * date are left out; so are entries whose dates cannot be written with
 * four-digit years, each with a console warning.
 */
export function toICalendar(name: string, entries: readonly CalendarEntry[], stamp: Date = new Date()): string {
  // The generator writes the name (NAME, X-WR-CALNAME) as it gets it: escaped here.
  const calendar = ical({ name: escape(calendarLine(name), false), prodId: PRODUCT, method: ICalCalendarMethod.PUBLISH });
  for (const entry of entries) {
    if (entry.start.precision !== 'day') continue;
    const uid = calendarLine(entry.uid);
    const times = eventTimes(entry);
    if (typeof times === 'string') {
      console.warn(`[staedtepartner-widgets] the event ${JSON.stringify(uid.slice(0, 200))} is left out of the calendar file: ${times}`);
      continue;
    }
    calendar.createEvent({
      // The generator writes the UID unescaped: escaped here.
      id: escape(uid, false),
      stamp,
      summary: calendarLine(entry.summary),
      description: entry.description === undefined ? undefined : calendarText(entry.description) || undefined,
      location: entry.location === undefined ? undefined : calendarLine(entry.location) || undefined,
      url: calendarUri(entry.url),
      ...times,
    });
  }
  const text = calendar.toString();
  checkFile(text, calendar.length());
  return text;
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
