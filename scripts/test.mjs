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
 * output reaches the log line by line as it is written, each line after the check's name in
 * brackets (`[lint] …`), so that a check that hangs in CI shows how far it got even if the run is
 * killed (SIGKILL: nothing is printed at the end), and the lines of checks running at once stay
 * apart; the start of a line that stays without its end for a second is written as a line too. Not `lint: …`: .ci/run reads `name: N passed, N failed` as the browser tests' total. A line
 * says when each check starts and when it ends, with its time; a check that fails has its output
 * printed once more in one piece. After a failure no further check starts, those running end, and
 * the browser tests do not run.
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

/** Each check running, by name, with its process and its lines not yet ended: ended (and the check stopped) if this process is stopped meanwhile. */
const outputs = new Map();

/** The checks' names in brackets, as wide as the longest and a space, before each line of their output. */
const prefixWidth = Math.max(...CHECKS.map((check) => check.name.length)) + 3;
const prefix = (name) => `[${name}]`.padEnd(prefixWidth);

/** How long the start of a line waits for its end before it is written as a line of its own (a check that hangs mid-line). */
const PARTIAL_LINE_MS = 1_000;

/**
 * Writes each whole line of a check's output (a stream's `data`) to the log as it comes, after the check's name;
 * the rest of a line waits for its end, for at most PARTIAL_LINE_MS (then it is written as a line, and what
 * follows it starts another), and `flush()` writes it when the stream ends. Whole lines, so that the lines
 * of two checks never mix.
 */
function lineWriter(name) {
  let partial = '';
  let timer;
  // `text` ends with a line's end: each line of it after the name.
  const write = (text) => process.stdout.write(`${text.slice(0, -1).replace(/^/gm, prefix(name))}\n`);
  const flush = () => {
    clearTimeout(timer);
    if (partial) write(`${partial}\n`);
    partial = '';
  };
  return {
    data(chunk) {
      clearTimeout(timer);
      const text = partial + chunk;
      const end = text.lastIndexOf('\n') + 1;
      partial = text.slice(end);
      if (end > 0) write(text.slice(0, end));
      if (partial) timer = setTimeout(flush, PARTIAL_LINE_MS);
    },
    flush,
  };
}

/** Runs one npm script with its output written to the log as it comes and kept; resolves to its exit code and output. */
function runScript(name) {
  console.log(`npm test: ${name} started`);
  return new Promise((done) => {
    const started = performance.now();
    // Its own process group, so that a stop ends the check's own processes too (npm does not pass the signal on to them).
    const child = spawn('npm', ['run', '--silent', name], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const chunks = [];
    // A line of each stream at a time: stdout and stderr may each end in the middle of one.
    const writers = [lineWriter(name), lineWriter(name)];
    outputs.set(name, { child, writers });
    for (const [stream, writer] of [
      [child.stdout, writers[0]],
      [child.stderr, writers[1]],
    ]) {
      stream.setEncoding('utf8');
      stream.on('data', (chunk) => {
        chunks.push(chunk);
        writer.data(chunk);
      });
    }
    child.on('close', (code, signal) => {
      outputs.delete(name);
      for (const writer of writers) writer.flush();
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      done({ name, code: code ?? (signal ? 1 : 0), seconds, output: chunks.join('') });
    });
  });
}

/** Stopped while checks run (Ctrl+C, or CI's own time limit): the lines each running check had not ended, then the exit. */
function stopped(signal) {
  for (const [name, { child, writers }] of outputs) {
    try {
      process.kill(-child.pid, signal);
    } catch {
      // the group is gone
    }
    for (const writer of writers) writer.flush();
    console.log(`npm test: ${name} still running when npm test got ${signal}`);
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
  console.log(`npm test: ${result.name} ${result.code === 0 ? 'passed' : `failed (exit code ${result.code})`} in ${result.seconds} s`);
  if (result.code === 0) passed.add(result.name);
  else {
    failed.push(result.name);
    // Its lines may lie among those of the checks beside it.
    process.stdout.write(
      `\n> npm run ${result.name}  (${result.seconds} s, exit code ${result.code}), its output in one piece:\n${result.output.replace(/(?<=[^\n])$/, '\n')}`,
    );
  }
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
