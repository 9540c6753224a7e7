/**
 * The map's search: which cities a query finds. Every spelling of a city's
 * name is made a search key once per feed: in idle time once a visitor
 * reaches for the map (prepareSearch, driven by prepare.ts), else on the first
 * search; never when the map opens, never per keystroke. A keystroke then
 * compares the query with one string per city. A query matches at the start of a name or of a word in it
 * (see keyMatches in ../shared/search.ts): "Essen" finds Essen, not Giessen.
 */
import type { City } from '../feed/schema.js';
import { allVersions } from '../feed/text.js';
import { searchKey } from '../shared/search.js';
import type { MapModel } from './model.js';
import { mapWork } from './work.js';

/** Between two spellings in a city's keys: no key contains it, so no match runs from one spelling into the next. */
const SPELLING = '|';

const keysByCity = new WeakMap<City, string>();

/** Every spelling's key of a city's name, each after SPELLING: "|nisni novgorod|nisni novgorod". */
function keysOf(city: City): string {
  let keys = keysByCity.get(city);
  if (keys === undefined) {
    keys = allVersions(city.name)
      .map((name) => SPELLING + searchKey(name))
      .join('');
    keysByCity.set(city, keys);
    mapWork.searchKeys++;
  }
  return keys;
}

/** Cities keyed per step of prepareSearch: a few milliseconds of idle time. */
const KEYS_PER_STEP = 200;

/**
 * Makes every city's search keys in steps (a generator: one step per `next()`), for idle time
 * once a visitor reaches for the map (prepare.ts); the first keystroke then only compares.
 * A city keyed already is skipped, so steps and searches never key a city twice.
 */
export function* prepareSearch(model: MapModel): Generator<void, void> {
  let count = 0;
  for (const { city } of model.cities.values()) {
    keysOf(city);
    if (++count % KEYS_PER_STEP === 0) yield;
  }
}

const found = new WeakMap<MapModel, Map<string, ReadonlySet<string>>>();
/** Queries kept per model: the last few typed. */
const QUERIES_KEPT = 16;

/** The ids of the model's cities whose name in some spelling has a word starting with the query (already a key, not empty). */
export function citiesFound(model: MapModel, query: string): ReadonlySet<string> {
  let kept = found.get(model);
  if (!kept) found.set(model, (kept = new Map()));
  let ids = kept.get(query);
  if (!ids) {
    const atStart = SPELLING + query;
    const atWord = ` ${query}`;
    const matched = new Set<string>();
    for (const { city } of model.cities.values()) {
      const keys = keysOf(city);
      if (keys.includes(atStart) || keys.includes(atWord)) matched.add(city.id);
    }
    if (kept.size >= QUERIES_KEPT) kept.delete(kept.keys().next().value!);
    kept.set(query, (ids = matched));
  }
  return ids;
}
