#!/usr/bin/env node
/**
 * The npm build's entries register what they say, and bundlers tree-shake the rest
 * (`npm run check:entries`, after `npm run build`).
 *
 * Bundles small apps against dist/ the way a user's bundler does: esbuild resolves
 * `staedtepartner-widgets/…` through package.json `exports` (a package may import itself by
 * name) and honours its `sideEffects`, tree-shaking, with the dependencies (lit, valibot …)
 * bundled as an app would. The input source maps lead each
 * bundle back to the files in src/, so the check sees which widgets' code and which
 * registrations (src/<widget>/define.ts) reach the app:
 *
 *   import 'staedtepartner-widgets'                                   nothing at all
 *   import { ConfProgramme } from 'staedtepartner-widgets'            that widget's code, no registration
 *   import 'staedtepartner-widgets/conf-programme.js'                 that widget, registered
 *   import 'staedtepartner-widgets/conf-programme.component.js'       nothing at all
 *   import { ConfProgramme } from '…/conf-programme.component.js'     that widget's code, no registration
 *   import 'staedtepartner-widgets/all.js'                            all widgets, all registered
 *
 * It also reads every file of dist/ (not dist/cdn) for a statement `X.define("tag")` and fails
 * when such a file is not marked in package.json `sideEffects` (a bundler would drop the
 * registration), or when a marked file under dist/ registers nothing but is not the all-entry.
 * Prints each app's gzip (level 9): everything the app can load, import() targets (calendar
 * export, translations, the map's geometry) included, as one file.
 *
 * Exit code 1 on any difference, or when the build is missing.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const NAME = pkg.name;

/** The widgets, as src/registry.ts lists them (the one list of tags). */
const WIDGETS = [...readFileSync(join(root, 'src/registry.ts'), 'utf8').matchAll(/^\s*'([a-z][a-z0-9-]*)': \(\) => import\(/gm)].map((match) => match[1]);
const className = (tag) => tag.replace(/(^|-)([a-z])/g, (_, __, letter) => letter.toUpperCase());

const problems = [];
const problem = (text) => problems.push(text);

if (!existsSync(join(dist, 'index.js'))) {
  console.error('check-entries: dist/index.js is missing; run npm run build first');
  process.exit(1);
}
if (WIDGETS.length === 0) {
  console.error('check-entries: no widgets found in src/registry.ts');
  process.exit(1);
}

// Every widget has both entries, and every file the exports map names exists.
for (const tag of WIDGETS) {
  for (const subpath of [`./${tag}.js`, `./${tag}.component.js`]) {
    if (!pkg.exports[subpath]) problem(`package.json exports has no "${subpath}"`);
  }
}
for (const [subpath, target] of Object.entries(pkg.exports)) {
  for (const file of typeof target === 'string' ? [target] : Object.values(target)) {
    if (!existsSync(join(root, file))) problem(`package.json exports "${subpath}" names ${file}, which the build did not write`);
  }
}

// The sideEffects globs, as bundlers read them: `**` any folders, `*` within one.
const sideEffectPatterns = (pkg.sideEffects ?? []).map(
  (glob) =>
    new RegExp(
      `^${glob
        .replace(/^\.\//, '')
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*\*/g, '\u0000')
        .replace(/\*/g, '[^/]*')
        .replace(/\u0000/g, '.*')}$`,
    ),
);
const markedAsSideEffect = (file) => sideEffectPatterns.some((pattern) => pattern.test(file));

function* scripts(folder) {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!['cdn', 'types'].includes(entry.name) || folder !== dist) yield* scripts(path);
    } else if (entry.name.endsWith('.js')) yield path;
  }
}

// A top-level registration in a file the bundler may drop, or a marked file that registers nothing.
const ALL_ENTRY = 'dist/all.js';
if (!existsSync(join(root, ALL_ENTRY))) problem(`${ALL_ENTRY} is missing`);
else if (!markedAsSideEffect(ALL_ENTRY)) problem(`${ALL_ENTRY} registers every widget but package.json sideEffects does not mark it`);
for (const path of scripts(dist)) {
  const file = relative(root, path);
  // A statement of its own: at a line's start, or after `;` in the minified build.
  const registers = /(?:^|;)[\w$]+\.define\(\s*["'`][a-z]/m.test(readFileSync(path, 'utf8'));
  if (registers && !markedAsSideEffect(file)) problem(`${file} registers an element but package.json sideEffects does not mark it: bundlers would drop it`);
  if (!registers && markedAsSideEffect(file) && file !== ALL_ENTRY)
    problem(`${file} registers nothing but package.json sideEffects marks it: bundlers could not drop it`);
}

/** Widgets whose code is in `sources`, and those whose define.ts is. */
function widgetsIn(sources) {
  const code = new Set();
  const registered = new Set();
  for (const source of sources) {
    const match = /(?:^|\/)src\/([a-z][a-z0-9-]*)\/([\w.-]+)\.ts$/.exec(source);
    if (!match || !WIDGETS.includes(match[1])) continue;
    code.add(match[1]);
    if (match[2] === 'define') registered.add(match[1]);
  }
  return { code, registered };
}

const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;
const sorted = (set) => [...set].sort().join(', ') || 'none';

/**
 * Bundles `app` as a user's bundler would; `code`: the widgets whose code it must hold (and
 * no other), `registered`: those it must register (and no other).
 */
async function check(label, app, expected) {
  // No code splitting: esbuild keeps a chunk for every import() it has seen, also in code it
  // then drops, and shares code with those chunks; a bundle of one file holds exactly what the
  // app can reach, its import() targets inlined.
  const result = await esbuild.build({
    stdin: { contents: app, resolveDir: root, loader: 'js', sourcefile: 'app.js' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    sourcemap: 'external',
    outfile: join(root, '.check-entries/app.js'),
    write: false,
    logLevel: 'silent',
    absWorkingDir: root,
  });
  const script = result.outputFiles.find((file) => file.path.endsWith('.js'));
  const map = result.outputFiles.find((file) => file.path.endsWith('.js.map'));
  const bytes = gzipSync(script.contents, { level: 9 }).length;
  const { code, registered } = widgetsIn(map ? JSON.parse(map.text).sources : []);

  const wrong = [];
  if (sorted(code) !== sorted(expected.code)) wrong.push(`holds the code of ${sorted(code)}, expected ${sorted(expected.code)}`);
  if (sorted(registered) !== sorted(expected.registered)) wrong.push(`registers ${sorted(registered)}, expected ${sorted(expected.registered)}`);
  if (expected.empty && bytes > 100) wrong.push(`should bundle to nothing, but is ${kB(bytes)} gzip`);
  console.log(`  ${wrong.length ? 'FAIL' : 'ok  '} ${label.padEnd(72)} ${kB(bytes).padStart(9)}`);
  for (const text of wrong) problem(`${label}: ${text}`);
}

const none = new Set();
const all = new Set(WIDGETS);
console.log('check-entries: apps bundled against dist/ by esbuild, minified, with lit & co (gzip, import() targets and translations included)');
await check(`import '${NAME}'`, `import '${NAME}';`, { code: none, registered: none, empty: true });
for (const tag of WIDGETS) {
  const only = new Set([tag]);
  const cls = className(tag);
  await check(`import { ${cls} } from '${NAME}'`, `export { ${cls} } from '${NAME}';`, { code: only, registered: none });
  await check(`import '${NAME}/${tag}.js'`, `import '${NAME}/${tag}.js';`, { code: only, registered: only });
  await check(`import '${NAME}/${tag}.component.js'`, `import '${NAME}/${tag}.component.js';`, { code: none, registered: none, empty: true });
  await check(`import { ${cls} } from '${NAME}/${tag}.component.js'`, `export { ${cls} } from '${NAME}/${tag}.component.js';`, {
    code: only,
    registered: none,
  });
}
await check(`import '${NAME}/all.js'`, `import '${NAME}/all.js';`, { code: all, registered: all });

if (problems.length > 0) {
  console.error('check-entries: the npm entries do not do what package.json and README say:');
  for (const text of problems) console.error(`  ${text}`);
  process.exit(1);
}
console.log(`check-entries: ${WIDGETS.length} widgets; the root and class-only entries register nothing, each widget entry its own, all.js every one`);
