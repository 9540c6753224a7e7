/**
 * The C3VOC "schedule2" layout: one flat `events` list next to the conference
 * (read as frab's, ./frab.ts). A chunk of its own, loaded for schedule2 files.
 */
import type { LocalisedText } from '../schema.js';
import { finishSteps, type Steps } from '../next-task.js';
import { buildDocument, importAs, mapInSteps, type DraftEvent } from './build.js';
import { schedule2Layout } from './detect.js';
import { baseUrl, commonEvent, conferenceTracks, readConference } from './frab.js';
import { readName } from './read.js';
import { parseDay } from './time.js';
import { child, field, isBlank, isObject, plainText, type Path, type Warnings } from './util.js';

/** The room of a schedule2 event: `room` (a name or `{name}`) or `rooms` (names, `{name}` or guids of the conference's rooms). */
function schedule2Room(event: unknown, path: Path, roomNames: ReadonlyMap<string, LocalisedText | undefined>, warnings: Warnings): LocalisedText | undefined {
  const single = field(event, 'room');
  const list = single !== undefined && single !== null ? [single] : field(event, 'rooms');
  if (!Array.isArray(list)) return undefined;
  const key = single !== undefined && single !== null ? 'room' : 'rooms';
  const names = list.flatMap((room, index) => {
    const at = key === 'room' ? child(path, 'room') : child(child(path, 'rooms'), index);
    const guid = typeof room === 'string' ? room : (plainText(field(room, 'guid')) ?? '');
    // A room the conference lists without a name was reported there: left out here without a word.
    const name = roomNames.has(guid) ? roomNames.get(guid) : roomName(room, at, warnings);
    return name === undefined ? [] : [name];
  });
  if (names.length <= 1) return names[0];
  return names.map((name) => (typeof name === 'string' ? name : Object.values(name)[0])).join(' / ');
}

/**
 * A room's name: a text, a localisable object or `{name}`. A room object with a `guid` but no name
 * (`{guid, description}`) is no name per language: reported as a room without a name and left out.
 */
function roomName(room: unknown, path: Path, warnings: Warnings): LocalisedText | undefined {
  if (field(room, 'guid') === undefined || !isBlank(field(room, 'name'))) return readName(room, path, warnings);
  warnings.add(path, `a room without a name (guid ${JSON.stringify(field(room, 'guid'))?.slice(0, 60)}); left out`);
  return undefined;
}

/** Room guids (and ids) to names, from the conference's `rooms` list; to none for a room listed without a name. */
function roomDirectory(conference: unknown, path: Path, warnings: Warnings): Map<string, LocalisedText | undefined> {
  const directory = new Map<string, LocalisedText | undefined>();
  const rooms = field(conference, 'rooms');
  if (!Array.isArray(rooms)) return directory;
  rooms.forEach((room, index) => {
    if (!isObject(room)) return;
    const name = roomName(room, child(child(path, 'rooms'), index), warnings);
    for (const key of ['guid', 'id', 'slug']) {
      const id = plainText(field(room, key));
      if (id !== undefined) directory.set(id, name);
    }
  });
  return directory;
}

/** Every event of a schedule2 file's flat `events` list. */
export function* schedule2Events(
  events: readonly unknown[],
  path: Path,
  conference: unknown,
  conferencePath: Path,
  warnings: Warnings,
  base?: string,
): Steps<DraftEvent[]> {
  const rooms = roomDirectory(conference, conferencePath, warnings);
  const tracks = conferenceTracks(conference, conferencePath, warnings);
  return yield* mapInSteps(events, (event, index): DraftEvent => {
    const at = child(path, index);
    const startKey = ['start', 'start_date', 'date'].find((key) => parseable(field(event, key))) ?? 'start';
    const endKey = ['end', 'end_date'].find((key) => field(event, key) !== undefined) ?? 'end';
    const day = parseDay(field(event, 'date'));
    return {
      ...commonEvent(event, at, 'schedule2-', String(index), tracks, warnings, base),
      start: { value: field(event, startKey), path: child(at, startKey) },
      fallbackStart: day === undefined ? undefined : { day, clock: { value: field(event, 'start'), path: child(at, 'start') } },
      end: { value: field(event, endKey), path: child(at, endKey) },
      duration: { value: field(event, 'duration'), path: child(at, 'duration') },
      room: schedule2Room(event, at, rooms, warnings),
    };
  });
}

/** Whether a value looks like a date-time (for picking among `start`, `start_date`, `date`). */
function parseable(value: unknown): boolean {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}[T ]\d/.test(value.trim());
}

/** A schedule2 file as a feed document, in steps; the format it really is when it is not schedule2. */
export const importSteps = (document: unknown) =>
  importAs('schedule2', document, function* (warnings) {
    const layout = schedule2Layout(document)!;
    const base = baseUrl(document);
    const events = yield* schedule2Events(layout.events, layout.eventsPath, layout.conference, layout.conferencePath, warnings, base);
    return yield* buildDocument(readConference(layout.conference, layout.conferencePath, 'schedule2-', warnings, base), events, warnings);
  });

/** A schedule2 file as a feed document, at once. */
export const importFormat = (document: unknown) => finishSteps(importSteps(document));
