/**
 * Both builds ship minified JavaScript with minified templates (issue 14): the npm build
 * (dist/, which an app's bundler minifies again, but never the CSS and markup inside html`…` and
 * css`…`) and the script-tag build (dist/cdn/). Reads what `npm run build` wrote.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, it } from 'node:test';
import { ROOT } from './support.mjs';

const DIST = join(ROOT, 'dist');

/** The .js files under `dir`, leaving out `skip` (folders relative to dist/). */
function scripts(dir, skip = []) {
  return readdirSync(dir, { recursive: true })
    .map((name) => join(dir, name))
    .filter((path) => path.endsWith('.js') && !skip.some((folder) => relative(DIST, path).startsWith(join(folder, sep))));
}

/** Lines that start with indentation: a minifier leaves none, outside templates it may not touch. */
const indented = (files) =>
  files.reduce(
    (sum, file) =>
      sum +
      readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => /^\s/.test(line)).length,
    0,
  );

for (const [build, files] of [
  ['the npm build (dist/)', () => scripts(DIST, ['cdn', 'types'])],
  ['the script-tag build (dist/cdn/)', () => scripts(join(DIST, 'cdn'))],
]) {
  describe(build, () => {
    it('has almost no indented line (only templates with an expression in a tag name stay as written)', () => {
      const list = files();
      assert.ok(list.length > 10, `only ${list.length} scripts: run npm run build first`);
      // Unminified, the npm build has about 10,000 such lines; minified, under 100.
      const lines = indented(list);
      assert.ok(lines < 150, `${lines} indented lines`);
    });

    it("has the programme's styles and markup without their whitespace", () => {
      // The chunk with the programme's styles (its public tokens start with --conf-programme-; the
      // private ones, --_programme-…, are --_0 … in the script-tag build: shortCustomProperties in vite.config.ts).
      const programme = files()
        .map((file) => readFileSync(file, 'utf8'))
        .filter((code) => code.includes('--conf-programme-accent'))
        .join('\n');
      assert.match(programme, /:host\{/);
      assert.doesNotMatch(programme, /:host \{/);
      assert.doesNotMatch(programme, />\n\s+</);
    });
  });
}

describe('the script-tag build (dist/cdn/), message ids', () => {
  it("hashes messages with BigInt, not with @lit/localize's 16-bit parts (fnv1a64WithBigInt in vite.config.ts)", () => {
    const code = scripts(join(DIST, 'cdn')).map((file) => readFileSync(file, 'utf8'));
    assert.ok(code.length > 10, `only ${code.length} scripts: run npm run build first`);
    // FNV-1a 64's offset basis and prime, as BigInt literals (the minifier may write either in decimal).
    assert.equal(
      code.filter((text) => /\b(0xcbf29ce484222325|14695981039346656037)n\b/.test(text) && /\b(0x100000001b3|1099511628211)n\b/.test(text)).length,
      1,
    );
    // @lit/localize's own: the prime's low 16 bits (435) as a multiplier, and its table of hex digits.
    assert.ok(!code.some((text) => /\*435\b|\b435\*/.test(text)), "@lit/localize's fnv1a64 is still in the build");
  });
});

describe('the script-tag build (dist/cdn/), Lit without decorator metadata and polyfill hooks', () => {
  it('neither adds nor reads Symbol.metadata or the page-global litPropertyMetadata (litWithoutMetadata in vite.config.ts)', () => {
    const code = scripts(join(DIST, 'cdn')).map((file) => readFileSync(file, 'utf8'));
    assert.ok(code.length > 10, `only ${code.length} scripts: run npm run build first`);
    assert.ok(
      code.some((text) => text.includes('elementProperties')),
      "Lit's ReactiveElement is not in the build",
    );
    assert.ok(!code.some((text) => /litPropertyMetadata|Symbol\.metadata/.test(text)), 'Symbol.metadata or litPropertyMetadata is still in the build');
  });

  it("reads none of Lit's polyfill hooks (litWithoutPolyfillSupport in vite.config.ts)", () => {
    const code = scripts(join(DIST, 'cdn')).map((file) => readFileSync(file, 'utf8'));
    assert.ok(!code.some((text) => /PolyfillSupport/.test(text)), 'a Lit polyfill hook (litHtmlPolyfillSupport, …) is still in the build');
  });

  it("leaves out lit/static-html.js's literal with its error message (headingTag() in src/shared/heading.ts uses unsafeStatic)", () => {
    const code = scripts(join(DIST, 'cdn')).map((file) => readFileSync(file, 'utf8'));
    assert.ok(
      code.some((text) => text.includes('_$litStatic$')),
      "Lit's static html is not in the build",
    );
    assert.ok(!code.some((text) => text.includes("must be a 'literal' result")), "lit/static-html.js's literal is still in the build");
  });
});

describe('the script-tag build (dist/cdn/), private custom properties', () => {
  it('names them --_0, --_1 … (shortCustomProperties in vite.config.ts), the npm build as written', () => {
    const names = (code) => new Set(code.flatMap((text) => text.match(/--_[\w-]+/g) ?? []));
    const cdn = names(scripts(join(DIST, 'cdn')).map((file) => readFileSync(file, 'utf8')));
    const npm = names(scripts(DIST, ['cdn', 'types']).map((file) => readFileSync(file, 'utf8')));
    assert.ok(npm.has('--_accent') && npm.has('--_programme-gap'), 'the npm build keeps the names of the sources');
    assert.equal(cdn.size, npm.size, 'one short name for each name');
    assert.deepEqual(
      [...cdn].filter((name) => !/^--_[0-9a-z]{1,2}$/.test(name)),
      [],
    );
  });
});
