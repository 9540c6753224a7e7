/**
 * dist/feed.schema.json as an editor reads it (ajv, draft-07): the sample feed passes; a misspelt
 * field, a localised text without a language, "version": "1" and a badly written date fail; every
 * field is described; each pattern has its message in words; the $id names the package version.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import Ajv from 'ajv';
import * as v from 'valibot';
import * as feed from '../../dist/feed.js';
import { ROOT } from './support.mjs';

const schema = JSON.parse(readFileSync(`${ROOT}dist/feed.schema.json`, 'utf8'));
const sample = JSON.parse(readFileSync(`${ROOT}demo/feed.json`, 'utf8'));
// patternErrorMessage is VS Code's keyword; ajv is told it exists.
const ajv = new Ajv({ allErrors: true, strict: false });
const check = ajv.compile(schema);

const essen = { id: 'essen', name: 'Essen', country: 'DE', lat: 51.45, lon: 7.01 };
const withCity = (extra) => ({ version: 1, cities: [essen], ...extra });

describe('feed.schema.json', () => {
  it('accepts the sample feed and a minimal one', () => {
    assert.ok(check(sample), ajv.errorsText(check.errors));
    assert.ok(check(withCity({})), ajv.errorsText(check.errors));
  });

  for (const [what, document, keyword, where] of [
    ['a misspelt top-level field', withCity({ partnerhsips: [] }), 'additionalProperties', ''],
    ['a misspelt field of a city', withCity({ cities: [{ ...essen, nmae: 'x' }] }), 'additionalProperties', '/cities/0'],
    [
      'a misspelt field of a registration',
      withCity({ conferences: [{ id: 'c', title: 'T', start: '2021', hostCities: [], registration: { status: 'open', deadlne: '2021-05-01' } }] }),
      'additionalProperties',
      '/conferences/0/registration',
    ],
    ['a name without a language', withCity({ cities: [{ ...essen, name: {} }] }), 'minProperties', '/cities/0/name'],
    ['a blank name', withCity({ cities: [{ ...essen, name: '  ' }] }), 'pattern', '/cities/0/name'],
    ['"version": "1"', { version: '1' }, 'const', '/version'],
    ['a date in another order', withCity({ partnerships: [{ id: 'p', cities: ['essen', 'x'], since: '09.09.1991' }] }), 'pattern', '/partnerships/0/since'],
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

  it('refuses a day beyond its month as the validator does; only February 29 of other years is left to it', () => {
    const strings = [];
    for (const year of ['1900', '2000', '2020', '2021']) {
      strings.push(year, `${year}-1`, `${year}-00`);
      for (let month = 0; month <= 13; month++) {
        const mm = String(month).padStart(2, '0');
        strings.push(`${year}-${mm}`);
        for (let day = 0; day <= 32; day++) {
          const date = `${year}-${mm}-${String(day).padStart(2, '0')}`;
          strings.push(date, `${date}T10:30`, `${date}T24:00`);
        }
      }
    }
    for (const [definition, valibot] of [
      ['PartialDate', feed.PartialDateSchema],
      ['FullDate', feed.FullDateSchema],
      ['LocalDateTime', feed.LocalDateTimeSchema],
    ]) {
      const pattern = new RegExp(schema.$defs[definition].pattern, 'u');
      const differ = strings.filter((text) => pattern.test(text) !== v.safeParse(valibot, text).success);
      assert.deepEqual(
        differ.filter((text) => !/^(1900|2021)-02-29/.test(text)),
        [],
        definition,
      );
      assert.ok(differ.length > 0, `${definition}: 2021-02-29 is the validator's`);
      assert.equal(pattern.test('2021-02-30'), false);
      assert.equal(pattern.test('2021-06-31'), false);
    }
  });

  it('names the package version in its $id', () => {
    const { version } = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8'));
    const [major, minor] = version.split('.');
    assert.equal(schema.$id, `https://unpkg.com/staedtepartner-widgets@${major === '0' ? `${major}.${minor}` : major}/dist/feed.schema.json`);
  });
});
