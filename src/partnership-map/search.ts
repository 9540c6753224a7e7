/**
 * The map's search: which cities a query finds. Every spelling of a city's
 * name is made a search key once per feed: in idle time once a visitor
 * reaches for the map or a map of many cities is in view (prepareSearch,
 * driven by prepare.ts), else on the first search; never before the map's first
 * markers, never per keystroke. A keystroke then
 * compares the query with the keys of the cities that have a word with its
 * first letter, or fewer (citiesFound). A query matches at the start of a name or of a word in it
 * (see keyMatches in ./search-keys.ts): "Essen" finds Essen, not Giessen.
 */
import type { City } from '../feed/schema.js';
import { allVersions } from '../feed/text.js';
import { searchKeys } from './search-keys.js';
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
      .flatMap(searchKeys)
      .map((key) => SPELLING + key)
      .join('');
    keysByCity.set(city, keys);
    mapWork.searchKeys++;
  }
  return keys;
}

/** Cities keyed per step of prepareSearch: a few milliseconds of idle time. */
const KEYS_PER_STEP = 200;

/**
 * A model's cities by the first letter of each word of their keys: the cities a query can find
 * are those under its first letter (for a query of one letter, exactly those). Filled city by
 * city in model order, so each list is in that order.
 */
interface Initials {
  /** Cities keyed and listed so far (model.cityList[0 … done − 1]). */
  done: number;
  byLetter: Map<string, number[]>;
}

const initialsByModel = new WeakMap<MapModel, Initials>();

function initialsOf(model: MapModel): Initials {
  let initials = initialsByModel.get(model);
  if (!initials) initialsByModel.set(model, (initials = { done: 0, byLetter: new Map() }));
  return initials;
}

/** Keys the next city of the model and lists it under the first letters of its words. */
function listNext(model: MapModel, initials: Initials): void {
  const number = initials.done++;
  const keys = keysOf(model.cityList[number].city);
  const letters = new Set<string>();
  for (let i = 1; i < keys.length; i++) {
    const before = keys[i - 1];
    if ((before === SPELLING || before === ' ') && keys[i] !== SPELLING && keys[i] !== ' ') letters.add(keys[i]);
  }
  for (const letter of letters) {
    const list = initials.byLetter.get(letter);
    if (list) list.push(number);
    else initials.byLetter.set(letter, [number]);
  }
}

/**
 * Makes every city's search keys in steps (a generator: one step per `next()`), for idle time
 * once a visitor reaches for the map or a large one is in view (prepare.ts); the first keystroke then only compares.
 * A city keyed already is skipped, so steps and searches never key a city twice.
 */
export function* prepareSearch(model: MapModel): Generator<void, void> {
  const initials = initialsOf(model);
  let count = 0;
  while (initials.done < model.cityList.length) {
    listNext(model, initials);
    if (++count % KEYS_PER_STEP === 0) yield;
  }
}

/**
 * The cities of one initial, marked by number, for a search rehearsed in idle time (prepare.ts):
 * the initial with the most cities, so that the rehearsal is as large as the largest search of one
 * letter, which a first keystroke can be (a rehearsal of a few hundred cities left that keystroke's
 * code unprepared for thousands: docs/performance.md, "Stop 61"). None before every city is keyed.
 * Nothing is kept: a later search of that letter compares as any other.
 */
export function searchSample(model: MapModel): Uint8Array | undefined {
  const initials = initialsOf(model);
  if (initials.done < model.cityList.length) return undefined;
  let sample: readonly number[] = [];
  for (const list of initials.byLetter.values()) if (list.length > sample.length) sample = list;
  if (sample.length === 0) return undefined;
  const marks = new Uint8Array(model.cityList.length);
  for (const number of sample) marks[number] = 1;
  return marks;
}

/** The cities a query finds, by number (model.cityList). */
export interface Found {
  /** Their numbers, in model order. */
  list: readonly number[];
  /** 1 at the number of each city found. */
  marks: Uint8Array;
}

const found = new WeakMap<MapModel, Map<string, Found>>();
/** Queries kept per model: the last few typed. */
const QUERIES_KEPT = 16;

/**
 * The model's cities whose name in some spelling has a word starting with one of a query's keys
 * (queryKeys: not empty, none blank). Only the cities listed under the keys' first letters are
 * compared, or fewer: those an earlier query found each of whose keys begins one of these (typing
 * on only narrows the search).
 */
export function citiesFound(model: MapModel, queries: readonly string[]): Found {
  let kept = found.get(model);
  if (!kept) found.set(model, (kept = new Map()));
  const query = queries.join(SPELLING);
  let result = kept.get(query);
  if (result) {
    kept.delete(query);
  } else {
    const initials = initialsOf(model);
    // A search before the idle steps are done keys the rest at once.
    while (initials.done < model.cityList.length) listNext(model, initials);
    const initialsFound = new Set(queries.map((key) => key[0]));
    let candidates: readonly number[] = [...initialsFound].flatMap((letter) => initials.byLetter.get(letter) ?? []);
    // Cities listed under two of the letters once, in model order.
    if (initialsFound.size > 1) candidates = [...new Set(candidates)].sort((a, b) => a - b);
    for (const [earlier, { list }] of kept) {
      const earlierKeys = earlier.split(SPELLING);
      if (list.length < candidates.length && queries.every((key) => earlierKeys.some((before) => key.startsWith(before)))) candidates = list;
    }
    const marks = new Uint8Array(model.cityList.length);
    // Keys of one letter find exactly the cities listed under them: no keys to read.
    const list = queries.every((key) => key.length === 1)
      ? [...candidates]
      : candidates.filter((number) => {
          const keys = keysOf(model.cityList[number].city);
          return queries.some((key) => keys.includes(SPELLING + key) || keys.includes(` ${key}`));
        });
    for (const number of list) marks[number] = 1;
    mapWork.searchCompares += candidates.length;
    if (kept.size >= QUERIES_KEPT) kept.delete(kept.keys().next().value!);
    result = { list, marks };
  }
  kept.set(query, result);
  return result;
}

/**
 * The city that Enter in the search field opens: of the cities the query finds, among those `shown`
 * counts partnerships for (the other filters keep them), the one with the most partnerships shown of
 * those a name of which the query is whole in some spelling ("Essen", not Essen-Werden; Paris in
 * France, not in Texas), else of all (the first in model order of those). None when the query finds
 * no city shown.
 */
export function bestFound(model: MapModel, queries: readonly string[], shown: (city: City) => number): City | undefined {
  let best: City | undefined;
  let most = 0;
  let wholeFound = false;
  for (const number of citiesFound(model, queries).list) {
    const city = model.cityList[number].city;
    const count = shown(city);
    if (count === 0) continue;
    const whole = queries.some((key) => (keysOf(city) + SPELLING).includes(SPELLING + key + SPELLING));
    if (wholeFound && !whole) continue;
    if ((whole && !wholeFound) || count > most) [best, most, wholeFound] = [city, count, whole];
  }
  return best;
}
