/**
 * The ranks of a feed's city and country names in one language, for sorting
 * the table by names as numbers (table-rows.ts): one Intl.Collator sort of the
 * distinct names per feed and language. Apart from the table's rows because
 * the map's idle preparation (prepare.ts) ranks the names in steps before the
 * table is shown, and the table's own code is a chunk loaded when it is
 * first needed (table-chunk.ts). Pure functions, no DOM.
 */
import { finishSteps } from '../feed/next-task.js';
import { collator as collatorOf } from '../i18n/format.js';
import { collatorFor, type MapModel } from './model.js';
import { cityName, countryLabel } from './texts.js';
import { mapWork } from './work.js';

/** Longest number in a name (without leading zeros) that is padded for sorting; beyond, the numeric collator sorts. */
const PADDED_DIGITS = 16;

/** Comparisons per step of a sort in steps: a few milliseconds of idle time. */
const COMPARES_PER_STEP = 4000;

/**
 * `keys` sorted by `compare` in steps (a generator: one step per `next()`, none longer than
 * about COMPARES_PER_STEP comparisons): runs of a few hundred sorted first, then merged in
 * passes, so that idle time never holds one long sort of thousands of names (60–90 ms for the
 * 16,000 names of a world feed). The order is the collator's, as one sort would give it.
 */
function* sortInSteps(keys: string[], compare: (a: string, b: string) => number): Generator<void, string[]> {
  const run = 256;
  let done = 0;
  for (let start = 0; start < keys.length; start += run) {
    const part = keys.slice(start, start + run).sort(compare);
    for (let i = 0; i < part.length; i++) keys[start + i] = part[i];
    done += part.length * 8;
    if (done >= COMPARES_PER_STEP) {
      done = 0;
      yield;
    }
  }
  let from = keys;
  let to = new Array<string>(keys.length);
  for (let width = run; width < keys.length; width *= 2) {
    for (let left = 0; left < keys.length; left += 2 * width) {
      const middle = Math.min(left + width, keys.length);
      const end = Math.min(left + 2 * width, keys.length);
      let [i, j, k] = [left, middle, left];
      while (i < middle && j < end) {
        to[k++] = compare(from[j], from[i]) < 0 ? from[j++] : from[i++];
        if (++done >= COMPARES_PER_STEP) {
          done = 0;
          yield;
        }
      }
      while (i < middle) to[k++] = from[i++];
      while (j < end) to[k++] = from[j++];
    }
    [from, to] = [to, from];
  }
  return from;
}

/**
 * Each text's place in collation order (texts the collator finds equal share
 * one), numbers in texts by value ("Town 2" before "Town 10"), in any script's
 * digits ("Town ٢" as "Town 2"), in steps (see sortInSteps). Numeric collation is
 * several times slower than plain collation, so numbers are zero-padded to one
 * width (the collator weighs a digit alike in every script) and the plain
 * collator sorts the distinct texts.
 */
function* ranksInSteps(texts: readonly string[], language: string): Generator<void, Map<string, number>> {
  const numbers = /\p{Nd}+/gu;
  const significant = (run: string) => run.replace(/^0+(?=\d)/, '');
  let width = 0;
  for (const text of texts) for (const run of text.match(numbers) ?? []) width = Math.max(width, significant(run).length);
  const padded = width <= PADDED_DIGITS;
  const collator = padded ? collatorOf(language, { sensitivity: 'base' }) : collatorFor(language);
  const keys = new Map<string, string>();
  for (const text of texts) keys.set(text, padded && width ? text.replace(numbers, (run) => significant(run).padStart(width, '0')) : text);
  const sorted = yield* sortInSteps([...new Set(keys.values())], collator.compare);
  const rankOfKey = new Map<string, number>();
  let rank = 0;
  sorted.forEach((key, i) => {
    if (i > 0 && collator.compare(sorted[i - 1], key) !== 0) rank = i;
    rankOfKey.set(key, rank);
  });
  return new Map(texts.map((text) => [text, rankOfKey.get(keys.get(text)!)!]));
}

/** ranksInSteps at once. */
export function ranksOf(texts: readonly string[], language: string): Map<string, number> {
  return finishSteps(ranksInSteps(texts, language));
}

export interface NameRanks {
  cities: Map<string, number>;
  countries: Map<string, number>;
}

const rankedNames = new WeakMap<MapModel, Map<string, NameRanks>>();

/** City names turned into text per step of prepareTable: a few milliseconds of idle time. */
const NAMES_PER_STEP = 400;

function rankNames(model: MapModel, language: string, names: Map<string, string>, cityRanks = ranksOf([...names.values()], language)): NameRanks {
  const countries = new Map(model.countries.map((code) => [code, countryLabel(code, language)]));
  const countryRanks = ranksOf([...countries.values()], language);
  const ranks = {
    cities: new Map([...names].map(([id, name]) => [id, cityRanks.get(name)!])),
    countries: new Map([...countries].map(([code, name]) => [code, countryRanks.get(name)!])),
  };
  mapWork.sortKeys += names.size + countries.size;
  let byLanguage = rankedNames.get(model);
  if (!byLanguage) rankedNames.set(model, (byLanguage = new Map()));
  byLanguage.set(language, ranks);
  return ranks;
}

/**
 * Works out the ranks of nameRanksOf in steps (a generator: one step per `next()`), for idle
 * time once a visitor reaches for the map or a large one is in view (prepare.ts): the city names first, a few hundred a
 * step, then their sort in steps. A table shown before it is done ranks the names at once, and the
 * preparation then stops without ranking them again.
 */
export function* prepareTable(model: MapModel, language: string): Generator<void, void> {
  const names = new Map<string, string>();
  for (const { city } of model.cities.values()) {
    if (rankedNames.get(model)?.has(language)) return;
    names.set(city.id, cityName(city, language));
    if (names.size % NAMES_PER_STEP === 0) yield;
  }
  if (rankedNames.get(model)?.has(language)) return;
  // The sort in steps too; a table shown meanwhile ranks the names itself, and these are dropped.
  const cityRanks = yield* ranksInSteps([...names.values()], language);
  if (!rankedNames.get(model)?.has(language)) rankNames(model, language, names, cityRanks);
}

/** The ranks of a feed's city and country names in a language: worked out once per feed and language. */
export function nameRanksOf(model: MapModel, language: string): NameRanks {
  const ranks = rankedNames.get(model)?.get(language);
  if (ranks) return ranks;
  const names = new Map<string, string>();
  for (const { city } of model.cities.values()) names.set(city.id, cityName(city, language));
  return rankNames(model, language, names);
}
