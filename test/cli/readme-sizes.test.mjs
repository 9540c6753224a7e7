/**
 * The size README's "From npm" gives for an app with one widget (`<jubilee-list>`, "about N kB
 * gzip … bundled as one file"), measured as `npm run check:entries` measures it: the entry bundled
 * by esbuild through package.json `exports`, minified, its import() targets inlined, gzip level 9
 * (after `npm run build`). README said "about 39 kB" while that bundle had grown to 46 kB.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, it } from 'node:test';
import * as esbuild from 'esbuild';
import { ROOT } from './support.mjs';

describe("README's size of an app with one widget", () => {
  it('is the size of <jubilee-list> bundled as one file, within 1.5 kB', async () => {
    const said = /about (\d+(?:\.\d+)?) kB gzip for `<jubilee-list>`/.exec(readFileSync(`${ROOT}README.md`, 'utf8'));
    assert.ok(said, 'README names no size for <jubilee-list>');
    const result = await esbuild.build({
      stdin: { contents: "import 'staedtepartner-widgets/jubilee-list.js';", resolveDir: ROOT, loader: 'js', sourcefile: 'app.js' },
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      minify: true,
      write: false,
      logLevel: 'silent',
      absWorkingDir: ROOT,
    });
    const kB = gzipSync(result.outputFiles[0].contents, { level: 9 }).length / 1000;
    assert.ok(Math.abs(kB - Number(said[1])) <= 1.5, `README says about ${said[1]} kB, the bundle is ${kB.toFixed(2)} kB gzip`);
  });
});
