/**
 * pretalx's schedule widget JSON (`/<event>/schedule/widgets/schedule.json`):
 * `talks` that name their room, track and speakers by id, with `rooms`,
 * `tracks` and `speakers` as directories next to them. A chunk of its own,
 * loaded for pretalx files.
 */
import type { LocalisedText } from '../schema.js';
import { finishSteps, type Steps } from '../next-task.js';
import { buildDocument, eachInSteps, importAs, mapInSteps, type DraftConference, type DraftEvent, type DraftPerson } from './build.js';
import { readLinks, readName, readTexts, readTitle, readEventId, readTrack, trackDirectory } from './read.js';
import { child, describe, field, isObject, listField, localisedText, makeId, plainText, type Path, type Warnings } from './util.js';

/** `id → name` from a list of `{id, name}` (rooms) or `{code, name}` (speakers). */
function* directory(document: unknown, key: string, idKey: string, warnings: Warnings): Steps<Map<string, LocalisedText>> {
  const names = new Map<string, LocalisedText>();
  const list = field(document, key);
  if (list === undefined || list === null) return names;
  if (!Array.isArray(list)) {
    warnings.add(child('$', key), `expected a list, found ${describe(list)}; ignored`);
    return names;
  }
  // In steps: a large event names as many speakers as it has talks.
  yield* eachInSteps(list, (entry: unknown, index) => {
    const at = child(child('$', key), index);
    const id = plainText(field(entry, idKey));
    const name = isObject(entry) ? readName(entry, at, warnings) : undefined;
    if (id === undefined || name === undefined) {
      warnings.add(at, `an entry without ${id === undefined ? idKey : 'name'}; ignored`);
      return;
    }
    names.set(id, name);
  });
  return names;
}

/** A name from a directory by id; an unknown id that looks like a name is taken as the name. */
function lookUp(value: unknown, names: ReadonlyMap<string, LocalisedText>, path: Path, what: string, warnings: Warnings): LocalisedText | undefined {
  if (value === undefined || value === null) return undefined;
  const id = plainText(value);
  if (id !== undefined && names.has(id)) return names.get(id);
  if (id !== undefined && /^\d+$/.test(id)) {
    warnings.add(path, `unknown ${what} ${id}; left out`);
    return undefined;
  }
  return readName(value, path, warnings);
}

function speakerIds(talk: unknown, path: Path, speakers: ReadonlyMap<string, LocalisedText>, warnings: Warnings): DraftPerson[] {
  return listField(talk, 'speakers', path, 'speaker codes', warnings).flatMap((entry, index) => {
    const at = child(child(path, 'speakers'), index);
    const code = plainText(isObject(entry) ? field(entry, 'code') : entry);
    const name = code === undefined ? undefined : (speakers.get(code) ?? (isObject(entry) ? readName(entry, at, warnings) : undefined));
    if (code === undefined || name === undefined) {
      warnings.add(at, `unknown speaker ${JSON.stringify(code ?? entry)?.slice(0, 40)}; left out`);
      return [];
    }
    return [{ id: makeId('pretalx-speaker-', code), name }];
  });
}

/** The names of a talk's `tags` (ids into the file's `tags` list, each `{id, name, color}`). */
function tagNames(talk: unknown, path: Path, tags: ReadonlyMap<string, LocalisedText>, warnings: Warnings): LocalisedText[] {
  return listField(talk, 'tags', path, 'tag ids', warnings).flatMap((entry, index) => {
    const name = lookUp(isObject(entry) ? field(entry, 'id') : entry, tags, child(child(path, 'tags'), index), 'tag', warnings);
    return name === undefined ? [] : [name];
  });
}

/** The conference of a pretalx file: it carries little, so most of it comes from the talks. */
export function pretalxConference(document: unknown, warnings: Warnings): DraftConference {
  const slug = plainText(field(document, 'slug')) ?? plainText(field(document, 'event'));
  const title = localisedText(field(document, 'title') ?? field(document, 'name'), '$.title', warnings);
  // pretalx's widget file has no title as a rule: no warning; the slug, else a stand-in the heading does not repeat.
  return {
    id: makeId('pretalx-', slug ?? 'schedule'),
    title: title ?? slug ?? { de: 'Programm', ru: 'Программа', en: 'Programme' },
    start: { value: field(document, 'event_start'), path: '$.event_start' },
    end: { value: field(document, 'event_end'), path: '$.event_end' },
    timeZone: { value: field(document, 'timezone'), path: '$.timezone' },
    links: [],
  };
}

/** Every talk of a pretalx widget file. */
export function* pretalxEvents(document: unknown, warnings: Warnings): Steps<DraftEvent[]> {
  const rooms = yield* directory(document, 'rooms', 'id', warnings);
  const tracks = trackDirectory(field(document, 'tracks'), '$.tracks', warnings);
  const speakers = yield* directory(document, 'speakers', 'code', warnings);
  const tags = yield* directory(document, 'tags', 'id', warnings);
  const talks = field(document, 'talks');
  if (!Array.isArray(talks)) return [];
  // In the order of the file's rooms (a stable sort): the grid's columns follow the sessions' first appearance.
  const roomOrder = new Map([...rooms.values()].map((name, index) => [name, index]));
  const position = (event: DraftEvent) => (event.room === undefined ? rooms.size : (roomOrder.get(event.room) ?? rooms.size));
  // pretalx writes a break as a talk without `code` (its widget shows it as a break, with no "favourite"): a break here
  // too, in a file whose talks have codes (one where none has is not pretalx's own, and its talks are talks).
  const withoutCode: DraftEvent[] = [];
  let hasCodes = false;
  const events = yield* mapInSteps(talks, (talk: unknown, index): DraftEvent => {
    const at = child('$.talks', index);
    const id = readEventId(talk, at, 'pretalx-', ['code', 'id'], String(index), warnings);
    const track = readTrack(field(talk, 'track'), child(at, 'track'), tracks, warnings);
    const event: DraftEvent = {
      path: at,
      id,
      title: readTitle(talk, at, id, warnings),
      texts: readTexts(talk, at, ['abstract', 'description'], warnings),
      start: { value: field(talk, 'start'), path: child(at, 'start') },
      end: { value: field(talk, 'end'), path: child(at, 'end') },
      duration: { value: field(talk, 'duration'), path: child(at, 'duration') },
      durationUnit: 'minutes',
      room: lookUp(field(talk, 'room'), rooms, child(at, 'room'), 'room', warnings),
      tracks: track === undefined ? [] : [track.name],
      track,
      // pretalx writes the type as `session_type`, a text or one per language (older versions write none).
      type:
        localisedText(field(talk, 'session_type'), child(at, 'session_type'), warnings) ??
        plainText(field(talk, 'submission_type')) ??
        plainText(field(talk, 'type')),
      labels: tagNames(talk, at, tags, warnings),
      language: plainText(field(talk, 'content_locale')) ?? plainText(field(talk, 'language')),
      persons: speakerIds(talk, at, speakers, warnings),
      links: readLinks(talk, at, warnings),
    };
    if (plainText(field(talk, 'code')) === undefined) withoutCode.push(event);
    else hasCodes = true;
    return event;
  });
  if (hasCodes) for (const event of withoutCode) event.kind = 'break';
  return events.sort((a, b) => position(a) - position(b));
}

/** A pretalx file as a feed document, in steps; the format it really is when it is not pretalx. */
export const importSteps = (document: unknown) =>
  importAs('pretalx', document, function* (warnings) {
    const conference = pretalxConference(document, warnings);
    return yield* buildDocument(conference, yield* pretalxEvents(document, warnings), warnings);
  });

/** A pretalx file as a feed document, at once. */
export const importFormat = (document: unknown) => finishSteps(importSteps(document));
