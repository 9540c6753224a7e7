import type { City, Conference, Organisation, Partnership, Person } from './schema.js';

/** A feed that passed validation: every id it names exists, every date is real. */
export interface Feed {
  readonly version: 1;
  readonly organisations: readonly Organisation[];
  readonly people: readonly Person[];
  readonly cities: readonly City[];
  readonly partnerships: readonly Partnership[];
  readonly conferences: readonly Conference[];
  readonly organisationById: ReadonlyMap<string, Organisation>;
  readonly personById: ReadonlyMap<string, Person>;
  readonly cityById: ReadonlyMap<string, City>;
  /**
   * How many entries of each list validation dropped (bad or duplicate items, partnerships
   * naming an unknown city; a list that is no list counts as one): a widget whose list came out
   * empty says that entries were left out instead of "nothing listed yet". The warnings say which
   * and why.
   */
  readonly dropped: { readonly partnerships: number; readonly conferences: number };
}

/** Something in the feed that was dropped or ignored, with its JSON path (`$.partnerships[3].since`). */
export interface FeedWarning {
  path: string;
  message: string;
}

/**
 * Why a feed could not be shown at all.
 * - `no-source`: neither `src` nor `feed` is set once the page has loaded (before, the widget waits:
 *   a server-rendered app sets `feed` when it hydrates)
 * - `feed-attribute`: no `src`, and the attribute `feed="[object Object]"`: a framework set the
 *   feed object as an attribute, before the element was defined (React 19 with the script-tag loader)
 * - `not-found`: `src="#id"` names no `<script type="application/json">` on the page
 * - `address`: `src` is not a web address (a file on a computer, `C:\…` or `file:`, `mailto:`, or not a URL)
 * - `network`: the request failed (offline, DNS, or the server refuses cross-origin requests)
 * - `timeout`: no complete answer within the loader's time limit
 * - `too-large`: the answer is larger than the loader's size limit (`loaderSettings.maxBytes`)
 * - `http`: the server answered with an error status
 * - `not-json`: the answer is not JSON: damaged, cut short, or empty
 * - `other-format`: the answer is a web page, an XML file or a calendar file (an HTML error page, a
 *   schedule's `schedule.xml` or `.ics` export)
 * - `version`: the document has no or an unknown `version`
 * - `invalid`: the document is JSON but not a feed object
 */
export type FeedFailureKind =
  'no-source' | 'feed-attribute' | 'not-found' | 'address' | 'network' | 'timeout' | 'too-large' | 'http' | 'not-json' | 'other-format' | 'version' | 'invalid';

export interface FeedFailure {
  kind: FeedFailureKind;
  /** HTTP status for `http`, the version found for `version`, the line where the JSON breaks for `not-json` (where found). */
  status?: number | string;
  /** Technical detail for the console. */
  detail: string;
}

export type FeedResult = { ok: true; feed: Feed; warnings: readonly FeedWarning[] } | { ok: false; failure: FeedFailure };
