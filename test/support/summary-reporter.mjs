/**
 * Prints one plain closing line such as `42 passed, 0 failed` (`, 3 skipped` when
 * there are skipped tests) for CI, which reads that line. defaultReporter() shows
 * the same numbers only beside a progress bar.
 *
 * Every individual test counts, nested suites included. A test file that failed
 * outside its tests (did not load, threw at top level, failed a hook, timed out)
 * counts as one more failure, so a broken file can never look green.
 */
import { writeFileSync, writeSync } from 'node:fs';

/**
 * Each test of a suite with the names of the suites it is in, nested suites included.
 *
 * @param {import('@web/test-runner-core').TestSuiteResult | undefined} suite
 * @param {string[]} path
 * @returns {Generator<{ test: import('@web/test-runner-core').TestResult, path: string[] }>}
 */
function* testsOf(suite, path = []) {
  if (!suite) return;
  for (const test of suite.tests) yield { test, path };
  for (const child of suite.suites) yield* testsOf(child, [...path, child.name]);
}

/**
 * A test's name after those of the suites it is in: `suite > test`.
 *
 * @param {import('@web/test-runner-core').TestResult} test
 * @param {string[]} path
 */
function titleOf(test, path) {
  return [...path, test.name].join(' > ');
}

/**
 * The session's test file relative to `root` (as the runner was given it).
 *
 * @param {import('@web/test-runner-core').TestSession} session
 * @param {string} root
 */
function fileOf(session, root) {
  return session.testFile.startsWith(root) ? session.testFile.slice(root.length + 1) : session.testFile;
}

/**
 * The closing line for some counts (also scripts/test-browser.mjs's, when it runs files again).
 *
 * @param {{ passed: number, failed: number, skipped: number }} counts
 */
export function summaryLine(counts) {
  const skipped = counts.skipped > 0 ? `, ${counts.skipped} skipped` : '';
  return `${counts.passed} passed, ${counts.failed} failed${skipped}`;
}

/**
 * The closing lines: one per engine (`Firefox — 1200 passed, 0 failed`), then the
 * plain total that CI reads, alone on the last line; that total's counts; and every
 * failure, one block per file and engine (`failures`, '' when none), to be printed
 * beside them: the runner prints failures once, mid-run, among many lines of browser
 * logs, where a log shortened to its tail (as CI's is) loses them.
 *
 * @param {import('@web/test-runner-core').TestSession[]} sessions
 * @param {string} root
 */
export function summarize(sessions, root = process.cwd()) {
  const total = { passed: 0, failed: 0, skipped: 0 };
  /** @type {Map<string, { passed: number, failed: number, skipped: number }>} */
  const perEngine = new Map();
  /** @type {string[]} */
  const failed = [];
  for (const session of sessions) {
    const name = session.browser.name;
    const counts = { passed: 0, failed: 0, skipped: 0 };
    /** @type {string[]} */
    const failures = [];
    for (const { test, path } of testsOf(session.testResults)) {
      if (test.skipped) counts.skipped += 1;
      else if (test.passed) counts.passed += 1;
      else {
        counts.failed += 1;
        failures.push(`${titleOf(test, path)}: ${test.error?.message ?? 'failed'}`);
      }
    }
    const failedOutsideTests = session.errors.length > 0 || (session.passed === false && counts.failed === 0);
    if (failedOutsideTests) {
      counts.failed += 1;
      for (const error of session.errors) failures.push(`(outside its tests) ${error.message ?? String(error)}`);
      if (session.errors.length === 0) failures.push('(failed, no error reported)');
    }
    if (failures.length > 0) {
      const file = fileOf(session, root);
      failed.push(`✗ ${file} [${name}]`, ...failures.map((failure) => `    ${failure.split('\n')[0].slice(0, 400)}`));
    }
    const engine = perEngine.get(name) ?? { passed: 0, failed: 0, skipped: 0 };
    for (const key of /** @type {const} */ (['passed', 'failed', 'skipped'])) {
      engine[key] += counts[key];
      total[key] += counts[key];
    }
    perEngine.set(name, engine);
  }
  // "Firefox — 1200 passed, 0 failed": not a line CI would take for the total.
  const engines = [...perEngine].map(([name, counts]) => `${name} — ${summaryLine(counts)}`);
  return {
    text: [...engines, summaryLine(total)].join('\n'),
    total,
    failures: failed.length > 0 ? `Failed:\n${failed.join('\n')}` : '',
    slowest: slowestFiles(sessions, root),
  };
}

/**
 * Per engine, the time its tests took (mocha's duration of each test: without page loads, hooks
 * and waits between files) and the `count` files whose tests took longest: where a run's time
 * goes, for the choices that keep `.ci/run` within its 20 minutes. '' when no test has a duration.
 *
 * @param {import('@web/test-runner-core').TestSession[]} sessions
 * @param {string} root
 * @param {number} count
 */
export function slowestFiles(sessions, root = process.cwd(), count = 5) {
  /** @type {Map<string, { file: string, ms: number }[]>} */
  const perEngine = new Map();
  for (const session of sessions) {
    let ms = 0;
    for (const { test } of testsOf(session.testResults)) ms += test.duration ?? 0;
    if (ms === 0) continue;
    const file = fileOf(session, root);
    const files = perEngine.get(session.browser.name) ?? [];
    files.push({ file, ms });
    perEngine.set(session.browser.name, files);
  }
  if (perEngine.size === 0) return '';
  const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
  const lines = [...perEngine].map(([name, files]) => {
    const all = files.reduce((sum, { ms }) => sum + ms, 0);
    const top = [...files].sort((a, b) => b.ms - a.ms).slice(0, count);
    return `  ${name}: ${seconds(all)} in ${files.length} file${files.length === 1 ? '' : 's'}; slowest ${top.map(({ file, ms }) => `${file} ${seconds(ms)}`).join(', ')}`;
  });
  return `Time in tests (without page loads and hooks):\n${lines.join('\n')}`;
}

/**
 * Each test with its engine, file, suites and time (mocha's duration, as above), file by file: what
 * `WTR_TIMES_FILE=times.json npm run test:browser` writes, to see where a run's time goes beyond the
 * five slowest files per engine (which tests of a file, and in which engine).
 *
 * @param {import('@web/test-runner-core').TestSession[]} sessions
 * @param {string} root
 */
export function testTimes(sessions, root = process.cwd()) {
  return sessions.flatMap((session) =>
    [...testsOf(session.testResults)].map(({ test, path }) => ({
      engine: session.browser.name,
      file: fileOf(session, root),
      test: titleOf(test, path),
      ms: test.duration ?? 0,
    })),
  );
}

/** @returns {import('@web/test-runner').Reporter} */
export function summaryReporter() {
  let closing = '';
  return {
    start() {
      // scripts/test-browser.mjs: the run has begun (a run that ends without the line below broke).
      if (process.env.WTR_SUMMARY_FILE) writeFileSync(process.env.WTR_SUMMARY_FILE, 'started\n');
    },
    stop({ sessions }) {
      const { text, total, failures, slowest } = summarize(sessions);
      closing = text;
      if (process.env.WTR_TIMES_FILE) writeFileSync(process.env.WTR_TIMES_FILE, `${JSON.stringify(testTimes(sessions))}\n`);
      // scripts/test-browser.mjs runs again the files whose browser never started their tests.
      const unstarted = sessions
        .filter((session) => !session.testResults && session.errors.some((error) => /tests did not start/.test(error.message ?? '')))
        .map((session) => ({ engine: session.browser.name, file: session.testFile }));
      // The runner's terminal still owns stdout here (it buffers console output and
      // redraws its progress bar after it), so the line is written at process exit,
      // when nothing else can be printed behind it.
      process.once('exit', () => {
        writeSync(process.stdout.fd, `\n${slowest ? `${slowest}\n\n` : ''}${failures ? `${failures}\n\n` : ''}${closing}\n`);
        // scripts/test-browser.mjs tells a run that stopped on its own (this line) from a broken one.
        if (process.env.WTR_SUMMARY_FILE) {
          writeFileSync(`${process.env.WTR_SUMMARY_FILE}.json`, JSON.stringify({ total, unstarted }));
          writeFileSync(process.env.WTR_SUMMARY_FILE, `${closing}\n`);
        }
      });
    },
  };
}
