/**
 * Part of a feed document validated as the whole would be, before the whole is: the
 * partnerships founded in some years, with the cities they name. `<jubilee-list>` shows its
 * first entries from it while the rest of a large feed is validated in steps.
 *
 * An item's validity depends on no other item but through two rules:
 * - a partnership is kept only if both its cities are, and of the city items that share an id the
 *   first valid one is kept: so every city item with an id the part names goes in, in document
 *   order, from wherever it stands in the list. The part's cities are exactly the whole feed's.
 * - of the partnerships that share an id the first valid one is kept. Only the items of the chosen
 *   years go in (in document order), not those of other years with the same ids: finding them
 *   meant reading the id of every one of 25,000 partnerships before the first entries, the larger
 *   part of the list's script then. So where an id is used twice in the feed (a feed error, warned
 *   about by the whole feed's validation), the part may keep an item that the whole drops, and the
 *   first entries may show one entry too many until the whole feed is validated; they never miss
 *   one. Without duplicate partnership ids the part is exact.
 *
 * A partnership founded in a chosen year has a `since` that starts with that year (PARTIAL_DATE),
 * so reading the first four characters of each raw `since` finds them all.
 *
 * A chunk of its own (`<jubilee-list>` imports it when it is defined, fast-parse.ts does the
 * same): it is handed `validateFeed` instead of importing it, so that it imports no feed module.
 */
import type { Feed, FeedResult } from './model.js';

/** A feed document's partnerships by the year their raw `since` starts with, read without validating anything. */
export interface RawPartnerships {
  readonly document: Record<string, unknown>;
  readonly list: readonly unknown[];
  /**
   * The items of each year (0–9999) as linked lists in document order: the first index of a year
   * (-1 for none), and after each index the next of its year (-1 after the last). Choosing the
   * items of a few years then walks those items only, not 25,000 entries again.
   */
  readonly firstOf: Int32Array;
  readonly next: Int32Array;
  /** How many items name each year (0–9999); a hole counts where `Array.prototype` has an item at its index (it is left out when picked). */
  readonly perYear: Int32Array;
}

type Raw = Record<string, unknown>;

/** A field of an item, as the item's schema reads it (also one a host page's class inherits). */
const read = (item: unknown, key: string): unknown => (typeof item === 'object' && item !== null ? (item as Raw)[key] : undefined);

/** A raw list of the document as validation reads it: an own array field, else none. */
function listOf(document: Raw, key: string): readonly unknown[] {
  const list = Object.hasOwn(document, key) ? document[key] : undefined;
  return Array.isArray(list) ? list : [];
}

/** The document's partnerships by founding year; undefined for anything that is not a feed of `version`. */
export function rawPartnerships(document: unknown, version: number): RawPartnerships | undefined {
  if (typeof document !== 'object' || document === null || Array.isArray(document)) return undefined;
  if (!Object.hasOwn(document, 'version') || (document as Raw)['version'] !== version) return undefined;
  const list = listOf(document as Raw, 'partnerships');
  const next = new Int32Array(list.length);
  const firstOf = new Int32Array(10_000).fill(-1);
  const perYear = new Int32Array(10_000);
  // One plain loop over 25,000 items without calls (holes told apart only
  // for the items picked): it runs once, cold, before the first entries are shown. Backwards,
  // so that each year's list comes out in document order.
  for (let index = list.length - 1; index >= 0; index--) {
    const item = list[index] as Raw | null;
    const since = typeof item === 'object' && item !== null ? item.since : undefined;
    if (typeof since !== 'string' || since.length < 4) continue;
    const a = since.charCodeAt(0) - 48;
    const b = since.charCodeAt(1) - 48;
    const c = since.charCodeAt(2) - 48;
    const d = since.charCodeAt(3) - 48;
    // Four digits (a negative number shifted unsigned is no digit either).
    if (a >>> 0 < 10 && b >>> 0 < 10 && c >>> 0 < 10 && d >>> 0 < 10) {
      const year = a * 1000 + b * 100 + c * 10 + d;
      next[index] = firstOf[year];
      firstOf[year] = index;
      perYear[year]++;
    }
  }
  return { document: document as Raw, list, firstOf, next, perYear };
}

/**
 * The feed's partnerships founded in `years` (of those, only the raw items `wanted` takes: a
 * narrower part, where the caller knows that no other could be of use) and the cities they name,
 * validated as `validate(document)` validates them (see the top of this module for the one way
 * they can differ: an id used twice); the other lists are left out, and nothing is reported (the
 * whole document's validation reports its warnings once).
 */
export function validateYears(
  raw: RawPartnerships,
  years: readonly number[],
  version: number,
  validate: (document: unknown) => FeedResult,
  wanted: (item: unknown) => boolean = () => true,
): Feed {
  const { list, firstOf, next } = raw;
  // The chosen items, walking only the items of those years (holes skipped, as validation does), then in document order.
  const picked: number[] = [];
  for (const year of years) {
    for (let index = firstOf[year]; index >= 0; index = next[index]) if (Object.hasOwn(list, index) && wanted(list[index])) picked.push(index);
  }
  const items: unknown[] = [];
  const cityIds = new Set<unknown>();
  for (const index of Int32Array.from(picked).sort()) {
    const item = list[index];
    items.push(item);
    const cities = read(item, 'cities');
    if (Array.isArray(cities) && cities.length === 2) cityIds.add(cities[0]).add(cities[1]);
  }
  // Every city item with an id named: the first valid item of an id is kept, wherever it stands (holes skipped, as validation does).
  const cities: unknown[] = [];
  const allCities = listOf(raw.document, 'cities');
  for (let index = 0; index < allCities.length; index++) {
    const city = allCities[index] as Raw | null;
    if (typeof city === 'object' && city !== null && cityIds.has(city.id) && Object.hasOwn(allCities, index)) cities.push(city);
  }
  const result = validate({ version, cities, partnerships: items });
  if (!result.ok) throw new Error(`part of a feed refused: ${result.failure.detail}`);
  return result.feed;
}
