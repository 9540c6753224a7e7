#!/usr/bin/env node
/**
 * The packed package in a consumer's app (`npm run check:consumers`, after `npm run build`).
 *
 * For each app in examples/ (today examples/vite-ts/, a Vite + TypeScript app with typed events):
 * `npm pack`s this package, copies the example into a temporary folder and installs the tarball
 * there without the network: unpacked into its node_modules/staedtepartner-widgets, with every
 * other package (lit, valibot, vite, typescript …) linked from this repository's node_modules.
 * Then, as the example's own `npm run build` does, `tsc --noEmit` (the app's events, tag and
 * feed types, and one deliberate `@ts-expect-error` that fails the check if the types stop being
 * checked) and `vite build`, and reads the built app: it has the programme, with its German and
 * Russian translations as chunks of their own, and not the map.
 *
 * Also src/cdn-page.ts compiled on its own (tsconfig.cdn.json): a page script beside the script-tag
 * build, typed by `staedtepartner-widgets/cdn` alone (its tags and events).
 *
 * Exit code 1 on any failure, or when the build is missing. `--keep` keeps the temporary folder
 * (its path is printed) to look into it.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const NAME = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).name;
const keep = process.argv.includes('--keep');

if (!existsSync(join(root, 'dist/index.js')) || !existsSync(join(root, 'dist/types/index.d.ts'))) {
  console.error('check-consumers: dist/ is missing; run npm run build first');
  process.exit(1);
}

const problems = [];
const started = Date.now();
const scratch = mkdtempSync(join(tmpdir(), 'check-consumers-'));

/** Runs a command; on failure records its output as a problem and returns false. */
function step(title, command, args, cwd) {
  try {
    execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1', CI: '1' } });
    console.log(`  ok  ${title}`);
    return true;
  } catch (error) {
    problems.push(`${title} failed:\n${[error.stdout, error.stderr].filter(Boolean).join('\n').trim() || error.message}`);
    console.log(`  FAIL ${title}`);
    return false;
  }
}

/** An example folder copied into the scratch folder, the packed package installed into it. */
function installExample(example, tarball) {
  const app = join(scratch, example);
  cpSync(join(root, 'examples', example), app, {
    recursive: true,
    filter: (source) => !/[\\/](node_modules|dist)$/.test(source),
  });
  const modules = join(app, 'node_modules');
  mkdirSync(modules);
  // Every package this repository has installed, linked: the app's dependencies without a download.
  for (const entry of readdirSync(join(root, 'node_modules'))) {
    if (entry !== NAME && entry !== '.package-lock.json') symlinkSync(join(root, 'node_modules', entry), join(modules, entry));
  }
  // The tarball, as npm would install it (its files under package/).
  const target = join(modules, NAME);
  mkdirSync(target);
  execFileSync('tar', ['-xzf', tarball, '-C', target, '--strip-components=1']);
  return app;
}

/** The built app's JavaScript, file by file. */
function builtScripts(app) {
  const assets = join(app, 'dist/assets');
  return readdirSync(assets)
    .filter((file) => file.endsWith('.js'))
    .map((file) => ({ file, code: readFileSync(join(assets, file), 'utf8') }));
}

try {
  console.log(`check-consumers: packing ${NAME}`);
  const [{ filename }] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', scratch], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }),
  );
  const tarball = join(scratch, filename);

  console.log('examples/vite-ts (Vite + TypeScript, typed events):');
  const app = installExample('vite-ts', tarball);
  const tsc = join(root, 'node_modules/typescript/bin/tsc');
  const typed = step('tsc --noEmit', process.execPath, [tsc, '--noEmit', '-p', app], app);
  // A page script beside the script-tag build: tags and events typed by staedtepartner-widgets/cdn alone.
  step('tsc --noEmit -p tsconfig.cdn.json (types of the ./cdn entry alone)', process.execPath, [tsc, '--noEmit', '-p', join(app, 'tsconfig.cdn.json')], app);
  const built = typed && step('vite build', process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error'], app);
  if (built) {
    const scripts = builtScripts(app);
    const all = scripts.map((script) => script.code).join('\n');
    const html = readFileSync(join(app, 'dist/index.html'), 'utf8');
    const expect = (ok, text) => {
      if (ok) console.log(`  ok  ${text}`);
      else {
        problems.push(`examples/vite-ts: ${text}`);
        console.log(`  FAIL ${text}`);
      }
    };
    expect(/<script type="module"[^>]* src="\/assets\/[^"]+\.js"/.test(html), 'index.html loads the built app');
    const entry = scripts.find((script) => html.includes(`/assets/${script.file}`));
    const lazy = scripts.filter((script) => script !== entry);
    expect(/\.define\(\s*["'`]conf-programme["'`]\s*\)/.test(all), 'the app registers <conf-programme>');
    expect(all.includes('Beispielkonferenz der Partnerstädte'), 'the app has its typed feed');
    // Two strings of the programme's translations (locales/de.xlf, ru.xlf): each language a chunk of its own, loaded when needed.
    expect(
      lazy.some((script) => script.code.includes('Zum Kalender hinzufügen')) && lazy.some((script) => script.code.includes('Добавить в календарь')),
      'the programme’s German and Russian translations are lazy chunks',
    );
    expect(!/["'`]partnership-map["'`]/.test(all), 'the app has no <partnership-map> code');
    expect(!all.includes('Topology'), 'the app has no map geometry (a TopoJSON Topology)');
  }
} catch (error) {
  problems.push(String(error?.stack ?? error));
} finally {
  if (keep) console.log(`check-consumers: kept ${scratch}`);
  else rmSync(scratch, { recursive: true, force: true });
}

const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (problems.length > 0) {
  console.error(`\ncheck-consumers: ${problems.length} problem(s) (${seconds} s)\n\n${problems.join('\n\n')}`);
  process.exit(1);
}
console.log(`check-consumers: the packed package works in every example (${seconds} s)`);
