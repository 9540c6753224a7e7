#!/usr/bin/env node
/**
 * The Svelte typings as a Svelte app meets them (in `npm run typecheck:typings`, after `npm run
 * build`): svelte-check, Svelte's own checker, on the components in test/typings/ (App.svelte,
 * Legacy.svelte), with test/typings/svelte.ts importing `staedtepartner-widgets/types/svelte` as an
 * app's src/app.d.ts does (test/typings/tsconfig.svelte.json).
 *
 * svelte-check knows no `@ts-expect-error` in markup, so a component marks its mistakes itself: the
 * line after a comment `<!-- expect-error: why -->` must have an error, and no other line may have
 * an error or a warning (a warning fails the check, as svelte-check's `--fail-on-warnings` would).
 * In a `<script>`, TypeScript's own `// @ts-expect-error` works as usual.
 *
 * Exit code 1 on any difference, or when svelte-check does not finish.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const workspace = join(root, 'test', 'typings');
const svelteCheck = join(dirname(createRequire(import.meta.url).resolve('svelte-check/package.json')), 'bin', 'svelte-check');

/** `file:line` (line from 1) → why an error is expected there, from the components' `expect-error` comments. */
const expected = new Map();
for (const file of readdirSync(workspace).filter((name) => name.endsWith('.svelte'))) {
  readFileSync(join(workspace, file), 'utf8')
    .split('\n')
    .forEach((line, index) => {
      const marker = /<!--\s*expect-error:?\s*(.*?)\s*-->/.exec(line);
      if (marker) expected.set(`${file}:${index + 2}`, marker[1]);
    });
}

const started = Date.now();
const run = spawnSync(process.execPath, [svelteCheck, '--workspace', workspace, '--tsconfig', './tsconfig.svelte.json', '--output', 'machine-verbose'], {
  encoding: 'utf8',
});
const seconds = ((Date.now() - started) / 1000).toFixed(1);
const lines = run.stdout.split('\n');
if (!lines.some((line) => / COMPLETED /.test(line))) {
  console.error(`check-svelte-typings: svelte-check did not finish (exit code ${run.status})\n${run.stdout}${run.stderr}`);
  process.exit(1);
}

// machine-verbose: one JSON diagnostic a line after the timestamp, lines and characters from 0.
const diagnostics = lines.flatMap((line) => {
  const json = /^\d+ (\{.*\})$/.exec(line);
  return json ? [JSON.parse(json[1])] : [];
});
const problems = [];
const found = new Set();
for (const { type, filename, start, message, code } of diagnostics) {
  const where = `${filename}:${start.line + 1}`;
  if (type === 'ERROR' && expected.has(where)) found.add(where);
  else problems.push(`${where}:${start.character + 1} ${type.toLowerCase()}${code ? ` TS${code}` : ''}: ${message}`);
}
for (const [where, why] of expected) {
  if (!found.has(where)) problems.push(`${where}: no error, but one is expected (${why})`);
}

if (problems.length > 0) {
  console.error(`check-svelte-typings: svelte-check (${seconds} s) differs from what test/typings/*.svelte expect:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`check-svelte-typings: svelte-check in ${seconds} s, the ${expected.size} expected errors and no other diagnostic`);
