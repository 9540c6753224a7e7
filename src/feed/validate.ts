/**
 * Turns an untrusted JSON value into a `Feed`, tolerantly: a document that is
 * not a feed object, or of another version, fails as a whole; a bad item is
 * dropped with a warning naming its JSON path, and the rest is kept.
 */
import * as v from 'valibot';
import { ID_PATTERN, LANGUAGE_TAG, MAX_TEXT } from './constants.js';
import { daysInMonth, endsBeforeStart, parseCalendarDate } from './dates.js';
import type { Feed, FeedResult, FeedWarning } from './model.js';
import { hasMarkRun, MAX_COMBINING_MARKS } from './marks.js';
import { finishSteps, Slices, type Steps } from './next-task.js';
import {
  bare,
  CITY_KINDS,
  CitySchema,
  ConferenceHeadSchema,
  COUNTRY_CODE,
  PARTIAL_DATE,
  PARTNERSHIP_DATE_KINDS,
  FEED_VERSION,
  OrganisationSchema,
  PartnershipSchema,
  PersonSchema,
  SessionSchema,
  SideEventSchema,
  type City,
  type Conference,
  type Organisation,
  type Partnership,
  type Person,
  type Session,
  type SideEvent,
  type Track,
  TrackSchema,
} from './schema.js';

export { MAX_COMBINING_MARKS };

/**
 * The fast path for partnerships and cities (fast-parse.ts), a chunk of its own asked for as soon
 * as this module runs, so that its 1 kB is on no widget's page. Until it has arrived every item
 * goes through valibot, with the same result, only slower; `validateFeedInSteps` (every feed that
 * arrives by `src`) waits for it, and a `feed` object is rarely set before it is in.
 */
let fastParsers: ReadonlyMap<object, (item: unknown) => unknown> | undefined;
/** Plain words and unknown fields for feed authors (authoring.ts), a chunk asked for with the fast path. */
let authoring: typeof import('./authoring.js') | undefined;
const explain = (issue: v.BaseIssue<unknown>) => authoring?.explain(issue) ?? issue.message;
export const fastPathLoaded: Promise<ReadonlyMap<object, (item: unknown) => unknown>> = Promise.all([import('./fast-parse.js'), import('./authoring.js')]).then(
  ([{ makeFastParsers }, module]) => {
    authoring = module;
    return (fastParsers = makeFastParsers([
      PartnershipSchema,
      CitySchema,
      ID_PATTERN,
      LANGUAGE_TAG,
      MAX_TEXT,
      PARTIAL_DATE,
      COUNTRY_CODE,
      CITY_KINDS,
      PARTNERSHIP_DATE_KINDS,
      daysInMonth,
      hasMarkRun,
    ]));
  },
  () => new Map(),
);

/** For tests: `enabled: false` validates with valibot alone, to compare the two paths. */
export const fastPath = { enabled: true };

type Path = string;
/** How an optional field's schema looks from outside: `v.optional(v.array(item))`. */
interface OptionalEntry {
  type: string;
  wrapped?: { type: string; item?: v.GenericSchema };
}

const MARK_RUN = new RegExp(`[\\p{M}\\u200C\\u200D]{${MAX_COMBINING_MARKS + 1},}`, 'gu');

/**
 * Work done by validation, counted so that tests can check it stays bounded
 * without timing anything. Counters only grow: compare before and after.
 */
export const validationWork = {
  /** Parsed objects copied to cut a run of combining marks (an object without one is kept as parsed). */
  copies: 0,
  /** Items the fast path (fast-parse.ts) took as valid, without valibot. */
  fastParsed: 0,
  /** Items checked with `v.safeParse`: those the fast path did not take (invalid, with runs of marks to cut, or a schema it does not mirror). */
  schemaParsed: 0,
};

/** `text` with every run of combining marks cut to MAX_COMBINING_MARKS, and how many marks were dropped. */
export function limitCombiningMarks(text: string): { text: string; dropped: number } {
  if (!hasMarkRun(text)) return { text, dropped: 0 };
  let dropped = 0;
  const limited = text.replace(MARK_RUN, (run) => {
    const marks = [...run];
    dropped += marks.length - MAX_COMBINING_MARKS;
    return marks.slice(0, MAX_COMBINING_MARKS).join('');
  });
  return { text: limited, dropped };
}

/** A step of a JSON path: `.name`, or `["de-AT"]` for a key that is not a plain name. */
function step(key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
}

/**
 * Validation as steps: the generator pauses (`yield`) every `ITEMS_PER_STEP` items of a
 * list, so `validateFeedInSteps` can let the page draw and answer input between steps
 * while `validateFeed` runs them all at once.
 */
const ITEMS_PER_STEP = 250;

/**
 * The valid items of a list, by id too, and where each stands in the document; a JSON path
 * is written out only when a warning needs it (not for each of 25,000 partnerships).
 */
class Items<T extends { id: string }> {
  readonly values: T[] = [];
  /** Each value's index in the document's list (holes and dropped items make them differ). */
  readonly indices: number[] = [];
  readonly byId = new Map<string, T>();

  constructor(private readonly list: Path) {}

  /** The JSON path of `values[position]`. */
  pathOf(position: number): Path {
    return `${this.list}[${this.indices[position]}]`;
  }

  /** Each value with its JSON path, for the short lists whose items are checked further. */
  get located(): { value: T; path: Path }[] {
    return this.values.map((value, position) => ({ value, path: this.pathOf(position) }));
  }
}

class Validation {
  readonly warnings: FeedWarning[] = [];

  /** Bound, so that authoring.ts can be handed it. */
  readonly warn = (path: Path, message: string): void => {
    this.warnings.push({ path, message });
  };

  /**
   * The items of `value` that match `schema` and have an id not seen before in
   * this list, each with its JSON path in the document. A bad optional field,
   * or a bad entry of an optional list, is left out and the item kept; a bad
   * required field (or one named in `strict`) drops the item.
   */
  *items<T extends { id: string }>(value: unknown, path: Path, schema: v.GenericSchema<unknown, T>, strict: readonly string[] = []): Steps<Items<T>> {
    const result = new Items<T>(path);
    if (value === undefined) return result;
    if (!Array.isArray(value)) {
      this.warn(path, 'expected an array; ignored');
      return result;
    }
    // Most items are valid and take the fast path; any other goes through valibot (parse).
    const parser = fastPath.enabled ? fastParsers?.get(schema) : undefined;
    // A step is a plain call, not the generator's own loop: engines optimise such a call
    // (and the fast path inlined in it) far sooner than a long loop inside a generator.
    for (let start = 0; start < value.length; start += ITEMS_PER_STEP) {
      if (start > 0) yield;
      this.step(value, start, Math.min(start + ITEMS_PER_STEP, value.length), path, schema, strict, parser, result);
    }
    return result;
  }

  /** Items `start` to `end` (exclusive) of `list` into `result`: see `items`. */
  private step<T extends { id: string }>(
    list: unknown[],
    start: number,
    end: number,
    path: Path,
    schema: v.GenericSchema<unknown, T>,
    strict: readonly string[],
    parser: ((item: unknown) => unknown) | undefined,
    result: Items<T>,
  ): void {
    const { values, indices, byId } = result;
    for (let index = start; index < end; index++) {
      // A hole in a list a host page built is skipped, as forEach would.
      if (!Object.hasOwn(list, index)) continue;
      const item: unknown = list[index];
      authoring?.unknownFields(item, schema, () => `${path}[${index}]`, this.warn);
      let entity = parser?.(item) as T | undefined;
      if (entity !== undefined) validationWork.fastParsed++;
      else {
        entity = this.parse(item, `${path}[${index}]`, schema, strict);
        if (entity === undefined) continue;
      }
      if (byId.has(entity.id)) {
        this.warn(`${path}[${index}].id`, `duplicate id "${entity.id}"; item dropped`);
        continue;
      }
      byId.set(entity.id, entity);
      values.push(entity);
      indices.push(index);
    }
  }

  private parse<T>(item: unknown, path: Path, schema: v.GenericSchema<unknown, T>, strict: readonly string[]): T | undefined {
    const entries = schemaEntries(schema);
    const opaque = opaqueFields(entries);
    validationWork.schemaParsed++;
    let candidate = item;
    // Each round removes one bad field, or all bad entries of one list, so an
    // object's field count bounds the rounds.
    for (let round = 0; round < 64; round++) {
      const parsed = v.safeParse(schema, candidate);
      if (parsed.success) return this.#limitMarks(parsed.output, path, opaque) as T;
      const issue = parsed.issues[0];
      const [field, index] = (issue.path ?? []).map((step) => (step as { key?: unknown }).key);
      const entry = typeof field === 'string' ? entries[field] : undefined;
      if (!isPlainObject(candidate) || typeof field !== 'string' || entry?.type !== 'optional' || strict.includes(field)) {
        this.warn(issuePath(path, issue), `${explain(issue)}; item dropped`);
        return undefined;
      }
      const copy: Record<string, unknown> = { ...candidate };
      const list = copy[field];
      const itemSchema = entry.wrapped?.type === 'array' ? entry.wrapped.item : undefined;
      if (typeof index === 'number' && Array.isArray(list) && itemSchema) {
        copy[field] = this.#validEntries(list, `${path}.${field}`, itemSchema);
      } else {
        delete copy[field];
        this.warn(issuePath(path, issue), `${explain(issue)}; field ignored`);
      }
      candidate = copy;
    }
    this.warn(path, 'too many problems; item dropped');
    return undefined;
  }

  /**
   * `value` (a parse result: fresh objects and arrays of finite depth) with the
   * combining marks of every string limited, each cut string reported at its
   * path. `opaque` fields hold lists left unknown, checked on their own later.
   */
  #limitMarks(value: unknown, path: Path | (() => Path), opaque: ReadonlySet<string> = NO_FIELDS): unknown {
    // The path is written out only for a warning: building it for every string of a large feed was a fifth of validating it.
    const at = () => (typeof path === 'function' ? path() : path);
    if (typeof value === 'string') {
      if (!hasMarkRun(value)) return value;
      const { text, dropped } = limitCombiningMarks(value);
      if (dropped > 0) this.warn(at(), `more than ${MAX_COMBINING_MARKS} combining marks in a row; ${dropped} dropped`);
      return text;
    }
    // Copied only where a string was cut: the parse result is already a fresh object, and
    // copying each of 25,000 partnerships again (with a path closure per field) was a sixth of validating them.
    if (Array.isArray(value)) {
      let limited: unknown[] | undefined;
      for (let index = 0; index < value.length; index++) {
        const entry: unknown = value[index];
        if (typeof entry === 'string' && !hasMarkRun(entry)) continue;
        const result = this.#limitMarks(entry, () => `${at()}[${index}]`);
        if (result !== entry) (limited ??= value.slice())[index] = result;
      }
      return limited ?? value;
    }
    if (isPlainObject(value)) {
      let limited: Record<string, unknown> | undefined;
      for (const key of Object.keys(value)) {
        const field = value[key];
        if (opaque.has(key) || (typeof field === 'string' && !hasMarkRun(field))) continue;
        const result = this.#limitMarks(field, () => `${at()}${step(key)}`);
        if (result !== field) {
          if (!limited) {
            limited = bare({ ...value });
            validationWork.copies++;
          }
          limited[key] = result;
        }
      }
      return limited ?? value;
    }
    return value;
  }

  /** The entries of a list that pass `schema`, each bad one reported at its own index. */
  #validEntries(list: readonly unknown[], path: Path, schema: v.GenericSchema): unknown[] {
    return list.filter((entry, index) => {
      const parsed = v.safeParse(schema, entry);
      if (!parsed.success) this.warn(issuePath(`${path}[${index}]`, parsed.issues[0]), `${explain(parsed.issues[0])}; entry ignored`);
      return parsed.success;
    });
  }

  /** The ids of `owner[field]` (`owner` at `path`) that exist in `known`; the others are reported and left out. */
  references<K extends string>(
    owner: { readonly [key in K]?: readonly string[] },
    field: K,
    path: Path,
    known: ReadonlyMap<string, unknown>,
    what: string,
  ): string[] | undefined {
    return owner[field]?.filter((id, index) => {
      if (known.has(id)) return true;
      this.warn(`${path}.${field}[${index}]`, `unknown ${what} "${id}"; reference ignored`);
      return false;
    });
  }

  /** `owner[field]` (`owner` at `path`) if it is an id in `known`; otherwise reported and left out. */
  reference<K extends string>(
    owner: { readonly [key in K]?: string },
    field: K,
    path: Path,
    known: ReadonlyMap<string, unknown>,
    what: string,
  ): string | undefined {
    const id = owner[field];
    if (id === undefined || known.has(id)) return id;
    this.warn(`${path}.${field}`, `unknown ${what} "${id}"; reference ignored`);
    return undefined;
  }

  /** `end`, unless it lies before `start`. */
  end(start: string | undefined, end: string | undefined, path: Path): string | undefined {
    if (!start || !end) return end;
    const from = parseCalendarDate(start);
    const to = parseCalendarDate(end);
    if (from && to && endsBeforeStart(from, to)) {
      this.warn(`${path}.end`, `end ${end} lies before start ${start}; end ignored`);
      return undefined;
    }
    return end;
  }
}

const NO_FIELDS: ReadonlySet<string> = new Set();

function schemaEntries(schema: v.GenericSchema): Record<string, OptionalEntry> {
  return (schema as { entries?: Record<string, OptionalEntry> }).entries ?? {};
}
const opaqueByEntries = new WeakMap<Record<string, OptionalEntry>, Set<string>>();

/** Fields whose schema is `v.optional(v.array(v.unknown()))` or `v.optional(v.unknown())`: checked on their own. Once per schema, not per item. */
function opaqueFields(entries: Record<string, OptionalEntry>): Set<string> {
  let fields = opaqueByEntries.get(entries);
  if (!fields) {
    fields = new Set(Object.keys(entries).filter((key) => (entries[key].wrapped?.item ?? entries[key].wrapped)?.type === 'unknown'));
    opaqueByEntries.set(entries, fields);
  }
  return fields;
}

function issuePath(base: Path, issue: v.BaseIssue<unknown>): Path {
  let path = base;
  for (const item of issue.path ?? []) {
    const key = (item as { key?: unknown }).key;
    // A key that is not a plain name (`"de\n"`, `" de"`) in brackets and quotes, as `step` writes it.
    path += typeof key === 'number' ? `[${key}]` : step(String(key));
  }
  return path;
}

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

/**
 * How many entries a list of the document has (holes are not entries); 0 for none, 1 for anything
 * else (`"conferences": { … }`, an entry without the list's brackets), ignored as a whole.
 */
function entriesOf(list: unknown): number {
  // `null` is a list left out (Go's encoding/json writes an empty slice so): no entry lost, so the
  // programme says "not published yet", not that the data is damaged. An object or a text is one lost.
  if (!Array.isArray(list)) return list == null ? 0 : 1;
  let count = 0;
  for (let index = 0; index < list.length; index++) if (Object.hasOwn(list, index)) count++;
  return count;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The version found, shown without walking into it (an array 10,000 deep would overflow the stack). */
function versionPreview(version: unknown): string {
  if (version === undefined) return 'none';
  if (version === null) return 'null';
  if (Array.isArray(version)) return 'an array';
  if (typeof version === 'object') return 'an object';
  if (typeof version === 'string') return JSON.stringify(version.slice(0, 40));
  return String(version).slice(0, 40);
}

/**
 * Validates `document` as a feed, at once. `validateFeedInSteps` gives the same result in
 * steps, for large feeds on a page.
 */
export function validateFeed(document: unknown): FeedResult {
  return finishSteps(validationSteps(document));
}

/**
 * `validateFeed` in steps: after each step that ends more than `sliceMs` after the last
 * pause, waits for `pause()` (a new task), so a feed of 25,000 entries never blocks the
 * page for the whole validation. Same result and warnings as `validateFeed`.
 */
export function validateFeedInSteps(
  document: unknown,
  // Unset, `sliceMs` and `pause` are Slices's own: 40 ms, and nextTask.
  { sliceMs, pause }: { sliceMs?: number; pause?: () => Promise<void> } = {},
): Promise<FeedResult> {
  return validateInSlices(document, new Slices(sliceMs, pause));
}

/**
 * `validateFeedInSteps` in the caller's `slices`, which count the slice across work before and after
 * (the loader's import), once `ready` (the fast path, or the loader's time limit for it). The loader's,
 * not the package's API (src/feed/index.ts does not export it).
 */
export async function validateInSlices(document: unknown, slices: Slices, ready: Promise<unknown> = fastPathLoaded): Promise<FeedResult> {
  await ready;
  return slices.finish(validationSteps(document));
}

function* validationSteps(document: unknown): Steps<FeedResult> {
  if (!isPlainObject(document)) {
    const found = document === null || document === undefined ? String(document) : Array.isArray(document) ? 'an array' : `a ${typeof document}`;
    return { ok: false, failure: { kind: 'invalid', detail: `expected a JSON object with "version": ${FEED_VERSION}, found ${found}` } };
  }
  const version = Object.hasOwn(document, 'version') ? document['version'] : undefined;
  if (version !== FEED_VERSION) {
    const shown = versionPreview(version);
    const detail = `"version" must be the number ${FEED_VERSION}, found ${typeof version === 'string' ? 'the text ' : ''}${shown}`;
    return { ok: false, failure: { kind: 'version', status: shown, detail } };
  }
  const check = new Validation();
  const field = (name: string): unknown => (Object.hasOwn(document, name) ? document[name] : undefined);
  authoring?.unknownFields(document, authoring.DOCUMENT, () => '$', check.warn);

  const { values: organisations, byId: organisationById } = yield* check.items<Organisation>(field('organisations'), '$.organisations', OrganisationSchema);
  const { values: cities, byId: cityById } = yield* check.items<City>(field('cities'), '$.cities', CitySchema);

  const people = (yield* check.items<Person>(field('people'), '$.people', PersonSchema)).located.map(({ value: person, path }) =>
    bare({
      ...person,
      organisation: check.reference(person, 'organisation', path, organisationById, 'organisation'),
    }),
  );
  const personById = byId(people);

  // `since` may be absent (founding date unknown), but a date that is given and wrong drops the partnership, as before.
  const partnershipItems = field('partnerships');
  const candidates = yield* check.items<Partnership>(partnershipItems, '$.partnerships', PartnershipSchema, ['since']);
  // The same two cities again, in either order (a list made from both towns' pages): drawn and counted once.
  const pairs = new Set<string>();
  const partnerships = candidates.values.filter((partnership, position) => {
    const [first, second] = partnership.cities;
    if (cityById.has(first) && cityById.has(second)) {
      const pair = first < second ? `${first} ${second}` : `${second} ${first}`;
      if (!pairs.has(pair)) {
        pairs.add(pair);
        return true;
      }
      check.warn(`${candidates.pathOf(position)}.cities`, 'the same two cities as an earlier partnership; partnership dropped');
      return false;
    }
    const missing = cityById.has(first) ? 1 : 0;
    check.warn(`${candidates.pathOf(position)}.cities[${missing}]`, `unknown city "${partnership.cities[missing]}"; partnership dropped`);
    return false;
  });

  const conferences: Conference[] = [];
  for (const { value: conference, path } of (yield* check.items(field('conferences'), '$.conferences', ConferenceHeadSchema)).located) {
    const { tracks: trackItems, ...rest } = conference;
    const head = bare(rest);
    // A track with a repeated id is dropped, a colour that is not #rgb or #rrggbb ignored (items).
    const tracks = yield* check.items<Track>(trackItems, `${path}.tracks`, TrackSchema);
    const sessions = (yield* check.items<Session>(head.sessions, `${path}.sessions`, SessionSchema, ['start', 'end'])).located.map(
      ({ value: session, path: at }) => {
        return bare({
          ...session,
          end: check.end(session.start, session.end, at),
          city: check.reference(session, 'city', at, cityById, 'city'),
          track: check.reference(session, 'track', at, tracks.byId, 'track'),
          coordinators: check.references(session, 'coordinators', at, organisationById, 'organisation'),
          speakers: check.references(session, 'speakers', at, personById, 'person'),
          moderators: check.references(session, 'moderators', at, personById, 'person'),
        });
      },
    );
    const sideEvents = (yield* check.items<SideEvent>(head.sideEvents, `${path}.sideEvents`, SideEventSchema)).located.map(({ value: event, path: at }) =>
      bare({
        ...event,
        end: check.end(event.start, event.end, at),
        places: check.references(event, 'places', at, cityById, 'city'),
      }),
    );
    conferences.push(
      bare({
        ...head,
        ...(trackItems && { tracks: tracks.values }),
        end: check.end(head.start, head.end, path),
        hostCities: check.references(head, 'hostCities', path, cityById, 'city') ?? [],
        organisers: check.references(head, 'organisers', path, organisationById, 'organisation'),
        supporters: check.references(head, 'supporters', path, organisationById, 'organisation'),
        contacts: check.references(head, 'contacts', path, personById, 'person'),
        sessions,
        sideEvents,
        dropped: { sessions: entriesOf(head.sessions) - sessions.length },
      }),
    );
  }

  const feed: Feed = {
    version: FEED_VERSION,
    organisations,
    people,
    cities,
    partnerships,
    conferences,
    organisationById,
    personById,
    cityById,
    dropped: { partnerships: entriesOf(partnershipItems) - partnerships.length, conferences: entriesOf(field('conferences')) - conferences.length },
  };
  authoring?.droppedEntries(document, check.warnings);
  return { ok: true, feed, warnings: check.warnings };
}
