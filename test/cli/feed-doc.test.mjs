/**
 * docs/feed.md against dist/feed.schema.json (built from the validator's own valibot schemas): every
 * field table of the reference lists exactly the fields of its entity, with the same optionality,
 * type, allowed values and range, and every entity of the schema has a table. Both sides are read,
 * neither copied here, so a field added to one and not the other fails. The examples of feed.md and
 * README.md in JSON pass the validator and the schema alike.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import Ajv from 'ajv';
import { validateFeed } from '../../dist/feed.js';
import { ROOT } from './support.mjs';

const schema = JSON.parse(readFileSync(`${ROOT}dist/feed.schema.json`, 'utf8'));
const doc = readFileSync(`${ROOT}docs/feed.md`, 'utf8');
const readme = readFileSync(`${ROOT}README.md`, 'utf8');

/** The definition each heading of feed.md with a field table describes ("$" the document). */
const ENTITY_OF_HEADING = {
  '1. What the feed is': '$',
  Organisations: 'Organisation',
  People: 'Person',
  Cities: 'City',
  Partnerships: 'Partnership',
  Conferences: 'Conference',
  Registration: 'Registration',
  Links: 'Link',
  Tracks: 'Track',
  'Side events': 'SideEvent',
  Sessions: 'Session',
};

const definition = (name) => (name === '$' ? schema : schema.$defs[name]);
const refName = (node) => node?.$ref?.replace('#/$defs/', '');

/**
 * The field tables of feed.md: `{ entity, rows: [{ field, type, required }] }`. A table after
 * "Each entry of `dates`:" describes the items of that field of its heading's entity.
 */
function fieldTables() {
  const tables = [];
  let heading;
  let entryOf;
  const lines = doc.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    const title = /^#{2,4} (.*)$/.exec(line);
    if (title) {
      heading = title[1];
      entryOf = undefined;
      continue;
    }
    const each = /^Each entry of `(\w+)`:$/.exec(line);
    if (each) entryOf = each[1];
    if (!line.startsWith('| field | type | required |')) continue;
    const owner = ENTITY_OF_HEADING[heading];
    assert.ok(owner, `a field table under "${heading}", which this test does not know`);
    const entity = entryOf ? refName(definition(owner).properties[entryOf].items) : owner;
    const rows = [];
    for (index += 2; lines[index]?.startsWith('|'); index++) {
      const [field, type, required] = lines[index].split(' | ').map((cell) => cell.replace(/^\| /, ''));
      rows.push({ field: /^`([^`]+)`$/.exec(field)?.[1] ?? field, type, required });
    }
    tables.push({ entity, rows });
  }
  return tables;
}

/** What feed.md's type column says of a value, in the schema's terms. */
const TYPE_OF_WORDS = [
  [/^text$/, { $ref: 'LocalisedText' }],
  [/^id( of an? \w+)?$/, { $ref: 'Id' }],
  [/^ids of /, { array: 'Id' }],
  [/^URL$/, { $ref: 'Url' }],
  [/^partial date$/, { $ref: 'PartialDate' }],
  [/^full date$/, { $ref: 'FullDate' }],
  [/^local date-time$/, { $ref: 'LocalDateTime' }],
  [/^list of texts$/, { array: 'LocalisedText' }],
  [/^list of (.+)$/, { array: '*' }],
  [/^(\[.+)$/, { $ref: '*' }],
];

/** The entity that words of the type column name: a link to its heading (`[side events](#side-events)`), or its name (`partnership dates`). */
function entityNamed(words) {
  const anchor = /\]\(#([\w-]+)\)/.exec(words)?.[1];
  const heading = anchor && Object.keys(ENTITY_OF_HEADING).find((title) => title.toLowerCase().replaceAll(' ', '-') === anchor);
  if (heading) return ENTITY_OF_HEADING[heading];
  const name = words
    .replace(/ \(.*\)$/, '')
    .replace(/s$/, '')
    .replaceAll(' ', '');
  return Object.keys(schema.$defs).find((entity) => entity.toLowerCase() === name.toLowerCase()) ?? words;
}

/** The schema's node of a field, reduced to what feed.md's type column says. */
function shapeOf(node) {
  if (node.$ref) return { $ref: refName(node) };
  if (node.type === 'array') return { array: refName(node.items) ?? refName(node.items[0]) };
  return undefined;
}

describe('docs/feed.md and feed.schema.json', () => {
  const tables = fieldTables();

  it('has a field table for every entity of the schema, and the document', () => {
    const documented = tables.map(({ entity }) => entity);
    const entities = ['$', ...Object.keys(schema.$defs).filter((name) => schema.$defs[name].properties)];
    assert.deepEqual([...documented].sort(), [...entities].sort());
  });

  for (const { entity, rows } of fieldTables()) {
    const node = definition(entity);
    it(`lists the fields of ${entity} as the schema has them`, () => {
      assert.deepEqual(
        rows.map(({ field }) => field),
        Object.keys(node.properties),
      );
    });

    it(`says which fields of ${entity} are required, as the schema does`, () => {
      for (const { field, required } of rows) {
        assert.match(required, /^(yes|no)\b/, `${entity}.${field}: "${required}"`);
        assert.equal(required.startsWith('yes'), (node.required ?? []).includes(field), `${entity}.${field} required: "${required}"`);
      }
    });

    it(`gives the type, values and range of each field of ${entity} as the schema does`, () => {
      for (const { field, type } of rows) {
        const property = node.properties[field];
        if (!property) continue;
        const at = `${entity}.${field}: "${type}"`;
        if (property.enum) {
          assert.deepEqual(
            [...type.matchAll(/`"([^"]+)"`/g)].map((match) => match[1]),
            property.enum,
            at,
          );
          continue;
        }
        if (property.type === 'number' || property.type === 'integer') {
          assert.equal(/^whole number\b/.test(type), property.type === 'integer', at);
          const range = /(−?\d+) to (−?\d+)/.exec(type);
          const number = (text) => Number(text.replace('−', '-'));
          if (range) assert.deepEqual([number(range[1]), number(range[2])], [property.minimum, property.maximum], at);
          else assert.match(type, new RegExp(`\\b${property.minimum} or more$`), at);
          assert.equal(property.maximum === undefined, !range, at);
          continue;
        }
        const words = TYPE_OF_WORDS.find(([pattern]) => pattern.test(type));
        if (!words) continue;
        const shape = shapeOf(property);
        assert.ok(shape, at);
        const [pattern, expected] = words;
        const wanted = Object.fromEntries(Object.entries(expected).map(([key, value]) => [key, value === '*' ? entityNamed(pattern.exec(type)[1]) : value]));
        assert.deepEqual(shape, wanted, at);
      }
    });
  }
});

/**
 * The JSON blocks of a Markdown text, each with its line, and the feeds of its inline-feed examples
 * (`<script type="application/json">`) but those with "…" in them. A fragment (`"tracks": [ … ]`)
 * is read as the fields of an object.
 */
function feedExamples(text) {
  const examples = [];
  const at = (index) => text.slice(0, index).split('\n').length;
  for (const match of text.matchAll(/^```json\n([^]*?)^```/gm)) {
    let value;
    try {
      value = JSON.parse(match[1]);
    } catch {
      value = JSON.parse(`{${match[1]}}`);
    }
    examples.push({ line: at(match.index), value });
  }
  for (const match of text.matchAll(/<script type="application\/json"[^>]*>\n([^<]*)<\/script>/g))
    if (!match[1].includes('…')) examples.push({ line: at(match.index), value: JSON.parse(match[1]) });
  return examples;
}

describe('the examples of docs/feed.md and README.md', () => {
  const ajv = new Ajv({ allErrors: true, strict: false, formats: { uri: true } });
  const check = ajv.compile(schema);
  const checkDefinition = (name) => ajv.compile({ $defs: schema.$defs, allOf: [{ $ref: `#/$defs/${name}` }] });
  /** The entity a fragment of feed.md is an example of, by its fields. */
  const entityOf = (value) =>
    Object.keys(schema.$defs).find((name) => {
      const properties = schema.$defs[name].properties;
      return properties && (schema.$defs[name].required ?? []).every((field) => field in value) && Object.keys(value).every((field) => field in properties);
    });

  for (const [file, text] of [
    ['docs/feed.md', doc],
    ['README.md', readme],
  ])
    for (const { line, value } of feedExamples(text).filter(({ value }) => file !== 'README.md' || 'version' in value || entityOf(value)))
      it(`${file}:${line} is valid`, () => {
        if ('version' in value) {
          const result = validateFeed(value);
          assert.ok(result.ok, JSON.stringify(result));
          assert.deepEqual(
            result.warnings.filter(
              ({ path }) => !/\]\.(organisation|hostCities|organisers|supporters|contacts|places|city|speakers|coordinators|cities)\b/.test(path),
            ),
            [],
          );
          assert.ok(check(value), ajv.errorsText(check.errors));
        } else if ('tracks' in value) {
          for (const track of value.tracks) assert.ok(checkDefinition('Track')(track));
        } else {
          const name = entityOf(value);
          assert.ok(name, `${file}:${line}: an example of no entity: ${Object.keys(value)}`);
          const checkIt = checkDefinition(name);
          assert.ok(checkIt(value), `${name}: ${ajv.errorsText(checkIt.errors)}`);
        }
      });
});
