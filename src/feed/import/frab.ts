/**
 * frab / C3VOC `schedule.json` (events grouped by day and room), and what the
 * C3VOC "schedule2" layout (./schedule2.ts) reads the same way: the conference
 * and the fields of an event. A chunk of its own, loaded for frab and schedule2 files.
 */
import type { FeedDocument, LocalisedText, Session } from '../schema.js';
import { finishSteps, type Steps } from '../next-task.js';
import {
  buildDocument,
  clockText,
  CONFERENCE_PAGE_LABEL,
  ENTRIES_PER_STEP,
  feedDateTime,
  importAs,
  readLink,
  type DraftConference,
  type DraftEvent,
  type DraftTrack,
} from './build.js';
import { instantOf, parseClock, parseDateTime, parseDay } from './time.js';
import { readEventId, readLinks, readPersons, readTexts, readTitle, readTitleText, readTrack, trackDirectory } from './read.js';
import { child, describe, field, isObject, makeId, plainText, type Path, type Warnings } from './util.js';
import { decodeEntities } from './markdown.js';

/** The conference of a frab or schedule2 file: id from the acronym, title, dates, zone, day change, page. */
export function readConference(conference: unknown, path: Path, prefix: string, warnings: Warnings, base?: string): DraftConference {
  const acronym = plainText(field(conference, 'acronym')) ?? plainText(field(conference, 'slug'));
  const title =
    readTitleText(field(conference, 'title'), child(path, 'title'), warnings) ?? readTitleText(field(conference, 'name'), child(path, 'name'), warnings);
  if (acronym === undefined) warnings.add(child(path, 'acronym'), `no acronym; the conference id is "${prefix}schedule"`);
  if (title === undefined) warnings.add(child(path, 'title'), `no title; shown as "${acronym ?? 'Schedule'}"`);
  const zoneKey = ['time_zone_name', 'timezone', 'time_zone', 'timeZone'].find((key) => field(conference, key) !== undefined) ?? 'time_zone_name';
  const link = readLink(field(conference, 'url'), CONFERENCE_PAGE_LABEL, child(path, 'url'), warnings, base);
  const listed = field(conference, 'days');
  const days: readonly unknown[] = Array.isArray(listed) ? listed : [];
  return {
    id: makeId('', acronym ?? `${prefix}schedule`),
    title: title ?? acronym ?? 'Schedule',
    start: { value: field(conference, 'start'), path: child(path, 'start') },
    end: { value: field(conference, 'end'), path: child(path, 'end') },
    timeZone:
      field(conference, zoneKey) === undefined
        ? { value: undefined, path: child(path, zoneKey) }
        : { value: field(conference, zoneKey), path: child(path, zoneKey) },
    dayChange: { value: field(conference, 'day_change'), path: child(path, 'day_change') },
    // frab's `day_end` (pretalx's export, C3VOC's files), schedule2's `end`: where a day that runs past midnight ends.
    dayChangeIn: (zone) =>
      dayChangeOfDays(
        days.map((day) => ({ date: field(day, 'date'), end: field(day, 'day_end') ?? field(day, 'end') })),
        zone,
      ),
    links: link ? [link] : [],
  };
}

/**
 * The day change of a source that names none (pretalx's frab export and C3VOC's files do not): where
 * its days that run past midnight end, in the conference's zone, on the morning after their date. The
 * earliest of those ends, so that no day takes the next one's first sessions; an end one minute before
 * the hour (pretalx's 03:59 before the next day's 04:00) counts from the hour.
 */
function dayChangeOfDays(days: readonly { date: unknown; end: unknown }[], zone: string): string | undefined {
  let earliest: number | undefined;
  for (const { date, end } of days) {
    const day = parseDay(date);
    const written = parseDateTime(end);
    if (day === undefined || written === undefined) continue;
    const local = feedDateTime(instantOf(written, zone), zone);
    const morningAfter = new Date(Date.parse(`${day}T00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    if (local?.slice(0, 10) !== morningAfter) continue;
    const minutes = parseClock(local.slice(11));
    // Ending at midnight is not running past it; ending in the afternoon is no night.
    if (!minutes || minutes > 12 * 60) continue;
    const rounded = minutes % 60 === 59 ? minutes + 1 : minutes;
    if (earliest === undefined || rounded < earliest) earliest = rounded;
  }
  return earliest === undefined ? undefined : clockText(earliest);
}

/**
 * The tracks of an event from `track` (a name, a localisable object, `{name, color}` or `{slug}` of
 * the conference's `tracks`) or a `tracks` list of those: the first is the session's track.
 */
function readTracks(event: unknown, path: Path, directory: ReadonlyMap<string, DraftTrack>, warnings: Warnings): DraftTrack[] {
  const single = field(event, 'track');
  if (single !== undefined && single !== null) {
    const track = readTrack(single, child(path, 'track'), directory, warnings);
    return track === undefined ? [] : [track];
  }
  const list = field(event, 'tracks');
  if (!Array.isArray(list)) return [];
  return list.map((track, index) => readTrack(track, child(child(path, 'tracks'), index), directory, warnings)).filter((track) => track !== undefined);
}

/** The conference's `tracks` list (names, colours, slugs), which events name their track by. */
export const conferenceTracks = (conference: unknown, path: Path, warnings: Warnings) =>
  trackDirectory(field(conference, 'tracks'), child(path, 'tracks'), warnings);

/** The fields frab and schedule2 events share. */
export function commonEvent(
  event: unknown,
  path: Path,
  prefix: string,
  fallbackId: string,
  tracks: ReadonlyMap<string, DraftTrack>,
  warnings: Warnings,
  base: string | undefined,
): Omit<DraftEvent, 'start' | 'end' | 'duration' | 'fallbackStart' | 'room'> {
  const id = readEventId(event, path, prefix, ['id', 'guid', 'code', 'slug'], fallbackId, warnings);
  const named = readTracks(event, path, tracks, warnings);
  return {
    path,
    id,
    title: readTitle(event, path, id, warnings),
    texts: readTexts(event, path, ['subtitle', 'abstract', 'description'], warnings),
    durationUnit: 'clock',
    tracks: named.map((track) => track.name),
    track: named[0],
    type: plainText(field(event, 'type')),
    language: plainText(field(event, 'language')),
    persons: readPersons(event, path, prefix, warnings),
    links: readLinks(event, path, warnings, base),
  };
}

/** One frab event, in the room group `roomName` on the day `day`. */
function frabEvent(
  event: unknown,
  path: Path,
  roomName: () => LocalisedText | undefined,
  day: string | undefined,
  fallbackId: string,
  tracks: ReadonlyMap<string, DraftTrack>,
  warnings: Warnings,
  base: string | undefined,
): DraftEvent {
  const room = readTitleText(field(event, 'room'), child(path, 'room'), warnings) ?? roomName();
  return {
    ...commonEvent(event, path, 'frab-', fallbackId, tracks, warnings, base),
    start: { value: field(event, 'date'), path: child(path, 'date') },
    fallbackStart: day === undefined ? undefined : { day, clock: { value: field(event, 'start'), path: child(path, 'start') }, programmeDay: true },
    duration: { value: field(event, 'duration'), path: child(path, 'duration') },
    room,
  };
}

/** Every event of a frab file, day by day and room by room, in file order; a pause (`yield`) after every ENTRIES_PER_STEP events. */
export function* frabEvents(conference: unknown, path: Path, warnings: Warnings, base?: string): Steps<DraftEvent[]> {
  const days = field(conference, 'days');
  const daysPath = child(path, 'days');
  if (!Array.isArray(days)) {
    warnings.add(daysPath, `expected a list of days, found ${describe(days)}; no events`);
    return [];
  }
  const tracks = conferenceTracks(conference, path, warnings);
  const result: DraftEvent[] = [];
  // Holes are skipped, as `flatMap` did.
  // Lengths read once, as `flatMap` and `map` did: a list a host page built could change them between steps.
  for (let dayIndex = 0, dayCount = days.length; dayIndex < dayCount; dayIndex++) {
    if (!(dayIndex in days)) continue;
    const day: unknown = days[dayIndex];
    const dayPath = child(daysPath, dayIndex);
    const date = plainText(field(day, 'date'));
    const dayKey = date === undefined ? String(dayIndex) : date.length <= 64 ? date : makeId('', date);
    const rooms = field(day, 'rooms');
    if (!isObject(rooms)) {
      warnings.add(child(dayPath, 'rooms'), `expected an object of rooms, found ${describe(rooms)}; day skipped`);
      continue;
    }
    for (const [roomName, events] of Object.entries(rooms)) {
      const roomPath = child(child(dayPath, 'rooms'), roomName);
      if (!Array.isArray(events)) {
        warnings.add(roomPath, `expected a list of events, found ${describe(events)}; room skipped`);
        continue;
      }
      // Worked out once per room, not once per event: a room's name may be long, and its events many.
      let roomText: { value: LocalisedText | undefined } | undefined;
      const roomOnce = () => (roomText ??= { value: readTitleText(roomName, roomPath, warnings) }).value;
      const roomKey = roomName.length <= 64 ? roomName : makeId('', roomName);
      for (let index = 0, count = events.length; index < count; index++) {
        if (!(index in events)) continue;
        result.push(frabEvent(events[index], child(roomPath, index), roomOnce, date, `${dayKey}-${roomKey}-${index}`, tracks, warnings, base));
        if (result.length % ENTRIES_PER_STEP === 0) yield;
      }
    }
  }
  return result;
}

/**
 * The sessions of `document` in the order of the conference's `rooms` list (`[{name}]` or names, as
 * pretalx's frab export and C3VOC write it), a stable sort: the grid's columns follow it. A day's room
 * groups are an object, which JSON.parse puts out of the file's order when rooms are named by numbers
 * ("101" before "Aula"), and a room with nothing on the first day would come after the others. Rooms
 * it does not list go last; a break for every room (no venue) first. The sessions are sorted, not the
 * events: the tracks no list names keep the order the events name them in.
 */
function inRoomOrder(document: FeedDocument, rooms: unknown): FeedDocument {
  const sessions = document.conferences?.[0]?.sessions;
  if (!Array.isArray(rooms) || !sessions) return document;
  const order = new Map<unknown, number>([[undefined, -1]]);
  rooms.forEach((room, index) => {
    // Read as the sessions' venues are (`Saal &amp; Foyer`).
    const text = plainText(isObject(room) ? field(room, 'name') : room);
    const name = text && decodeEntities(text);
    if (name !== undefined && !order.has(name)) order.set(name, index);
  });
  const position = (session: Session) => order.get(session.venue) ?? rooms.length;
  sessions.sort((a, b) => position(a) - position(b));
  return document;
}

/** The address a frab or schedule2 file's relative links start from: its `base_url`, in the conference where frab's XML has it. */
export const baseUrl = (document: unknown, schedule = field(document, 'schedule')) =>
  plainText(field(schedule, 'base_url') ?? field(field(schedule, 'conference'), 'base_url') ?? field(document, 'base_url'));

/** A frab file as a feed document, in steps; the format it really is when it is not frab. */
export const importSteps = (document: unknown) =>
  importAs('frab', document, function* (warnings) {
    const conference = field(field(document, 'schedule'), 'conference');
    const path = '$.schedule.conference';
    const base = baseUrl(document);
    const draft = readConference(conference, path, 'frab-', warnings, base);
    return inRoomOrder(yield* buildDocument(draft, yield* frabEvents(conference, path, warnings, base), warnings), field(conference, 'rooms'));
  });

/** A frab file as a feed document, at once. */
export const importFormat = (document: unknown) => finishSteps(importSteps(document));
