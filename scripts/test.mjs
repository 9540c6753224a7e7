#!/usr/bin/env node
/**
 * `npm test`: the checks before the browser tests, as many at once as the machine has cores (at most
 * four), then the browser tests (`npm run test:browser`), whose closing `N passed, N failed` line
 * ends the output.
 *
 * One after the other, the checks took 171 s of a 1,334 s `.ci/run` on two cores (2026-12-07): most
 * of them (tsc, eslint, vue-tsc, the node tests' builds) keep one core busy and leave the other idle.
 * Two at a time they took 134 s in a fresh-clone `.ci/run` on the same machine that day.
 * Each check waits for those whose output it reads (`after`); the translations are extracted and
 * built first, so that nothing rewrites src/generated/ while tsc and eslint read it. A check's
 * output is printed whole when it ends, with its time (a line says when it starts, and if npm test
 * is stopped meanwhile, the output so far of those running is printed); after a failure no further
 * check starts, those running end, and the browser tests do not run.
 *
 *   npm test
 */
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

/** npm scripts, each with the scripts it needs done; listed longest first where they may run at once. */
const CHECKS = [
  { name: 'i18n:extract', after: [] },
  { name: 'i18n:build', after: ['i18n:extract'] },
  { name: 'build:bundles', after: ['i18n:build'] },
  { name: 'typecheck', after: ['i18n:build'] },
  { name: 'lint', after: ['i18n:build'] },
  { name: 'test:cli', after: ['build:bundles'] },
  { name: 'test:fuzz', after: ['build:bundles'] },
  { name: 'check:consumers', after: ['build:bundles'] },
  { name: 'typecheck:typings', after: ['build:bundles'] },
  { name: 'size', after: ['build:bundles'] },
  { name: 'check:externals', after: ['build:bundles'] },
  { name: 'check:entries', after: ['build:bundles'] },
  { name: 'check:manifest', after: ['build:bundles'] },
];

const width = Math.max(1, Math.min(4, availableParallelism()));

/** Each check running, by name, with its output so far: printed (and the check ended) if this process is stopped meanwhile. */
const outputs = new Map();

/** Runs one npm script with its output kept; resolves to its exit code and output. */
function runScript(name) {
  console.log(`npm test: ${name} started`);
  return new Promise((done) => {
    const started = performance.now();
    // Its own process group, so that a stop ends the check's own processes too (npm does not pass the signal on to them).
    const child = spawn('npm', ['run', '--silent', name], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const chunks = [];
    outputs.set(name, { chunks, child });
    child.stdout.on('data', (chunk) => chunks.push(chunk));
    child.stderr.on('data', (chunk) => chunks.push(chunk));
    child.on('close', (code, signal) => {
      outputs.delete(name);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      done({ name, code: code ?? (signal ? 1 : 0), seconds, output: Buffer.concat(chunks).toString('utf8') });
    });
  });
}

/** Stopped while checks run (Ctrl+C, or CI's own time limit): what each running check wrote so far, then the exit. */
function stopped(signal) {
  for (const [name, { chunks, child }] of outputs) {
    try {
      process.kill(-child.pid, signal);
    } catch {
      // the group is gone
    }
    process.stdout.write(`\n> npm run ${name}  (still running when npm test got ${signal})\n${Buffer.concat(chunks)}`);
  }
  process.exit(signal === 'SIGINT' ? 130 : 143);
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, stopped);

const passed = new Set();
const running = new Map();
const failed = [];
let waiting = [...CHECKS];

function startReady() {
  if (failed.length > 0) return;
  while (running.size < width) {
    const next = waiting.find((check) => check.after.every((name) => passed.has(name)));
    if (!next) return;
    waiting = waiting.filter((check) => check !== next);
    running.set(next.name, runScript(next.name));
  }
}

const started = performance.now();
startReady();
while (running.size > 0) {
  const result = await Promise.race(running.values());
  running.delete(result.name);
  process.stdout.write(`\n> npm run ${result.name}  (${result.seconds} s${result.code === 0 ? '' : `, exit code ${result.code}`})\n${result.output}`);
  if (result.code === 0) passed.add(result.name);
  else failed.push(result.name);
  startReady();
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (failed.length > 0) {
  console.error(`\nnpm test: ${failed.join(', ')} failed after ${seconds} s; the browser tests did not run.`);
  process.exit(1);
}
console.log(`\nnpm test: ${CHECKS.length} checks passed in ${seconds} s, ${width} at a time; now the browser tests.\n`);

const browser = spawn('npm', ['run', '--silent', 'test:browser'], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.off(signal, stopped);
  process.on(signal, () => browser.kill(signal));
}
browser.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
