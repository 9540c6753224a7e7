/**
 * Prints one plain closing line such as `42 passed, 0 failed` (`, 3 skipped` when
 * there are skipped tests) for CI, which reads that line. defaultReporter() shows
 * the same numbers only beside a progress bar.
 *
 * Every individual test counts, nested suites included. A test file that failed
 * outside its tests (did not load, threw at top level, failed a hook, timed out)
 * counts as one more failure, so a broken file can never look green.
 */
import { writeSync } from 'node:fs';

/**
 * @param {import('@web/test-runner-core').TestSuiteResult | undefined} suite
 * @param {{ passed: number, failed: number, skipped: number }} counts
 */
function countSuite(suite, counts) {
  if (!suite) return;
  for (const test of suite.tests) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite.suites) countSuite(child, counts);
}

/**
 * @param {import('@web/test-runner-core').TestSession[]} sessions
 */
export function summarize(sessions) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  for (const session of sessions) {
    const failedBefore = counts.failed;
    countSuite(session.testResults, counts);
    const failedTests = counts.failed - failedBefore;
    const failedOutsideTests = session.errors.length > 0 || (session.passed === false && failedTests === 0);
    if (failedOutsideTests) counts.failed += 1;
  }
  const skipped = counts.skipped > 0 ? `, ${counts.skipped} skipped` : '';
  return `${counts.passed} passed, ${counts.failed} failed${skipped}`;
}

/** @returns {import('@web/test-runner').Reporter} */
export function summaryReporter() {
  let line = '';
  return {
    stop({ sessions }) {
      line = summarize(sessions);
      // The runner's terminal still owns stdout here (it buffers console output and
      // redraws its progress bar after it), so the line is written at process exit,
      // when nothing else can be printed behind it.
      process.once('exit', () => {
        writeSync(process.stdout.fd, `\n${line}\n`);
      });
    },
  };
}
