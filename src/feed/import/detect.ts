/**
 * Recognises the schedule formats the importer reads, by their shape alone.
 */
import { field, isObject } from './util.js';

/** The formats `importSchedule` reads. */
export type ScheduleFormat = 'frab' | 'schedule2' | 'pretalx';

/**
 * A frab, C3VOC or pretalx schedule as a widget's `feed` property takes it, for TypeScript: only
 * the shape `detectFormat` starts from (frab's and C3VOC's `schedule`, schedule2's flat `events`,
 * pretalx's `talks`); the rest is read, and refused when it is none of these, at run time.
 */
export type ScheduleDocument = { readonly schedule: object } | { readonly events: readonly unknown[] } | { readonly talks: readonly unknown[] };

/** Where a schedule2 file keeps its flat events list, and its conference. */
export interface Schedule2Layout {
  events: unknown[];
  eventsPath: string;
  conference: unknown;
  conferencePath: string;
}

/** Whether a frab `days` list holds events grouped by room (`{"Room": [event, …]}`). */
function hasRoomGroups(days: unknown): boolean {
  return Array.isArray(days) && days.some((day) => isObject(field(day, 'rooms')));
}

/**
 * The flat events list of a schedule2 file: `events` at the top, in
 * `schedule`, or in `schedule.conference`; the conference is the nearest
 * `conference` object (or the top level).
 */
export function schedule2Layout(document: unknown): Schedule2Layout | undefined {
  const schedule = field(document, 'schedule');
  const nested = field(schedule, 'conference');
  const top = field(document, 'conference');
  const candidates: [unknown, string, unknown, string][] = [
    [
      field(document, 'events'),
      '$.events',
      isObject(top) ? top : isObject(nested) ? nested : document,
      isObject(top) ? '$.conference' : isObject(nested) ? '$.schedule.conference' : '$',
    ],
    [field(schedule, 'events'), '$.schedule.events', isObject(nested) ? nested : schedule, isObject(nested) ? '$.schedule.conference' : '$.schedule'],
    [field(nested, 'events'), '$.schedule.conference.events', nested, '$.schedule.conference'],
  ];
  for (const [events, eventsPath, conference, conferencePath] of candidates) {
    if (Array.isArray(events) && isObject(conference) && (field(conference, 'title') !== undefined || field(conference, 'acronym') !== undefined)) {
      return { events, eventsPath, conference, conferencePath };
    }
  }
  return undefined;
}

/**
 * Which schedule format `document` is: `pretalx` (a `talks` list beside
 * `rooms`, `tracks`, `speakers` or `timezone`), `frab` (`schedule.conference.days`
 * with events by room), `schedule2` (a flat `events` list beside conference
 * information); `undefined` for anything else, our own feed included.
 */
export function detectFormat(document: unknown): ScheduleFormat | undefined {
  if (!isObject(document)) return undefined;
  if (typeof field(document, 'version') === 'number' && field(document, 'conferences') !== undefined) return undefined;
  if (Array.isArray(field(document, 'talks')) && ['rooms', 'tracks', 'speakers', 'timezone'].some((key) => field(document, key) !== undefined))
    return 'pretalx';
  const days = field(field(field(document, 'schedule'), 'conference'), 'days');
  if (hasRoomGroups(days)) return 'frab';
  if (schedule2Layout(document)) return 'schedule2';
  if (Array.isArray(days)) return 'frab';
  return undefined;
}
