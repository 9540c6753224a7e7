#!/usr/bin/env node
/**
 * The npm build bundles no dependency (`npm run check:externals`, after `npm run build`).
 *
 * The package's dependencies (lit, @lit/localize, valibot, ical-generator, d3-geo,
 * topojson-client) are installed beside it; a copy of one inside dist/ would reach the app
 * twice and never be shared with the app's own use of it (vite.config.ts keeps them external).
 * Reads the source maps of the npm build (dist/, not dist/cdn, which is self-contained on
 * purpose) and fails when any of them holds a file from node_modules, naming the packages.
 *
 * Exit code 1 when a dependency is bundled or the build is missing.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
const SKIP = new Set([join(dist, 'cdn'), join(dist, 'types')]);

function* sourceMaps(folder) {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!SKIP.has(path)) yield* sourceMaps(path);
    } else if (entry.name.endsWith('.js.map')) yield path;
  }
}

if (!existsSync(join(dist, 'index.js'))) {
  console.error('check-externals: dist/index.js is missing; run npm run build first');
  process.exit(1);
}

/** Package name → the build's files that carry a copy of it. */
const bundled = new Map();
let maps = 0;
for (const path of sourceMaps(dist)) {
  maps += 1;
  const { sources = [] } = JSON.parse(readFileSync(path, 'utf8'));
  for (const source of sources) {
    const match = /(?:^|[\\/])node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(source);
    if (!match) continue;
    const name = match[1].replace('\\', '/');
    if (!bundled.has(name)) bundled.set(name, new Set());
    bundled.get(name).add(relative(root, path).replace(/\.map$/, ''));
  }
}

if (maps === 0) {
  console.error('check-externals: the npm build has no source maps to read');
  process.exit(1);
}
if (bundled.size > 0) {
  console.error('check-externals: the npm build bundles dependencies instead of importing them (vite.config.ts, external):');
  for (const [name, files] of bundled) console.error(`  ${name}: ${[...files].join(', ')}`);
  process.exit(1);
}
console.log(`check-externals: ${maps} source maps of dist/ (not dist/cdn), no code from node_modules`);
