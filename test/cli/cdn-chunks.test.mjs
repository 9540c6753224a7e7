/**
 * What the script-tag build (dist/cdn/) spends bytes on that no reader needs: checks of the chunks
 * `npm run build` wrote, beside `npm run size`'s totals. Each was a saving once (docs/performance.md).
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ROOT } from './support.mjs';

const CDN = join(ROOT, 'dist/cdn');
const ENTRY = join(CDN, 'staedtepartner-widgets.js');
const chunks = () =>
  readdirSync(join(CDN, 'chunks'))
    .filter((name) => name.endsWith('.js'))
    .map((name) => ({ name, code: readFileSync(join(CDN, 'chunks', name), 'utf8') }));

describe('the script-tag build', () => {
  it('loads each widget without a module namespace object made for it', () => {
    const entry = readFileSync(ENTRY, 'utf8');
    // The loaders resolve when the widget's module has run: a widget chunk that also exports names
    // to its lazy chunks (the programme's calendar, the map's geometry) then needs no namespace
    // object of its own (Rolldown's `__exportAll` helper, `.then(e=>e.t)` in the entry).
    assert.doesNotMatch(entry, /\.then\(\w+=>\w+\.\w+\)/, 'the entry picks a namespace out of a widget chunk');
    const helpers = chunks().filter(({ code }) => code.includes('Symbol.toStringTag'));
    assert.deepEqual(
      helpers.map(({ name }) => name),
      [],
      'chunks that build module namespace objects',
    );
  });

  it("carries none of the tests' work counters (in the npm build neither)", () => {
    // Distinctive names of work.ts's, anniversaries.ts's, validate.ts's and table-rows.ts's counters.
    const COUNTERS = /\b(clusterMemberships|geometryDrawings|searchCompares|layerMoves|mapRenders|tableSorts|datesParsed|namesRead|fastParsed|schemaParsed)\b/;
    const npm = readdirSync(join(ROOT, 'dist'), { recursive: true })
      .filter((name) => name.endsWith('.js') && !name.startsWith('cdn'))
      .map((name) => ({ name, code: readFileSync(join(ROOT, 'dist', name), 'utf8') }));
    assert.ok(npm.length > 10, 'run npm run build first');
    const found = [...chunks(), ...npm].filter(({ code }) => COUNTERS.test(code)).map(({ name, code }) => `${name}: ${COUNTERS.exec(code)[0]}`);
    assert.deepEqual(found, []);
  });

  it('names no source map in the translation chunks, and names one in every other chunk', () => {
    // Translation chunks: the role npm run size gives them, from the manifest (src/generated/locales/…).
    const manifest = JSON.parse(readFileSync(join(CDN, '.vite/manifest.json'), 'utf8'));
    const translations = new Set(
      Object.entries(manifest)
        .filter(([source]) => source.startsWith('src/generated/locales/'))
        .map(([, chunk]) => chunk.file.replace(/^chunks\//, '')),
    );
    assert.ok(translations.size >= 12, `${translations.size} translation chunks: run npm run build first`);
    const linked = ({ code }) => /\n\/\/# sourceMappingURL=[\w-]+\.js\.map\n?$/.test(code);
    const all = chunks();
    assert.deepEqual(
      all.filter((chunk) => translations.has(chunk.name) && linked(chunk)).map(({ name }) => name),
      [],
      'translation chunks that name a source map',
    );
    assert.deepEqual(
      all.filter((chunk) => !translations.has(chunk.name) && !linked(chunk)).map(({ name }) => name),
      [],
      'code chunks that name no source map',
    );
    assert.ok(linked({ code: readFileSync(ENTRY, 'utf8') }), 'the entry names its source map');
    // And each is its object as the default export, with no name for it (`var templates=…;export{templates}`).
    assert.deepEqual(
      all
        .filter((chunk) => translations.has(chunk.name) && !/^(import\{\w+\}from"\.\/[\w-]+\.js";)?export default\{[^]*\};\n$/.test(chunk.code))
        .map(({ name }) => name),
      [],
      'translation chunks that are not `export default{…}`',
    );
  });

  it('looks every named message up by its short id', () => {
    // Ids given as msg(…, { id: 'jubilee-summary-few' }), as the translation modules name them (the first
    // of a module too, which stands on the line of `export default {`'s indentation).
    const LOCALES = join(ROOT, 'src/generated/locales');
    const named = new Set(
      readdirSync(LOCALES, { recursive: true })
        .filter((name) => /[\\/].*\.ts$/.test(name))
        .flatMap((name) => [...readFileSync(join(LOCALES, name), 'utf8').matchAll(/^\s*'([^']*-[^']*)':/gm)].map((match) => match[1])),
    );
    assert.ok(named.size > 20, `${named.size} named ids`);
    const long = chunks().flatMap(({ name, code }) =>
      [...named].filter((id) => code.includes(`"${id}"`) || code.includes(`'${id}'`) || code.includes(`\`${id}\``)).map((id) => `${name}: ${id}`),
    );
    assert.deepEqual(long, []);
  });
});
