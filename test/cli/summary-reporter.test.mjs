/**
 * The browser tests' closing lines (test/support/summary-reporter.mjs): the total CI reads, alone on
 * the last line; every test counted, a file that failed outside its tests counted as a failure; and
 * where the run's time went, per engine, for keeping `.ci/run` within its 20 minutes.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { slowestFiles, summarize, testTimes } from '../support/summary-reporter.mjs';

const ROOT = '/project';

/** A finished test session of `file` in `engine` with `tests` (name → duration in ms, or a failure). */
function session(engine, file, tests, errors = []) {
  return {
    browser: { name: engine },
    testFile: `${ROOT}/${file}`,
    errors,
    passed: errors.length === 0 && Object.values(tests).every((test) => typeof test === 'number'),
    testResults: {
      name: '',
      tests: [],
      suites: [
        {
          name: 'suite',
          suites: [],
          tests: Object.entries(tests).map(([name, test]) =>
            typeof test === 'number'
              ? { name, passed: true, skipped: false, duration: test }
              : { name, passed: false, skipped: false, error: { message: test.failed } },
          ),
        },
      ],
    },
  };
}

const SESSIONS = [
  session('WebKit', 'test/a.test.ts', { one: 1200, two: 800 }),
  session('WebKit', 'test/b.test.ts', { three: 5000 }),
  session('WebKit', 'test/c.test.ts', { four: 100 }),
  session('Chromium', 'test/a.test.ts', { one: 300, two: 200 }),
  session('Chromium', 'test/b.test.ts', { three: { failed: 'expected 1 to equal 2' } }),
  session('Chromium', 'test/d.test.ts', {}, [{ message: 'did not load' }]),
];

describe('summary reporter', () => {
  it('ends with the total alone on its line, after one line per engine, and names each failure with its file and engine', () => {
    const { text, total, failures } = summarize(SESSIONS, ROOT);
    assert.deepEqual(total, { passed: 6, failed: 2, skipped: 0 });
    assert.deepEqual(text.split('\n'), ['WebKit — 4 passed, 0 failed', 'Chromium — 2 passed, 2 failed', '6 passed, 2 failed']);
    assert.match(failures, /✗ test\/b\.test\.ts \[Chromium\]\n {4}suite > three: expected 1 to equal 2/);
    assert.match(failures, /✗ test\/d\.test\.ts \[Chromium\]\n {4}\(outside its tests\) did not load/);
  });

  it('says per engine how long its tests took and which files took longest, slowest first', () => {
    assert.equal(
      slowestFiles(SESSIONS, ROOT, 2),
      [
        'Time in tests (without page loads and hooks):',
        '  WebKit: 7.1 s in 3 files; slowest test/b.test.ts 5.0 s, test/a.test.ts 2.0 s',
        '  Chromium: 0.5 s in 1 file; slowest test/a.test.ts 0.5 s',
      ].join('\n'),
    );
    assert.equal(summarize(SESSIONS, ROOT).slowest, slowestFiles(SESSIONS, ROOT));
  });

  it('lists every test with its engine, file, suites and time, for WTR_TIMES_FILE', () => {
    const rows = testTimes(SESSIONS, ROOT);
    assert.equal(rows.length, 7);
    assert.deepEqual(rows[0], { engine: 'WebKit', file: 'test/a.test.ts', test: 'suite > one', ms: 1200 });
    assert.deepEqual(rows.at(-1), { engine: 'Chromium', file: 'test/b.test.ts', test: 'suite > three', ms: 0 });
  });

  it('says nothing about time when no test has a duration', () => {
    assert.equal(slowestFiles([session('Firefox', 'test/e.test.ts', {}, [{ message: 'did not load' }])], ROOT), '');
  });
});
