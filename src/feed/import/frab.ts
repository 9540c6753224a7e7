/**
 * frab / C3VOC `schedule.json` (events grouped by day and room), and what the
 * C3VOC "schedule2" layout (./schedule2.ts) reads the same way: the conference
 * and the fields of an event. A chunk of its own, loaded for frab and schedule2 files.
 */
import type { LocalisedText } from '../schema.js';
import { finishSteps, type Steps } from '../next-task.js';
import { buildDocument, CONFERENCE_PAGE_LABEL, ENTRIES_PER_STEP, importAs, readLink, type DraftConference, type DraftEvent, type DraftTrack } from './build.js';
import { readEventId, readLinks, readPersons, readTexts, readTitle, readTrack, trackDirectory } from './read.js';
import { child, describe, field, isObject, localisedText, makeId, plainText, type Path, type Warnings } from './util.js';

/** The conference of a frab or schedule2 file: id from the acronym, title, dates, zone, day change, page. */
export function readConference(conference: unknown, path: Path, prefix: string, warnings: Warnings): DraftConference {
  const acronym = plainText(field(conference, 'acronym')) ?? plainText(field(conference, 'slug'));
  const title =
    localisedText(field(conference, 'title'), child(path, 'title'), warnings) ?? localisedText(field(conference, 'name'), child(path, 'name'), warnings);
  if (acronym === undefined) warnings.add(child(path, 'acronym'), `no acronym; the conference id is "${prefix}schedule"`);
  if (title === undefined) warnings.add(child(path, 'title'), `no title; shown as "${acronym ?? 'Schedule'}"`);
  const zoneKey = ['time_zone_name', 'timezone', 'time_zone', 'timeZone'].find((key) => field(conference, key) !== undefined) ?? 'time_zone_name';
  const link = readLink(field(conference, 'url'), CONFERENCE_PAGE_LABEL, child(path, 'url'), warnings);
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
    links: link ? [link] : [],
  };
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
    links: readLinks(event, path, warnings),
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
): DraftEvent {
  const room = localisedText(field(event, 'room'), child(path, 'room'), warnings) ?? roomName();
  return {
    ...commonEvent(event, path, 'frab-', fallbackId, tracks, warnings),
    start: { value: field(event, 'date'), path: child(path, 'date') },
    fallbackStart: day === undefined ? undefined : { day, clock: { value: field(event, 'start'), path: child(path, 'start') } },
    duration: { value: field(event, 'duration'), path: child(path, 'duration') },
    room,
  };
}

/** Every event of a frab file, day by day and room by room, in file order; a pause (`yield`) after every ENTRIES_PER_STEP events. */
export function* frabEvents(conference: unknown, path: Path, warnings: Warnings): Steps<DraftEvent[]> {
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
      const roomOnce = () => (roomText ??= { value: localisedText(roomName, roomPath, warnings) }).value;
      const roomKey = roomName.length <= 64 ? roomName : makeId('', roomName);
      for (let index = 0, count = events.length; index < count; index++) {
        if (!(index in events)) continue;
        result.push(frabEvent(events[index], child(roomPath, index), roomOnce, date, `${dayKey}-${roomKey}-${index}`, tracks, warnings));
        if (result.length % ENTRIES_PER_STEP === 0) yield;
      }
    }
  }
  return result;
}

/** A frab file as a feed document, in steps; the format it really is when it is not frab. */
export const importSteps = (document: unknown) =>
  importAs('frab', document, function* (warnings) {
    const conference = field(field(document, 'schedule'), 'conference');
    const path = '$.schedule.conference';
    const draft = readConference(conference, path, 'frab-', warnings);
    return yield* buildDocument(draft, yield* frabEvents(conference, path, warnings), warnings);
  });

/** A frab file as a feed document, at once. */
export const importFormat = (document: unknown) => finishSteps(importSteps(document));
