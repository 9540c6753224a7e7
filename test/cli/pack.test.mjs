/**
 * The command line from the packed tarball, as `npx staedtepartner-widgets` runs it: `npm pack`,
 * unpacked, the `bin` of its package.json run with node. Its dependencies resolve from this
 * repository's node_modules (linked), so nothing is downloaded.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { ROOT, run, scratch } from './support.mjs';

describe('the packed package', () => {
  const { dir, file } = scratch(after);
  const [{ filename }] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', dir], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }),
  );
  execFileSync('tar', ['-xzf', join(dir, filename), '-C', dir]);
  const unpacked = join(dir, 'package');
  symlinkSync(join(ROOT, 'node_modules'), join(unpacked, 'node_modules'), 'dir');
  const manifest = JSON.parse(readFileSync(join(unpacked, 'package.json'), 'utf8'));
  const bin = join(unpacked, manifest.bin['staedtepartner-widgets']);

  it('names its command line in bin, and ships it with the built feed module and the schema', () => {
    assert.ok(existsSync(bin), bin);
    assert.match(readFileSync(bin, 'utf8'), /^#!\/usr\/bin\/env node\n/);
    for (const path of ['dist/feed.js', 'dist/feed.schema.json', 'docs/feed.md']) assert.ok(existsSync(join(unpacked, path)), path);
  });

  it('validates, imports and inlines from the tarball', () => {
    const feed = file('feed.json', { version: 1, cities: [{ id: 'essen', name: 'Essen', country: 'DE', lat: 51.45, lon: 7.01, nmae: 'x' }] });
    const validated = run(['validate', feed], { bin, cwd: dir });
    assert.equal(validated.status, 0, validated.stderr);
    assert.match(validated.stdout, /unknown field "nmae"/);
    assert.equal(run(['validate', '-'], { bin, cwd: dir, input: '{"version":"1"}' }).status, 1);
    // Where damaged JSON breaks: the widgets' finder, dist/json-break.js, which the tarball must hold.
    assert.match(
      run(['validate', '-'], { bin, cwd: dir, input: '{\n  "version": 1\n  "cities": []\n}' }).stdout,
      /not JSON at line 3, column 3: a comma is missing/,
    );
    const imported = run(['import', join(ROOT, 'test/fixtures/schedules/schedule2.json')], { bin, cwd: dir });
    assert.equal(imported.status, 0, imported.stderr);
    assert.equal(JSON.parse(imported.stdout).conferences.length, 1);
    assert.match(run(['inline', feed], { bin, cwd: dir }).stdout, /^<script type="application\/json" id="feed">/);
    assert.equal(run(['--version'], { bin, cwd: dir }).stdout, `${manifest.version}\n`);
  });
});
