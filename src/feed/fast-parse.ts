/**
 * A fast path for the two lists a large feed is made of: partnerships and cities (a national
 * portal's feed has 25,000 and 16,000). `v.safeParse` builds a dataset object per value, runs
 * every action through a generic pipe and keeps issue paths ready; for such a feed that was
 * most of the time spent validating it.
 *
 * Each function here checks an item directly against the rules of its valibot schema
 * (schema.ts: the same regexes, picklists, bounds and checks, imported from there) and builds
 * the output valibot would (only the schema's keys, in its order, the default filled in). It
 * answers only "valid, and here is the output" or `undefined` for "not sure": an item it does
 * not take (invalid, of an unusual shape, or with a text that has a run of combining marks
 * validation must cut) goes through `v.safeParse` as before. So it may only be stricter than
 * the schema, never looser: valibot alone decides what is rejected and with which message, and
 * the schema stays the one source of the JSON Schema. test/feed/fast-parse.test.ts runs both
 * over many valid, invalid and hostile items and compares the results.
 *
 * Reads as valibot reads: a field is taken if its key is `in` the item (inherited keys too),
 * a localised text's languages are its own enumerable keys met by `for…in` except `__proto__`,
 * `prototype` and `constructor`, a tuple's entries by index.
 *
 * If a schema gains or loses a field, its fast path switches itself off (`fastParsers`), so a
 * new rule can never be skipped; the counter test in validate.test.ts then fails until the
 * function here learns the field.
 */
import { ID_PATTERN, LANGUAGE_TAG, MAX_TEXT } from './constants.js';
import { isCalendarDate } from './dates.js';
import { CITY_KINDS, CitySchema, COUNTRY_CODE, PARTIAL_DATE, PARTNERSHIP_DATE_KINDS, PartnershipSchema, type City, type Partnership } from './schema.js';

/**
 * How many combining marks (accents, vowel signs, points: `\p{M}`, and the
 * joiners ZWJ and ZWNJ) may follow one another; more are dropped with a
 * warning (validate.ts). Real writing stays well below it: Vietnamese puts up to 2 marks on
 * a letter, Thai 2, Devanagari 3 (Vedic accents 4), Hebrew with points and
 * cantillation 4 to 5, polytonic Greek 3, Tibetan stacks 4, and an emoji
 * sequence never has two in a row. Without a limit, a text of 20,000 marks on
 * one letter makes the browser shape one giant character each time it is shown.
 */
export const MAX_COMBINING_MARKS = 8;
/** Whether a text has such a run at all: a test is a fraction of a replace, and almost no text has one. */
const HAS_MARK_RUN = new RegExp(`[\\p{M}\\u200C\\u200D]{${MAX_COMBINING_MARKS + 1}}`, 'u');

/** Whether `text` has a run of more than MAX_COMBINING_MARKS marks; a shorter text cannot, and is not searched. */
export function hasMarkRun(text: string): boolean {
  return text.length > MAX_COMBINING_MARKS && HAS_MARK_RUN.test(text);
}

type Item = Record<string, unknown>;
const hasOwn = Object.prototype.hasOwnProperty;

/** IdSchema. Ids are ASCII, so they hold no combining marks. */
function isId(value: unknown): value is string {
  return typeof value === 'string' && ID_PATTERN.test(value);
}

/** PartialDateSchema (ASCII digits and dashes, so no marks either). */
function isPartialDate(value: unknown): value is string {
  return typeof value === 'string' && PARTIAL_DATE.test(value) && isCalendarDate(value);
}

/** A text of LocalisedTextSchema that validation keeps as it is: at most MAX_TEXT long and without a run of marks to cut. */
function isKeptText(value: string): boolean {
  return value.length <= MAX_TEXT && !hasMarkRun(value);
}

/**
 * LocalisedTextSchema: a string that is not blank, or a record of language codes to strings
 * with at least one that is not blank (a fresh object, as valibot's record makes).
 */
function localisedText(value: unknown): string | Record<string, string> | undefined {
  if (typeof value === 'string') return isKeptText(value) && value.trim() !== '' ? value : undefined;
  if (!value || typeof value !== 'object') return undefined;
  const input = value as Item;
  const output: Record<string, string> = {};
  let shown = false;
  for (const key in input) {
    if (!hasOwn.call(input, key) || key === '__proto__' || key === 'prototype' || key === 'constructor') continue;
    const text = input[key];
    if (!LANGUAGE_TAG.test(key) || typeof text !== 'string' || !isKeptText(text)) return undefined;
    if (!shown && text.trim() !== '') shown = true;
    output[key] = text;
  }
  return shown ? output : undefined;
}

/** An optional localised text: `undefined` (absent or given as undefined) is taken, anything else must be valid. */
const MISSING = Symbol('missing');
function optionalText(input: Item, key: string): string | Record<string, string> | undefined | typeof MISSING {
  const value = input[key];
  return value === undefined ? undefined : (localisedText(value) ?? MISSING);
}

/** PartnershipSchema, or `undefined`. */
function partnership(value: unknown): Partnership | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const input = value as Item;
  if (!('id' in input) || !('cities' in input)) return undefined;
  const id = input['id'];
  if (!isId(id)) return undefined;
  const cities = input['cities'];
  // strictTuple of two ids, two different ones.
  if (!Array.isArray(cities)) return undefined;
  const first: unknown = cities[0];
  const second: unknown = cities[1];
  if (!isId(first) || !isId(second) || cities.length > 2 || first === second) return undefined;
  const output: Item = { id, cities: [first, second] };
  if ('since' in input) {
    const since = input['since'];
    if (since !== undefined && !isPartialDate(since)) return undefined;
    output['since'] = since;
  }
  if ('sinceQualifier' in input) {
    const text = optionalText(input, 'sinceQualifier');
    if (text === MISSING) return undefined;
    output['sinceQualifier'] = text;
  }
  if ('dates' in input) {
    const dates = input['dates'];
    if (dates === undefined) output['dates'] = undefined;
    else {
      if (!Array.isArray(dates)) return undefined;
      const parsed: Item[] = [];
      for (let index = 0; index < dates.length; index++) {
        const date = partnershipDate(dates[index]);
        if (!date) return undefined;
        parsed.push(date);
      }
      output['dates'] = parsed;
    }
  }
  if ('notes' in input) {
    const text = optionalText(input, 'notes');
    if (text === MISSING) return undefined;
    output['notes'] = text;
  }
  return output as Partnership;
}

/** PartnershipDateSchema, or `undefined`. */
function partnershipDate(value: unknown): Item | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const input = value as Item;
  if (!('kind' in input) || !('date' in input)) return undefined;
  const kind = input['kind'];
  if (!(PARTNERSHIP_DATE_KINDS as readonly unknown[]).includes(kind)) return undefined;
  const date = input['date'];
  if (!isPartialDate(date)) return undefined;
  const output: Item = { kind, date };
  if ('label' in input) {
    const label = optionalText(input, 'label');
    if (label === MISSING) return undefined;
    output['label'] = label;
  }
  return output;
}

/** CitySchema, or `undefined`. */
function city(value: unknown): City | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const input = value as Item;
  if (!('id' in input) || !('name' in input) || !('country' in input) || !('lat' in input) || !('lon' in input)) return undefined;
  const id = input['id'];
  if (!isId(id)) return undefined;
  const name = localisedText(input['name']);
  if (name === undefined) return undefined;
  const country = input['country'];
  if (typeof country !== 'string' || !COUNTRY_CODE.test(country)) return undefined;
  // Optional with a default: absent or undefined is "city".
  const given = 'kind' in input ? input['kind'] : undefined;
  const kind = given === undefined ? 'city' : given;
  if (!(CITY_KINDS as readonly unknown[]).includes(kind)) return undefined;
  const lat = input['lat'];
  // number, finite, within the bounds: NaN and ±Infinity fail the comparisons.
  if (typeof lat !== 'number' || !(lat >= -90 && lat <= 90)) return undefined;
  const lon = input['lon'];
  if (typeof lon !== 'number' || !(lon >= -180 && lon <= 180)) return undefined;
  return { id, name, country, kind, lat, lon } as City;
}

/** The fields each function above knows, in schema order; a schema with others gets no fast path. */
const KNOWN: [object, readonly string[], (value: unknown) => unknown][] = [
  [PartnershipSchema, ['id', 'cities', 'since', 'sinceQualifier', 'dates', 'notes'], partnership],
  [CitySchema, ['id', 'name', 'country', 'kind', 'lat', 'lon'], city],
];

/** The fast path of each schema that has one and whose fields are still the ones it knows. */
export const fastParsers: ReadonlyMap<object, (item: unknown) => unknown> = new Map(
  KNOWN.filter(([schema, fields]) => {
    const entries = Object.keys((schema as { entries: object }).entries);
    return entries.length === fields.length && entries.every((key, index) => key === fields[index]);
  }).map(([schema, , parse]) => [schema, parse]),
);

/** For tests: `enabled: false` validates with valibot alone, to compare the two paths. */
export const fastPath = { enabled: true };
