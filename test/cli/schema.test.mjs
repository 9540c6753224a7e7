/**
 * dist/feed.schema.json as an editor reads it (ajv, draft-07): the sample feed passes; a misspelt
 * field, a localised text without a language, "version": "1" and a badly written date fail; every
 * field is described; each pattern has its message in words; the $id names the package version.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import Ajv from 'ajv';
import { ROOT } from './support.mjs';

const schema = JSON.parse(readFileSync(`${ROOT}dist/feed.schema.json`, 'utf8'));
const sample = JSON.parse(readFileSync(`${ROOT}demo/feed.json`, 'utf8'));
// patternErrorMessage is VS Code's keyword; ajv is told it exists.
const ajv = new Ajv({ allErrors: true, strict: false });
const check = ajv.compile(schema);

const essen = { id: 'essen', name: 'Essen', country: 'DE', lat: 51.45, lon: 7.01 };
const feed = (extra) => ({ version: 1, cities: [essen], ...extra });

describe('feed.schema.json', () => {
  it('accepts the sample feed and a minimal one', () => {
    assert.ok(check(sample), ajv.errorsText(check.errors));
    assert.ok(check(feed({})), ajv.errorsText(check.errors));
  });

  for (const [what, document, keyword, where] of [
    ['a misspelt top-level field', feed({ partnerhsips: [] }), 'additionalProperties', ''],
    ['a misspelt field of a city', feed({ cities: [{ ...essen, nmae: 'x' }] }), 'additionalProperties', '/cities/0'],
    [
      'a misspelt field of a registration',
      feed({ conferences: [{ id: 'c', title: 'T', start: '2021', hostCities: [], registration: { status: 'open', deadlne: '2021-05-01' } }] }),
      'additionalProperties',
      '/conferences/0/registration',
    ],
    ['a name without a language', feed({ cities: [{ ...essen, name: {} }] }), 'minProperties', '/cities/0/name'],
    ['a blank name', feed({ cities: [{ ...essen, name: '  ' }] }), 'pattern', '/cities/0/name'],
    ['"version": "1"', { version: '1' }, 'const', '/version'],
    ['a date in another order', feed({ partnerships: [{ id: 'p', cities: ['essen', 'x'], since: '09.09.1991' }] }), 'pattern', '/partnerships/0/since'],
  ])
    it(`refuses ${what}`, () => {
      assert.equal(check(document), false);
      assert.ok(
        check.errors.some((error) => error.keyword === keyword && error.instancePath === where),
        ajv.errorsText(check.errors),
      );
    });

  it('describes every field and definition', () => {
    const undescribed = [];
    const walk = (node, path) => {
      if (!node || typeof node !== 'object') return;
      for (const [key, value] of Object.entries(node.properties ?? {})) if (!value.description) undescribed.push(`${path}.${key}`);
      for (const [key, value] of Object.entries(node.$defs ?? {})) {
        if (!value.description) undescribed.push(`$defs.${key}`);
        walk(value, `$defs.${key}`);
      }
    };
    walk(schema, '$');
    assert.deepEqual(undescribed, []);
    assert.ok(Object.keys(schema.$defs).length >= 15);
  });

  it('says each pattern in words', () => {
    const patterns = [];
    const walk = (node) => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') {
        if (typeof node.pattern === 'string') patterns.push(node);
        Object.values(node).forEach(walk);
      }
    };
    walk(schema);
    assert.ok(patterns.length > 5);
    for (const node of patterns) assert.match(node.patternErrorMessage ?? '', /^Expected [a-z]/, node.pattern);
    assert.equal(schema.$defs.PartialDate.patternErrorMessage, 'Expected a date as YYYY, YYYY-MM or YYYY-MM-DD.');
  });

  it('names the package version in its $id', () => {
    const { version } = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8'));
    const [major, minor] = version.split('.');
    assert.equal(schema.$id, `https://unpkg.com/staedtepartner-widgets@${major === '0' ? `${major}.${minor}` : major}/dist/feed.schema.json`);
  });
});
