/**
 * The programme of one conference as the widget shows it: sessions in days,
 * their instants, search and filters, what runs now and what comes next.
 * Pure functions, tested without a DOM.
 */
import { DEFAULT_DURATION_MINUTES } from '../feed/constants.js';
import { compareCalendarDates, parseCalendarDate, type CalendarDate } from '../feed/dates.js';
import type { Feed } from '../feed/model.js';
import type { Conference, LocalisedText, Session, SessionKind, Track } from '../feed/schema.js';
import { allVersions } from '../feed/text.js';
import { readerTimeZone as sharedReaderTimeZone } from '../i18n/format.js';
import { dayChangeOf, dayInZone } from '../shared/conference.js';
import { foldText } from '../shared/search.js';
import { zonedInstant } from '../feed/zoned-time.js';

/** The tab of sessions without a known day. */
export const UNDATED = 'undated';
/** The tab of side events such as the youth forum. */
export const SIDE_EVENTS = 'side-events';
/** The tab of every day at once. */
export const ALL_DAYS = 'all';

export interface ProgrammeSession {
  readonly session: Session;
  /** Local start and end in the conference's time zone. */
  readonly start?: CalendarDate;
  readonly end?: CalendarDate;
  /** `YYYY-MM-DD` of the conference day, or `UNDATED`. */
  readonly day: string;
  /** Whether a time of day is known (else "time to be announced", or "not recorded" once the conference is over). */
  readonly timed: boolean;
  /** Instants in milliseconds, for timed sessions. */
  readonly startsAt?: number;
  readonly endsAt?: number;
  /** The conference's track the session names. */
  readonly track?: Track;
  /** Every language version of every searchable text, folded (lower case, no accents); worked out on the first search, then kept. */
  readonly searchText: string;
}

/**
 * A session of the programme. Its search text is made on the first search,
 * not when the programme is built: folding every language version of every
 * text of 15,000 sessions took a third of a second before anything showed.
 */
class Entry implements ProgrammeSession {
  #searchText?: string;
  constructor(
    readonly session: Session,
    private readonly feed: Feed,
    readonly day: string,
    readonly timed: boolean,
    readonly start?: CalendarDate,
    readonly end?: CalendarDate,
    readonly startsAt?: number,
    readonly endsAt?: number,
    readonly track?: Track,
  ) {}

  get searchText(): string {
    return (this.#searchText ??= searchTextOf(this.session, this.feed, this.track));
  }
}

export interface ProgrammeDay {
  /** `YYYY-MM-DD`, or `UNDATED`. */
  readonly key: string;
  readonly date?: CalendarDate;
  readonly sessions: readonly ProgrammeSession[];
}

export interface Programme {
  readonly conference: Conference;
  /** The zone the feed's local times are in: the conference's, else the reader's. */
  readonly timeZone: string;
  readonly days: readonly ProgrammeDay[];
  /** The same days by key. */
  readonly dayByKey: ReadonlyMap<string, ProgrammeDay>;
  readonly sessions: readonly ProgrammeSession[];
  /** Minutes after midnight of the feed's `dayChange` (0 without): a session that starts earlier belongs to the day before. */
  readonly dayChange: number;
  /** The kinds that occur, in the schema's order. */
  readonly kinds: readonly SessionKind[];
  /** The conference's tracks that sessions name, in its order. */
  readonly tracks: readonly Track[];
}

const KIND_ORDER: readonly SessionKind[] = ['plenary', 'working-group', 'culture', 'youth-forum', 'excursion', 'reception', 'other'];

/** `YYYY-MM-DD` of a full date. */
export function dayKey(date: Pick<CalendarDate, 'year' | 'month' | 'day'>): string {
  const pad = (value: number | undefined, width: number) => String(value ?? 1).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/** The starts of the first and the last timed session (one instant twice for one; none without): a clock change between them shows in the zones' names and offsets. */
export function timedStarts({ sessions }: Programme): number[] {
  const timed = (entry: ProgrammeSession) => entry.startsAt !== undefined;
  return [sessions.find(timed), sessions.findLast(timed)].flatMap((entry) => (entry ? [entry.startsAt!] : []));
}

/** The reader's own IANA time zone (from a shared formatter: the programme asks on every render). */
export function readerTimeZone(): string {
  return sharedReaderTimeZone();
}

function searchTextOf(session: Session, feed: Feed, track?: Track): string {
  const texts: (LocalisedText | undefined)[] = [session.title, session.description, session.venue, track?.name, ...(session.topics ?? [])];
  for (const id of session.coordinators ?? []) {
    const organisation = feed.organisationById.get(id);
    texts.push(organisation?.name, organisation?.shortName);
  }
  for (const id of [...(session.speakers ?? []), ...(session.moderators ?? [])]) texts.push(feed.personById.get(id)?.name);
  if (session.city) texts.push(feed.cityById.get(session.city)?.name);
  return foldText(texts.flatMap((text) => allVersions(text)).join('\n'));
}

/**
 * Orders sessions by day and start; sessions of a day without a time come
 * first, working groups by number, and the feed's order otherwise.
 */
function compareSessions(a: ProgrammeSession, b: ProgrammeSession): number {
  if (a.start && b.start) {
    const byStart = compareCalendarDates(a.start, b.start);
    if (byStart !== 0) return byStart;
  } else if (a.start || b.start) {
    return a.start ? -1 : 1;
  }
  return (a.session.workingGroup ?? Infinity) - (b.session.workingGroup ?? Infinity) || 0;
}

/**
 * The programme of `conference`: the days its sessions name (a day of the conference without
 * sessions has none: an empty tab only says that nothing is known), the undated last, and its sessions.
 */
export function buildProgramme(conference: Conference, feed: Feed, fallbackTimeZone: string = readerTimeZone()): Programme {
  const timeZone = conference.timeZone ?? fallbackTimeZone;
  // "04:00" → 240 minutes after midnight.
  const dayChange = dayChangeOf(conference);
  // Sessions share a few time slots: each distinct time is parsed, and placed in the zone, once.
  const parsed = new Map<string, CalendarDate | undefined>();
  const instants = new Map<string, number>();
  const parse = (text: string) => {
    if (!parsed.has(text)) parsed.set(text, parseCalendarDate(text));
    return parsed.get(text);
  };
  const trackById = new Map(conference.tracks?.map((track) => [track.id, track]));
  const instant = (text: string, date: CalendarDate) => {
    let value = instants.get(text);
    if (value === undefined) instants.set(text, (value = zonedInstant(date, timeZone)));
    return value;
  };
  const sessions: Entry[] = (conference.sessions ?? [])
    .map((session) => {
      const start = session.start ? parse(session.start) : undefined;
      let end = session.end ? parse(session.end) : undefined;
      const timed = start?.minutes !== undefined;
      let startsAt: number | undefined;
      let endsAt: number | undefined;
      if (start && timed) {
        startsAt = instant(session.start!, start);
        if (end?.minutes === undefined) end = undefined;
        endsAt = end ? instant(session.end!, end) : startsAt + DEFAULT_DURATION_MINUTES * 60_000;
        if (endsAt < startsAt) endsAt = startsAt;
      }
      // Before the feed's `dayChange` a session belongs to the programme day before its calendar day (it runs on after midnight).
      const day = !start
        ? UNDATED
        : timed && start.minutes! < dayChange
          ? new Date(zonedInstant({ ...start, minutes: -1 }, 'UTC')).toISOString().slice(0, 10)
          : dayKey(start);
      return new Entry(session, feed, day, timed, start, end, startsAt, endsAt, trackById.get(session.track!));
    })
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => compareSessions(a.entry, b.entry) || a.index - b.index)
    .map(({ entry }) => entry);

  const dates = new Map<string, CalendarDate>();
  // The sessions of each day gathered in one pass (a filter per day would cost days × sessions).
  const byDay = new Map<string, ProgrammeSession[]>();
  for (const entry of sessions) {
    if (entry.start && !dates.has(entry.day)) dates.set(entry.day, parseCalendarDate(entry.day)!);
    const list = byDay.get(entry.day);
    if (list) list.push(entry);
    else byDay.set(entry.day, [entry]);
  }
  const days: ProgrammeDay[] = [...dates.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, date]) => ({ key, date, sessions: byDay.get(key) ?? [] }));
  const undated = byDay.get(UNDATED);
  if (undated) days.push({ key: UNDATED, sessions: undated });

  const present = new Set<unknown>(sessions.flatMap((entry) => [entry.session.kind, entry.track]));
  return {
    conference,
    timeZone,
    dayChange,
    days,
    dayByKey: new Map(days.map((day) => [day.key, day])),
    sessions,
    kinds: KIND_ORDER.filter((kind) => present.has(kind)),
    tracks: [...trackById.values()].filter((track) => present.has(track)),
  };
}

export interface ProgrammeFilter {
  /** Words that must all occur, in any language version (case and accents ignored). */
  query?: string;
  /** Only sessions of this kind. */
  kind?: SessionKind | '';
  /** Only sessions of the track with this id. */
  track?: string;
  /** Only these session ids (the reader's favourites). */
  only?: ReadonlySet<string>;
}

/** Whether any filter is set. */
export function isFiltered(filter: ProgrammeFilter): boolean {
  return !!(filter.query?.trim() || filter.kind || filter.track || filter.only);
}

/** The sessions that pass `filter`, in their order. */
export function filterSessions(sessions: readonly ProgrammeSession[], filter: ProgrammeFilter): ProgrammeSession[] {
  // No search, no folding: the first render of each day would fold an empty query (a normalize() each time).
  const query = filter.query?.trim();
  const words = query ? foldText(query).split(/\s+/) : [];
  return sessions.filter(
    (entry) =>
      (!filter.kind || entry.session.kind === filter.kind) &&
      (!filter.track || entry.track?.id === filter.track) &&
      (!filter.only || filter.only.has(entry.session.id)) &&
      words.every((word) => entry.searchText.includes(word)),
  );
}

/** Which sessions a calendar file holds: all, those shown (tab and filters), the favourites, or one. */
export type CalendarScope = 'all' | 'shown' | 'favourites' | { session: string };

export type SessionTiming = 'now' | 'next';

/** The programme day (`YYYY-MM-DD`) at `now` in the programme's zone: before its `dayChange`, the calendar day before. */
export function programmeToday(programme: Programme, now: Date): string {
  return dayKey(dayInZone(now, programme.timeZone, programme.dayChange));
}

/**
 * Which sessions run at `now` and which start next (the earliest start after
 * `now` on the same conference day or later). Whole-day sessions are neither.
 */
export function nowAndNext(sessions: readonly ProgrammeSession[], now: number): Map<string, SessionTiming> {
  const timing = new Map<string, SessionTiming>();
  let next: number | undefined;
  for (const entry of sessions) {
    if (entry.startsAt === undefined || entry.endsAt === undefined) continue;
    if (entry.startsAt <= now && now < Math.max(entry.endsAt, entry.startsAt + 1)) timing.set(entry.session.id, 'now');
    else if (entry.startsAt > now && (next === undefined || entry.startsAt < next)) next = entry.startsAt;
  }
  if (next !== undefined) for (const entry of sessions) if (entry.startsAt === next) timing.set(entry.session.id, 'next');
  return timing;
}
