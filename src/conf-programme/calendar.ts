/**
 * Calendar files of the programme: one session, the whole programme, the
 * sessions shown or the reader's favourites. Loaded only when a reader asks
 * for a file, with ical-generator (src/shared/calendar.ts).
 */
import { toICalendar, type CalendarEntry } from '../shared/calendar.js';
import type { Programme, ProgrammeSession } from './programme.js';

export { downloadCalendar } from '../shared/calendar.js';

export interface SessionTexts {
  name: string;
  title(entry: ProgrammeSession): string;
  location(entry: ProgrammeSession): string;
  description(entry: ProgrammeSession): string;
  url(entry: ProgrammeSession): string;
}

/** The calendar entry of a session with a known day; its UID stays the same across downloads. */
export function sessionEntry(programme: Programme, entry: ProgrammeSession, texts: SessionTexts): CalendarEntry | undefined {
  if (!entry.start) return undefined;
  return {
    uid: `${entry.session.id}.${programme.conference.id}@staedtepartner-widgets`,
    summary: texts.title(entry),
    description: texts.description(entry) || undefined,
    location: texts.location(entry) || undefined,
    url: texts.url(entry),
    start: entry.start,
    end: entry.end,
    timeZone: programme.timeZone,
  };
}

/** An .ics document of `entries`; sessions without a known day are left out. */
export function programmeCalendar(programme: Programme, entries: readonly ProgrammeSession[], texts: SessionTexts, stamp?: Date): string {
  const events = entries.map((entry) => sessionEntry(programme, entry, texts)).filter((event): event is CalendarEntry => !!event);
  return toICalendar(texts.name, events, stamp);
}
