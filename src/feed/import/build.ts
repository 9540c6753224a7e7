/**
 * Turns the events read from any schedule format (drafts) into one conference
 * of our feed: times converted to local times in the conference's time zone,
 * people collected once, kinds guessed, ids made unique.
 */
import type { FeedWarning } from '../model.js';
import type { FeedDocument, Link, LocalisedText, Person, Session, SessionKind, Track } from '../schema.js';
import { detectFormat, type ScheduleFormat } from './detect.js';
import { kindFor } from './kinds.js';
import { formatOffset, instantOf, localDateTime, parseClock, parseDateTime, parseDay, parseDuration, zoneForOffset, type WrittenDateTime } from './time.js';
import { zonedInstant, zoneOffset } from '../zoned-time.js';
import { IdPool, isBlank, makeId, plainText, Warnings, type Path } from './util.js';
import { isValidTimeZone } from '../dates.js';
import { LANGUAGE_TAG } from '../constants.js';
import type { Steps } from '../next-task.js';

/** What `importSchedule` gives for a recognised schedule. */
export interface ImportedSchedule {
  /** Our feed document; still to be checked with `validateFeed`. */
  document: FeedDocument;
  /** What was guessed or left out, each with its JSON path in the imported file. */
  warnings: FeedWarning[];
  format: ScheduleFormat;
}

/**
 * `document` read as `format` by `read`, when it is of that format. Each format's importer is a
 * chunk of its own (pretalx.ts, frab.ts, schedule2.ts) that the loader picks by a guess; when the
 * guess was wrong this gives the format the document is (another chunk), or `undefined` for none.
 * In steps (`finishSteps` for all at once): the loader lets the page breathe between them.
 */
export function* importAs(
  format: ScheduleFormat,
  document: unknown,
  read: (warnings: Warnings) => Steps<FeedDocument>,
): Steps<ImportedSchedule | ScheduleFormat | undefined> {
  const found = detectFormat(document);
  if (found !== format) return found;
  const warnings = new Warnings();
  return { document: yield* read(warnings), warnings: warnings.list, format };
}

/**
 * Entries read or converted per step. A schedule of 25,000 talks took about 0.9 s to import on the
 * project's machine, in one task; a step of 50 takes a few milliseconds there, and up to about
 * 100 ms under CPU 4× while the code is still cold (a 79-session camp's import was one task of
 * 110–140 ms). The loader pauses between steps only once a slice (40 ms) has passed.
 */
export const ENTRIES_PER_STEP = 50;

/**
 * `each` for every entry of `list` (holes skipped, as `forEach` does), with a pause (`yield`) after
 * every ENTRIES_PER_STEP. A step is a plain call, not the generator's own loop (engines optimise
 * such a call far sooner, as in validate.ts).
 */
export function* eachInSteps<T>(list: readonly T[], each: (entry: T, index: number) => void): Steps<void> {
  // The length read once, as `forEach` does: a list a host page built could change it between steps.
  const length = list.length;
  for (let start = 0; start < length; start += ENTRIES_PER_STEP) {
    if (start > 0) yield;
    eachOf(list, start, Math.min(start + ENTRIES_PER_STEP, length), each);
  }
}

function eachOf<T>(list: readonly T[], start: number, end: number, each: (entry: T, index: number) => void): void {
  for (let index = start; index < end; index++) if (index in list) each(list[index], index);
}

/** `list.map(map)` in steps (eachInSteps), without the holes. */
export function* mapInSteps<T, R>(list: readonly T[], map: (entry: T, index: number) => R): Steps<R[]> {
  const result: R[] = [];
  yield* eachInSteps(list, (entry, index) => result.push(map(entry, index)));
  return result;
}

/** A raw value with the JSON path it was read from. */
export interface Located {
  value: unknown;
  path: Path;
}

/** A speaker as read from the source, before people are collected. */
export interface DraftPerson {
  /** The feed id this person gets; the same source person always gives the same id. */
  id: string;
  name: LocalisedText;
}

/** A track as read from the source (its `tracks` list, or the name an event gives). */
export interface DraftTrack {
  /** What the feed id is made from: the source's slug or id, else the name; the same key is the same track. */
  key: string;
  name: LocalisedText;
  /** `#rgb` or `#rrggbb`, checked when read. */
  color?: string;
  /** Its place in the source's `tracks` list; tracks only events name come after those listed. */
  order?: number;
}

/** One event as read from the source, not yet converted. */
export interface DraftEvent {
  path: Path;
  /** Proposed session id; made unique when the conference is built. */
  id: string;
  title: LocalisedText;
  /** Subtitle, abstract, description: joined into the session's description. */
  texts: LocalisedText[];
  start?: Located;
  /**
   * A date and a clock time (`"10:00"`) to use when `start` is missing or unreadable. With `programmeDay`
   * the date is the programme's day (frab's days), so a clock before the conference's day change is the
   * morning after it; else the event's own calendar date.
   */
  fallbackStart?: { day: string; clock: Located; programmeDay?: boolean };
  end?: Located;
  duration?: Located;
  /** How a bare number in `duration` is meant: minutes (pretalx) or a mistake for "HH:MM" (frab). */
  durationUnit: 'clock' | 'minutes';
  room?: LocalisedText;
  /** Track names; with `type` they pick the kind, and those besides `track`'s become topics. */
  tracks: LocalisedText[];
  /** The session's track: the first the event names. */
  track?: DraftTrack;
  /** The event's type (frab `type`, pretalx `session_type`): with the tracks it picks the kind. */
  type?: LocalisedText;
  /** The kind the source says outright (pretalx's break, a talk without `code`); else tracks and type pick it. */
  kind?: SessionKind;
  /** The source's own labels (pretalx `tags`): topics, with no say in the kind. */
  labels?: LocalisedText[];
  language?: string;
  persons: DraftPerson[];
  links: Link[];
}

/** The conference as read from the source. */
export interface DraftConference {
  id: string;
  title: LocalisedText;
  start?: Located;
  end?: Located;
  timeZone?: Located;
  /** frab's `day_change` ("04:00"): events before it belong to the day before. */
  dayChange?: Located;
  /** The day change where none is named, from what else the source says (frab's days), in the conference's zone. */
  dayChangeIn?: (zone: string) => string | undefined;
  links: Link[];
}

/** Every text of a localised value, for keyword matching. */
function allTexts(text: LocalisedText | undefined): string[] {
  if (text === undefined) return [];
  return typeof text === 'string' ? [text] : Object.values(text);
}

/**
 * Joins texts into paragraphs: plain strings count for every language; with
 * localised parts, one joined text per language.
 */
export function joinTexts(parts: readonly LocalisedText[]): LocalisedText | undefined {
  const seen = new Set<string>();
  const unique = parts.filter((part) => {
    const key = JSON.stringify(part);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (unique.length === 0) return undefined;
  const languages = [...new Set(unique.flatMap((part) => (typeof part === 'string' ? [] : Object.keys(part))))];
  if (languages.length === 0) return unique.join('\n\n');
  const result: Record<string, string> = {};
  for (const language of languages) {
    const texts = unique.map((part) => (typeof part === 'string' ? part : part[language])).filter((text): text is string => !!text);
    if (texts.length > 0) result[language] = texts.join('\n\n');
  }
  return result;
}

const LANGUAGE_LABEL: Record<string, string> = { de: 'Sprache', ru: 'Язык', en: 'Language' };

/** One `Intl.DisplayNames` per interface language: building one is slow, and a schedule names a language per event. */
const languageNames = new Map<string, Intl.DisplayNames>();

function languageName(ui: string, code: string): string | undefined {
  try {
    let names = languageNames.get(ui);
    if (!names) {
      names = new Intl.DisplayNames([ui], { type: 'language' });
      languageNames.set(ui, names);
    }
    return names.of(code);
  } catch {
    return undefined;
  }
}

/** "Language: Russian" in German, Russian and English, for a language code such as `ru`; the text itself otherwise. */
export function languageTopic(language: string): LocalisedText {
  const code = language.trim().toLowerCase().replace('_', '-');
  const result: Record<string, string> = {};
  for (const [ui, label] of Object.entries(LANGUAGE_LABEL)) {
    let name = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/.test(code) ? languageName(ui, code) : undefined;
    // Russian writes language names in lower case after the colon; engines' data differ
    // (WebKit's gives "Немецкий", Chromium's "немецкий").
    if (name && ui === 'ru') name = name.charAt(0).toLocaleLowerCase('ru') + name.slice(1);
    result[ui] = `${label}: ${name && name !== code ? name : language.trim()}`;
  }
  return result;
}

/** The first date-time with an offset among the events, for guessing the zone. */
function firstOffset(events: readonly DraftEvent[]): { offset: number; path: Path } | undefined {
  for (const event of events) {
    for (const located of [event.start, event.end]) {
      const written = located ? parseDateTime(located.value) : undefined;
      if (written?.offsetMinutes !== undefined) return { offset: written.offsetMinutes, path: located!.path };
    }
  }
  return undefined;
}

/**
 * An offset the sessions are written with that `zone` never has, when none of them is written with the
 * zone's own (pretalx's export once named "UTC" and wrote every time at +01:00). Offsets of zero are
 * left aside: a file may write its times in UTC whatever its zone. The first few offsets decide.
 */
function offsetElsewhere(events: readonly DraftEvent[], zone: string): { offset: number; path: Path } | undefined {
  let first: { offset: number; path: Path } | undefined;
  let seen = 0;
  for (const event of events) {
    const written = event.start ? parseDateTime(event.start.value) : undefined;
    if (!written?.offsetMinutes) continue;
    if (zoneOffset(instantOf(written, zone), zone) === written.offsetMinutes * 60_000) return undefined;
    first ??= { offset: written.offsetMinutes, path: event.start!.path };
    if (++seen === 20) break;
  }
  return first;
}

/**
 * The conference's IANA time zone: the one the file names; else the zone of
 * the first event's fixed offset (`Etc/GMT-3` for +03:00, `UTC` for Z);
 * else `UTC`. Every guess is reported.
 */
export function resolveTimeZone(named: Located | undefined, events: readonly DraftEvent[], warnings: Warnings): string {
  const zone = plainText(named?.value);
  if (zone !== undefined && isValidTimeZone(zone)) {
    const stray = offsetElsewhere(events, zone);
    if (stray) {
      warnings.add(
        named!.path,
        `"${zone}" is named, but the sessions are written with another offset (${formatOffset(stray.offset)} at ${stray.path}); times are shown in ${zone}`,
      );
    }
    return zone;
  }
  if (named && zone !== undefined) warnings.add(named.path, `"${zone.slice(0, 64)}" is not an IANA time zone; ignored`);
  const first = firstOffset(events);
  const where = named?.path ?? '$';
  if (!first) {
    warnings.add(where, 'no time zone and no UTC offset in the file; times are read as UTC');
    return 'UTC';
  }
  const fixed = zoneForOffset(first.offset);
  if (fixed) {
    warnings.add(where, `no time zone named; using "${fixed}" (the fixed offset ${formatOffset(first.offset)} of ${first.path}), without daylight-saving time`);
    return fixed;
  }
  warnings.add(where, `no time zone named, and the offset ${formatOffset(first.offset)} of ${first.path} has no IANA name; times are converted to UTC`);
  return 'UTC';
}

/** An instant with the JSON path it was read from. */
interface Reading {
  instant: number;
  path: Path;
}

/**
 * The start instant of an event, from `start` or else from its date and clock time; on a programme's day, a
 * clock before `dayChange` (minutes after midnight) is on the morning after that date (frab: a day that runs
 * past midnight).
 */
function startInstant(event: DraftEvent, zone: string, warnings: Warnings, dayChange: number): Reading | undefined {
  if (event.start && !isBlank(event.start.value)) {
    // A date without a time (`"2024-06-26"`) is no start time: not midnight.
    const written = parseDay(event.start.value) ? undefined : parseDateTime(event.start.value);
    if (written) return { instant: instantOf(written, zone), path: event.start.path };
    warnings.add(
      event.start.path,
      `"${String(event.start.value).slice(0, 40)}" is not a date-time; ${event.fallbackStart ? 'using the day and start time instead' : 'the session has no time'}`,
    );
  }
  if (event.fallbackStart) {
    if (event.start && isBlank(event.start.value)) {
      warnings.add(event.start.path, 'no date-time; using the day and start time, as local time');
    }
    const day = parseDateTime(event.fallbackStart.day);
    const minutes = parseClock(event.fallbackStart.clock.value);
    if (day && minutes !== undefined) {
      const clock = day.local.minutes + minutes + (event.fallbackStart.programmeDay && minutes < dayChange ? 24 * 60 : 0);
      return { instant: zonedInstant({ ...day.local, minutes: clock }, zone), path: event.fallbackStart.clock.path };
    }
    warnings.add(event.fallbackStart.clock.path, 'no readable start time; the session has no time');
    return undefined;
  }
  warnings.add(event.path, 'no start time; the session has no time');
  return undefined;
}

/** The end instant: from `end`, or `start` plus the duration. */
function endInstant(event: DraftEvent, start: number | undefined, zone: string, warnings: Warnings): Reading | undefined {
  const written: WrittenDateTime | undefined = event.end ? parseDateTime(event.end.value) : undefined;
  if (written) return { instant: instantOf(written, zone), path: event.end!.path };
  if (event.end && !isBlank(event.end.value)) {
    warnings.add(event.end.path, `"${String(event.end.value).slice(0, 40)}" is not a date-time; ignored`);
  }
  if (start === undefined) return undefined;
  const duration = event.duration ? parseDuration(event.duration.value) : undefined;
  if (!duration) {
    const value = event.duration?.value;
    warnings.add(
      event.duration?.path ?? event.path,
      isBlank(value) ? 'no duration; the session has no end time' : `"${String(value).slice(0, 20)}" is not a duration; the session has no end time`,
    );
    return undefined;
  }
  if (duration.asMinutes && event.durationUnit === 'clock') {
    warnings.add(event.duration!.path, `duration ${JSON.stringify(event.duration!.value)} is not "HH:MM"; read as ${duration.minutes} minutes`);
  }
  return { instant: start + duration.minutes * 60_000, path: event.duration!.path };
}

/** Beyond these instants no zone has a local time with a four-digit year (offsets stay within a day). */
const EARLIEST = -62_167_219_200_000 - 86_400_000;
const LATEST = 253_402_300_800_000 + 86_400_000;

/**
 * `YYYY-MM-DDTHH:mm` in `zone` at `instant`, when that local time has a
 * four-digit year (0000–9999, as feed dates have); `undefined` otherwise,
 * also for instants no `Date` can hold (an absurd duration).
 */
export function feedDateTime(instant: number, zone: string): string | undefined {
  if (!Number.isFinite(instant) || instant < EARLIEST || instant > LATEST) return undefined;
  const local = localDateTime(instant, zone);
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(local) ? local : undefined;
}

/** Words for an instant that has no local time with a four-digit year, for warnings. */
function outOfRange(instant: number, zone: string): string {
  // 8.64e15 ms is the furthest a Date reaches; a day less leaves room for the zone's offset.
  if (!Number.isFinite(instant) || Math.abs(instant) > 8.64e15 - 86_400_000) return 'lies beyond the dates a browser can handle';
  const year = new Date(instant + zoneOffset(instant, zone)).getUTCFullYear();
  return `falls in the year ${year} in ${zone} (feed dates have the years 0000–9999)`;
}

/**
 * What one import works out once and reuses: pretalx names a track or a
 * language by reference, so one long text can stand in thousands of talks.
 */
interface Memo {
  kinds: Map<string, SessionKind | undefined>;
  topics: Map<string, LocalisedText>;
  /** The conference's tracks by key, as the sessions name them, each with its place in the source's list. */
  tracks: Map<string, { track: Track; order: number }>;
  /** The conference's day change, in minutes after midnight (0 where there is none). */
  dayChange: number;
}

/** The feed id of `track`, which is added to the conference's tracks on its first use. */
function trackId(track: DraftTrack, memo: Memo): string {
  let known = memo.tracks.get(track.key)?.track;
  if (!known) {
    known = { id: makeId('track-', track.key), name: track.name, ...(track.color && { color: track.color }) };
    memo.tracks.set(track.key, { track: known, order: track.order ?? Infinity });
  }
  return known.id;
}

function languageTopicOnce(language: string, memo: Memo): LocalisedText {
  let topic = memo.topics.get(language);
  if (topic === undefined) {
    topic = languageTopic(language);
    memo.topics.set(language, topic);
  }
  return topic;
}

function toSession(event: DraftEvent, id: string, zone: string, warnings: Warnings, memo: Memo): Session {
  const startReading = startInstant(event, zone, warnings, memo.dayChange);
  const endReading = endInstant(event, startReading?.instant, zone, warnings);
  const localStart = startReading && feedDateTime(startReading.instant, zone);
  let localEnd = endReading && feedDateTime(endReading.instant, zone);
  if (startReading && localStart === undefined) {
    warnings.add(startReading.path, `the start ${outOfRange(startReading.instant, zone)}; the session has no time`);
    localEnd = undefined;
  } else if (endReading && localEnd === undefined) {
    warnings.add(endReading.path, `the end ${outOfRange(endReading.instant, zone)}; the session has no end time`);
  }
  const start = localStart === undefined ? undefined : startReading?.instant;
  const end = localEnd === undefined ? undefined : endReading?.instant;
  // The track is shown as the track: a topic only for the other track names an event gives.
  const topics = [
    ...event.tracks.filter((name) => name !== event.track?.name),
    ...(event.labels ?? []),
    ...(event.language ? [languageTopicOnce(event.language, memo)] : []),
  ];
  const speakers = [...new Set(event.persons.map((person) => person.id))];
  const description = joinTexts(event.texts);
  const session: Session = {
    id,
    kind: event.kind ?? kindFor([...event.tracks.flatMap(allTexts), ...allTexts(event.type)], memo.kinds),
    title: event.title,
  };
  if (description !== undefined) session.description = description;
  if (localStart !== undefined) session.start = localStart;
  // Without a time, the day it names: a date without a time, else the day it is listed under.
  else if (!startReading) {
    const day = parseDay(event.start?.value) ?? event.fallbackStart?.day;
    if (day !== undefined) {
      session.start = day;
      localEnd = undefined;
    }
  }
  if (localEnd !== undefined) session.end = localEnd;
  if (start !== undefined && end !== undefined && end > start && session.end! <= session.start!) {
    warnings.add(
      event.path,
      `ends ${(end - start) / 60_000} minutes after it starts, but at the same or an earlier local time (a clock change in ${zone}): local times cannot show this`,
    );
  } else {
    // A local time the clocks pass twice (02:30 on the night they go back) is read as the second time: one meant as the first is an hour off.
    for (const [local, instant, what] of [
      [session.start, start, 'starts'],
      [session.end, end, 'ends'],
    ] as const) {
      if (local === undefined || instant === undefined) continue;
      const later = (instantOf(parseDateTime(local)!, zone) - Math.floor(instant / 60_000) * 60_000) / 60_000;
      if (later >= 1) {
        warnings.add(
          event.path,
          `${what} at ${local.slice(11)} before a clock change in ${zone}, which passes ${local.slice(11)} twice: the feed's local time means the second time, ${later} minutes later`,
        );
      }
    }
  }
  const language = event.language?.trim().toLowerCase().replace('_', '-');
  if (language && LANGUAGE_TAG.test(language)) session.language = language;
  if (event.room !== undefined) session.venue = event.room;
  if (speakers.length > 0) session.speakers = speakers;
  if (event.track) session.track = trackId(event.track, memo);
  if (topics.length > 0) session.topics = topics;
  if (event.links.length > 0) session.links = event.links;
  return session;
}

/** A conference day from a date or date-time in the source, as `YYYY-MM-DD` in `zone`. */
function conferenceDay(located: Located | undefined, zone: string, warnings: Warnings): string | undefined {
  if (!located || located.value === undefined || located.value === null) return undefined;
  const day = parseDay(located.value);
  if (day) return day;
  const written = parseDateTime(located.value);
  if (written) {
    const instant = instantOf(written, zone);
    const local = feedDateTime(instant, zone);
    if (local !== undefined) return local.slice(0, 10);
    warnings.add(located.path, `"${String(located.value).slice(0, 40)}" ${outOfRange(instant, zone)}; taken from the sessions instead`);
    return undefined;
  }
  warnings.add(located.path, `"${String(located.value).slice(0, 40)}" is not a date; taken from the sessions instead`);
  return undefined;
}

/**
 * `dayChange` ("HH:MM") from frab's `day_change` ("04:00", "04:00:00"); none for midnight, or (reported) for what
 * is no time of day; `unnamed()` where the file names none.
 */
function readDayChange(located: Located | undefined, warnings: Warnings, unnamed: () => string | undefined): string | undefined {
  if (located?.value === undefined || located.value === null) return unnamed();
  const minutes = parseClock(located.value);
  if (minutes === undefined) {
    warnings.add(located.path, `"${String(located.value).slice(0, 20)}" is not a time of day; sessions after midnight stay on their calendar day`);
    return undefined;
  }
  return clockText(minutes);
}

/** `HH:mm` from minutes after midnight; none for midnight (days begin there anyway). */
export function clockText(minutes: number): string | undefined {
  const pad = (value: number) => String(value).padStart(2, '0');
  return minutes ? `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}` : undefined;
}

/**
 * One session for the same break in several rooms. pretalx places a break in each room it
 * applies to (a lunch in ten rooms is ten talks): the first of those with the same title, start
 * and end is kept, without a venue, and the others are left out. The programme's list then shows
 * it once, and its grid across the day's columns (where no session of a room overlaps it).
 */
function oneBreakForAllRooms(sessions: readonly Session[]): Session[] {
  const kept = new Map<string, Session>();
  return sessions.filter((session) => {
    if (session.kind !== 'break') return true;
    const key = JSON.stringify([session.title, session.start, session.end]);
    const first = kept.get(key);
    if (first) delete first.venue;
    else kept.set(key, session);
    return !first;
  });
}

/**
 * Our feed document (version 1) with one conference holding every event as a
 * session (the same break in several rooms once), and every speaker once in `people`.
 */
export function* buildDocument(conference: DraftConference, events: readonly DraftEvent[], warnings: Warnings): Steps<FeedDocument> {
  const timeZone = resolveTimeZone(conference.timeZone, events, warnings);
  const ids = new IdPool();
  // Before the sessions, whose day and clock (an event without a date of its own) need it.
  const dayChange = readDayChange(conference.dayChange, warnings, () => conference.dayChangeIn?.(timeZone));
  const memo: Memo = { kinds: new Map(), topics: new Map(), tracks: new Map(), dayChange: parseClock(dayChange) ?? 0 };
  const sessions = oneBreakForAllRooms(
    yield* mapInSteps(events, (event) => toSession(event, ids.claim(event.id, event.path, warnings), timeZone, warnings, memo)),
  );
  const people = new Map<string, Person>();
  for (const person of events.flatMap((event) => event.persons)) {
    if (!people.has(person.id)) people.set(person.id, { id: person.id, name: person.name });
  }
  const days = sessions
    .flatMap((session) => [session.start, session.end])
    .filter((value): value is string => !!value)
    .map((value) => value.slice(0, 10))
    .sort();
  const start = conferenceDay(conference.start, timeZone, warnings) ?? days[0];
  const end = conferenceDay(conference.end, timeZone, warnings) ?? days.at(-1);
  // Without a day to show, the conference is left out here, where the file lacks the date: the feed's check would
  // drop it again for its missing start ($.conferences[0].start), a second word on one problem.
  if (start === undefined) {
    warnings.add(conference.start?.path ?? '$', 'no start date and no dated session: the conference cannot be shown; item dropped');
    return { version: 1, people: [...people.values()], conferences: [] };
  }
  const result: Record<string, unknown> = {
    id: conference.id,
    title: conference.title,
    start,
    timeZone,
    ...(dayChange && { dayChange }),
    hostCities: [],
    sessions,
  };
  // The tracks the sessions name, in the order of the source's list (those it does not list last).
  const tracks = [...memo.tracks.values()].sort((a, b) => a.order - b.order).map(({ track }) => track);
  if (tracks.length > 0) result['tracks'] = tracks;
  if (end !== undefined && end !== start) result['end'] = end;
  if (conference.links.length > 0) result['links'] = conference.links;
  return { version: 1, people: [...people.values()], conferences: [result as NonNullable<FeedDocument['conferences']>[number]] };
}

/** A link if `url` is an absolute http(s) URL; otherwise reported and `undefined`. */
export function readLink(url: unknown, label: LocalisedText, path: Path, warnings: Warnings, base?: string): Link | undefined {
  const text = plainText(url);
  if (text === undefined) return undefined;
  const absolute = (address: string) => /^https?:\/\/[^\s]+$/i.test(address) && address.length <= 2048;
  if (absolute(text)) return { url: text, label };
  // A path such as "/event/detail/opening" (C3VOC's files) from the file's `base_url`, when that is an address itself.
  const resolved = base !== undefined && absolute(base) && !/\s/.test(text) ? resolve(text, base) : undefined;
  if (resolved !== undefined && absolute(resolved)) return { url: resolved, label };
  warnings.add(path, `"${text.slice(0, 60)}" is not an absolute http(s) URL${base === undefined ? '' : ', nor one from the file’s base_url'}; link ignored`);
  return undefined;
}

/** `address` from `base`, when it reads as one. */
function resolve(address: string, base: string): string | undefined {
  try {
    return new URL(address, base).href;
  } catch {
    return undefined;
  }
}

/** The label of an event's own page. */
export const EVENT_PAGE_LABEL: LocalisedText = { de: 'Zur Veranstaltung', ru: 'Страница мероприятия', en: 'Event page' };

/** The label of a conference's schedule page. */
export const CONFERENCE_PAGE_LABEL: LocalisedText = { de: 'Programm', ru: 'Программа', en: 'Schedule' };
