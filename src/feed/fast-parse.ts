/**
 * A fast path for the two lists a large feed is made of: partnerships and cities (a national
 * portal's feed has 25,000 and 16,000). `v.safeParse` builds a dataset object per value, runs
 * every action through a generic pipe and keeps issue paths ready; for such a feed that was
 * most of the time spent validating it.
 *
 * Each function here checks an item directly against the rules of its valibot schema
 * (schema.ts: the same regexes, picklists, bounds and checks, passed in from there) and builds
 * the output valibot would (only the schema's keys, in its order, the default filled in). It
 * answers only "valid, and here is the output" or `undefined` for "not sure": an item it does
 * not take (invalid, of an unusual shape, or with a text that has a run of combining marks
 * validation must cut) goes through `v.safeParse` as before. So it may only be stricter than
 * the schema, never looser: valibot alone decides what is rejected and with which message, and
 * the schema stays the one source of the JSON Schema. test/feed/fast-parse.test.ts runs both
 * over many valid, invalid and hostile items and compares the results.
 *
 * Reads as validation reads (schema.ts `object`): a field is taken if it is the item's own, never
 * one a host page put on `Object.prototype`, and the output objects have no prototype; a localised text's languages are its own enumerable keys met by `for…in` except `__proto__`,
 * `prototype` and `constructor`, a tuple's entries by index.
 *
 * If a schema gains or loses a field, its fast path switches itself off (`makeFastParsers`), so a
 * new rule can never be skipped; the tests in test/feed/fast-parse.test.ts then fail until the
 * function here learns the field.
 *
 * A chunk of its own (validate.ts imports it dynamically): it would add about 0.9 kB gzip to
 * every widget's page.
 */
import { hasText } from './constants.js';
import type { City, Partnership } from './schema.js';

/**
 * The schemas and rules the fast path checks against, given by validate.ts (`makeFastParsers`):
 * imported here, they would make the bundler put schema.ts and its neighbours in a chunk of
 * their own, one more file and more bytes on every page.
 */
export type FastRules = [
  partnershipSchema: { entries: object },
  citySchema: { entries: object },
  idPattern: RegExp,
  languageTag: RegExp,
  maxText: number,
  partialDate: RegExp,
  countryCode: RegExp,
  cityKinds: readonly string[],
  partnershipDateKinds: readonly string[],
  daysInMonth: (year: number, month: number) => number,
  hasMarkRun: (text: string) => boolean,
];

let ID_PATTERN: RegExp;
let LANGUAGE_TAG: RegExp;
let MAX_TEXT: number;
let PARTIAL_DATE: RegExp;
let COUNTRY_CODE: RegExp;
let CITY_KINDS: readonly unknown[];
let PARTNERSHIP_DATE_KINDS: readonly unknown[];
let daysInMonth: FastRules[9];
let hasMarkRun: FastRules[10];

type Item = Record<string, unknown>;
const hasOwn = Object.prototype.hasOwnProperty;
/**
 * The prototype of the output objects: empty, itself without one (validation's own objects have
 * none; `Object.setPrototypeOf` on each of 40,000 made the fast path a third slower, building
 * on this one keeps it within a tenth).
 */
const BARE: object = Object.create(null);
/** A fresh output object, inheriting nothing a host page can add to. */
const bare = (): Item => Object.create(BARE) as Item;

/** IdSchema. Ids are ASCII, so they hold no combining marks. */
function isId(value: unknown): value is string {
  return typeof value === 'string' && ID_PATTERN.test(value);
}

/**
 * PartialDateSchema (ASCII digits and dashes, so no marks either). Its pattern already bounds
 * the month (01–12) and the day (01–31); of `isCalendarDate` only the month's length is left.
 */
function isPartialDate(value: unknown): value is string {
  return typeof value === 'string' && PARTIAL_DATE.test(value) && (value.length < 10 || +value.slice(8) <= daysInMonth(+value.slice(0, 4), +value.slice(5, 7)));
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
  if (typeof value === 'string') return isKeptText(value) && hasText(value) ? value : undefined;
  if (!value || typeof value !== 'object') return undefined;
  const input = value as Item;
  const output: Record<string, string> = {};
  let shown = false;
  for (const key in input) {
    if (!hasOwn.call(input, key) || key === '__proto__' || key === 'prototype' || key === 'constructor') continue;
    const text = input[key];
    if (!LANGUAGE_TAG.test(key) || typeof text !== 'string' || !isKeptText(text)) return undefined;
    if (!shown && hasText(text)) shown = true;
    output[key] = text;
  }
  return shown ? output : undefined;
}

/**
 * Copies the optional field `key` of `input` to `output` as validation does: if it is the input's
 * own, its value, `undefined` as it is, anything else through `parse`. False if that fails.
 */
function optional(input: Item, output: Item, key: string, parse: (value: unknown) => unknown): boolean {
  if (!hasOwn.call(input, key)) return true;
  const value = input[key];
  const parsed = value === undefined ? undefined : parse(value);
  output[key] = parsed;
  return parsed !== undefined || value === undefined;
}

/** Each entry of an array through `parse` (a fresh array, as valibot's), or `undefined` if one fails. */
function list(value: unknown, parse: (value: unknown) => unknown): unknown[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const output: unknown[] = [];
  for (let index = 0; index < value.length; index++) {
    const entry = parse(value[index]);
    if (entry === undefined) return undefined;
    output.push(entry);
  }
  return output;
}

const partialDate = (value: unknown) => (isPartialDate(value) ? value : undefined);
const dates = (value: unknown) => list(value, partnershipDate);

/** PartnershipSchema, or `undefined`. */
function partnership(value: unknown): Partnership | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const input = value as Item;
  if (!hasOwn.call(input, 'id') || !hasOwn.call(input, 'cities')) return undefined;
  const id = input['id'];
  if (!isId(id)) return undefined;
  const cities = input['cities'];
  // strictTuple of two ids, two different ones.
  if (!Array.isArray(cities)) return undefined;
  const first: unknown = cities[0];
  const second: unknown = cities[1];
  if (!isId(first) || !isId(second) || cities.length > 2 || first === second) return undefined;
  const output = bare();
  output['id'] = id;
  output['cities'] = [first, second];
  return optional(input, output, 'since', partialDate) &&
    optional(input, output, 'sinceQualifier', localisedText) &&
    optional(input, output, 'dates', dates) &&
    optional(input, output, 'notes', localisedText)
    ? (output as Partnership)
    : undefined;
}

/** PartnershipDateSchema, or `undefined`. */
function partnershipDate(value: unknown): Item | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const input = value as Item;
  if (!hasOwn.call(input, 'kind') || !hasOwn.call(input, 'date')) return undefined;
  const kind = input['kind'];
  if (!PARTNERSHIP_DATE_KINDS.includes(kind)) return undefined;
  const date = input['date'];
  if (!isPartialDate(date)) return undefined;
  const output = bare();
  output['kind'] = kind;
  output['date'] = date;
  return optional(input, output, 'label', localisedText) ? output : undefined;
}

/** CitySchema, or `undefined`. */
function city(value: unknown): City | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const input = value as Item;
  if (!hasOwn.call(input, 'id') || !hasOwn.call(input, 'name') || !hasOwn.call(input, 'country') || !hasOwn.call(input, 'lat') || !hasOwn.call(input, 'lon'))
    return undefined;
  const id = input['id'];
  if (!isId(id)) return undefined;
  const name = localisedText(input['name']);
  if (name === undefined) return undefined;
  const country = input['country'];
  if (typeof country !== 'string' || !COUNTRY_CODE.test(country)) return undefined;
  // Optional with a default: absent or undefined is "city".
  const given = hasOwn.call(input, 'kind') ? input['kind'] : undefined;
  const kind = given === undefined ? 'city' : given;
  if (!CITY_KINDS.includes(kind)) return undefined;
  const lat = input['lat'];
  // number, finite, within the bounds: NaN and ±Infinity fail the comparisons.
  if (typeof lat !== 'number' || !(lat >= -90 && lat <= 90)) return undefined;
  const lon = input['lon'];
  if (typeof lon !== 'number' || !(lon >= -180 && lon <= 180)) return undefined;
  const output = bare();
  output['id'] = id;
  output['name'] = name;
  output['country'] = country;
  output['kind'] = kind;
  output['lat'] = lat;
  output['lon'] = lon;
  return output as City;
}

/**
 * The fast path of each schema that has one (partnerships, cities) and whose fields are still
 * the ones it knows, in its order; made once, by validate.ts.
 */
export function makeFastParsers(rules: FastRules): Map<object, (item: unknown) => unknown> {
  let partnershipSchema, citySchema;
  [partnershipSchema, citySchema, ID_PATTERN, LANGUAGE_TAG, MAX_TEXT, PARTIAL_DATE, COUNTRY_CODE, CITY_KINDS, PARTNERSHIP_DATE_KINDS, daysInMonth, hasMarkRun] =
    rules;
  const known: [{ entries: object }, string, (item: unknown) => unknown][] = [
    [partnershipSchema, 'id,cities,since,sinceQualifier,dates,notes', partnership],
    [citySchema, 'id,name,country,kind,lat,lon', city],
  ];
  return new Map(known.filter(([schema, fields]) => Object.keys(schema.entries).join() === fields).map(([schema, , parse]) => [schema, parse]));
}
