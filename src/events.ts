/**
 * The widgets' events, with their `detail` types, declared in the DOM's global event maps so that
 * `element.addEventListener('feed-ready', (event) => event.detail.warnings)` type-checks in the
 * host app without a cast. Every event bubbles out of the shadow root (`composed`), so the
 * declarations go into `GlobalEventHandlersEventMap`, which `HTMLElementEventMap`,
 * `DocumentEventMap` and `WindowEventMap` extend: a listener on an ancestor, the document or the
 * window is typed as well.
 *
 * Types only: the base class's `emit()` takes its names and details from `WidgetEventMap`, so an
 * event a widget sends cannot differ from what is declared here. Every widget entry reaches this
 * module through the base class's declarations.
 */
import type { FeedFailure, FeedWarning } from './feed/model.js';
import type { City, Partnership } from './feed/schema.js';

/** `feed-ready`, from every widget: the feed is loaded and shown. */
export interface FeedReadyDetail {
  /** What was dropped from the feed or guessed, each with its JSON path. */
  warnings: readonly FeedWarning[];
}

/** `feed-error`, from every widget: the feed cannot be shown. */
export interface FeedErrorDetail {
  failure: FeedFailure;
}

/** `day-select`, from `<conf-programme>`: the reader chose a tab. */
export interface DaySelectDetail {
  /** `YYYY-MM-DD`, `all`, `undated` or `side-events`. */
  day: string;
}

/** `favourite-change`, from `<conf-programme>`: a session was added to or removed from "My programme". */
export interface FavouriteChangeDetail {
  /** The session's id. */
  session: string;
  /** Whether it is a favourite now. */
  favourite: boolean;
  /** The ids of all favourites now. */
  favourites: string[];
}

/**
 * `calendar-download`, from `<conf-overview>` (the conference) and `<conf-programme>` (with
 * `scope` and `sessions`): a calendar file was offered.
 */
export interface CalendarDownloadDetail {
  /** The conference's id. */
  conference: string;
  /** `<conf-programme>` only: which sessions, e.g. `all`, `favourites`, a day or a session id. */
  scope?: string;
  /** `<conf-programme>` only: the ids of the sessions in the file. */
  sessions?: string[];
}

/** `city-select`, from `<partnership-map>` (cancelable: `preventDefault()` keeps the details closed). */
export interface CitySelectDetail {
  /** The city activated (the first, when several share one place). */
  city: City;
  cities: readonly City[];
  /** Their partnerships that pass the filters. */
  partnerships: readonly Partnership[];
}

/** `partnership-select`, from `<partnership-map>` (cancelable): a partnership was chosen in the details. */
export interface PartnershipSelectDetail {
  partnership: Partnership;
  cities: readonly [City, City];
}

/** Every event a widget sends, by name. */
export interface WidgetEventMap {
  'feed-ready': CustomEvent<FeedReadyDetail>;
  'feed-error': CustomEvent<FeedErrorDetail>;
  'day-select': CustomEvent<DaySelectDetail>;
  'favourite-change': CustomEvent<FavouriteChangeDetail>;
  'calendar-download': CustomEvent<CalendarDownloadDetail>;
  'city-select': CustomEvent<CitySelectDetail>;
  'partnership-select': CustomEvent<PartnershipSelectDetail>;
}

/** The name of an event a widget sends. */
export type WidgetEventName = keyof WidgetEventMap;

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- it adds WidgetEventMap's entries
  interface GlobalEventHandlersEventMap extends WidgetEventMap {}
}
