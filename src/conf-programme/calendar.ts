/**
 * Calendar files of the programme: one session, the whole programme, the
 * sessions shown or the reader's favourites. Loaded only when a reader asks
 * for a file, with ical-generator (src/shared/calendar.ts).
 */
import type { Feed } from '../feed/model.js';
import { localise } from '../feed/text.js';
import { currentLanguage } from '../i18n/language.js';
import { downloadCalendar, toICalendar, type CalendarEntry } from '../shared/calendar.js';
import { conferenceTitle } from '../shared/conference-text.js';
import { ALL_DAYS, filterSessions, SIDE_EVENTS, type CalendarScope, type Programme, type ProgrammeFilter, type ProgrammeSession } from './programme.js';

export { downloadCalendar } from '../shared/calendar.js';

export interface SessionTexts {
  name: string;
  title(entry: ProgrammeSession): string;
  location(entry: ProgrammeSession): string;
  description(entry: ProgrammeSession): string;
  url(entry: ProgrammeSession): string;
}

/** The sessions of a calendar file of `scope`, given the tab on screen, the filters and the favourites. */
export function calendarSessions(
  programme: Programme,
  scope: CalendarScope,
  view: { tab: string; filter: ProgrammeFilter; favourites: ReadonlySet<string> },
): ProgrammeSession[] {
  const { sessions } = programme;
  if (typeof scope === 'object') return sessions.filter((entry) => entry.session.id === scope.session);
  if (scope === 'favourites') return sessions.filter((entry) => view.favourites.has(entry.session.id));
  if (scope === 'all') return [...sessions];
  const onTab = view.tab === ALL_DAYS || view.tab === SIDE_EVENTS ? sessions : sessions.filter((entry) => entry.day === view.tab);
  return filterSessions(onTab, view.filter);
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

export interface CalendarOffer {
  readonly feed: Feed;
  /** A session's title in a language (templates.ts's, passed in so that this chunk imports nothing of the widget's first chunk). */
  title(entry: ProgrammeSession, language: string): string;
  url(entry: ProgrammeSession): string;
  /** Where the download link is clicked. */
  readonly root: ShadowRoot;
}

/**
 * Offers the sessions of `scope` (given the tab on screen, the filters and the favourites) that have
 * a date as a calendar file, `<conference>-<scope>.ics`, their texts in the widgets' language; returns
 * their ids, none (and no file) when none of them has a date.
 */
export function offerCalendar(
  programme: Programme,
  scope: CalendarScope,
  view: { tab: string; filter: ProgrammeFilter; favourites: ReadonlySet<string> },
  offer: CalendarOffer,
): string[] {
  const entries = calendarSessions(programme, scope, view).filter((entry) => entry.start);
  if (!entries.length) return [];
  const language = currentLanguage();
  const text = programmeCalendar(programme, entries, {
    name: conferenceTitle(programme.conference, language),
    title: (entry) => offer.title(entry, language),
    location: (entry) =>
      [localise(entry.session.venue, language), localise(entry.session.city ? offer.feed.cityById.get(entry.session.city)?.name : undefined, language)]
        .filter(Boolean)
        .join(', '),
    description: (entry) => localise(entry.session.description, language),
    url: offer.url,
  });
  downloadCalendar(`${programme.conference.id}-${typeof scope === 'object' ? scope.session : scope}.ics`, text, offer.root);
  return entries.map((entry) => entry.session.id);
}
