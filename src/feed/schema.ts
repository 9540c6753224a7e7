/**
 * The feed contract, version 1: one valibot schema per entity.
 *
 * These schemas are the single source of truth. The run-time validator
 * (`validate.ts`) checks every item on its own so that one bad item is dropped
 * instead of the whole document, and `scripts/build-schema.mjs` turns
 * `FeedDocumentSchema` into `dist/feed.schema.json` for feed authors' editors.
 * Every field is documented in docs/feed.md.
 */
import * as v from 'valibot';
import { hasText, ID_PATTERN, LANGUAGE_TAG, MAX_TEXT } from './constants.js';
import { isCalendarDate, isValidTimeZone } from './dates.js';

/** `1961`, `2011-04` or `2001-09-26`. */
export const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
/** A full date, optionally with a local time of day: `2019-06-26` or `2019-06-26T10:30`. */
export const LOCAL_DATE_TIME = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d)?$/;
/** An ISO 3166-1 alpha-2 country code. */
export const COUNTRY_CODE = /^[A-Z]{2}$/;
const FULL_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/**
 * `value` without a prototype, as `object` makes each parse result and validate.ts the objects it
 * builds from them: a field it leaves out is absent for the widgets, never a host page's value.
 */
export const bare = <T extends object>(value: T): T => Object.setPrototypeOf(value, null) as T;

/**
 * `v.object` over entries without a prototype. Valibot walks an object
 * schema's entries with `for…in`, which also visits enumerable properties a
 * host page added to `Object.prototype` (old libraries and polyfills do), and
 * fails on them: every feed would be refused.
 *
 * It reads a field if its key is `in` the input, and a host page may have put values on
 * `Object.prototype` (a JSON merge of `{"__proto__": {"url": …}}` in one of its scripts): so it
 * is given a copy of the input's own fields of the schema, and the output has no prototype, so that a field an
 * entry leaves out is absent for the widgets too, never the page's value.
 *
 * Marked free of side effects, so the bundler leaves out the schemas no widget uses at run time:
 * the whole ConferenceSchema and FeedDocumentSchema serve the JSON Schema and TypeScript (0.16 kB
 * gzip on every page).
 */
/* @__NO_SIDE_EFFECTS__ */
function object<const T extends v.ObjectEntries>(entries: T): v.ObjectSchema<T, undefined> {
  const schema = v.object(Object.assign(Object.create(null) as T, entries));
  const run = schema['~run'];
  const keys = Object.keys(entries);
  return Object.assign(schema, {
    '~run'(dataset: v.UnknownDataset, config: v.Config<v.BaseIssue<unknown>>) {
      const input = dataset.value as Record<string, unknown>;
      // The input's own fields of this schema only: not a spread, which would also read (and run the
      // getters of) the fields the format does not know, which are named in the console, never read.
      if (input && typeof input == 'object')
        dataset.value = bare(Object.fromEntries(keys.filter((key) => Object.hasOwn(input, key)).map((key) => [key, input[key]])));
      const result = run.call(schema, dataset, config);
      if (result.typed) bare(result.value);
      return result;
    },
  });
}

/**
 * `v.optional(v.array(item))`, marked free of side effects as `object` is. In the script-tag build
 * valibot is in the loader's chunk group (vite.config.ts), where the bundler does not see valibot's
 * own marks: without this one, the lists of ConferenceSchema and FeedDocumentSchema, which no widget
 * uses at run time, were built on every page.
 */
/* @__NO_SIDE_EFFECTS__ */
function list<const T extends v.GenericSchema>(item: T): v.OptionalSchema<v.ArraySchema<T, undefined>, undefined> {
  return v.optional(v.array(item));
}

const text = () => v.pipe(v.string(), v.maxLength(MAX_TEXT));

export const IdSchema = v.pipe(v.string(), v.regex(ID_PATTERN, 'an id of 1–128 letters, digits, ".", "_", ":" or "-", starting with a letter or digit'));

/** A language code: `"de"`, `"ru"`, `"de-AT"`. */
const LanguageCodeSchema = v.pipe(v.string(), v.regex(LANGUAGE_TAG, 'a language code such as "de"'));

/** A plain string, or one string per language: `{"de": "…", "ru": "…", "en": "…"}`. */
export const LocalisedTextSchema = v.union(
  [
    v.pipe(text(), v.check(hasText, 'a text that is not blank')),
    v.pipe(
      v.record(LanguageCodeSchema, text()),
      v.check((map) => Object.values(map).some(hasText), 'text in at least one language'),
    ),
  ],
  'a string, or an object of language codes to strings',
);

export const PartialDateSchema = v.pipe(
  v.string(),
  v.regex(PARTIAL_DATE, 'a date as YYYY, YYYY-MM or YYYY-MM-DD'),
  v.check(isCalendarDate, 'a date that exists in the calendar'),
);

export const FullDateSchema = v.pipe(v.string(), v.regex(FULL_DATE, 'a date as YYYY-MM-DD'), v.check(isCalendarDate, 'a date that exists in the calendar'));

export const LocalDateTimeSchema = v.pipe(
  v.string(),
  v.regex(LOCAL_DATE_TIME, 'a local date YYYY-MM-DD or date-time YYYY-MM-DDTHH:mm'),
  v.check(isCalendarDate, 'a date that exists in the calendar'),
);

/**
 * An absolute http(s), mailto or tel URL. Rendering checks again (`safeHref`),
 * so a `javascript:` link can never reach the page even from the `feed` property.
 */
export const UrlSchema = v.pipe(
  v.string(),
  v.maxLength(2048),
  v.url('an absolute URL'),
  v.regex(/^(https?:|mailto:|tel:)/i, 'an http, https, mailto or tel URL'),
);

export const LinkSchema = object({
  url: UrlSchema,
  label: LocalisedTextSchema,
});

export const OrganisationSchema = object({
  id: IdSchema,
  name: LocalisedTextSchema,
  shortName: v.optional(LocalisedTextSchema),
  url: v.optional(UrlSchema),
  logo: v.optional(UrlSchema),
  country: v.optional(v.pipe(v.string(), v.regex(COUNTRY_CODE, 'an ISO 3166-1 alpha-2 code such as "DE"'))),
});

export const PersonSchema = object({
  id: IdSchema,
  name: LocalisedTextSchema,
  role: v.optional(LocalisedTextSchema),
  organisation: v.optional(IdSchema),
  // Not v.email(): it refuses internationalised addresses such as those on .рф. No `:` before the `@`:
  // `mailto:kaiser@…` would become the link `mailto:mailto:kaiser@…`, which no mail program reads.
  email: v.optional(v.pipe(v.string(), v.maxLength(254), v.regex(/^[^\s:@<>()"]+@[^\s@<>()"]+\.[^\s@<>()".]+$/u, 'an e-mail address'))),
  phone: v.optional(v.pipe(v.string(), v.regex(/^\+?[0-9 ()/.-]{3,32}$/, 'a phone number of digits, spaces and + ( ) / . -'))),
});

export const CITY_KINDS = ['city', 'district', 'rayon', 'region', 'borough'] as const;

export const CitySchema = object({
  id: IdSchema,
  name: LocalisedTextSchema,
  country: v.pipe(v.string(), v.regex(COUNTRY_CODE, 'an ISO 3166-1 alpha-2 code such as "DE"')),
  kind: v.optional(v.picklist(CITY_KINDS), 'city'),
  lat: v.pipe(v.number(), v.finite(), v.minValue(-90), v.maxValue(90)),
  lon: v.pipe(v.number(), v.finite(), v.minValue(-180), v.maxValue(180)),
});

export const PARTNERSHIP_DATE_KINDS = ['signed', 'reaffirmed', 'other'] as const;

export const PartnershipDateSchema = object({
  kind: v.picklist(PARTNERSHIP_DATE_KINDS),
  date: PartialDateSchema,
  label: v.optional(LocalisedTextSchema),
});

export const PartnershipSchema = object({
  id: IdSchema,
  cities: v.pipe(
    v.strictTuple([IdSchema, IdSchema], 'exactly two city ids'),
    v.check(([a, b]) => a !== b, 'two different cities'),
  ),
  /** When the partnership began; absent when it is not known (real lists often lack it). */
  since: v.optional(PartialDateSchema),
  sinceQualifier: v.optional(LocalisedTextSchema),
  dates: list(PartnershipDateSchema),
  notes: v.optional(LocalisedTextSchema),
});

/** A colour as `#rgb` or `#rrggbb`, nothing else: the widgets put it into a style, so no other CSS text may pass. */
export const HEX_COLOR = /^#([\da-fA-F]{3}){1,2}$/;

/** A track of a conference (a strand of its programme): sessions name it by its id. */
export const TrackSchema = object({
  id: IdSchema,
  name: LocalisedTextSchema,
  color: v.optional(v.pipe(v.string(), v.regex(HEX_COLOR, 'a colour as #rgb or #rrggbb'))),
});

/** `break`: a coffee or lunch break (no "My programme" or calendar button; the same break in several rooms at once is one session without a venue). */
export const SESSION_KINDS = ['plenary', 'working-group', 'culture', 'youth-forum', 'excursion', 'reception', 'break', 'other'] as const;

export const SessionSchema = object({
  id: IdSchema,
  kind: v.picklist(SESSION_KINDS),
  workingGroup: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(999))),
  title: LocalisedTextSchema,
  description: v.optional(LocalisedTextSchema),
  /** Imported schedules name it (frab `language`, pretalx `content_locale`); it sets `lang` on plain-string texts. */
  language: v.optional(LanguageCodeSchema),
  start: v.optional(LocalDateTimeSchema),
  end: v.optional(LocalDateTimeSchema),
  venue: v.optional(LocalisedTextSchema),
  city: v.optional(IdSchema),
  coordinators: list(IdSchema),
  speakers: list(IdSchema),
  moderators: list(IdSchema),
  /** The id of one of its conference's `tracks`. */
  track: v.optional(IdSchema),
  topics: list(LocalisedTextSchema),
  links: list(LinkSchema),
});

export const SIDE_EVENT_KINDS = ['youth-forum', 'festival', 'other'] as const;

export const SideEventSchema = object({
  id: IdSchema,
  kind: v.optional(v.picklist(SIDE_EVENT_KINDS), 'other'),
  ordinal: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(3999))),
  title: LocalisedTextSchema,
  start: v.optional(PartialDateSchema),
  end: v.optional(PartialDateSchema),
  places: list(IdSchema),
  venue: v.optional(LocalisedTextSchema),
  description: v.optional(LocalisedTextSchema),
  links: list(LinkSchema),
});

export const REGISTRATION_STATUSES = ['open', 'closed', 'not-yet'] as const;

export const RegistrationSchema = object({
  status: v.picklist(REGISTRATION_STATUSES),
  url: v.optional(UrlSchema),
  deadline: v.optional(FullDateSchema),
});

/**
 * A conference without its sessions and side events: those are checked one by
 * one (see validate.ts), so the schema used at run time leaves them unknown.
 */
const conferenceEntries = {
  id: IdSchema,
  /** Optional since imported schedules (frab, pretalx) belong to no numbered series. */
  ordinal: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(3999))),
  title: LocalisedTextSchema,
  motto: v.optional(LocalisedTextSchema),
  start: PartialDateSchema,
  end: v.optional(PartialDateSchema),
  timeZone: v.optional(v.pipe(v.string(), v.check(isValidTimeZone, 'an IANA time zone such as "Europe/Berlin"'))),
  /** When the programme's day begins (frab's `day_change`): a session that starts earlier belongs to the day before. */
  dayChange: v.optional(v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time of day HH:mm such as "04:00"'))),
  /** Required, but may be empty: an imported schedule names no host city. */
  hostCities: v.array(IdSchema),
  venue: v.optional(LocalisedTextSchema),
  expectedParticipants: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  organisers: list(IdSchema),
  supporters: list(IdSchema),
  contacts: list(IdSchema),
  registration: v.optional(RegistrationSchema),
  onlineUrl: v.optional(UrlSchema),
  links: list(LinkSchema),
};

export const ConferenceHeadSchema = object({
  ...conferenceEntries,
  tracks: list(v.unknown()),
  sideEvents: list(v.unknown()),
  // Whatever it is, so that `"sessions": { … }` (one session without the list's brackets) reaches validation, which counts it as dropped.
  sessions: v.optional(v.unknown()),
});

export const ConferenceSchema = object({
  ...conferenceEntries,
  tracks: list(TrackSchema),
  sideEvents: list(SideEventSchema),
  sessions: list(SessionSchema),
});

export const FEED_VERSION = 1;

/** The whole document, for the JSON Schema; at run time each array item is checked on its own. */
export const FeedDocumentSchema = object({
  // Marked for the reason given at `list`.
  $schema: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
  version: /* @__PURE__ */ v.literal(FEED_VERSION),
  organisations: list(OrganisationSchema),
  people: list(PersonSchema),
  cities: list(CitySchema),
  partnerships: list(PartnershipSchema),
  conferences: list(ConferenceSchema),
});

export type LocalisedText = v.InferOutput<typeof LocalisedTextSchema>;
export type PartialDate = string;
export type Link = v.InferOutput<typeof LinkSchema>;
export type Organisation = v.InferOutput<typeof OrganisationSchema>;
export type Person = v.InferOutput<typeof PersonSchema>;
export type City = v.InferOutput<typeof CitySchema>;
export type CityKind = (typeof CITY_KINDS)[number];
export type PartnershipDate = v.InferOutput<typeof PartnershipDateSchema>;
export type Partnership = v.InferOutput<typeof PartnershipSchema>;
export type Track = v.InferOutput<typeof TrackSchema>;
export type Session = v.InferOutput<typeof SessionSchema>;
export type SessionKind = (typeof SESSION_KINDS)[number];
export type SideEvent = v.InferOutput<typeof SideEventSchema>;
export type Registration = v.InferOutput<typeof RegistrationSchema>;
export type Conference = v.InferOutput<typeof ConferenceSchema> & {
  /** How many of its sessions validation dropped: with none left, `<conf-programme>` says the data is not as expected, not that the programme is unpublished. */
  readonly dropped?: { readonly sessions: number };
};
/** A feed document as an author writes it (the input of validation). */
export type FeedDocument = v.InferInput<typeof FeedDocumentSchema>;
