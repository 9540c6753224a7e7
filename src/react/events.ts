import type { EventName } from '@lit/react';
import type { WidgetEventMap, WidgetEventName } from '../events.js';

/** A widget event's name, typed with its event (and `detail`) for @lit/react's `onX` props. */
const event = <K extends WidgetEventName>(name: K) => name as EventName<WidgetEventMap[K]>;

/** The events every widget sends, as React props. */
export const feedEvents = {
  /** `feed-ready`: the feed is loaded and shown; `detail.warnings` lists what was dropped. */
  onFeedReady: event('feed-ready'),
  /** `feed-error`: the feed cannot be shown; `detail.failure` says why. */
  onFeedError: event('feed-error'),
};

export const calendarEvents = {
  /** `calendar-download`: a calendar file was offered. */
  onCalendarDownload: event('calendar-download'),
};

export const programmeEvents = {
  /** `day-select`: the reader chose a tab; `detail.day`. */
  onDaySelect: event('day-select'),
  /** `favourite-change`: a session was added to or removed from "My programme". */
  onFavouriteChange: event('favourite-change'),
};

export const mapEvents = {
  /** `city-select` (cancelable): a city was activated; `detail.city`, `cities`, `partnerships`. */
  onCitySelect: event('city-select'),
  /** `partnership-select` (cancelable): a partnership was chosen in the details. */
  onPartnershipSelect: event('partnership-select'),
};
