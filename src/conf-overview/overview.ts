/**
 * What <conf-overview> shows, as plain data: registration state against the
 * clock, the one link of the compact variant, the calendar entry. No DOM.
 */
import { daysBetween, parseCalendarDate } from '../feed/dates.js';
import type { Conference, LocalisedText } from '../feed/schema.js';
import { safeHref } from '../feed/text.js';
import type { CalendarEntry } from '../shared/calendar.js';
import { dayInZone, type ConferenceStatus } from '../shared/conference.js';

export type RegistrationState = { kind: 'open'; url?: string; deadline?: string } | { kind: 'closed' } | { kind: 'not-yet' };

/**
 * The registration as it stands at `now`, on the calendar day in the conference's time zone: an
 * open registration whose deadline has passed is closed, and so is any once the conference has
 * taken place (its `status` at `now` is past; a feed left "open" or "not-yet" after it, or with a
 * deadline mistyped after it).
 */
export function registrationState(
  conference: Pick<Conference, 'registration' | 'timeZone'>,
  now: Date,
  status: ConferenceStatus,
): RegistrationState | undefined {
  const { registration, timeZone } = conference;
  if (!registration) return undefined;
  const today = dayInZone(now, timeZone);
  const kind = status.kind === 'past' ? 'closed' : registration.status;
  if (kind !== 'open') return { kind };
  const deadline = registration.deadline ? parseCalendarDate(registration.deadline) : undefined;
  if (
    deadline?.month !== undefined &&
    deadline.day !== undefined &&
    daysBetween(today, { year: deadline.year, month: deadline.month, day: deadline.day }) < 0
  ) {
    return { kind: 'closed' };
  }
  return { kind: 'open', url: safeHref(registration.url), deadline: registration.deadline };
}

export interface MainLink {
  href: string;
  kind: 'registration' | 'online' | 'link';
  label?: LocalisedText;
}

/** The one link of the compact variant: open registration, else online participation (`online`: none once the conference is past), else the first link. */
export function mainLink(conference: Conference, registration: RegistrationState | undefined, online: string | undefined): MainLink | undefined {
  if (registration?.kind === 'open' && registration.url) return { href: registration.url, kind: 'registration' };
  if (online) return { href: online, kind: 'online' };
  for (const link of conference.links ?? []) {
    const href = safeHref(link.url);
    if (href) return { href, kind: 'link', label: link.label };
  }
  return undefined;
}

/** The whole conference as one calendar entry; `undefined` without a full start date. */
export function conferenceEntry(conference: Conference, text: { summary: string; location: string; description: string }): CalendarEntry | undefined {
  const start = parseCalendarDate(conference.start);
  if (!start || start.precision !== 'day') return undefined;
  const end = conference.end ? parseCalendarDate(conference.end) : undefined;
  const url = mainLink(conference, undefined, safeHref(conference.onlineUrl))?.href;
  return {
    uid: `${conference.id}@staedtepartner-widgets`,
    summary: text.summary,
    location: text.location || undefined,
    description: text.description || undefined,
    url,
    start: { ...start, minutes: undefined },
    end: end?.precision === 'day' ? { ...end, minutes: undefined } : undefined,
  };
}
