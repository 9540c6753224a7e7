/**
 * The fast path of validation (src/feed/fast-parse.ts) against valibot: over generated valid
 * partnerships and cities, thousands of variants with a field removed or replaced by a hostile
 * value, and the hostile fixtures, both paths must give the same result and the same warnings,
 * and the fast path may only take an item valibot takes, with the same output (the same keys in
 * the same order), never one valibot rejects. And on a valid feed the fast path is taken for
 * every partnership and city (counted: validationWork.fastParsed / schemaParsed).
 */
import { expect } from '@open-wc/testing';
import * as v from 'valibot';
import { generateFeed, prng } from '../../scripts/generate-feed.mjs';
import { hasMarkRun } from '../../src/feed/marks.js';
import type { FeedResult } from '../../src/feed/model.js';
import { CitySchema, PartnershipSchema } from '../../src/feed/schema.js';
import { fastPath, fastPathLoaded, validateFeed, validationWork } from '../../src/feed/validate.js';

type Item = Record<string, unknown>;

/** The fast path of each schema, as validate.ts made it. */
let fastParsers: ReadonlyMap<object, (item: unknown) => unknown>;

const ACUTE = '\u0301';
const withProto = (proto: object, own: object) => Object.assign(Object.create(proto) as object, own);

/** Values a field may be given instead of a valid one: wrong types, edges of every rule, texts with runs of marks. */
function hostileValues(): unknown[] {
  return [
    undefined,
    null,
    true,
    false,
    0,
    -0,
    1,
    -1,
    1.5,
    NaN,
    Infinity,
    -Infinity,
    90,
    90.000001,
    -90,
    -90.000001,
    180,
    180.000001,
    -180,
    -180.000001,
    1e308,
    '',
    ' ',
    '\u00a0\t\n',
    '\u200B',
    '\u200F\u200E',
    'a\u00AD',
    'x',
    'a b',
    'é',
    'x'.repeat(128),
    'x'.repeat(129),
    'a:b.c_d-e',
    '-leading-dash',
    'DE',
    'de',
    'XX',
    'DEU',
    'city',
    'rayon',
    'borough',
    'town',
    'signed',
    'reaffirmed',
    'other',
    '1961',
    '0000',
    '2000-02-29',
    '1900-02-29',
    '2021-02-30',
    '1991-13',
    '1991-00',
    '1991-1',
    '1991-09-09T10:00',
    '1991-09-09 ',
    '١٩٩١',
    '１９６１',
    'javascript:alert(1)',
    '<img src=x onerror=alert(1)>',
    `a${ACUTE.repeat(8)}`,
    `a${ACUTE.repeat(9)}`,
    `Essen${ACUTE.repeat(30)} and more`,
    '\u200d'.repeat(9),
    'x'.repeat(20_000),
    'x'.repeat(20_001),
    [],
    ['essen'],
    ['essen', 'essen'],
    ['essen', 'nizhny-novgorod'],
    ['essen', 'nizhny-novgorod', 'kaluga'],
    [, 'essen'],
    [1, 2],
    {},
    { de: '' },
    { de: ' ' },
    { de: 'Essen' },
    { de: 'Essen', en: '' },
    { DE: 'Essen' },
    { 'de-AT': 'Essen' },
    { 'de-': 'Essen' },
    { de: 1 },
    { de: null },
    { de: `E${ACUTE.repeat(9)}` },
    { de: 'x'.repeat(20_001) },
    JSON.parse('{"__proto__": "x", "de": "Essen"}'),
    JSON.parse('{"__proto__": "x"}'),
    { constructor: 'x', de: 'Essen' },
    { prototype: 'x' },
    withProto({ de: 'inherited' }, {}),
    withProto({ de: 'inherited' }, { ru: 'Эссен' }),
    [{ kind: 'signed', date: '1990' }],
    [{ kind: 'signed', date: '1990', label: { de: 'Vertrag' } }],
    [{ kind: 'signed', date: '1990', label: '' }],
    [{ kind: 'signed', date: '1990-02-30' }],
    [{ kind: 'bogus', date: '1990' }],
    [{ kind: 'signed' }],
    [{ kind: 'other', date: '1990', extra: 1 }],
    [{ kind: 'other', date: '1990', label: `x${ACUTE.repeat(12)}` }],
    [null],
    [, { kind: 'signed', date: '1990' }],
    new Date(0),
    () => 'a function',
  ];
}

const PARTNERSHIP_FIELDS = ['id', 'cities', 'since', 'sinceQualifier', 'dates', 'notes', 'extra'];
const CITY_FIELDS = ['id', 'name', 'country', 'kind', 'lat', 'lon', 'extra'];

/**
 * Variants of `items`: each with one or two fields replaced by a hostile value or removed,
 * some with a field inherited instead of own, and whole items that are not objects.
 */
function variants(items: readonly Item[], fields: readonly string[], count: number, seed: number): unknown[] {
  const random = prng(seed);
  const values = hostileValues();
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const result: unknown[] = [null, 'item', 42, [], {}, Object.create(null) as object];
  for (let n = 0; n < count; n++) {
    const variant: Item = { ...pick(items) };
    const changes = 1 + Math.floor(random() * 2);
    for (let change = 0; change < changes; change++) {
      const field = pick(fields);
      if (random() < 0.15) delete variant[field];
      else variant[field] = pick(values);
    }
    if (random() < 0.05) {
      // One field inherited: validation leaves it out (schema.ts `object`), and so must the fast path.
      const field = pick(fields);
      const { [field]: inherited, ...own } = variant;
      result.push(withProto({ [field]: inherited }, own));
    } else result.push(variant);
  }
  return result;
}

/** Every string in `value`, deeply. */
function strings(value: unknown, found: string[] = []): string[] {
  if (typeof value === 'string') found.push(value);
  else if (value && typeof value === 'object') for (const key of Object.keys(value)) strings((value as Item)[key], found);
  return found;
}

/**
 * JSON with `undefined` shown, so that `{since: undefined}` and `{}` differ, keys in their order, and
 * a Map as its entries (chai's deep equality sorts a Map's entries as strings, which the feed's
 * objects without a prototype cannot be turned into).
 */
function shown(value: unknown): string {
  return JSON.stringify(value, (_key, field: unknown) => (field === undefined ? '(undefined)' : field instanceof Map ? [...field] : field)) ?? String(value);
}

/**
 * The items where the fast path and valibot disagree: the fast path took one valibot rejects,
 * gave another output, or turned down a valid one without a run of marks to cut.
 */
function disagreements(schema: v.GenericSchema, items: readonly unknown[]): string[] {
  const fast = fastParsers.get(schema)!;
  const found: string[] = [];
  for (const item of items) {
    const taken = fast(item);
    const parsed = v.safeParse(schema, item);
    if (taken !== undefined) {
      if (!parsed.success) found.push(`taken, but valibot rejects: ${shown(item)}`);
      else if (shown(taken) !== shown(parsed.output)) found.push(`other output for ${shown(item)}: ${shown(taken)} ≠ ${shown(parsed.output)}`);
      else if (strings(taken).some(hasMarkRun)) found.push(`taken with a run of marks: ${shown(item)}`);
    } else if (parsed.success && !strings(parsed.output).some(hasMarkRun)) {
      found.push(`turned down, but valid: ${shown(item)}`);
    }
  }
  return found;
}

/** validateFeed with the fast path, and with valibot alone, each on its own copy of the document. */
function bothPaths(make: () => unknown): { fast: FeedResult; schema: FeedResult } {
  const fast = validateFeed(make());
  fastPath.enabled = false;
  try {
    return { fast, schema: validateFeed(make()) };
  } finally {
    fastPath.enabled = true;
  }
}

function expectSameResults({ fast, schema }: { fast: FeedResult; schema: FeedResult }): void {
  // With the keys' order and fields given as undefined, which deep equality does not show.
  expect(shown(fast)).to.equal(shown(schema));
}

const world = generateFeed({ partnerships: 600, sessions: 0, seed: 3, world: true }) as { cities: Item[]; partnerships: Item[] };
// The European feed has qualifiers, further dates and notes.
const europe = generateFeed({ partnerships: 600, sessions: 0, seed: 4 }) as { cities: Item[]; partnerships: Item[] };
const validCities = [...world.cities, ...europe.cities];
const validPartnerships = [...world.partnerships, ...europe.partnerships];

describe('validation: the fast path and valibot', function () {
  this.timeout(60_000);
  // validate.ts loads the fast path as a chunk of its own.
  before(async () => {
    fastParsers = await fastPathLoaded;
  });

  it('has a fast path for partnerships and cities (their schemas have the fields it knows)', () => {
    expect(fastParsers.has(PartnershipSchema), 'partnerships').to.equal(true);
    expect(fastParsers.has(CitySchema), 'cities').to.equal(true);
  });

  it('takes every generated partnership and city, with the output valibot gives', () => {
    for (const field of ['dates', 'notes', 'sinceQualifier'])
      expect(
        validPartnerships.filter((item) => field in item),
        field,
      ).not.to.have.length(0);
    expect(disagreements(PartnershipSchema, validPartnerships)).to.deep.equal([]);
    expect(disagreements(CitySchema, validCities)).to.deep.equal([]);
    const fastPartnership = fastParsers.get(PartnershipSchema)!;
    const fastCity = fastParsers.get(CitySchema)!;
    expect(validPartnerships.filter((item) => fastPartnership(item) === undefined)).to.deep.equal([]);
    expect(validCities.filter((item) => fastCity(item) === undefined)).to.deep.equal([]);
  });

  it('agrees with valibot on thousands of variants with hostile values', () => {
    const partnerships = variants(validPartnerships, PARTNERSHIP_FIELDS, 4_000, 1);
    const cities = variants(validCities, CITY_FIELDS, 4_000, 2);
    expect(disagreements(PartnershipSchema, partnerships)).to.deep.equal([]);
    expect(disagreements(CitySchema, cities)).to.deep.equal([]);
    // Both paths see invalid items: the variants are not mostly valid.
    const rejected = cities.filter((item) => !v.safeParse(CitySchema, item).success).length;
    expect(rejected, 'invalid city variants').to.be.above(1_000);
  });

  it('gives the same feed and warnings on documents of valid items and variants', () => {
    const make = (seed: number) => () => ({
      version: 1,
      cities: [...validCities, ...(variants(validCities, CITY_FIELDS, 1_500, seed) as Item[])],
      partnerships: [...validPartnerships, ...(variants(validPartnerships, PARTNERSHIP_FIELDS, 1_500, seed + 1) as Item[])],
    });
    for (const seed of [11, 12, 13]) {
      const results = bothPaths(make(seed));
      expect(results.fast.ok && results.fast.warnings.length, 'warnings').to.be.above(1_000);
      expectSameResults(results);
    }
  });

  it('gives the same warnings about unknown fields, at any depth, on both paths', () => {
    const make = () => ({
      version: 1,
      cities: validCities.slice(0, 300).map((item, index) => (index % 3 ? item : { ...item, nmae: 'x', __proto__x: 1 })),
      partnerships: validPartnerships
        .slice(0, 300)
        .map((item, index) => (index % 4 ? item : { ...item, sinceQualifer: 'about', dates: [{ kind: 'signed', date: '1991', lable: 'x' }] })),
    });
    const results = bothPaths(make);
    const unknown = results.fast.ok ? results.fast.warnings.filter((warning) => warning.message.startsWith('unknown field')) : [];
    expect(unknown, 'unknown-field warnings').to.have.length(2 * 100 + 2 * 75);
    expectSameResults(results);
  });

  it('gives the same result and warnings on every hostile fixture', async () => {
    const listing = await (await fetch('/test/fixtures/hostile/README.md')).text();
    const files = [...new Set(listing.match(/[\w-]+\.json/g) ?? [])];
    expect(files.length, 'fixtures named in the README').to.be.above(30);
    let compared = 0;
    for (const file of files) {
      const text = await (await fetch(`/test/fixtures/hostile/${file}`)).text();
      let document: unknown;
      try {
        document = JSON.parse(text);
      } catch {
        continue; // not JSON: refused before validation
      }
      const results = bothPaths(() => JSON.parse(text));
      expectSameResults(results);
      if (document && typeof document === 'object') compared++;
    }
    expect(compared, 'fixtures that reach validation').to.be.above(25);
  });

  it('is taken for every partnership and city of a valid feed, and valibot for none of them', () => {
    const feed = generateFeed({ partnerships: 2_000, sessions: 0, seed: 5, world: true }) as { cities: unknown[]; partnerships: unknown[] };
    const before = { ...validationWork };
    const result = validateFeed(feed);
    expect(result.ok && result.warnings).to.deep.equal([]);
    expect(validationWork.fastParsed - before.fastParsed, 'items taken by the fast path').to.equal(feed.cities.length + feed.partnerships.length);
    expect(validationWork.schemaParsed - before.schemaParsed, 'items checked with valibot').to.equal(0);
  });

  it('leaves an item with a run of marks to valibot, which cuts it and warns', () => {
    const name = `Essen${ACUTE.repeat(20)}`;
    const make = () => ({
      version: 1,
      cities: [{ id: 'essen', name, country: 'DE', lat: 51.45, lon: 7.01 }],
    });
    const before = { ...validationWork };
    const results = bothPaths(make);
    expectSameResults(results);
    expect(validationWork.schemaParsed - before.schemaParsed, 'checked with valibot, once per path').to.equal(2);
    expect(results.fast.ok && results.fast.warnings.map((warning) => warning.path)).to.deep.equal(['$.cities[0].name']);
  });
});
