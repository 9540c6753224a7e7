/**
 * The programme at a moment: which conference it shows, whether that runs today or is over (the
 * tense of what the feed lacks: "to be announced" or "not recorded"), whether now and next apply,
 * and where "Jump to now" goes. The element renders again every minute while they apply
 * (ClockController, src/shared/clock-controller.ts); tests set the time with setClock (src/shared/clock.ts).
 */
import type { Feed } from '../feed/model.js';
import type { Conference } from '../feed/schema.js';
import { conferenceStatus, dayInZone, findConference } from '../shared/conference.js';
import { nowAndNext, programmeToday, type Programme, type ProgrammeSession } from './programme.js';

/** What an update shows, derived from the feed, the `conference` attribute and the time. */
export interface Shown {
  feed: Feed;
  now: Date;
  conference?: Conference;
  programme?: Programme;
  /** The conference runs today (its programme day, in its own time zone). */
  running: boolean;
  /** It is over: what the feed lacks was not recorded, rather than to be announced. */
  past?: boolean;
  /** It runs and has sessions with a time of day: now and next apply, and change by the minute. */
  live: boolean;
}

/** The conference `id` names (else the running, next or latest one), its programme from `model`, and its tense at `now`. */
export function shownAt(feed: Feed, id: string | undefined, now: Date, model: (conference: Conference) => Programme): Shown {
  const conference = findConference(feed.conferences, id, now);
  if (!conference) return { feed, now, running: false, live: false };
  const programme = model(conference);
  // Today is the programme's day: at 01:00 after the last date, before the day change, the conference still runs.
  const status = conferenceStatus(conference, dayInZone(now, programme.timeZone, programme.dayChange)).kind;
  const running = status === 'running';
  // Now and next only mean something for sessions with a time of day.
  const live = running && programme.sessions.some((entry) => entry.timed);
  return { feed, now, conference, programme, running, live, past: status === 'past' };
}

/**
 * Where "Jump to now" goes: the first session running at `now` on today's tab, else the first running
 * (one begun days before, an exhibition, is listed on the day it began), else the next one.
 */
export function sessionNow(programme: Programme, now: Date): ProgrammeSession | undefined {
  const timing = nowAndNext(programme.sessions, now.getTime());
  const running = programme.sessions.filter((entry) => timing.get(entry.session.id) === 'now');
  const today = programmeToday(programme, now);
  return running.find((entry) => entry.day === today) ?? running[0] ?? programme.sessions.find((entry) => timing.get(entry.session.id) === 'next');
}
