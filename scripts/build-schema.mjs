/**
 * Writes dist/feed.schema.json from the same valibot schemas the widgets
 * validate with (src/feed/schema.ts), so feed authors get validation in their
 * editor: every field described (scripts/feed-schema-descriptions.mjs, a
 * build-only module), each pattern with its message in words
 * (`patternErrorMessage`, shown by VS Code), dates with their month's
 * length, unknown fields refused
 * (`additionalProperties: false`), a localised text with at least one language.
 * Checks that JSON Schema cannot express (a date that exists in the calendar, a
 * known time zone, two different cities, unique ids, references that exist, an
 * end after its start) are left to the validator; docs/feed.md lists them.
 */
import { build } from 'esbuild';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DESCRIPTIONS } from './feed-schema-descriptions.mjs';

const root = new URL('..', import.meta.url);
const temp = join(tmpdir(), `feed-schema-${process.pid}.mjs`);

/** Definitions of the JSON Schema, by the name of their valibot schema in schema.ts. */
const DEFINITIONS = {
  Id: 'IdSchema',
  LocalisedText: 'LocalisedTextSchema',
  PartialDate: 'PartialDateSchema',
  FullDate: 'FullDateSchema',
  LocalDateTime: 'LocalDateTimeSchema',
  Url: 'UrlSchema',
  Link: 'LinkSchema',
  Organisation: 'OrganisationSchema',
  Person: 'PersonSchema',
  City: 'CitySchema',
  PartnershipDate: 'PartnershipDateSchema',
  Partnership: 'PartnershipSchema',
  Registration: 'RegistrationSchema',
  SideEvent: 'SideEventSchema',
  Track: 'TrackSchema',
  Session: 'SessionSchema',
  Conference: 'ConferenceSchema',
};

/** What a `v.check` of schema.ts becomes, by its message; the others are left to the validator. */
const CHECKS = {
  'a text that is not blank': { pattern: '\\S', patternErrorMessage: 'Expected a text that is not blank.' },
  'text in at least one language': { minProperties: 1 },
};

/**
 * The date patterns with day and month together, so that an editor refuses 2021-06-31 and
 * 2021-02-30 too; only February 29 of a year that is not a leap year is left to the validator.
 * Keyed by the source of the pattern in schema.ts, each replaces exactly one.
 */
const MONTH_DAY = String.raw`(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|02-(?:0[1-9]|[12]\d))`;
const DATE_PATTERNS = {
  [String.raw`^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$`]: String.raw`^\d{4}(?:-(?:0[1-9]|1[0-2])|-${MONTH_DAY})?$`,
  [String.raw`^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$`]: String.raw`^\d{4}-${MONTH_DAY}$`,
  [String.raw`^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d)?$`]: String.raw`^\d{4}-${MONTH_DAY}(?:T(?:[01]\d|2[0-3]):[0-5]\d)?$`,
};
const datePatternsUsed = new Set();

await build({
  stdin: {
    contents: `
      export * as schemas from './src/feed/schema.ts';
      export { toJsonSchema } from '@valibot/to-json-schema';
    `,
    resolveDir: root.pathname,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: temp,
  logLevel: 'warning',
});

/** Every object schema with fields in `node`: refuses other fields, and is checked against its descriptions. */
function closeObjects(node) {
  if (Array.isArray(node)) node.forEach(closeObjects);
  else if (node && typeof node === 'object') {
    if (node.type === 'object' && node.properties) node.additionalProperties = false;
    Object.values(node).forEach(closeObjects);
  }
}

/** Puts the descriptions on `schema` (a definition, or the document); lists every field without one, or description without a field. */
function describe(name, schema, problems) {
  const { $, ...fields } = DESCRIPTIONS[name] ?? {};
  if (!$) problems.push(`${name}: no description`);
  schema.description = $;
  for (const key of Object.keys(schema.properties ?? {})) {
    if (fields[key]) schema.properties[key] = { description: fields[key], ...schema.properties[key] };
    else problems.push(`${name}.${key}: no description`);
  }
  for (const key of Object.keys(fields)) if (!schema.properties?.[key]) problems.push(`${name}.${key}: described, but not in the schema`);
}

try {
  const { schemas, toJsonSchema } = await import(pathToFileURL(temp).href);
  const definitions = Object.fromEntries(Object.entries(DEFINITIONS).map(([name, key]) => [name, schemas[key]]));
  const schema = toJsonSchema(schemas.FeedDocumentSchema, {
    errorMode: 'ignore',
    definitions,
    overrideAction({ valibotAction: action, jsonSchema }) {
      if (action.type === 'regex' && typeof action.message === 'string') {
        const date = Object.hasOwn(DATE_PATTERNS, action.requirement.source) ? DATE_PATTERNS[action.requirement.source] : undefined;
        if (date) datePatternsUsed.add(action.requirement.source);
        return { ...jsonSchema, pattern: date ?? jsonSchema.pattern, patternErrorMessage: `Expected ${action.message}.` };
      }
      if (action.type === 'check') return { ...jsonSchema, ...CHECKS[action.message] };
      return undefined;
    },
  });
  closeObjects(schema);
  const problems = [];
  for (const source of Object.keys(DATE_PATTERNS)) if (!datePatternsUsed.has(source)) problems.push(`the date pattern ${source} is no longer in schema.ts`);
  describe('Feed', schema, problems);
  for (const [name, definition] of Object.entries(schema.$defs)) describe(name, definition, problems);
  for (const name of Object.keys(DESCRIPTIONS)) if (name !== 'Feed' && !schema.$defs[name]) problems.push(`${name}: described, but no such definition`);
  if (problems.length) throw new Error(`scripts/feed-schema-descriptions.mjs is out of step with src/feed/schema.ts:\n  ${problems.join('\n  ')}`);

  // Versioned: a feed names the schema of the package versions it was written for (docs/feed.md).
  const { version } = JSON.parse(await readFile(new URL('package.json', root), 'utf8'));
  const [major, minor] = version.split('.');
  const range = major === '0' ? `${major}.${minor}` : major;
  const document = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: `https://unpkg.com/staedtepartner-widgets@${range}/dist/feed.schema.json`,
    title: `staedtepartner-widgets feed, version ${schemas.FEED_VERSION}`,
    ...schema,
  };
  await mkdir(new URL('dist/', root), { recursive: true });
  await writeFile(new URL('dist/feed.schema.json', root), JSON.stringify(document, null, 2) + '\n');
  console.log('dist/feed.schema.json written');
} finally {
  await rm(temp, { force: true });
}
