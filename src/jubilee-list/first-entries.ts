/**
 * The first entries of a large feed's jubilee list before the feed is validated whole: the
 * groups are ordered by age, so the first ones come from the partnerships of the latest
 * founding years; those years are validated alone (../feed/partial.ts), and the rest of
 * the feed in steps after the first entries are painted. With a `feed` object of 25,000
 * partnerships the list waited about 40 ms for validation before it showed anything.
 *
 * A chunk of its own, imported when the list is defined; the functions it needs from the
 * list's own modules are handed in, so that it splits none of them off into a chunk of their own.
 */
import type { Feed, FeedResult } from '../feed/model.js';
import { rawPartnerships, validateYears } from '../feed/partial.js';
import type { JubileeGroup, JubileeQuery } from './anniversaries.js';

/** A feed with fewer partnerships is validated whole before the first render, as before: that takes a few milliseconds. */
export const FIRST_ENTRIES_FROM = 2_000;

export interface FirstEntries {
  /** The first groups, each complete; groups of older partnerships are not there yet. */
  groups: JubileeGroup[];
  /** Their entries: at least the number wanted, unless these are all the feed has. */
  count: number;
}

export interface FirstEntriesNeeds {
  version: number;
  validate: (document: unknown) => FeedResult;
  /** `listJubilees(feed, query, today, language).groups`, with the day and language of the render. */
  list: (feed: Feed) => JubileeGroup[];
}

/**
 * The first groups of `query`'s jubilees in `document` until they hold `wanted` entries, as the
 * validated feed lists them (where a partnership id is used twice, perhaps with an entry too many:
 * see ../feed/partial.ts); undefined for a small feed, or when those groups are a large
 * part of the feed (a `city` or `country` with few jubilees): then validating the whole at once
 * costs less. Reading a host page's object may throw: the caller catches it.
 */
export function firstEntries(document: unknown, query: JubileeQuery, wanted: number, needs: FirstEntriesNeeds): FirstEntries | undefined {
  const raw = rawPartnerships(document, needs.version);
  if (!raw || raw.list.length < FIRST_ENTRIES_FROM) return undefined;
  const step = Math.max(1, Math.trunc(query.step));
  // A partnership of the city names it among its two raw city ids: the others need not be validated.
  const city = query.city;
  const wantedItem = city
    ? (item: unknown) => Array.isArray((item as { cities?: unknown }).cities) && (item as { cities: unknown[] }).cities.includes(city)
    : undefined;
  const perYear = wantedItem ? new Int32Array(10_000) : raw.perYear;
  if (wantedItem) {
    for (let year = 0; year < 10_000; year++) {
      for (let index = raw.firstOf[year]; index >= 0; index = raw.next[index]) if (wantedItem(raw.list[index])) perYear[year]++;
    }
  }
  // Founding years of the groups, the youngest group (latest year) first, as listJubilees orders them.
  const years: number[] = [];
  for (let year = Math.min(query.year - step, 9_999); year >= 0; year -= step) if (perYear[year] > 0) years.push(year);
  let taken = 0;
  let candidates = 0;
  // Each round takes at least one more year, and validates about four times as many as the last.
  for (let enough = wanted; taken < years.length; enough = candidates * 4) {
    do candidates += perYear[years[taken++]];
    while (taken < years.length && candidates < enough);
    if (candidates * 4 > raw.list.length) return undefined;
    const groups = needs.list(validateYears(raw, years.slice(0, taken), needs.version, needs.validate, wantedItem));
    const count = groups.reduce((sum, group) => sum + group.size, 0);
    if (count >= wanted || taken === years.length) return count > 0 ? { groups, count } : undefined;
  }
  return undefined;
}

/**
 * When the page is idle after the first entries were painted (a frame later where there is no
 * requestIdleCallback). The idle callback is asked for in the frame that paints them: asked
 * for at once, it could run in the idle time left before that frame, and the whole feed's
 * validation would start before the first entries are painted. A hidden page draws no frames:
 * after a second it is asked for anyway.
 */
function afterFirstPaint(): Promise<void> {
  return new Promise((resolve) => {
    let asked = false;
    const idle = () => {
      if (asked) return;
      asked = true;
      if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 500 });
      else setTimeout(resolve, 16);
    };
    requestAnimationFrame(idle);
    setTimeout(idle, 1000);
  });
}

/**
 * `firstEntries` for the list's `feedLater`, with `painted`: resolves when the page is idle after
 * they were painted, for the whole feed's validation to start. Undefined also where reading the
 * document throws (a host page's object): the whole is validated at once then, and refused with a message.
 */
export function firstEntriesLater(
  document: unknown,
  query: JubileeQuery,
  wanted: number,
  needs: FirstEntriesNeeds,
): (FirstEntries & { painted: Promise<void> }) | undefined {
  try {
    const first = firstEntries(document, query, wanted, needs);
    return first && { ...first, painted: afterFirstPaint() };
  } catch {
    return undefined;
  }
}
